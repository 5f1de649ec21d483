"""Mentions by a shared toll: a report with no violent event that states a figure only one event of its days has."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from eventwire.components.numbers import find_numbers
from eventwire.merge.basics import VIOLENT, place_words
from eventwire.model import Article, Event

MIN_TOLL = 2  # "one killed" fits too many events of a war's day
# A figure followed by a unit is a measure or an age, not a count of people. A suffix ("st", "th") must
# end its word: "killed 48 - The Associated Press" and "2 staffers" state 48 and 2.
_UNIT = re.compile(r"\s*-?\s*(?:year|yr|month|day|week|hour|minute|km|mile|kg|ton|pound|%|percent|am|pm|gmt|"
                   r"(?:st|nd|rd|th)\b|million|billion|thousand|hundred)", re.I)
_DIGITS = re.compile(r"(?<![.,/\d])(?:\d{1,3}(?:,\d{3})+|\d+)(?![.,/]?\d)")  # not in "2.2" or "7/10"


def figures(text: str) -> set[int]:
    """The counts in digits a text states (2 or more; dates, years, identifiers and measures left out).

    The extractor's number reader (the one event tolls come from) finds them; figures in words
    ("two killed") fit too many events of a day, so only digits count.
    """
    out = set()
    for m in find_numbers(text):
        # The figures as written: "more than 20" states 20 (the reader's bound would make it 21).
        for d in _DIGITS.finditer(text, m.start):
            if d.start() >= m.end:
                break
            n = int(d.group().replace(",", ""))
            if n >= MIN_TOLL and not 1900 <= n <= 2100 and not _UNIT.match(text, d.end()):
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

    "At least 22 dead in the Gaza Strip, including 18 children" names no site, no attacker and
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
