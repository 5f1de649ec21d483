"""Date expressions resolved against the publication date, with a precision and a relative flag.

Rules (`find_dates`, reference day D = the publication date):
- Full dates are stated, not relative: "June 6, 2025", "6 June 2025", "JANUARY 12, 1990",
  "2025-06-06", MUC-3/4 "12 JAN 90" (two-digit years take the century closest to D; without D,
  50-99 → 19xx, 00-49 → 20xx). Day ranges "June 4-6" / "4-6 June" give start and end, and so do "from June 4 to
  June 6", "from 4 to 6 June" and "between 4 and 6 June" up to the story's day (`dates_period.day_ranges`).
- Slashed dates "06/06/2025" are ambiguous: when only one reading is valid it is used; when both
  are, the reading closer to D wins, and without D the US order (month/day) is used.
- A date without a year ("June 6", ISW datelines "April 1, 7:00 pm ET", "30 DECEMBER") takes the
  year that puts it closest to D (so "30 DECEMBER" in a story of 3 JAN 90 is 1989-12-30), counting
  days after D three times ("October 7" in a story of 23 May 2024 is 2023-10-07);
  relative=True because the year was inferred.
- Month and year: "June 2025" → month precision. "in June" (a bare month after a preposition)
  → the most recent such month on or before D; "last June" strictly before D's month; "in January
  last year" (this / next year) → that month of the year named. A part of a month is a third of it, month
  precision: "early October" / "the start of October" → 1-10, "mid-October" / "the middle of October" → 11-20,
  "late October" / "the end of October" → 21 to the month's end; after "by/before/until" the part is a bound, and
  the whole month is kept ("had taken the town by the end of October"); "since the end of October" is that
  part too (the age filters judge a month-precision date by its whole month: assemble_link.month_aged). "the first
  (second, third, fourth) week of October" → 1-7 (8-14, 15-21, 22-28), "the last week of October" → its last seven
  days; "the last week/month/year of X" is no relative period ("the last week of the month" gives no date).
- Years after a preposition: "in 2022", "since 2014" → year precision.
- Weekdays: "Sunday", "on Wednesday", "Sunday night", "overnight into Friday" → the most recent
  such day on or before D (a story of Friday 2025-06-06: "Sunday" → 2025-06-01, "Wednesday"
  → 2025-06-04, "Friday" → D). "last Sunday" is strictly before D; "next Sunday" / "this coming
  Sunday" strictly after. A weekday in a future-tense clause ("will hold a meeting on Tuesday",
  headline "Biden to meet Netanyahu on Thursday") is the next such day on or after D; the clause
  runs back to a comma or a clause word ("after", "that", ...), so in "... on Tuesday after
  Sunday's strike" only "Tuesday" is future. A weekday after "until/till/through/by" is a deadline, the
  coming day, when its sentence says so before it: a present or future clause ("flights are grounded until
  Monday", "a deal could be signed by Friday", "asked them to leave by Friday") or a deadline verb in any
  tense ("extended the curfew until Sunday", "adjourned until Monday"). Past narration ("Rebels held the
  bridge until Monday") and a sentence opened by the deadline ("By Wednesday, the dollar climbed") read
  back. Other future phrasings are not detected (limitation).
- Relative days: "today", "tonight", "this morning/afternoon/evening", "overnight" and
  "last night" → D (overnight in a story of day D is the night ending on D); "yesterday" → D-1;
  "the day before yesterday" → D-2; "the day before" → D-1 (read against D, an approximation);
  "tomorrow" → D+1; "N days ago" → D-N.
- Relative periods: "last week" → the previous Monday-Sunday (week precision); "this week" /
  "earlier this week" → Monday..D; "the past week" → D-7..D; "last weekend" → the Saturday and
  Sunday before D; "this weekend" → the coming one, but the one just gone in a Monday or Tuesday
  story unless its clause is future or scheduled ("violence erupted this weekend" is gone; "talks are
  planned for this weekend" is coming); "N weeks ago" → the
  Monday-Sunday week holding D-7N; "early last week" / "at the end of last week" → its Monday-Wednesday /
  Friday-Sunday (week precision); "early last month" / "late last month" → its first ten days / from the 21st; "last
  month" → the whole previous month; "this month" /
  "earlier this month" → the 1st..D (month precision); "last year" / "this year" likewise with
  year precision.
- Without D, relative expressions are still reported, with start_date/end_date None and
  precision "unknown".
- Case does not matter (ALL-CAPS wire copy); "10 may have died" is not a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from eventwire.components.dates_period import (
    Span,
    ago_span,
    day_ranges,
    part_of_month,
    part_of_period,
    period_span,
    shift_months,
)
from eventwire.components.lexicon import MONTH, MONTH_NAMES, MONTH_STEMS, WEEKDAY_NAMES
from eventwire.components.text_case import case_folded, scan
from eventwire.geoparsing.dateline import wire_dateline
from eventwire.pipeline.workdoc import DateMention, WorkDoc

MONTHS = {m.lower(): i for i, m in enumerate(MONTH_NAMES.split("|"), 1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {d.lower(): i for i, d in enumerate(WEEKDAY_NAMES.split("|"))}  # English whatever the locale

_MONTH = "(?:" + MONTH_NAMES.lower() + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
_FULL_MONTH = MONTH.lower()
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# The words after a modal "may" ("10 may have died", "may be killed"): shared with numbers.py and MODAL_MAY.
MODAL_FOLLOW = (r"(?:have|be|not|also|well|still|never|soon|yet|face|need|die|rise|increase|take"
                r"|come|continue|remain|reach|exceed|number|total)\b")
NOT_MODAL = rf"(?!may\s+{MODAL_FOLLOW})"
_TIME = (r",?\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)"
         r"(?:\s+(?:ET|EST|EDT|GMT|UTC|CET|CEST|EET|EEST|MSK|local\s+time))?")
_WD = "|".join(WEEKDAYS)
# "between April 16 and 18", "March 5 and 6", "from April 14 to 17": a second day of the same month, not a count
# ("March 5 and 6 civilians"), so only before punctuation, the sentence's end or a clause word.
_AND_DAY = (r"\s+(?:and|to|through)\s+(?=\d{1,2}(?:st|nd|rd|th)?(?:\s*[,.;:)]|\s*$|\s+(?:in|on|at|near|when|while|as|"
            r"after|before|that|and|but|with|against|along|around|to)\b))")
_COUNT = r"\d{1,2}|a\s+few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

# A necessary condition for any alternative below (each one's leading words), checked as a
# lookahead: Python's engine tries the 14 alternatives at every word start otherwise, and this
# literal-led gate rejects most words about twice as fast. It may admit more, never fewer.
_GATE = (
    r"(?=\d"
    rf"|{_MONTH}\.?\s+(?:of\s+)?\d"
    r"|the\s+(?:\d|day|night|start|end|beginning|past|previous)"
    rf"|(?:(?:overnight|last|next|this|early|late)\s+(?:(?:into|on|to|coming|past)\s+)?)?(?:{_WD})"
    r"|yesterday|tomorrow"
    r"|(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening)|overnight|last\s+night)"
    rf"|(?:{_COUNT})\s+(?:day|week|month|year)s?\s+ago"
    r"|(?:(?:earlier|early|late|later|at\s+the\s+(?:start|end|beginning)\s+of|the\s+(?:start|end|beginning)\s+of)\s+)?"
    r"(?:this|last|next|the\s+past|the\s+previous)\s+(?:weekend|week|month|year)"
    rf"|(?:(?:in|since|during|until|till|by|from|early|late|mid|throughout|last|next|of)\s+|mid-){_FULL_MONTH}"
    r"|(?:in|since|during|until|till|from|early|late|mid-?|throughout)\s+(?:19|20)\d)"
)
_HEAD = r"\b(?=[0-9abdefijlmnostuwy])"

# The leading boundary, first-letter check and gate let the engine skip most positions cheaply.
_PATTERN = re.compile(
    _HEAD + _GATE + r"(?:"
    rf"(?P<iso>\b(?P<iso_y>\d{{4}})[-/](?P<iso_m>\d{{1,2}})[-/](?P<iso_d>\d{{1,2}})\b)"
    rf"|(?P<slash>\b(?P<sl_a>\d{{1,2}})/(?P<sl_b>\d{{1,2}})/(?P<sl_y>\d{{4}}|\d{{2}})\b)"
    rf"|(?P<md>\b(?P<md_m>{_MONTH})\.?\s+(?P<md_d>{_DAY})(?:(?:\s*[-–]\s*|{_AND_DAY})(?P<md_d2>{_DAY}))?\b"
    rf"(?!\s*(?::\d|%|\d))(?:,?\s+(?P<md_y>\d{{4}})\b)?(?:{_TIME})?)"
    rf"|(?P<dm>\b(?:the\s+)?(?P<dm_d>{_DAY})(?:\s*[-–]\s*(?P<dm_d2>{_DAY}))?\s+(?:of\s+)?{NOT_MODAL}"
    rf"(?P<dm_m>{_MONTH})\b\.?(?:,?\s+(?P<dm_y>\d{{4}})\b|(?<=\b(?:{MONTH_STEMS}))"
    rf"\s+(?P<dm_yy>\d{{2}})\b(?!\s*(?:people|[a-z]+s)\b))?)"
    rf"|(?P<my>\b(?P<my_m>{_MONTH})\.?\s+(?:of\s+)?(?P<my_y>\d{{4}})\b)"
    rf"|(?P<wd>\b(?:overnight\s+(?:into\s+|on\s+|to\s+)?|(?P<wd_rel>last|next|this\s+coming|this\s+past|this"
    rf"|early|late)\s+)?(?P<wd_d>{_WD})(?:\s+(?:night|morning|afternoon|evening))?\b)"
    r"|(?P<dby>\bthe\s+day\s+before\s+yesterday\b)"
    r"|(?P<yday>\byesterday(?:\s+(?:morning|afternoon|evening))?\b)"
    r"|(?P<today>\b(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening)"
    r"|overnight|last\s+night)\b)"
    r"|(?P<tomorrow>\btomorrow\b)"
    r"|(?P<daybefore>\bthe\s+(?:day|night)\s+before\b)"
    rf"|(?P<ago>\b(?P<ago_n>{_COUNT})\s+(?P<ago_u>day|week|month|year)s?\s+ago\b)"
    r"|(?P<period>\b(?:(?:earlier|early|late|later|at\s+the\s+(?:start|end|beginning)\s+of"
    r"|the\s+(?:start|end|beginning)\s+of)\s+)?(?P<per_rel>this|last|next|the\s+past|the\s+previous)"
    r"\s+(?P<per_u>weekend|week|month|year)\b)"
    rf"|(?P<bm>\b(?:(?:in|since|during|until|till|by|from|early|late|mid|throughout|last|next|of)\s+|mid-)"
    rf"(?P<bm_m>{_FULL_MONTH})\b(?!\.?\s+(?:of\s+)?\d)(?:\s+(?:of\s+)?(?P<bm_y>last|this|next)\s+year\b)?)"
    r"|(?P<yr>\b(?:in|since|during|until|till|from|early|late|mid-?|throughout)\s+(?P<yr_y>(?:19|20)\d{2})\b"
    r"(?!\s*[-–/]\s*\d|s\b|'s\b)))",
    re.IGNORECASE,
)


_FOLDED = case_folded(_PATTERN)


def _closest_year(month: int, day: int, ref: date) -> date | None:
    """The date with this month and day nearest to ref (one year either side), a past one preferred."""
    # News tells mostly what has happened: "all were killed on October 7" in a story of 23 May 2024 is 2023-10-07,
    # not 2024-10-07 (Gaza headlines). A future reading wins only when it is under a third as far as the past one
    # ("will meet on June 20" in a story of June 10).
    best: date | None = None
    best_cost = 0
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = date(y, month, day)
        except ValueError:
            continue
        cost = (cand - ref).days * 3 if cand > ref else (ref - cand).days
        if best is None or cost < best_cost:
            best, best_cost = cand, cost
    return best


def _century(yy: int, ref: date | None) -> int:
    """Four-digit year for a two-digit one."""
    if ref is None:
        return 1900 + yy if yy >= 50 else 2000 + yy
    return min((c + yy for c in (ref.year // 100 * 100 - 100, ref.year // 100 * 100, ref.year // 100 * 100 + 100)),
               key=lambda y: abs(y - ref.year))


def _safe(y: int, m: int, d: int) -> date | None:
    """date(y, m, d) or None when it does not exist."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _day_of(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


