"""Render report blocks as one self-contained HTML page (inline CSS, PNGs as data URIs)."""

from __future__ import annotations

import base64
from html import escape

from eventwire.export.report_doc import Block, Cell, Quotes, Section, Toll

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d1d1d;
 max-width:1100px;margin:24px auto;padding:0 20px;background:#fff}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px;border-bottom:2px solid #eee;padding-bottom:4px}
h3{font-size:15px;margin:16px 0 6px;color:#444}
.meta{color:#666;font-size:13px;margin-bottom:14px}
.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{flex:1 1 170px;border:1px solid #e3e3e3;border-radius:8px;padding:10px 14px;background:#fafafa}
.card .v{font-size:26px;font-weight:600}.card .l{font-size:13px;text-transform:uppercase;color:#555;letter-spacing:.04em}
.card .n{font-size:12px;color:#777}
table{border-collapse:collapse;width:100%;font-size:13.5px;margin:6px 0 12px}
th,td{border-bottom:1px solid #e6e6e6;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f3f3f3;font-weight:600}.num{text-align:right;white-space:nowrap}.nw{white-space:nowrap}
table.summary{width:auto;min-width:55%}.fig{font-weight:600}.ph{font-size:12px;color:#666}
blockquote{margin:0 0 6px;padding:2px 8px;border-left:3px solid #c9c9c9;color:#333;font-style:italic}
figure{margin:10px 0 18px}figure img{max-width:100%;border:1px solid #e3e3e3}
figcaption{font-size:13px;color:#555;margin-top:4px}
code{font-size:12.5px;background:#f3f3f3;padding:1px 4px;border-radius:3px}
"""


def _cell(c: Cell, header: str, numeric: bool) -> str:
    if isinstance(c, Quotes):
        return "<td>" + "".join(f"<blockquote>“{escape(q)}”</blockquote>" for q in c.items) + "</td>"
    if isinstance(c, Toll):
        phrase = f'<div class="ph">“{escape(c.phrase)}”</div>' if c.phrase else ""
        return f'<td><span class="fig">{escape(c.value)}</span>{phrase}</td>'
    if header == "Flag":
        return f"<td><code>{escape(c)}</code></td>"
    if header == "Date":
        return f'<td class="nw">{escape(c)}</td>'
    return f'<td class="num">{escape(c)}</td>' if numeric else f"<td>{escape(c)}</td>"


def _block(b: Block) -> str:
    if b.kind == "p":
        return f"<p>{escape(b.text)}</p>"
    if b.kind == "cards":
        return '<div class="cards">' + "".join(
            f'<div class="card"><div class="l">{escape(label)}</div><div class="v">{escape(value)}</div>'
            f'<div class="n">{escape(note)}</div></div>' for label, value, note in b.cards) + "</div>"
    if b.kind == "table":
        head = f"<h3>{escape(b.text)}</h3>" if b.text else ""
        ths = "".join(f'<th{" class=num" if i in b.numeric else ""}>{escape(h)}</th>' for i, h in enumerate(b.headers))
        trs = "".join("<tr>" + "".join(_cell(c, h, i in b.numeric) for i, (c, h) in enumerate(zip(row, b.headers, strict=True)))
                      + "</tr>" for row in b.rows)
        cls = ' class="summary"' if b.numeric else ""
        return f"{head}<table{cls}><thead><tr>{ths}</tr></thead><tbody>{trs}</tbody></table>"
    if b.kind == "figure":
        data = base64.b64encode(b.image).decode("ascii")
        return (f'<figure><img alt="{escape(b.name)}" src="data:image/png;base64,{data}">'
                f"<figcaption>{escape(b.text)}</figcaption></figure>")
    raise ValueError(f"unknown block kind {b.kind!r}")


def render_html(title: str, meta: str, sections: list[Section]) -> str:
    """The whole page; every piece of text is escaped (article text is untrusted)."""
    body = "".join(f"<section><h2>{escape(s.title)}</h2>{''.join(_block(b) for b in s.blocks)}</section>"
                   for s in sections)
    # A CSP that forbids every network fetch: the page must render from itself alone.
    csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
            f'<h1>{escape(title)}</h1><div class="meta">{escape(meta)}</div>{body}</body></html>\n')
