"""Commands for the gazetteer, evaluation, merging and reports (registered on the main group)."""

from __future__ import annotations

import json
from typing import Any

import click

from eventwire.cli.options import fail
from eventwire.errors import EventwireError


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
    """Show the index location, size, counts and sources."""
    from eventwire.gazetteer import gazetteer_info as info

    click.echo(json.dumps(info(), indent=2, default=str))


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--limit", type=int, default=10, show_default=True)
def gazetteer_lookup(name: str, limit: int) -> None:
    """Places called NAME (any spelling), best candidates first, as JSON Lines."""
    from eventwire.gazetteer import lookup

    for row in lookup(name, limit=limit):
        click.echo(json.dumps(row, ensure_ascii=False, default=str))


def register(cli: Any) -> None:
    """Attach the extra command groups to the main group."""
    cli.add_command(gazetteer)
