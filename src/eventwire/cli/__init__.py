"""The eventwire command line: thin click shells over the Python API."""

from __future__ import annotations

import itertools
import json
import logging
import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NoReturn

import click

from eventwire import __version__
from eventwire.cli.options import (
    DATE,
    DB_HELP,
    EXIT_CODES,
    BBoxParam,
    confidence_option,
    fail,
    make_read_options,
    note_gazetteer_build,
    pipeline_option,
    quiet_option,
    read_options,
    report_failures,
    shown_db,
)
from eventwire.config import load_settings
from eventwire.errors import EventwireError, UsageError
from eventwire.wording import plural

if TYPE_CHECKING:
    from eventwire.model import Event
    from eventwire.run import StoreRunStats


# Commands users try that are a format here: "export" was answered "Did you mean 'report'?".
COMMAND_HINTS = {
    "export": "exports are `eventwire events --db DB --all --format {formats}`",
}


class _Group(click.Group):
    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        if args and args[0] in COMMAND_HINTS and args[0] not in self.commands:
            from eventwire.export import FORMATS  # the writers' own list, so a new format is named here too

            formats = "|".join(f for f in FORMATS if f != "table")
            ctx.fail(f"No such command '{args[0]}': {COMMAND_HINTS[args[0]].format(formats=formats)}")
        return super().resolve_command(ctx, args)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="eventwire")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Settings TOML file.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars or summaries on stderr.")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, quiet: bool, verbose: int) -> None:
    """Turn conflict news into structured, geolocated, source-linked event data."""
    try:
        settings = load_settings(config_path)
    except EventwireError as exc:
        fail(exc)
    level = [settings["log_level"], "INFO", "DEBUG"][min(verbose, 2)]
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    # trafilatura logs ERROR lines ("empty HTML tree: None") for pages it cannot read; the reader already reports
    # each such document with a plain reason, so these only add noise (-v shows them again).
    logging.getLogger("trafilatura").setLevel(logging.NOTSET if verbose else logging.CRITICAL)
    ctx.obj = {"settings": settings, "quiet": quiet}


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@read_options
@pipeline_option
@quiet_option
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], pipeline: str | None, workers: int, scheduler: str | None,
            **read: Any) -> None:
    """Extract events from PATHS (files, folders, URLs or - for stdin) as JSON Lines on stdout.

    Nothing is stored. Failed documents are listed on stderr with their reason; the exit code is then 3.
    """
    from eventwire.readers import read_sources
    from eventwire.run import run_pipeline

    try:
        opts = make_read_options(ctx, **read)
        note_gazetteer_build(ctx.obj["quiet"])
        docs, stats = run_pipeline(read_sources(paths, opts), pipeline or ctx.obj["settings"]["pipeline"],
                                   show_progress=not ctx.obj["quiet"], workers=workers, scheduler=scheduler)
        for doc in docs:
            for event in doc.events:
                _emit(event.model_dump(mode="json"))
    except EventwireError as exc:
        fail(exc)
    except KeyboardInterrupt:
        sys.stdout.flush()  # the events written so far are whole lines: keep them
        # No count: Ctrl-C can land just before or just after a line is counted, and a wrong number is worse.
        click.echo("interrupted: the events written so far are whole JSON lines; the documents after them were not "
                   "extracted", err=True)
        sys.exit(130)
    sys.exit(report_failures(stats, ctx.obj["quiet"]))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--given-mentions", is_flag=True,
              help='Input is JSON Lines {"id","text","mentions":[{"start","end"}]}: resolve those spans only; '
                   "the text around them (countries, states, counties, demonyms) steers the choice.")
@click.option("--guesses", is_flag=True,
              help='With --given-mentions: a span no place is named by gets a low-score guess (role "guess") '
                   "from the text (the unit around it, else the article's focus) instead of nulls.")
