"""Mentions by a shared toll: a report with no violent event that states a figure only one event of its days has."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from eventwire.merge.features import VIOLENT, place_words
from eventwire.model import Article, Event

MIN_TOLL = 2  # "one killed" fits too many events of a war's day
# A figure in running text ("22", "1,200"); not a year, a date, a time, an age ("14-year-old") or a measure.
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NUM = re.compile(r"(?<![\w.,:/])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,.:/]*\d)(?!\s*-?\s*(?:year|yr|month|day|week|"
                  r"hour|minute|km|mile|kg|ton|pound|%|percent|am|pm|gmt|st|nd|rd|th|million|billion|thousand|"
                  rf"hundred)\w*)(?!\s+{_MONTHS}\b)", re.I)
_AFTER_MONTH = re.compile(rf"\b{_MONTHS}\s*$", re.I)  # "since Oct. 7": a date


def figures(text: str) -> set[int]:
    """The counts a text states (2 or more; years and measures left out)."""
    out = set()
    for m in _NUM.finditer(text):
        if _AFTER_MONTH.search(text, max(0, m.start() - 12), m.start()):
            continue
        n = int(m.group(1).replace(",", ""))
        if n >= MIN_TOLL and not 1900 <= n <= 2100:
            out.add(n)
    return out


def event_tolls(e: Event) -> set[int]:
    """The killed and injured figures an event gives (low, best, high)."""
    return {n for c in (e.fatalities, e.injured) for n in (c.low, c.best, c.high) if n is not None and n >= MIN_TOLL}


@dataclass(frozen=True)
class TollLink:
    """A report linked by a figure: the event, the figure and the place words they share."""

    cluster_id: str
    figure: int
    words: tuple[str, ...]


def toll_links(clusters: Iterable[tuple[str, list[Event]]], reports: Iterable[tuple[Article, int, str]],
               lead: dict[str, set[str]], words_of: Callable[[str], set[str]],
               before: int, after: int) -> dict[str, TollLink]:
    """Reports (article, day, lead text) whose stated figure exactly one event of their days gives, by article id.

    "At least 22 people killed in the Gaza Strip, 18 of them children" names no site, no attacker and
    no town of its own, but 22 and 18 are the figures the night's Rafah strike was told with. The
    figure must be an extracted toll of the event (killed or injured) and of no other event of the
    days; the report must name the event's place and no place of another event of its days.
    """
    by_day: dict[int, list[tuple[str, set[int], set[str]]]] = {}
    places: dict[int, set[str]] = {}  # the words of the places of each day's events
    for cid, members in clusters:
        where = place_words(members, words_of)
        for e in members:
            if isinstance(e.date.start, date):
                places.setdefault(e.date.start.toordinal(), set()).update(where)
        violent = [e for e in members if e.event_type in VIOLENT]
        tolls = set().union(*(event_tolls(e) for e in violent)) if violent else set()
        days = [e.date.start.toordinal() for e in violent if isinstance(e.date.start, date)]
        if tolls and days:
            for d in range(min(days) - before, max(days) + after + 1):
                by_day.setdefault(d, []).append((cid, tolls, where))
    out: dict[str, TollLink] = {}
    for a, day, text in reports:
        if day not in by_day or not (stated := figures(text)):
            continue
        owners = [(cid, tolls & stated, where) for cid, tolls, where in by_day[day] if tolls & stated]
        if len(owners) != 1:
            continue  # no event of the days gives the figure, or two do: it does not say which
        cid, shared, where = owners[0]
        named = {w for d in range(day - 1, day + 2) for w in lead[a.id] & places.get(d, set())}
        if (common := lead[a.id] & where) and not named - where:
            out[a.id] = TollLink(cid, max(shared), tuple(sorted(common)))
    return out