_LAST = re.compile(r"\blast\s+$", re.I)
# "missing since June 3", "the May 9 raids": "since" with the day as its object points back, and a day that names an
# attack names one already made, so neither is next year's day however near it lies. "since" that opens a clause with
# the day as its subject ("since June 3 is a holiday") is causal and says nothing about the past (_CLAUSE).
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
_CLAUSE = re.compile(r"\s+(?:this\s+year\s+)?(?:is|was|will|would|falls|fell|marks|marked|happens|comes|lands)\b",
                     re.I)
_NAMES_ACT = re.compile(r"\s+(?:attacks?|massacres?|bombings?|raids?|assaults?|invasion|incursions?|killings?|"
                        r"shootings?|uprising|coup)\b", re.I)


def _month_day(m: re.Match[str], p: str, ref: date | None) -> Span | None:
    """A "June 6[, 2025]" or "6 June [2025]" date, possibly a day range."""
    month = MONTHS[m.group(f"{p}_m").lower().rstrip(".")]
    d1 = _day_of(m.group(f"{p}_d"))
    d2 = _day_of(m.group(f"{p}_d2")) if m.group(f"{p}_d2") else d1
    year_text = m.group(f"{p}_y")
    yy: str | None = m.groupdict().get(f"{p}_yy")
    if not (1 <= d1 <= 31 and d1 <= d2 <= 31):
        return None
    if year_text or yy:
        year = int(year_text) if year_text else _century(int(yy or 0), ref)
        start, end = _safe(year, month, d1), _safe(year, month, d2)
        return (start, end, "day", False) if start and end else None
    if ref is None:
        return (None, None, "unknown", True) if _safe(2000, month, d1) else None
    start = _closest_year(month, d1, ref)
    if start is None:
        return None
    if start > ref and (_LAST.search(m.string, max(0, m.start() - 6), m.start())
                        or (_SINCE.search(m.string, max(0, m.start() - 12), m.start())
                            and not _CLAUSE.match(m.string, m.end()))
                        or _NAMES_ACT.match(m.string, m.end())):
        start = _safe(start.year - 1, month, d1) or start  # "killed at Chernobyl last April 26" told in March
    end = _safe(start.year, month, d2)
    return (start, end, "day", True) if end else None


