"""Write docs/cli.md from the click commands' own help (run after changing a command)."""

from __future__ import annotations

from pathlib import Path

import click

from eventwire.cli import cli

OUT = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def walk(group: click.Group, prefix: list[str]):
    """(path, command) for every command, depth first, in name order."""
    for name in sorted(group.commands):
        cmd = group.commands[name]
        yield [*prefix, name], cmd
        if isinstance(cmd, click.Group):
            yield from walk(cmd, [*prefix, name])


def render() -> str:
    """The whole reference as Markdown."""
    parts = ["# eventwire command reference\n",
             "Generated from the commands' `--help` by `python tools/gen_cli_docs.py`; "
             "a test keeps it current.\n"]
    # Children inherit the group's settings (-h/--help), as when the commands really run.
    root = cli.make_context("eventwire", ["--help"], resilient_parsing=True, terminal_width=88,
                            max_content_width=88)
    for path, cmd in walk(cli, []):
        ctx = click.Context(cmd, parent=root, info_name=" ".join(path))
        parts.append(f"## eventwire {' '.join(path)}\n\n```\n{cmd.get_help(ctx)}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
