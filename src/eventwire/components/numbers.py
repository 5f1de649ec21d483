"""Quantities in digits and words as UCDP-style low/best/high ranges (DESIGN.md counting rules).

Every mention keeps its source phrase (`text`, modifiers included) and offsets. Rules:

- Exact figures: "479", "1,200", "1.2 million", "four", "twenty-four", "one hundred and five",
  "a hundred", "a dozen" and a bare "dozen" before a plural ("kill dozen rebels") (12), "two dozen" (24),
  "half a dozen" and "a half-dozen" (6), "a couple of" (2)
  → low = best = high = n.
- Ranges: "four to six", "4-6", "4–6", "between 4 and 6", "from 4 to 6", "four or five"
  → low 4, best 4, high 6 (best = low: the text gives no best figure).
- Lower bounds: "at least four", "no fewer than 4", "a minimum of 4" → low 4, best 4, high None.
  Strict ones: "more than 20", "over 20", "in excess of 20" → low 21, best 21, high None.
- Upper bounds: "up to 10", "as many as 10", "at most 10", "no more than 10" → low None,
  best None, high 10 (UCDP-like: a ceiling says nothing about the best figure).
  Strict ones: "fewer than 10", "less than 10" → high 9.
- Approximations: "nearly/almost/about/around/approximately/roughly/some/an estimated/close to 20"
  → low None, best 20, high None.
- Vague quantities (a floor, best = low, high None): "several" 3, "a few" 2, "tens of" 20,
  "dozens" 24, "scores of" 40, "hundreds" 200, "thousands" 2,000, "tens of thousands" 20,000,
  "hundreds of thousands" 200,000, "millions" 2,000,000, "several hundred" 300, "a few dozen" 24.
  A strict lower bound on a vague word ("more than a dozen") adds one only to exact figures:
  "more than a dozen" → 13, "more than dozens" → 24.
- "one" counts (1/1/1). Partitive "one of the drones" is kept as 1 with text "one" (the phrase
  that follows tells a member of a group from a count); consumers that need the distinction
  check for a following "of". Excluded: "one of the largest/most ..." (a superlative, not a
  quantity), "no one", "one another", "the one", "one-off"/"one-sided" style compounds.
- Excluded: years ("in 2022", "June 6, 2025", "2022-2023", "1990s"; a bare 1800-2100 figure is a
  year unless a plural noun follows: "2000 troops" counts), day numbers next to a month
  ("June 6", "3 JAN 90"), times ("7:00", "7 pm", "0700 GMT", "AT 1625"), list enumerators ("1. "), ordinals ("second", "3rd", "3D"),
  digits glued to letters or after a letter-hyphen (model names: "Kh-101", "S-300", "Tu-95",
  "9K720", "155mm"), hyphenated compound adjectives ("10-year-old", "nine-storey"),
  identifiers ("No. 4", "Route 66", "Resolution 2334"), money ("$5 million"), bare decimals
  ("2.5"), and
  percentages ("20%", "20 percent") unless `percentages=True` (then they are kept, their text
  ending in "%"/"percent" so a consumer can tell them apart).
- Case does not matter: ALL-CAPS wire copy and lower-cased text read the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.components.dates import NOT_MODAL  # "10 may have died" is not the 10th of May
from eventwire.components.lexicon import MONTH_STEMS
from eventwire.components.text_case import case_folded, scan
from eventwire.pipeline.workdoc import NumberMention, WorkDoc

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE = {
    "several": 3, "a few": 2, "tens": 20, "dozens": 24, "scores": 40, "hundreds": 200,
    "thousands": 2_000, "millions": 2_000_000,
}
# Bound modifiers → kind. Longer phrases first so the alternation prefers them.
MODIFIERS = {
    "at least": "min", "no fewer than": "min", "no less than": "min", "not less than": "min",
    "a minimum of": "min", "more than": "gt", "over": "gt", "upwards of": "gt",
    "in excess of": "gt", "greater than": "gt", "up to": "max", "as many as": "max",
    "at most": "max", "no more than": "max", "not more than": "max", "a maximum of": "max",
    "fewer than": "lt", "less than": "lt", "nearly": "approx", "almost": "approx",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "close to": "approx",
    "circa": "approx", "approx.": "approx",
}

_W = "|".join(sorted(SMALL, key=len, reverse=True))
_WORDRUN = (
    rf"(?:a\s+(?=(?:hundred|thousand|million|billion)\b))?"
    rf"(?:{_W}|hundred|thousand|million|billion)"
    rf"(?:(?:[ \t]+|-|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+)"
    rf"(?:{_W}|hundred|thousand|million|billion)\b)*"
)
_DIGITS = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)(?:\s+(?:thousand|million|billion)\b)?"
_ONE = rf"(?:{_DIGITS}|\b{_WORDRUN}\b)"
# A bare "dozen" is headline style ("airstrikes kill dozen rebels"): 12, only before a plural noun and not after
# "the"/"last" ("the last dozen years" is no count of people, "the dozen or so" no figure).
_DOZEN = (r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s+dozen|(?:a\s+)?half[\s-]+dozen"
          r"|(?<!\bthe\s)(?<!\blast\s)(?<!\bpast\s)(?<!\bnext\s)dozen(?!-)(?=\s+(?:[A-Z][\w-]*\s+){0,2}[a-z]+s\b))\b")
_FEWMUL = r"\b(?:several|a\s+few|a\s+couple\s+of)\s+(?:dozen|hundred|thousand|million)\b"
_VAGUE = (
    r"\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|(?:tens|scores)(?=\s+of\b)"
    r"|dozens|hundreds|thousands|millions|several|a\s+few|a\s+couple\s+of)\b"
)
_MOD = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(MODIFIERS, key=len, reverse=True))

# A necessary condition for a match (its leading words), checked as a lookahead so the engine
# rejects most word starts without trying every alternative. It may admit more, never fewer.
_GATE = (
    rf"(?=\d|(?:{_MOD})\s|between\s|from\s|several\b|a\s+(?:few|couple|dozen|hundred|thousand|million|billion)"
    rf"|half[\s-]|tens\b|scores\b|dozens?\b|hundreds\b|thousands\b|millions\b|(?:{_W}|hundred|thousand|million|billion)\b)"
)
_HEAD = r"(?=[0-9a-z])(?<![a-z0-9])"

# The leading checks (a word start) and the gate let the engine skip most positions cheaply.
_PATTERN = re.compile(
    _HEAD + _GATE +
    rf"(?:\b(?P<mod>{_MOD})\s+)?"
    rf"(?:(?P<between>\bbetween\s+(?P<b1>{_ONE})\s+and\s+(?P<b2>{_ONE}))"
    rf"|(?P<from>\bfrom\s+(?P<f1>{_ONE})\s+to\s+(?P<f2>{_ONE}))"
    rf"|(?P<fewmul>{_FEWMUL})"
    rf"|(?P<dozen>{_DOZEN})"
    rf"|(?P<vague>{_VAGUE})"
    rf"|(?P<r1>{_ONE})(?:(?:\s*[-–—]\s*|\s+to\s+|\s+or\s+)(?P<r2>{_ONE}))?)",
    re.IGNORECASE,
)
_FOLDED = case_folded(_PATTERN)
_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)
# The months of dates._MONTH, written by stem with optional endings, and an abbreviation's dot.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MON3 = f"(?:{MONTH_STEMS})"
# Day numbers and years that belong to a date; masked before counting.
_DATE_HEAD = r"\b(?=[0-9adfjmnos])"
_DATE_GATE = rf"(?=\d|{_MONTH}\s+(?:of\s+)?\d)"  # as _GATE: every alternative's leading tokens
_DATE = re.compile(
    _DATE_HEAD + _DATE_GATE + rf"(?:\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+\d{{4}})?\b"
    rf"|\b\d{{1,2}}\s+{_MON3}\s+\d{{2}}\b"  # MUC-3/4 datelines: "3 JAN 90"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?{NOT_MODAL}{_MONTH}(?:,?\s+\d{{4}})?\b"
    rf"|\b{_MONTH}\s+(?:of\s+)?\d{{4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b)",
    re.IGNORECASE,
)
_DATE_FOLDED = case_folded(_DATE)
_DIGIT = re.compile(r"\d")  # every date form holds a digit
_AFTER_EXCLUDE = re.compile(
    r"(?::\d|\s*(?:a\.?m\b|p\.?m\b|a\.m\.|p\.m\.)|\s*(?:gmt|utc|hrs)\b|(?:st|nd|rd|th|d)\b|[a-z]"
    r"|-(?!\s*\d)[a-z]|'?s\b|\.\d)",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|pct\b)", re.IGNORECASE)
_PREV_WORD = re.compile(r"([a-z.#]+)\s*$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([a-z]+)", re.IGNORECASE)
_YEAR_PREP = frozenset(
    "in since during until till by from year years before after early late mid spring summer autumn "
    "fall winter".split()
)
_NOT_PLURAL = frozenset("as is was has this its his us yes thus plus less across versus whereas".split())
_IDENT_PREV = frozenset(
    "no no. nr nr. number # route highway resolution article flight unit room block building section "
    "chapter paragraph platform gate page line level grade category phase stage version channel bus "
    "tram road street hwy law decree act bill code camp sector ward zone".split()
)
_TIME_PREV = frozenset("at between and until till from by since before after to".split())
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_ONE_PREV = frozenset("no the each every any".split())
_ONE_NEXT = frozenset("another".split())
_SUPERLATIVE = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|this|these)\s+(?:most|least|largest|biggest|deadliest|worst|best"
    r"|heaviest|greatest|highest|longest|strongest|latest|fiercest|bloodiest|first|last|few|main|major"
    r"|key|oldest|smallest|largest-ever|biggest-ever|toughest|hardest|closest|top)\b",
    re.IGNORECASE,
)
_YEAR_NOUN_END = re.compile(r"(?:s|people|men|women|children|police|personnel|staff|troops|infantry)$",
                            re.IGNORECASE)


def _parse_words(phrase: str) -> tuple[int, int] | None:
    """Value of a run of number words and the length of its valid prefix ("five six" → 5)."""
    total = cur = 0
    last = ""
    used = 0
    for tok in _TOKEN.finditer(phrase):
        w = tok.group().lower()
        if w == "a" and used == 0:
            continue
        if w == "and":
            if last in ("hundred", "scale"):
                continue
            break
        if w in SMALL:
            v = SMALL[w]
            kind = "unit" if v < 10 else "teen" if v < 20 else "tens"
            if last in ("unit", "teen") or (last == "tens" and kind != "unit"):
                break
            cur += v
            last = kind
        elif w == "hundred":
            if last == "hundred" or cur >= 100:
                break
            cur = (cur or 1) * 100
            last = "hundred"
        elif w in SCALES:
            total += (cur or 1) * SCALES[w]
            cur = 0
            last = "scale"
        else:
            break
        used = tok.end()
    if not used:
        return None
    return total + cur, used


def _value(phrase: str) -> tuple[int | None, int]:
    """Integer value of a single figure and how many characters of it were used."""
    p = phrase.strip()
    if p[0].isdigit():
        parts = p.split()
        num = parts[0].replace(",", "")
        scale = SCALES.get(parts[1].lower(), 1) if len(parts) > 1 else 1
        if "." in num:
            if scale == 1:
                return None, len(phrase)  # bare decimals ("2.5") are measurements, not counts
            return round(float(num) * scale), len(phrase)
        return int(num) * scale, len(phrase)
    parsed = _parse_words(phrase)
    if parsed is None:
        return None, len(phrase)
    return parsed


def _is_year(text: str, start: int, end: int, raw: str) -> bool:
    """A bare four-digit figure read as a year from its neighbours."""
    if not (len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100):
        return False
    prev = _PREV_WORD.search(text, max(0, start - 20), start)
    if prev and prev.group(1).lower().rstrip(".") in _YEAR_PREP:
        return True
    # "2000 troops" counts; "the 2022 invasion" is a year.
    nxt = _NEXT_WORD.match(text, end)
    if not nxt:
        return True
    word = nxt.group(1).lower()
    return not (len(word) > 3 and word not in _NOT_PLURAL and _YEAR_NOUN_END.search(word))


def _excluded(text: str, s: int, e: int, raw: str, percentages: bool) -> str | None:
    """Why a figure at text[s:e] is not a count, or None when it is one."""
    before = text[s - 1] if s > 0 else " "
    if raw[0].isdigit():
        if before.isalpha() or before in ":/$€£" or (before == "-" and s > 1 and text[s - 2].isalpha()):
            return "model-or-time"
        if not percentages and _PERCENT.match(text, e):
            return "percent"
        if e < len(text) and text[e] in ".)" and _LINE_START.search(text, max(0, s - 40), s):
            return "list-item"  # "1. AT 0945 THIS MORNING": an enumerator, not a count
    elif before == "-" and s > 1 and text[s - 2].isalpha():
        return "compound"
    if _AFTER_EXCLUDE.match(text, e):
        return "glued"
    prev = _PREV_WORD.search(text, max(0, s - 20), s)
    prev_word = prev.group(1).lower() if prev else ""
    if len(raw) == 4 and raw.isdigit() and int(raw[:2]) < 24 and int(raw[2:]) < 60 \
            and (raw[0] == "0" or prev_word in _TIME_PREV):
        return "time"  # military time: "AT 1625", "AS OF 0700", "BETWEEN 0200 AND 0300"
    if prev_word in _IDENT_PREV and (raw[0].isdigit() or text[s].isupper()):
        return "identifier"
    if raw.lower() == "one":
        nxt = _NEXT_WORD.match(text, e)
        if prev_word in _ONE_PREV or (nxt and nxt.group(1).lower() in _ONE_NEXT):
            return "pronoun"
        if _SUPERLATIVE.match(text, e):
            return "superlative"
    return None


def _mention(text: str, s: int, e: int, low: int | None, best: int | None, high: int | None) -> NumberMention:
    return NumberMention(s, e, text[s:e], low, best, high)


def _date_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of dates in the window (their numbers are not counts)."""
    return [m.span() for m in scan(_DATE, _DATE_FOLDED, text, start, end)]