def _slash(m: re.Match[str], ref: date | None) -> Span | None:
    """An ambiguous a/b/yyyy date: the valid, or the closer, reading."""
    a, b, y = int(m.group("sl_a")), int(m.group("sl_b")), m.group("sl_y")
    year = int(y) if len(y) == 4 else _century(int(y), ref)
    readings = [d for d in (_safe(year, a, b), _safe(year, b, a)) if d]  # month/day first (US)
    if not readings:
        return None
    pick = readings[0] if ref is None else min(readings, key=lambda d: abs((d - ref).days))
    return pick, pick, "day", False


# A weekday modifies the verb of its own clause: "will hold crisis talks on Tuesday after
# an air strike in Jenin" dates the meeting (next Tuesday), not the strike. The clause runs back
# from the weekday to the last comma or clause word; a future marker in that stretch makes it future.
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|(?:set|due|scheduled|expected|plans?|planning|going)\s+to"
    r"|(?:planned|set|scheduled|slated)\s+for|scheduled|slated"
    r"|to\s+(?:meet|hold|vote|visit|travel|host|convene|attend|address|testify|speak|sign|resume|begin|start"
    r"|open|discuss|debate|decide|announce|unveil|face|appear|return))\b", re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[,;:—–(\"“”]|\b(?:after|following|amid|since|as|when|while|because|that|which"
                          r"|who|but|before|once|until|said|says|say)\b", re.IGNORECASE)


def _future_clause(text: str, lo: int, at: int) -> bool:
    """The clause ending at `at` (and starting no earlier than `lo`) is in the future tense."""
    start = lo
    for m in _CLAUSE_EDGE.finditer(text, max(lo, at - 120), at):
        start = m.end()
    return _FUTURE.search(text, start, at) is not None


# "extends school closures through Monday", "won't be released until Friday", "a ceasefire by Monday": a weekday
# after a deadline word bounds a state that lasts from the report on, so it is the coming day, but only when the
# sentence says so: a present or future clause before it, or a deadline verb in any tense. Past narration with no
# such cue ("Rebels held the bridge until Monday", "the fighting continued through Monday") reads back.
DEADLINES = True  # off: the weekday reads back, as before round 38 (for before/after runs)
_DEADLINE_PREV = re.compile(r"\b(?:until|till|til|through|thru|by)\s+$", re.IGNORECASE)
# A span's end: "Sunday through Monday", "in the three business days through Monday".
_RANGE_PREV = re.compile(rf"\b(?:{_WD}|days|weeks|period|sessions)\s+(?:through|thru|until|till)\s+$", re.IGNORECASE)
# "But by Wednesday, the dollar climbed": a deadline opening its sentence sets a scene, past unless a future follows.
_OPENS = re.compile(r"^\W*(?:(?:but|and|yet|so)\s+)?(?:until|till|til|through|thru|by)\s+$", re.IGNORECASE)
# A present or future clause: "ferries stay in port until Monday", "she hoped a deal could be struck by Monday",
# "asked them to decide by Monday", "indicators due until Friday". Only a verb makes "to" an infinitive, so "clung
# to positions" and "went to Bakhmut" are no cue; "failed to reach" tells a past.
_NOW_OR_LATER = re.compile(r"\b(?:is|are|am|isn['’]t|aren['’]t|has|have|would|could|can|may|might|must|should"
                           r"|due|expects?|hopes?|wants?|needs?|if|unless)\b|(?<!ed\s)\bto\s+(?-i:(?:leave|decide"
                           r"|reach|sign|return|respond|reply|comply|agree|withdraw|pull|vacate|evacuate|surrender"
                           r"|submit|pay|finish|complete|reopen|release|lift|end|stop|restore|resume|deliver"
                           r"|make|get|be|clear))\b",
                           re.IGNORECASE)
# A deadline verb, in any tense: "Authorities extended the curfew until Sunday", "talks were adjourned until Monday".
_DEADLINE_VERB = re.compile(r"\b(?:extend|suspend|postpone|delay|defer|adjourn|close|shut|halt|deadline|ultimatum)"
                            r"(?:s|ed|d|ing)?\b|\bshut\b", re.IGNORECASE)
# A sentence ends at a stop (and its closing quote), but not "U.S. forces", nor a line of wire copy wrapped
# mid-sentence: only a blank line ends one.
_SENTENCE_EDGE = re.compile(r"(?<!\b[A-Z])[.!?][\"”’']?\s|\n\s*\n")
_NAME_NEXT = re.compile(r" (?!(?:Morning|Afternoon|Evening|Night)\b)[A-Z]")


def _deadline(text: str, lo: int, hi: int, s: int, e: int) -> bool:
    """The weekday at text[s:e] ends a state that lasts from the report on ("suspend flights until Monday"); the
    caller's span text[lo:hi] holds the sentence (a whole text is cut at sentence punctuation)."""
    prev = _DEADLINE_PREV.search(text, max(lo, s - 8), s) if DEADLINES else None
    if prev is None or text[e : e + 1] in ("'", "’"):
        return False
    if _RANGE_PREV.search(text, max(lo, s - 24), s) or (_NAME_NEXT.match(text, e) and not text[s:e].isupper()):
        return False  # "by Sunday Telegraph journalist" names a paper
    start = lo
    for m in _SENTENCE_EDGE.finditer(text, max(lo, s - 300), s):
        start = m.end()
    stop = _SENTENCE_EDGE.search(text, e, hi)
    end = stop.start() if stop else hi
    head = text[start:s].lstrip(" \t\"“‘'(")
    if head[:1].isupper() and _OPENS.match(head):  # (not a wrapped line of wire copy: "...postponed\nuntil Monday")
        return _FUTURE.search(text, e, end) is not None
    # The present cue must sit in the weekday's own clause: "Officials have said fighting continued through Monday"
    # and "Residents who are now in Kyiv said shelling lasted until Sunday" tell a past.
    clause = start
    for m in _CLAUSE_EDGE.finditer(text, start, prev.start()):
        clause = m.end()
    return (_FUTURE.search(text, start, s) is not None or _NOW_OR_LATER.search(text, clause, s) is not None
            or _DEADLINE_VERB.search(text, start, s) is not None)


def _weekday(m: re.Match[str], ref: date | None, future: bool = False) -> Span:
    """The weekday named, relative to ref (on or after ref in a future-tense clause)."""
    if ref is None:
        return None, None, "unknown", True
    target = WEEKDAYS[m.group("wd_d").lower()]
    rel = " ".join((m.group("wd_rel") or "").lower().split())
    if rel in ("next", "this coming"):
        d = ref + timedelta(days=(target - ref.weekday()) % 7 or 7)
    elif future and rel in ("", "early", "late"):
        d = ref + timedelta(days=(target - ref.weekday()) % 7)
    else:
        back = (ref.weekday() - target) % 7
        if rel in ("last", "this past") and back == 0:
            back = 7
        d = ref - timedelta(days=back)
    return d, d, "day", True


# "the last week of September", "the last year of the war": "last" is the final one of what follows, not a period
# counted back from the story's day (the month, when named, is read as its own mention: dates_period.part_of_month).
_FINAL_OF = re.compile(r"\bthe\s+$", re.I)
_OF = re.compile(r"\s+of\b", re.I)
_MAY_PREV = re.compile(r"\b(?:on|since|until|till|from|by|of|before|after|between|and|to)\s+$", re.IGNORECASE)
_DAY_OFFSETS = {"dby": -2, "yday": -1, "today": 0, "tomorrow": 1, "daybefore": -1}


def _resolve(m: re.Match[str], ref: date | None, text: str, lo: int = 0, hi: int | None = None
             ) -> tuple[int, int, Span] | None:
    """Span (start, end) and (start_date, end_date, precision, relative) of one match."""
    kind = m.lastgroup or ""
    s, e = m.span()
    if kind == "iso":
        d = _safe(int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d")))
        return (s, e, (d, d, "day", False)) if d else None
    if kind == "slash":
        r = _slash(m, ref)
        return (s, e, r) if r else None
    if kind == "md" and text[m.start("md_m"):m.end("md_m")] == "may" and not m.group("md_y") \
            and not _MAY_PREV.search(m.string, max(0, s - 12), s):
        return None  # "they may 5 ..." — lower-case "may" is a date only after "on", "since", ...
    if kind in ("md", "dm"):
        r = _month_day(m, kind, ref)
        if kind == "dm" and m.group().endswith(".") and len(m.group("dm_m")) > 4:
            e -= 1  # "ON 30 DECEMBER." — the period ends the sentence, not an abbreviation
        return (s, e, r) if r else None
    if kind == "my":
        y, mo = int(m.group("my_y")), MONTHS[m.group("my_m").lower()]
        past = ref if ref is not None and not _future_clause(text, lo, s) else None
        return s, e, (*part_of_month(text, m.start("my_m"), y, mo, past), "month", False)
    if kind == "yr":
        y = int(m.group("yr_y"))
        return m.start("yr_y"), e, (date(y, 1, 1), date(y, 12, 31), "year", False)
    if kind == "wd":
        return s, e, _weekday(m, ref, _future_clause(text, lo, s) or _deadline(
            text, lo, len(text) if hi is None else hi, s, m.end("wd_d")))
    if kind == "period" and m.group("per_rel").lower() == "last" and _FINAL_OF.search(text, max(0, s - 4), s) \
            and _OF.match(text, e):
        return None  # "the last week of September" is September's, not the story's last week
    if ref is None:
        if kind == "bm":
            s = m.start("bm_m")
        return s, e, (None, None, "unknown", True)
    if kind in _DAY_OFFSETS:
        d = ref + timedelta(days=_DAY_OFFSETS[kind])
        return s, e, (d, d, "day", True)
    if kind == "ago":
        return s, e, ago_span(m, ref)
    if kind == "period":
        rel = " ".join(m.group("per_rel").lower().split())
        span = period_span(m.group("per_u").lower(), rel, ref, _future_clause(text, lo, s))
        return s, e, part_of_period(text[s : m.start("per_rel")], m.group("per_u").lower(), rel, span)
    if kind == "bm":
        word = text[m.start("bm_m"):m.end("bm_m")]
        if word == "may" or (word == "march" and m.group().startswith("of")):
            return None  # lower-case "may" after "by"/"of" is the verb, "the end of march" the walk, not the month
        target = MONTHS[m.group("bm_m").lower()]
        lead = m.group().lower()
        year_word = (m.group("bm_y") or "").lower()
        if year_word:  # "in January last year": that month of the year named
            y, mo = ref.year + {"last": -1, "this": 0, "next": 1}[year_word], target
        elif lead.startswith("next"):
            y, mo = shift_months(ref, (target - ref.month) % 12 or 12)
        else:
            y, mo = shift_months(ref, -((ref.month - target) % 12 or (12 if lead.startswith("last") else 0)))
        past = None if _future_clause(text, lo, s) else ref
        return m.start("bm_m"), e, (*part_of_month(text, m.start("bm_m"), y, mo, past), "month", True)
    return None


# "pre-February 24 borders", "IDF troops kill Oct. 7 terrorist": a date that modifies a border, a line, a story or a
# person names when something else began, not when the told event happened, so it dates nothing.
_PRE_POST = re.compile(r"\b(?:pre|post)\s?[-‐–]\s?$", re.I)
_MODIFIED = re.compile(r"\s(?:terrorists?|attackers?|hostages?|militants?|gunmen|borders?|front\s*lines?|"
                       r"lines?\s+of\s+contact|narratives?|fiction)\b", re.I)


# "On October 7 militants stormed the fence", "since Oct. 7 hostages have been held": after a preposition the date is
# a time phrase of its own, and the noun opens the clause.
_PREP_BEFORE = re.compile(r"\b(?:on|since|by|until|till|from|before|after|of|in|during|through|between|and|to|"
                          r"at|as\s+of)\s+$", re.I)


def _modifier(text: str, s: int, e: int) -> bool:
    """The date at text[s:e] only modifies a noun ("pre-February 24 borders", "Oct. 7 terrorist")."""
    if _PRE_POST.search(text, max(0, s - 6), s):
        return True
    return bool(_MODIFIED.match(text, e)) and not _PREP_BEFORE.search(text, max(0, s - 12), s)


# A month and a day ("June 6-8", "6 June"), a full date ("14 July 2024", "6/8/2025") or ISO: the text names the
# calendar day. A weekday, "yesterday" or "overnight" is read back from the publication day, which may be a later
# act's ("police said on Thursday").
_CALENDAR = frozenset({"iso", "slash", "md", "dm"})


def _mentions(text: str, published: date | None, start: int, end: int) -> list[tuple[str, DateMention]]:
    """(pattern kind, mention) of each date in text[start:end], a "from June 6 to June 8" range joined."""
    found: list[tuple[str, DateMention]] = []
    for m in scan(_PATTERN, _FOLDED, text, start, end):
        r = _resolve(m, published, text, start, end)
        if r is None:
            continue
        s, e, (d1, d2, precision, relative) = r
        if _modifier(text, s, e):
            continue
        found.append((m.lastgroup or "", DateMention(s, e, text[s:e], d1, d2, precision, relative)))
    return day_ranges(text, found, _CALENDAR, published) if found else found


def find_dates(text: str, published: date | None, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date mentions in text[start:end], resolved against `published`, offsets into `text`."""
    return [d for _, d in _mentions(text, published, start, len(text) if end is None else end)]


def calendar_dates(text: str, published: date | None) -> list[DateMention]:
    """The mentions in `text` that name a calendar day (`_CALENDAR`), resolved against `published`."""
    return [d for kind, d in _mentions(text, published, 0, len(text)) if kind in _CALENDAR]


def dateline_date(text: str, window: int = 300) -> date | None:
    """A full date stated near the top of a story ("SAN SALVADOR, 3 JAN 90 --"), if any."""
    for mention in find_dates(text, None, 0, min(len(text), window)):
        if mention.precision == "day" and not mention.relative:
            return mention.start_date
    return None


def local_day(text: str, published: date) -> date | None:
    """The day a wire dateline names ("MANILA, Oct 20 - ") when it is a day after publication or up to two before."""
    # A wire's publication stamp is in GMT (or the desk's zone): a story filed in Manila early on Tuesday 20 Oct is
    # stamped 19 Oct, and its "early on Tuesday" is the dateline's Tuesday. Farther off, the dateline is no day stamp.
    m = wire_dateline(text)
    if m is None:
        return None
    for d in find_dates(text, published, m.start(), m.end()):
        # A time zone puts the local day at most one day after the stamp; a later one is an inconsistent record.
        if d.precision == "day" and d.start_date and (d.start_date - published).days in (-2, -1, 1):
            return d.start_date
    return None


def story_day(doc: WorkDoc) -> date | None:
    """The story's own day: its wire dateline's local day when that anchored the dates (see `make`), else publication."""
    pub = doc.article.published_date
    ref = doc.meta.get("date_reference") or {}
    if pub is not None and ref.get("source") == "dateline" and ref.get("date"):
        return date.fromisoformat(ref["date"])
    return pub


def make(use_dateline: bool = True) -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `dates.rules.v1`.

    The reference day is the publication date, or (with `use_dateline`) the local day a wire dateline names within
    two days of it ("MANILA, Oct 20 - " stamped 19 Oct); without a publication date, a full date in the story's
    dateline. `doc.meta["date_reference"]` says which was used.
    """

    def dates(doc: WorkDoc) -> WorkDoc:
        text = doc.text
        ref = doc.article.published_date
        source = "published"
        local = local_day(text, ref) if ref is not None and use_dateline else None
        if local is not None:
            ref, source = local, "dateline"
        if ref is None:
            ref = dateline_date(text) if use_dateline else None
            source = "dateline" if ref else "none"
        doc.meta["date_reference"] = {"date": ref.isoformat() if ref else None, "source": source}
        spans = [(s.start, s.end) for s in doc.sentences] or [(0, len(text))]
        found: list[DateMention] = []
        for s, e in spans:
            found.extend(find_dates(text, ref, s, e))
        doc.dates = found
        return doc

    return dates
