"""Parts of months and relative periods: "early October", "the first week of March", "last week", "three weeks ago"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from eventwire.pipeline.workdoc import DateMention

# (start_date, end_date, precision, relative) of one date mention.
Span = tuple[date | None, date | None, str, bool]
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 2,
}


def month_end(y: int, m: int) -> date:
    """Last day of a month."""
    return date(y, m, calendar.monthrange(y, m)[1])


def shift_months(d: date, n: int) -> tuple[int, int]:
    """(year, month) n months after d's month (n may be negative)."""
    k = d.year * 12 + d.month - 1 + n
    return k // 12, k % 12 + 1


# "early October", "mid-October", "the end of October": a third of the month, not all of it. After "by", "before" or
# "until" the part bounds a span that may have begun earlier ("had taken the town by the end of October"): the month.
# "the first week of March", "the last week of September": a week of the month, its 1st-7th ... or its last seven days.
_PART = re.compile(r"\b(?:(?P<lead>by|before|until|till)\s+)?(?:(?P<word>early|late|mid)[\s-]+|the\s+"
                   r"(?:(?P<noun>start|beginning|middle|end|close)|(?P<nth>first|second|third|fourth|last|final)\s+week)"
                   r"\s+of\s+)$", re.I)
_THIRD = {"early": 0, "start": 0, "beginning": 0, "mid": 1, "middle": 1, "late": 2, "end": 2, "close": 2}
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def part_of_month(text: str, at: int, y: int, mo: int, past_to: date | None = None) -> tuple[date, date]:
    """The days of month `mo` of `y` that the words before its name at text[at] tell: a third of it, or all of it.

    A third that holds `past_to` (the publication day of a past act) ends there: "in mid-November" told on Nov 15.
    """
    m = _PART.search(text, max(0, at - 30), at)
    if m is None or m.group("lead"):
        return date(y, mo, 1), month_end(y, mo)
    if m.group("nth"):
        lo, hi = week_of(y, mo, m.group("nth").lower())
    else:
        lo, hi = third_of(y, mo, _THIRD[(m.group("word") or m.group("noun")).lower()])
    return (lo, past_to) if past_to is not None and lo <= past_to < hi else (lo, hi)


def week_of(y: int, mo: int, nth: str) -> tuple[date, date]:
    """The first (second, third, fourth) seven days of a month, or its last seven ("last", "final")."""
    if nth in _NTH:
        return date(y, mo, 1 + 7 * _NTH[nth]), date(y, mo, 7 + 7 * _NTH[nth])
    end = month_end(y, mo)
    return end - timedelta(days=6), end


def third_of(y: int, mo: int, third: int) -> tuple[date, date]:
    """Days 1-10, 11-20 or 21 to the end of a month (third 0, 1 or 2)."""
    return date(y, mo, 1 + 10 * third), date(y, mo, 10 + 10 * third) if third < 2 else month_end(y, mo)


def period_span(unit: str, rel: str, ref: date, future: bool = False) -> Span:
    """this/last/next/the past week, weekend, month or year (`future`: told in a future-tense clause)."""
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday())
        if rel in ("last", "the previous"):
            return monday - timedelta(days=7), monday - timedelta(days=1), "week", True
        if rel == "next":
            return monday + timedelta(days=7), monday + timedelta(days=13), "week", True
        if rel == "the past":
            return ref - timedelta(days=7), ref, "week", True
        return monday, ref, "week", True
    if unit == "weekend":
        if rel == "this" and not future and ref.weekday() <= 1:
            rel = "last"  # "violence erupted this weekend" in a Monday story: the weekend just gone
        if rel == "this" and ref.weekday() >= 5:
            sat = ref - timedelta(days=ref.weekday() - 5)
        elif rel in ("this", "next"):
            sat = ref + timedelta(days=5 - ref.weekday() + (7 if rel == "next" and ref.weekday() < 5 else 0))
        else:
            sun = ref - timedelta(days=(ref.weekday() - 6) % 7 or 7)
            sat = sun - timedelta(days=1)
        return sat, sat + timedelta(days=1), "week", True
    if unit == "month":
        if rel in ("last", "the previous", "next"):
            y, mo = shift_months(ref, -1 if rel != "next" else 1)
            return date(y, mo, 1), month_end(y, mo), "month", True
        if rel == "the past":
            return ref - timedelta(days=30), ref, "month", True
        return ref.replace(day=1), ref, "month", True
    if rel in ("last", "the previous", "next"):
        y = ref.year + (1 if rel == "next" else -1)
        return date(y, 1, 1), date(y, 12, 31), "year", True
    if rel == "the past":
        return ref - timedelta(days=365), ref, "year", True
    return date(ref.year, 1, 1), ref, "year", True


_PERIOD_PART = re.compile(r"(?:at\s+)?(?:(?P<word>early|late)|the\s+(?P<noun>start|beginning|end)\s+of)\s+$", re.I)


