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
# or at a blank line / line break (headlines, datelines and list items stand alone). Footnote markers
# after the mark ("unchanged.[6] Multiple", ISW pages) stay with the sentence they close.
# Each pattern starts with a character class so the engine jumps straight to candidates; group 1
# is the punctuation after the first mark (empty for a lone "."), None at a line break.
_BOUNDARY = re.compile(r"""[.!?\n](?:(?<=[.!?])([.!?]*["'”’)\]]*(?:\[\d{1,3}\])*)\s+(?=["'“‘(\[]?[A-Z0-9А-ЯЁЇІЄҐ])"""
                       r"""|(?<=\n)\s*\n|(?<=\n)(?=\S))""")
# Hard-wrapped copy (MUC-3/4 FBIS texts, e-mail, plain-text wires) breaks lines mid-sentence:
# there only blank lines and punctuation end sentences.
# A line of spaced dashes ("- - - -") parts the items of a wire digest: it ends the sentence before it.
_BOUNDARY_WRAPPED = re.compile(r"""[.!?\n](?:(?<=[.!?])([.!?]*["'”’)\]]*(?:\[\d{1,3}\])*)\s+(?=["'“‘(\[]?[A-Z0-9А-ЯЁЇІЄҐ])"""
                               r"""|(?<=\n)\s*\n|(?<=\n)[ \t]*-(?:[ \t]+-){2,}[ \t\r]*(?=\n|$))""")
# Lower-cased copy (some scraped corpora, ASR transcripts): any letter may open a sentence.
_BOUNDARY_LOWER = re.compile(r"""[.!?\n](?:(?<=[.!?])([.!?]*["'”’)\]]*(?:\[\d{1,3}\])*)\s+(?=["'“‘(\[]?[^\W_])"""
                             r"""|(?<=\n)\s*\n|(?<=\n)(?=\S))""")
_UPPER = re.compile(r"[A-ZА-ЯЁЇІЄҐ]")
_LETTER = re.compile(r"[^\W\d_]")
LOWER_SAMPLE = 3000
# The word run ending at a period; the look-behind makes the engine skip positions inside words.
_WORD_BEFORE = re.compile(r"(?<![\w.])[\w.]+$")
WRAP_MIN_LINES = 4
WRAP_MAX_WIDTH = 100
# "... east of the southern port city of\nBasra": a full line that ends on a word needing its complement goes on;
# wire copy is wrapped at about 70 characters, and a headline line is shorter or ends the sentence.
_OPEN_END = re.compile(r"\s(?:of|the|in|at|on|near|from|to|by|for|with|and|a|an)$")
WRAP_LINE = 50
# "Video. Nine killed in <town>", "Photos. Floods hit ...": a feed's media label opening the text is no sentence
# of its own; it stays with the headline it labels, so a lone headline is still one sentence.
_MEDIA_LABEL = frozenset({"video", "videos", "watch", "photo", "photos", "pictures", "gallery", "audio", "listen",
                          "live", "podcast"})


def runs_on(text: str, i: int) -> bool:
    """Whether the line break at `i` is inside a sentence: a full line ends on "of", "the", "and" ... before a word."""
    j = text.rfind("\n", 0, i) + 1
    return i - j >= WRAP_LINE and text[i + 1 : i + 2].isalnum() and \
        _OPEN_END.search(text, max(j, i - 6), i) is not None


def is_hard_wrapped(text: str) -> bool:
    """Whether the text is wrapped at a fixed width (most lines long, none very long)."""
    lines = [len(line.rstrip()) for line in text.split("\n") if line.strip()]
    if len(lines) < WRAP_MIN_LINES or max(lines) > WRAP_MAX_WIDTH:
        return False
    return sum(n >= 40 for n in lines) * 10 >= len(lines) * 6


def is_lower_cased(text: str) -> bool:
    """Whether the text is written without capitals (fewer than 1 in 200 letters, in a leading sample)."""
    sample = text[:LOWER_SAMPLE]
    upper = len(_UPPER.findall(sample))
    if upper * 200 >= len(sample):
        return False  # letters <= characters: ordinary text stops here without counting every letter
    letters = len(_LETTER.findall(sample))
    return letters >= 200 and upper * 200 < letters


def _boundary_for(text: str) -> re.Pattern[str]:
    if is_hard_wrapped(text):
        return _BOUNDARY_WRAPPED
    return _BOUNDARY_LOWER if is_lower_cased(text) else _BOUNDARY


def split_sentences(text: str) -> list[Sentence]:
    """Sentences as (start, end) offsets; whitespace between them belongs to none."""
    out: list[Sentence] = []
    start = 0
    boundary = _boundary_for(text)
    for m in boundary.finditer(text):
        if m.group(1) is not None:
            mark = m.start()
            token = ""
            if text[mark] == ".":  # "!" and "?" are not word characters: no token before them
                # A bounded window: searching from 0 each time would make splitting quadratic.
                floor = max(0, mark - 40)
                word = _WORD_BEFORE.search(text, floor, mark + 1)
                # No match: the run reaches past the window, which then clips it.
                token = (word.group() if word else text[floor:mark + 1]).rstrip(".").lower()
            # "U.S. forces", "Gen. Smith", "J. Smith": a period after an abbreviation or initial.
            if token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            if token in _MEDIA_LABEL and text[start:mark].strip().lower() == token:
                continue
            # ALL-CAPS wire copy: "GEN. SMITH" — still an abbreviation check on the lower-cased token.
            end = m.end(1)
        elif m.group() == "\n" and runs_on(text, m.start()):
            continue  # the place picker reads the same sentence (`event_location._soft_wrap`)
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
