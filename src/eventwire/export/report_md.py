"""Render report blocks as Markdown; figures are PNG files beside the .md (or data URIs without one)."""

from __future__ import annotations

import base64
import re
from html import escape

from eventwire.export.report_doc import Block, Cell, Quotes, Section, Toll

# Markdown syntax characters that could turn article text into links, emphasis or code.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!~])")


def md_escape(text: str) -> str:
    """Text safe inside Markdown (and in the HTML a Markdown renderer makes): no markup, no raw tags."""
    return _MD_SPECIAL.sub(r"\\\1", escape(" ".join(text.split()), quote=False))


def _cell(c: Cell) -> str:
    if isinstance(c, Quotes):
        return "<br>".join(f"“{md_escape(q)}”" for q in c.items)
    if isinstance(c, Toll):
        return f"**{md_escape(c.value)}** (“{md_escape(c.phrase)}”)" if c.phrase else md_escape(c.value)
    return md_escape(c)


def _block(b: Block, images: dict[str, str]) -> str:
    if b.kind == "p":
        return md_escape(b.text)
    if b.kind == "cards":
        return "\n".join(f"- **{md_escape(label)}: {md_escape(value)}** — {md_escape(note)}"
                         for label, value, note in b.cards)
    if b.kind == "table":
        head = f"**{md_escape(b.text)}**\n\n" if b.text else ""
        lines = ["| " + " | ".join(md_escape(h) for h in b.headers) + " |",
                 "|" + "|".join("---" for _ in b.headers) + "|"]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in b.rows]
        return head + "\n".join(lines)
    if b.kind == "figure":
        src = images.get(b.name) or "data:image/png;base64," + base64.b64encode(b.image).decode("ascii")
        return f"![{b.name}]({src})\n\n*{md_escape(b.text)}*"
    raise ValueError(f"unknown block kind {b.kind!r}")


def render_md(title: str, meta: str, sections: list[Section], images: dict[str, str] | None = None) -> str:
    """The whole report; `images` maps figure names (map, timeline) to relative PNG paths."""
    parts = [f"# {md_escape(title)}", f"*{md_escape(meta)}*"]
    for s in sections:
        parts.append(f"## {md_escape(s.title)}")
        parts += [_block(b, images or {}) for b in s.blocks]
    return "\n\n".join(parts) + "\n"
