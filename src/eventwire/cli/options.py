"""Shared click option decorators and output helpers for the commands."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import click

from eventwire.errors import EventwireError, UsageError
from eventwire.pipeline import RunStats
from eventwire.wording import plural


class DateParam(click.ParamType):
    """YYYY-MM-DD (or YYYY-MM / YYYY for --since/--until)."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
            try:
                return datetime.strptime(str(value), fmt).date()
            except ValueError:
                continue
        self.fail(f"{value!r} is not a date (use YYYY-MM-DD)", param, ctx)


DATE = DateParam()


class ConfidenceParam(click.ParamType):
    """A probability from 0 to 1 (0.6), or a percentage (60%)."""

    name = "P"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        if isinstance(value, float):
            return value
        text = str(value).strip()
        try:
            number = float(text[:-1]) / 100 if text.endswith("%") else float(text)
        except ValueError:
            number = -1.0
        if not 0 <= number <= 1:  # NaN fails this too
            # "--min-confidence 60" is the likely slip: name both forms it could have been.
            self.fail(f"{value!r} is not a confidence from 0 to 1: use e.g. 0.6 or 60%", param, ctx)
        return number


class BBoxParam(click.ParamType):
    """min_lon,min_lat,max_lon,max_lat in degrees (the GeoJSON order)."""

    name = "W,S,E,N"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from eventwire.store.base import parse_bbox

        if isinstance(value, tuple):
            return value
        try:
            return parse_bbox(value)
        except ValueError as exc:
            self.fail(f"{value!r}: {exc}", param, ctx)


def confidence_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--min-confidence, for every command that lists or reports stored events."""
    return click.option("--min-confidence", "min_confidence", type=ConfidenceParam(),
                        help="Only events whose confidence is at least this, 0-1 or a percentage (0.6, 60%): for a "
                             "violent event (battle, explosion, violence against civilians, riot), the learned chance "
                             "that its type, date and place are right; for others, a rule score; for merged events, "
                             "their combined confidence.")(f)


def read_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Options every command that reads documents shares."""
    f = click.option("--published", type=DATE, help="Publication date for sources that lack one.")(f)
    f = click.option("--source", "source_name", help="Outlet name to record for these documents.")(f)
    f = click.option("--format", "fmt", type=click.Choice(["text", "html", "jsonl", "csv", "feed"]),
                     help="Force the input format instead of sniffing it.")(f)
    f = click.option("--max-bytes", type=click.IntRange(min=1),
                     help="Per-document size limit in bytes (default 10 MB).")(f)
    f = click.option("--allow-private", is_flag=True, default=None,
                     help="Allow URLs that resolve to loopback or private addresses.")(f)
    f = click.option("--field", "fields", multiple=True, metavar="FIELD=KEY", callback=_field_map,
                     help="JSONL/CSV: the key holding an article field, e.g. --field text=doc_text "
                          "(repeatable; common names such as body, content, doc_text, headline, date are known; "
                          "a CSV without a header row: column numbers, e.g. text=3 title=2).")(f)
    f = click.option("--no-headline", "no_headline", is_flag=True, default=False,
                     help="Do not read a document's title as the first line of its text.")(f)
    return f


def _field_map(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> dict[str, str]:
    from eventwire.readers.fields import parse_field_map

    try:
        return parse_field_map(value)
    except ValueError as e:
        raise click.BadParameter(str(e), ctx=ctx, param=param) from e


def _set_quiet(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        ctx.obj["quiet"] = True  # the group's callback has run and made ctx.obj by now


def quiet_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """-q after the command name too (`eventwire ingest x -q`), as people type it."""
    return click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_set_quiet,
                        help="No progress bars or summaries on stderr.")(f)


def pipeline_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--pipeline FILE, --workers N and --scheduler ADDRESS."""
    f = click.option("--scheduler", metavar="ADDRESS",
                     help="Run the pipeline on a Dask cluster: its scheduler address (tcp://host:8786), or 'local' "
                          "for a local one with --workers processes (needs the dask extra).")(f)
    f = click.option("--workers", type=click.IntRange(min=0), default=1, show_default=True,
                     help="Processes to run the pipeline in (0: one per core).")(f)
    return click.option("--pipeline", type=click.Path(exists=True, dir_okay=False),
                        help="Pipeline TOML (default: the bundled pipeline).")(f)


def make_read_options(ctx: click.Context, published: date | None, source_name: str | None,
                      fmt: str | None, max_bytes: int | None, allow_private: bool | None,
                      fields: dict[str, str] | None = None, no_headline: bool = False) -> Any:
    """ReadOptions from flags layered over the settings."""
    from eventwire.readers import ReadOptions

    settings = ctx.obj["settings"]
    return ReadOptions(
        published=published,
        source=source_name,
        fmt=fmt,
        max_bytes=max_bytes or settings["max_bytes"],
        allow_private=bool(allow_private if allow_private is not None else settings["allow_private"]),
        timeout=settings["timeout"],
        fields=dict(fields or {}),
        headline=not no_headline,
    )


def shown_db(url: str, otherwise: str) -> str:
    """A SQLite path as it is; a database URL (it may hold a password) as `otherwise`."""
    return url if "://" not in url else otherwise


def note_gazetteer_build(quiet: bool) -> None:
    """Say so before the first run's index build (about 30–50 s and 1 GB; README), which is otherwise silent."""
    from eventwire.gazetteer import index_path

    index = index_path()
    if index.exists():
        return
    folder = index.parent
    try:  # before the build, not 30 s into it: an unwritable cache folder fails only when the index is saved
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise UsageError(f"cannot write the gazetteer index to {folder}: {exc.strerror or exc} (set EVENTWIRE_CACHE "
                         "or cache_dir in eventwire.toml to a writable folder)") from exc
    if not quiet:
        click.echo(f"building the offline gazetteer index in {folder} (first run only, about 30-50 s)...", err=True)


# One wording for every command's --db (it said "default from settings" without naming the default).
DB_HELP = "Database: a SQLite file or a postgresql://... URL (default: eventwire.db, or db in the settings)."

# The exit codes, in the main help and in the help of the commands that read documents.
EXIT_CODES = ("Exit codes: 0 ok; 1 error; 2 usage error; 3 the run finished but some documents failed (each is "
              "printed with its reason); 130 extract, ingest or merge interrupted (Ctrl-C).")


def report_failures(stats: RunStats, quiet: bool, stored: str = "") -> int:
    """Print each failed document with its reason and a summary (`stored`: what was added) to stderr.

    Returns the exit code (0 or 3).
    """
    for failure in stats.failures:
        stage = f" [{failure.stage}]" if failure.stage else ""
        click.echo(f"failed{stage}: {failure.source}: {failure.reason}", err=True)
    if not quiet or stats.failed:
        click.echo(
            f"{plural(stats.documents, 'document')}: {stats.succeeded} processed, {stats.failed} failed, "
            f"{plural(stats.events, 'event')}" + (f"; {stored}" if stored else ""),
            err=True,
        )
    return 3 if stats.failed else 0


def fail(exc: EventwireError) -> None:
    """Exit with the error's code and a one-line message on stderr."""
    click.echo(f"error: {exc}", err=True)
    sys.exit(exc.exit_code)