def find_numbers(text: str, start: int = 0, end: int | None = None, *,
                 percentages: bool = False) -> list[NumberMention]:
    """Quantity mentions in text[start:end], in order, with offsets into `text`."""
    end = len(text) if end is None else end
    dates: list[tuple[int, int]] | None = None  # scanned only once a figure is found (most sentences have none)
    out: list[NumberMention] = []
    for m in scan(_PATTERN, _FOLDED, text, start, end):
        if dates is None:
            dates = _date_spans(text, start, end) if _DIGIT.search(text, start, end) else []
        if dates and any(ds < m.end() and m.start() < de for ds, de in dates):
            # A figure overlapping a date: keep it only if it lies wholly outside every date.
            core = m.span("r1") if m.group("r1") else m.span()
            if any(ds < core[1] and core[0] < de for ds, de in dates):
                continue
        mention = _read(text, m, percentages)
        if mention is not None:
            out.append(mention)
    return out


def _read(text: str, m: re.Match[str], percentages: bool) -> NumberMention | None:
    """Turn one pattern match into a mention, applying the counting rules."""
    mod = MODIFIERS.get(" ".join(m.group("mod").lower().split())) if m.group("mod") else None
    s, e = m.start(), m.end()
    if m.group("between") or m.group("from"):
        a, b = ("b1", "b2") if m.group("between") else ("f1", "f2")
        lo, _ = _value(m.group(a))
        hi, _ = _value(m.group(b))
        if lo is None or hi is None or _excluded(text, m.start(b), m.end(b), m.group(b), percentages) \
                or _excluded(text, m.start(a), m.end(a), m.group(a), percentages):
            return None
        return _mention(text, s, e, lo, lo, hi) if lo <= hi else None
    if m.group("fewmul"):
        words = m.group("fewmul").lower().split()
        base = 3 if words[0] == "several" else 2
        v = base * (12 if words[-1] == "dozen" else SCALES.get(words[-1], 100))
        return _bounded(text, s, e, mod, v, v, None, exact=words[1] == "couple")
    if m.group("dozen"):
        first = m.group("dozen").lower().split()[0]
        v = 6 if "half" in m.group("dozen").lower() else 12 * (1 if first in ("a", "dozen") else SMALL[first])
        return _bounded(text, s, e, mod, v, v, v, exact=True)
    if m.group("vague"):
        phrase = " ".join(m.group("vague").lower().split())
        if phrase.startswith("a couple"):
            return _bounded(text, s, e, mod, 2, 2, 2, exact=True)
        if " of " in phrase:
            head, _, tail = phrase.partition(" of ")
            v = VAGUE[head] * (1_000 if tail == "thousands" else 1_000_000)
        else:
            v = VAGUE[phrase]
        return _bounded(text, s, e, mod, v, v, None, exact=False)
    return _read_figure(text, m, mod, percentages)