def part_of_period(lead: str, unit: str, rel: str, span: Span) -> Span:
    """"at the end of last week" (Friday to Sunday), "early last month" (its first ten days): part of a whole period."""
    m = _PERIOD_PART.fullmatch(lead)
    start, end, precision, relative = span
    if m is None or start is None or end is None or rel not in ("last", "the previous") or unit not in ("week", "month"):
        return span
    first = _THIRD[(m.group("word") or m.group("noun")).lower()] == 0
    if unit == "week":
        a, b = (start, start + timedelta(days=2)) if first else (end - timedelta(days=2), end)
    else:
        a, b = third_of(start.year, start.month, 0 if first else 2)
    return a, b, precision, relative


def ago_span(m: re.Match[str], ref: date) -> Span:
    """"N days/weeks/months/years ago"."""
    raw = " ".join(m.group("ago_n").lower().split())
    n = int(raw) if raw.isdigit() else COUNT_WORDS[raw]
    unit = m.group("ago_u").lower()
    if unit == "day":
        d = ref - timedelta(days=n)
        return d, d, "day", True
    if unit == "week":
        d = ref - timedelta(days=7 * n)
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6), "week", True
    if unit == "month":
        y, mo = shift_months(ref, -n)
        return date(y, mo, 1), month_end(y, mo), "month", True
    return date(ref.year - n, 1, 1), date(ref.year - n, 12, 31), "year", True


# "from June 6 to June 8", "between 30 September and 2 October", "from 6 to 8 June": one span of days, read like
# "June 6-8" (dates.py), not two days (or only the last). The opening "from"/"between" sets a range apart from a list
# of days ("attacks on June 6 and June 8" are two acts).
# ("imagery from August 23 and August 25" lists two days: "from" takes "to", "between" takes "and".)
_RANGE_OPEN = {"from": re.compile(r"\bfrom\s+(?:the\s+)?$", re.I), "between": re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)}
_RANGE_JOIN = re.compile(r"\s+(?:(?P<from>to|through|until|till)|(?P<between>and))\s+(?:the\s+)?", re.I)
_BARE_DAY = re.compile(r"\b(?:from\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:to|through|until|till)|between\s+(?:the\s+)?"
                       r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+and)\s+(?:the\s+)?$", re.I)
_RANGE_DAYS = 31  # the longest span read as one range
_DAY_NEXT = re.compile(r"\s+\d{1,2}\b")
# "postponed the vote from June 6 to June 28", "moved the march from June 6 to June 8": two alternative days, not a span
# (a rescheduling verb shortly before "from", in the same clause).
_RESCHEDULED = re.compile(r"\b(?:moved|postponed|delayed|rescheduled|pushed\s+back|brought\s+forward|put\s+off|"
                          r"changed|deferred|adjourned)\b[^,;.()]{0,60}$", re.I)


def day_ranges(text: str, found: list[tuple[str, DateMention]], day_kinds: frozenset[str],
               ref: date | None = None) -> list[tuple[str, DateMention]]:
    """Join "from <day> to <day>" into one mention spanning both (pattern kinds in `day_kinds` name a calendar day).

    A range that runs past `ref` (the story's day) stays two days: "agreed to a ceasefire between May 5 and May 7" told
    on May 5 is a plan's span, and its told day must not become a future one.
    """
    out: list[tuple[str, DateMention]] = []
    for kind, d in found:
        if kind in day_kinds and d.precision == "day" and d.start_date and d.end_date and not (
                ref is not None and d.end_date > ref):
            prev = out[-1][1] if out else None
            join = _RANGE_JOIN.fullmatch(text, prev.end, d.start) if prev is not None else None
            opened = _RANGE_OPEN[join.lastgroup or ""].search(text, max(0, prev.start - 14), prev.start) \
                if prev is not None and join is not None else None
            if prev is not None and opened is not None and out[-1][0] in day_kinds and prev.precision == "day" \
                    and prev.start_date and prev.start_date == prev.end_date and not _moved(text, opened.start()) \
                    and 0 < (d.end_date - prev.start_date).days <= _RANGE_DAYS:
                out[-1] = (kind, DateMention(prev.start, d.end, text[prev.start:d.end], prev.start_date, d.end_date,
                                             "day", prev.relative or d.relative))
                continue
            # ("rose from 5 to 12 June 28": a day right after the month makes "June 28" the date, and 5 to 12 figures.)
            m = _BARE_DAY.search(text, max(0, d.start - 30), d.start) if d.start_date == d.end_date \
                and not _DAY_NEXT.match(text, d.end) else None
            if m is not None and 1 <= int(m.group("d") or m.group("d2")) < d.start_date.day and not _moved(text, m.start()):
                at = m.start("d") if m.group("d") else m.start("d2")
                first = d.start_date.replace(day=int(m.group("d") or m.group("d2")))
                d = DateMention(at, d.end, text[at:d.end], first, d.end_date, "day", d.relative)
        out.append((kind, d))
    return out


def _moved(text: str, at: int) -> bool:
    """Whether a rescheduling verb governs the "from" at `at` ("postponed the vote from June 6 to June 28")."""
    return text[at:at + 4].lower() == "from" and _RESCHEDULED.search(text, max(0, at - 80), at) is not None