@read_options
@click.pass_context
def places(ctx: click.Context, paths: tuple[str, ...], given_mentions: bool, guesses: bool, **read: Any) -> None:
    """Place mentions in PATHS, resolved to GeoNames, as JSON Lines on stdout.

    Failed documents or lines are listed on stderr with their reason; the exit code is then 3.
    """
    from eventwire.cli.places import given_mentions_rows, place_rows

    try:
        note_gazetteer_build(ctx.obj["quiet"])
        if guesses and not given_mentions:
            raise UsageError("--guesses needs --given-mentions (found mentions are always places)")
        rows = (given_mentions_rows(paths, guesses=guesses) if given_mentions
                else place_rows(paths, make_read_options(ctx, **read)))
        failed = 0
        for row in rows:
            if "error" in row:
                failed += 1
                click.echo(f"failed: {row['source']}: {row['error']}", err=True)
            else:
                _emit(row)
    except EventwireError as exc:
        fail(exc)
    sys.exit(3 if failed else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@read_options
@pipeline_option
@quiet_option
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: str | None, pipeline: str | None, workers: int,
           scheduler: str | None, **read: Any) -> None:
    """Read PATHS, extract events and store articles, events and failures in the database.

    Ingesting the same documents again adds nothing; a document read again has its events replaced (a record whose
    given id is stored for another text gets an id of its own instead). Failed documents are listed with their
    reason and stored (see `eventwire failures`); the exit code is then 3. Ctrl-C keeps what was stored (exit 130):
    run the same command again to finish.
    """
    from dataclasses import replace

    from eventwire.api import open_store
    from eventwire.readers import read_sources
    from eventwire.run import RunInterrupted, StoreRunStats, run_into_store
    from eventwire.store import own_files

    settings = ctx.obj["settings"]
    try:
        opts = make_read_options(ctx, **read)
        note_gazetteer_build(ctx.obj["quiet"])
        with open_store(db or settings["db"]) as store:
            before = store.stats()
            try:
                opts = replace(opts, skip=own_files(store))  # `ingest news/ --db news/events.db` reads past it
                stats = run_into_store(read_sources(paths, opts), store, pipeline or settings["pipeline"],
                                       show_progress=not ctx.obj["quiet"], workers=workers, scheduler=scheduler)
            except KeyboardInterrupt as stop:  # one before the first document has nothing stored yet
                _interrupted(store, stop.stats if isinstance(stop, RunInterrupted) else StoreRunStats())
            after = store.stats()
    except EventwireError as exc:
        fail(exc)
    # Re-ingesting adds nothing: say so, or "24 events" reads as 24 more. This run's own writes, not the store's
    # totals before and after: another ingest into a shared store at the same time moves those too.
    stored = f"stored {_stored_said(stats)} in {shown_db(store.url, 'the database')}"
    if stats.updated_articles and stats.new_events >= 0:
        # A sidecar added later (a new date or outlet) changed the events, yet the run said "0 new": say so.
        stored += (f"; {plural(stats.updated_articles, 'article')} read again had "
                   f"{'its' if stats.updated_articles == 1 else 'their'} events replaced")
    if after["unmerged_events"] and after["unmerged_events"] != before["unmerged_events"]:
        # Merged once already: the merged views (events --merged, the map, the report) leave the new ones out.
        stored += f"; run `eventwire merge --db {shown_db(store.url, '...')}` again to merge them"
    sys.exit(report_failures(stats, ctx.obj["quiet"], stored))


def _stored_said(stats: StoreRunStats) -> str:
    """ "2 new articles and 5 new events"; a net loss (articles read again) as "3 events fewer (...)"."""
    events = plural(stats.new_events, "new event") if stats.new_events >= 0 else \
        f"{plural(-stats.new_events, 'event')} fewer (articles read again had their events replaced)"
    return f"{plural(stats.new_articles, 'new article')} and {events}"


def _interrupted(store: Any, stats: StoreRunStats) -> NoReturn:
    """Ctrl-C during ingest: say what was kept and how to go on, then exit 130 (click would say "Aborted!", 1)."""
    click.echo(f"interrupted: stored {_stored_said(stats)} in {shown_db(store.url, 'the database')} "
               "before the interrupt; run the same command again to finish: documents already stored are read "
               "again and nothing is doubled", err=True)
    sys.exit(130)


@cli.command()
@click.option("--db", help=DB_HELP)
@click.option("--type", "event_type", help='ACLED event type, e.g. "Explosions/Remote violence"; "Political": '
              "the PLOVER-only events, which have no ACLED type.")
@click.option("--sub-type", "sub_event_type", help='ACLED sub-event type, e.g. "Air/drone strike".')
@click.option("--country", help="ISO 3166-1 alpha-2 country code, e.g. UA.")
@click.option("--since", type=DATE, help="Events on or after this date.")
@click.option("--until", type=DATE, help="Events on or before this date.")
@click.option("--text", help="Events whose evidence, place, actors or source articles hold all these words.")
@click.option("--bbox", type=BBoxParam(), help="Events whose point is in this box: min_lon,min_lat,max_lon,max_lat "
              "in degrees, e.g. 22.1,44.3,40.2,52.4 (min_lon > max_lon crosses the antimeridian); events with no "
              "point are left out.")
@confidence_option
@click.option("--limit", type=click.IntRange(min=1), default=1000, show_default=True, help="The most events to write.")
@click.option("--order", type=click.Choice(["oldest", "newest"]), default="oldest", show_default=True,
              help="oldest first (undated events first) or newest first (undated events last).")