def _read_figure(text: str, m: re.Match[str], mod: str | None, percentages: bool) -> NumberMention | None:
    """A single figure or an "a-b" / "a to b" / "a or b" range."""
    s1, e1 = m.span("r1")
    raw1 = m.group("r1")
    v1, used = _value(raw1)
    if v1 is None:
        return None
    if used < len(raw1):  # "five six": keep the valid prefix only
        e1 = s1 + used
        raw1 = text[s1:e1]
    s = m.start("mod") if m.group("mod") else s1
    if m.group("r2") and used == len(m.group("r1")):
        s2, e2 = m.span("r2")
        v2, used2 = _value(m.group("r2"))
        digits = raw1[0].isdigit() and m.group("r2")[0].isdigit()
        years = digits and len(raw1) == 4 and 1800 <= v1 <= 2100 and v2 is not None and v2 > v1 - 1
        if years:
            return None
        if v2 is not None and used2 == len(m.group("r2")) and v1 < v2 \
                and not _excluded(text, s2, e2, m.group("r2"), percentages):
            if _excluded(text, s1, e1, raw1, percentages) in ("model-or-time", "identifier"):
                return None
            lo, hi = (v1, v2)
            if mod == "approx" or mod is None:
                return _mention(text, s, e2, lo, lo, hi)
            return _bounded(text, s, e2, mod, lo, lo, hi, exact=True)
    if _excluded(text, s1, e1, raw1, percentages) or _is_year(text, s1, e1, raw1):
        return None
    if percentages and raw1[0].isdigit():
        pm = _PERCENT.match(text, e1)
        if pm:
            e1 = pm.end()
    return _bounded(text, s, e1, mod, v1, v1, v1, exact=True)


def _bounded(text: str, s: int, e: int, mod: str | None, low: int, best: int, high: int | None,
             *, exact: bool) -> NumberMention:
    """Apply a bound modifier to a figure's (low, best, high)."""
    if mod == "min":
        return _mention(text, s, e, low, best, None)
    if mod == "gt":
        n = low + 1 if exact else low
        return _mention(text, s, e, n, n, None)
    if mod == "max":
        return _mention(text, s, e, None, None, high if high is not None else low)
    if mod == "lt":
        top = high if high is not None else low
        return _mention(text, s, e, None, None, top - 1 if exact else top)
    if mod == "approx":
        return _mention(text, s, e, None, best, None)
    return _mention(text, s, e, low, best, high)


def make(percentages: bool = False) -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `numbers.rules.v1`: numbers sentence by sentence (ranges never cross one)."""

    def numbers(doc: WorkDoc) -> WorkDoc:
        text = doc.text
        spans = [(s.start, s.end) for s in doc.sentences] or [(0, len(text))]
        found: list[NumberMention] = []
        for s, e in spans:
            found.extend(find_numbers(text, s, e, percentages=percentages))
        doc.numbers = found
        return doc

    return numbers
