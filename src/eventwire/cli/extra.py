"""Commands for the gazetteer, evaluation, failures, merging and reports (registered on the main group)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from eventwire.cli.options import DATE, DB_HELP, BBoxParam, confidence_option, fail, quiet_option
from eventwire.errors import EventwireError, UsageError
from eventwire.wording import plural


@click.group()
def gazetteer() -> None:
    """Build and query the offline gazetteer."""


@gazetteer.command("build")
@click.option("--force", is_flag=True, help="Rebuild even if the cached index is current.")
def gazetteer_build(force: bool) -> None:
    """Build the on-disk gazetteer index from the bundled registry packages."""
    from eventwire.gazetteer import build_gazetteer

    try:
        click.echo(str(build_gazetteer(force=force)))
    except EventwireError as exc:
        fail(exc)


@gazetteer.command("info")
def gazetteer_info() -> None:
    """Show the index location, size, counts and sources.

    A generated table (the KATOTTG villages) built against other gazetteer inputs is listed in stale_tables, with
    a note for maintainers on stderr (a newer package version alone can differ; only a maintainer regenerates it).
    """
    from eventwire.gazetteer import gazetteer_info as info

    try:  # tables that EVENTWIRE_GEONAMES_SMALL names but lacks: one line, as `build` says it, not a traceback
        found = info()
    except EventwireError as exc:
        fail(exc)
    click.echo(json.dumps(found, indent=2, default=str))
    for note in found["stale_tables"]:  # also in the JSON, but a reader of a long listing misses it there
        click.echo(f"note (maintainers): {note}", err=True)


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="The most places to list.")
def gazetteer_lookup(name: str, limit: int) -> None:
    """Places called NAME (any spelling), best candidates first, as JSON Lines."""
    from eventwire.gazetteer import lookup

    if not name.strip():
        fail(UsageError("NAME is empty: give a place name, e.g. eventwire gazetteer lookup Kharkiv"))
    try:
        rows = lookup(name, limit=limit)
    except EventwireError as exc:
        fail(exc)
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False, default=str))
    if not rows:  # an empty stdout alone reads like a crash or a wrong pipe; exit 0 keeps scripts as they were
        click.echo(f"no place called {name.strip()!r} in the gazetteer", err=True)


# The splits each corpus has (evaluate.run_eval); the others are scored whole.
EVAL_SPLITS = {"muc": ("dev", "tst1", "tst2", "test"), "gold": ("dev", "heldout", "all")}


@click.command("eval")
@click.argument("corpus")
@click.option("--split", help="Corpus split: muc dev|tst1|tst2|test (tst1+tst2, the default); "
              "gold dev|heldout|all (the default); the other corpora have none.")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N items.")
def eval_cmd(corpus: str, split: str | None, limit: int | None) -> None:
    """Score extraction on a gold CORPUS (muc, wikievents, ucdp, plover, gold) and print the figures as JSON."""
    from eventwire.evaluate import CORPORA, run_eval

    try:
        if split is not None and corpus in CORPORA and split not in EVAL_SPLITS.get(corpus, ()):
            # A wrong split gave a traceback (muc), or scored nothing (gold), or was ignored (the others).
            known = EVAL_SPLITS.get(corpus)
            raise UsageError(f"unknown split {split!r} for {corpus}; one of {', '.join(known)}" if known
                             else f"{corpus} has no splits: leave out --split")
        click.echo(json.dumps(run_eval(corpus, split, limit), indent=2, default=str))
    except EventwireError as exc:
        fail(exc)


def merge_summary(s: dict[str, Any]) -> str:
    """One sentence a person can read: what the merge found."""
    flags = ", ".join(f"{code} {n}" for code, n in s["flags"].items()) or "none"
    folded = s["events"] - s["clusters"]
    # Say where the difference went: with one outlet, "0 reported by more than one source" alone leaves it unexplained.
    repeats = f" ({folded} {'was a further report' if folded == 1 else 'were further reports'} of one of these)" \
        if folded > 0 else ""
    # An edited copy states another toll than its original: its figure is its outlet's own claim.
    n = s.get("edited_copies") or 0
    edited = f"; {n} edited, stating other tolls: {'a source' if n == 1 else 'sources'} of {'its' if n == 1 else 'their'} own" \
        if n else ""
    # A merged event joined into another is not lost: its id lives on as the other's alias (`merge.ids`).
    joined = s.get("joined") or 0
    gone = f"{s['removed'] - joined} stale merged events removed" + (
        f", {joined} joined into others (their ids kept as aliases)" if joined else "")
    return (f"merged {plural(s['events'], 'event')} from {plural(s['articles'], 'article')} into "
            f"{plural(s['clusters'], 'event')}{repeats}: {s['multi_source']} reported by more than one source, "
            f"{plural(s['duplicates'], 'near-duplicate article')} (reprints{edited}), {s['mentions']} attached as "
            f"mentions, {gone}; flags: {flags} ({s['seconds']:.1f} s)")


@click.command("failures")
@click.option("--db", help=DB_HELP)
@click.option("--last-run", is_flag=True, help="Only the failures of the latest ingest run.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="table to read; jsonl: one JSON object per failure.")
@quiet_option
@click.pass_context
def failures_cmd(ctx: click.Context, db: str | None, last_run: bool, fmt: str) -> None:
    """List the documents that failed in earlier ingests, with the stage and the reason (oldest first).

    Every ingest records its own failures, so a folder ingested twice lists its failed documents twice.
    """
    from eventwire.api import open_store

    try:
        with open_store(db or ctx.obj["settings"]["db"], must_exist=True) as store:
            runs = store.runs()
            if last_run:
                found = store.failures(runs[-1]["id"]) if runs else []
            else:
                found = store.failures()
    except EventwireError as exc:
        fail(exc)
    if fmt == "jsonl":
        for row in found:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    for row in found:
        click.echo(f"{(row['created_at'] or '')[:19]:<19}  {row['stage'] or '-':<24}  {row['source']}: {row['reason']}")
    if not ctx.obj["quiet"]:
        click.echo(f"({plural(len(found), 'failure')}{_repeats(found)})", err=True)


def _repeats(found: list[dict[str, Any]]) -> str:
    """Each ingest records its own failures: after a re-ingest, say that the list repeats the same documents."""
    distinct = len({(f["source"], f["stage"], f["reason"]) for f in found})
    runs = len({f["run_id"] for f in found})
    if distinct == len(found):
        return ""
    return (f" in {runs} runs, {distinct} distinct: the same documents failed again when ingested again; "
            "--last-run lists the latest run's")


@click.command("merge")
@click.option("--db", help=DB_HELP)
@quiet_option
@click.pass_context
def merge_cmd(ctx: click.Context, db: str | None) -> None:
    """Merge reports of the same event across sources into canonical events; run it again after each ingest."""
    from eventwire.api import open_store
    from eventwire.merge import merge_store

    try:
        with open_store(db or ctx.obj["settings"]["db"], must_exist=True) as store:
            stats = merge_store(store)
            no_outlet = store.stats().get("articles_without_outlet") or 0
        if not ctx.obj["quiet"]:
            said = merge_summary(stats.as_dict())
            if no_outlet and stats.multi_source:
                # 302 ISW reports ingested without --source gave "2520 reported by more than one source".
                said += (f"; note: {plural(no_outlet, 'article')} {'names' if no_outlet == 1 else 'name'} no outlet, and "
                         "each counts as a source of its own (give --source when ingesting)")
            click.echo(said, err=True)
    except EventwireError as exc:
        fail(exc)
    except KeyboardInterrupt:
        # The merged events are saved in one transaction at the end: an interrupted merge changed nothing.
        click.echo("interrupted: the merged events are as they were before this merge (it saves them all at once, "
                   "at the end); run `eventwire merge` again", err=True)
        sys.exit(130)


@click.command("report")
@click.option("--db", help=DB_HELP)
@click.option("--since", type=DATE, required=True, help="First day covered.")
@click.option("--until", type=DATE, required=True, help="Last day covered.")
@click.option("--country", help="ISO 3166-1 alpha-2 code to restrict the report to.")
@click.option("--bbox", type=BBoxParam(), help="Restrict the report to events whose point is in this box: "
              "min_lon,min_lat,max_lon,max_lat in degrees, as `eventwire events --bbox`.")
@confidence_option
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="html", show_default=True,
              help="html: one self-contained page; md: Markdown (the default for an --out name ending .md).")
@click.option("--out", type=click.Path(dir_okay=False),
              help="Output file (default: stdout). md: the map and timeline PNGs go beside it (on stdout: inlined).")
@quiet_option
@click.pass_context
def report_cmd(ctx: click.Context, db: str | None, since: Any, until: Any, country: str | None,
               bbox: tuple[float, float, float, float] | None, min_confidence: float | None, fmt: str,
               out: str | None) -> None:
    """Write a situation report: headline figures, map, timeline, top events, flags."""
    from pathlib import Path

    from eventwire.export.report import report_format

    try:  # --format when given, else the --out name's, else html
        given = None if ctx.get_parameter_source("fmt") is click.core.ParameterSource.DEFAULT else fmt
        fmt = report_format(given, out, ("--format", "--out"))
    except UsageError as exc:
        fail(exc)

    from eventwire.api import open_store
    from eventwire.export.common import percent
    from eventwire.export.report import report_from_store
    from eventwire.store.base import EventQuery

    try:
        with open_store(db or ctx.obj["settings"]["db"], must_exist=True) as store:
            text = report_from_store(store, since, until, country, fmt, Path(out) if out else None,  # type: ignore[arg-type]
                                     min_confidence=min_confidence, bbox=bbox)
            # A merged event passes the filter by its combined confidence, which its reports may not reach.
            q = EventQuery(since=since, until=until, country=country, min_confidence=min_confidence, bbox=bbox,
                           limit=1)
            empty = not store.query_events(q) and not store.query_clusters(q)
        if empty and not ctx.obj["quiet"]:
            # An empty report looks like a broken one: say why, and how to see what the database holds.
            where = (f" in {country.upper()}" if country else "") + (
                (", in that box" if country else " in that box") if bbox else "")
            sure = f" with confidence at least {percent(min_confidence)}" if min_confidence is not None else ""
            click.echo(f"note: no events{sure} between {since} and {until}{where}, so the report is empty; "
                       "`eventwire events --db ...` lists what the database holds", err=True)
        if not out:
            click.echo(text)
        elif not ctx.obj["quiet"]:
            import re

            # Name the PNGs the Markdown links to: an empty period has a map but no timeline.
            pngs = re.findall(r"\]\(([^()\s]+\.png)\)", text) if fmt == "md" else []
            click.echo(f"wrote {out}" + (f" and, beside it, {' and '.join(pngs)}" if pngs else ""), err=True)
    except EventwireError as exc:
        fail(exc)


@click.command("serve")
@click.option("--db", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on (0: any free one).")
@quiet_option
@click.pass_context
def serve_cmd(ctx: click.Context, db: str | None, host: str, port: int) -> None:
    """Serve the REST API (OpenAPI at /docs) and the event map at / ; writes need $EVENTWIRE_TOKEN."""
    import os

    try:
        import uvicorn

        from eventwire.server import create_app
    except ImportError as exc:
        fail(UsageError(f"the server needs the web extra: run pip install '.[web]' in the eventwire checkout ({exc})"))
    from eventwire.store.sqlite import sqlite_path

    db = db or ctx.obj["settings"]["db"]
    token = os.environ.get("EVENTWIRE_TOKEN")
    path = "" if db.startswith(("postgresql://", "postgres://")) else sqlite_path(db)
    try:
        port = _check_port(host, port)  # --port 0: the free port picked, so the URL below is one to open
        if path and path != ":memory:" and not os.path.isfile(path):
            click.echo(f"note: no database at {path}; serving a new, empty one (ingest into it to fill the map)",
                       err=True)
        app = create_app(db, token=token)
    except EventwireError as exc:
        fail(exc)
    if not ctx.obj["quiet"]:
        # uvicorn logs only warnings here, so say where to look and how writes are set up.
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"serving {path or 'the PostgreSQL store'} at http://{shown}:{port}/ (map) and /docs (API); "
                   "Ctrl+C stops", err=True)
        click.echo("writes (POST /api/ingest) " + ("need 'Authorization: Bearer <token>'" if token else
                   "are off: set EVENTWIRE_TOKEN to enable them"), err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    except SystemExit as exc:
        # uvicorn exits 3 when it cannot start; 3 means "some documents failed" here.
        sys.exit(1 if exc.code else 0)


def _check_port(host: str, port: int) -> int:
    """The port to listen on (0: a free one); fail early, with the reason, when the address cannot be used."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            sock.bind(infos[0][4])
            return int(sock.getsockname()[1])
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc} (choose another --port or --host)") \
            from exc


def _register_more(cli: Any) -> None:
    for cmd in (eval_cmd, failures_cmd, merge_cmd, report_cmd, serve_cmd):
        cli.add_command(cmd)


def register(cli: Any) -> None:
    """Attach the extra command groups to the main group."""
    cli.add_command(gazetteer)
    _register_more(cli)
