"""Rule-based sentence splitter that keeps offsets into the original text."""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.pipeline.workdoc import Sentence, WorkDoc

# Abbreviations after which a period does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm cmdr gov sen rep rev st mt ft jr sr
    u.s u.k u.n e.g i.e vs etc jan feb mar apr jun jul aug sep sept oct nov dec nos approx est
    dept inc corp ltd co bros dist km mi sq""".split()
)
# A sentence ends at . ! ? (plus closing quotes/brackets) followed by space and an opener,
# or at a blank line / line break (headlines, datelines and list items stand alone).
_BOUNDARY = re.compile(r"""([.!?]+["'”’)\]]*)(\s+)(?=["'“‘(\[]?[A-Z0-9А-ЯЁЇІЄҐ])|\n\s*\n|\n(?=\S)""")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as (start, end) offsets; whitespace between them belongs to none."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(1):
            word = _WORD_BEFORE.search(text, 0, m.start(1) + 1)
            token = (word.group(1) if word else "").rstrip(".").lower()
            # "U.S. forces", "Gen. Smith", "J. Smith": a period after an abbreviation or initial.
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            # ALL-CAPS wire copy: "GEN. SMITH" — still an abbreviation check on the lower-cased token.
            end = m.end(1)
        else:
            end = m.start()
        _push(out, text, start, end)
        start = m.end()
    _push(out, text, start, len(text))
    return out


def _push(out: list[Sentence], text: str, start: int, end: int) -> None:
    # Trim surrounding whitespace so offsets point at real text.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))


def make() -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `sentences.rules.v1`."""

    def sentences(doc: WorkDoc) -> WorkDoc:
        doc.sentences = split_sentences(doc.text)
        return doc

    return sentences