@click.option("--all", "every", is_flag=True, help="Write every matching event, page by page (no --limit): "
              "for exports of a whole database.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "jsonl", "csv", "acled", "plover", "geojson"]),
              help="table to read; jsonl: the full records; csv, acled, plover, geojson for other tools.")
@click.option("--merged", is_flag=True, help="The merged events of `eventwire merge` (one per real-world event, "
              "figures reconciled across sources) instead of every article's own; not with --text.")
@quiet_option
@click.pass_context
def events(ctx: click.Context, db: str | None, fmt: str, merged: bool, every: bool, **filters: Any) -> None:
    """Query stored events with filters and write them in a format."""
    from eventwire.api import open_store
    from eventwire.export import write
    from eventwire.store.base import MAX_LIMIT, EventQuery, iter_pages, merged_events

    quiet = ctx.obj["quiet"]
    if every:
        if ctx.get_parameter_source("limit") is not click.core.ParameterSource.DEFAULT:
            fail(UsageError("--all writes every matching event: leave out --limit (or --all)"))
        filters["limit"] = MAX_LIMIT  # one page at a time; the cursor walks on to the end
    try:
        query = EventQuery(**{k: v for k, v in filters.items() if v is not None})
        with open_store(db or ctx.obj["settings"]["db"], must_exist=True) as store:
            found: Iterable[Event]
            if every:  # streamed page by page, so a whole database need not fit in memory
                fetch = (lambda q: merged_events(store, q)) if merged else store.query_events
                pages = iter_pages(fetch, query)
                head = next(pages, None)  # a store never merged fails here, before a CSV header is written
                found = itertools.chain([head] if head is not None else [], pages)
            else:
                found = merged_events(store, query) if merged else store.query_events(query)
            result = write(found, fmt, sys.stdout)
            unmerged = store.stats()["unmerged_events"] if merged else 0
    except EventwireError as exc:
        fail(exc)
    if unmerged and not quiet:
        click.echo(f"note: {plural(unmerged, 'event')} stored since the last merge {'is' if unmerged == 1 else 'are'} "
                   f"not in these: run `eventwire merge --db {shown_db(store.url, '...')}` to include them", err=True)
    if result.skipped - result.undated and not quiet:
        # Rows fewer than events read like lost data: say which the format cannot hold.
        click.echo(f"note: {plural(result.skipped - result.undated, 'event')} left out: {SKIPPED_WHY[fmt]}", err=True)
    if result.undated and not quiet:
        click.echo(f"note: {plural(result.undated, 'event')} left out: no date (ACLED's event_date is required)",
                   err=True)
    if isinstance(found, list) and len(found) == query.limit and not quiet:
        which = "newest" if query.order == "newest" else "first"
        click.echo(f"showing the {which} {plural(query.limit, 'event')} (--limit); more may match: --all writes "
                   "every one", err=True)


# Why a format writes fewer records than it was given (ExportResult.skipped).
SKIPPED_WHY = {
    "acled": "ACLED's format has no row for political events with a PLOVER code only",
    "plover": "no PLOVER coding",
    "geojson": "no coordinates (counted in skipped_without_coordinates)",
}


@cli.command()
def components() -> None:
    """List the registered pipeline components with what they require and assign."""
    from eventwire.pipeline import default_registry

    for spec in default_registry():
        click.echo(f"{spec.name:<24} {spec.doc}")
        click.echo(f"{'':<24} requires: {', '.join(spec.requires) or '-'}; assigns: {', '.join(spec.assigns)}")


@cli.group()
def config() -> None:
    """Inspect settings and the pipeline."""


@config.command("show")
@click.option("--pipeline", type=click.Path(exists=True, dir_okay=False), help="Pipeline TOML to show.")
@click.pass_context
def config_show(ctx: click.Context, pipeline: str | None) -> None:
    """Print the effective settings and pipeline stages as JSON."""
    from eventwire.pipeline import load_pipeline_config

    settings = ctx.obj["settings"]
    try:
        stages = load_pipeline_config(pipeline or settings["pipeline"])
    except EventwireError as exc:
        fail(exc)
    click.echo(json.dumps({"settings": settings, "pipeline": stages}, indent=2, default=str))


from eventwire.cli.extra import register  # noqa: E402

register(cli)


def main() -> None:
    """Entry point for the `eventwire` script."""
    try:
        cli(prog_name="eventwire")
    except BrokenPipeError:
        # `eventwire events | head`: the reader left; no traceback, and none again when Python flushes stdout.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except OSError as exc:
        # A full disk or a vanished output folder is the machine's problem, said in one line, not a traceback.
        where = f": {exc.filename}" if exc.filename else ""
        click.echo(f"error: {exc.strerror or exc}{where}", err=True)
        sys.exit(1)
