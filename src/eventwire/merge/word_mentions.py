"""Mentions by exclusive names: a quiet report whose rare names only one event of its days uses, an event one report tells."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from eventwire.merge.basics import GENERIC, VIOLENT, place_words
from eventwire.merge.story import without_bodies
from eventwire.model import Event

MIN_WORDS = 2  # one shared word ("president", "convoy") names too many stories of a war's day
MIN_SCORE = 6.0  # summed rarity (log inverse document frequency) of the exclusive words
MIN_OTHER = 1  # of which this many are no place word of the event
# A word written with a capital after a headline's first word: a name ("Ebrahim Raisi", "CODECO"), not
# a day's every-day news word ("safe zone", "leader"). A Title Case headline capitalises every word.
_CAPITAL = re.compile(r"(?<=\s)[A-Z][\w'’-]*")
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")


@dataclass(frozen=True)
class WordLink:
    """A report linked by words no other event of its days uses: the event and those words."""

    cluster_id: str
    words: tuple[str, ...]
    score: float


def names(text: str, words_of: Callable[[str], set[str]]) -> set[str]:
    """The words a text writes with a capital, its first word left out; none in a Title Case text."""
    long = _LONG_WORD.findall(text)
    if len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long):
        return set()
    return set().union(*(words_of(m.group()) for m in _CAPITAL.finditer(text)))


def exclusive_links(clusters: Iterable[tuple[str, list[Event]]], reports: Iterable[tuple[str, int, str]],
                    lead: dict[str, set[str]], words_of: Callable[[str], set[str]], idf: Callable[[str], float],
                    cut: frozenset[str], placed: dict[int, set[str]], before: int, after: int) -> dict[str, WordLink]:
    """Reports (id, day, lead) whose rare names only one event of their days uses, a violent one-report event, by id.

    "How state TV broke news of President Ebrahim Raisi's death" tells the event that one outlet
    coded from "President Ebrahim Raisi ... dies": "ebrahim" and "raisi" are in no other event of
    those days. The word rules of `mentions` read only events two reports tell; this one reads the
    others. Every event of the days is a rival (developments and events of many reports included): a
    word two events use singles out neither, nor do counted words of two events. Only the report's
    names count (`names`: one outlet's wording is no key), never words of `cut` (`story.no_story_words`),
    GENERIC or a body's name; one of them must be no place word of the event nor of its days' events.
    """
    # A report whose names are too few or too common to reach the bar even if all were exclusive is read no
    # further; only its days' events and the names some report may count are indexed.
    # One name must be no place any event of its days is placed at (`placed`, by day): "Kryvyi Rih" names a town.
    cands = [(aid, day, text, ws) for aid, day, text in reports
             if len(ws := (lead[aid] - GENERIC - cut) & names(text, words_of)) >= MIN_WORDS
             and sum(idf(w) for w in ws) >= MIN_SCORE
             and any(all(w not in placed.get(d, ()) for d in range(day - 1, day + 2)) for w in ws)]
    if not cands:
        return {}
    wanted = {day for _, day, _, _ in cands}
    vocab = set().union(*(ws for _, _, _, ws in cands))
    index: dict[int, dict[str, set[str]]] = {}
    violent: set[str] = set()
    where: dict[str, set[str]] = {}
    home: dict[str, set[str]] = {}  # article id -> the events it reports in (no mention of itself)
    single: set[str] = set()  # events one report tells: the word rules of `mentions` read only the others
    for cid, members in clusters:
        days = [e.date.start.toordinal() for e in members if isinstance(e.date.start, date)]
        if not days or not any(d in wanted for d in range(min(days) - before, max(days) + after + 1)):
            continue
        per_article: dict[str | None, set[str]] = {}
        for e in members:
            for v in e.evidence:
                per_article.setdefault(v.article_id, set()).update(words_of(v.text) & vocab)
        told = set().union(*per_article.values())
        where[cid] = place_words(members, words_of, region=True) & vocab
        told |= where[cid]
        if len(per_article) == 1:
            single.add(cid)
        for a in per_article:
            if a is not None:
                home.setdefault(a, set()).add(cid)
        if any(e.event_type in VIOLENT for e in members):
            violent.add(cid)
        for d in range(min(days) - before, max(days) + after + 1):
            slot = index.setdefault(d, {})
            for w in told:
                slot.setdefault(w, set()).add(cid)
    out: dict[str, WordLink] = {}
    def enough(cid: str, ws: list[str]) -> bool:
        return len(ws) >= MIN_WORDS and sum(idf(w) for w in ws) >= MIN_SCORE and len(set(ws) - where[cid]) >= MIN_OTHER
    for aid, day, text, mine in cands:
        if day not in index:
            continue
        by_event: dict[str, list[str]] = {}
        for w in mine:
            if len(owners := index[day].get(w, ())) == 1:
                by_event.setdefault(next(iter(owners)), []).append(w)
        # "Strikes on Rafah tent camp and Khan Yunis hospital kill dozens": counted words of two events single out neither.
        if len(by_event) != 1:
            continue
        cid, hit = next(iter(by_event.items()))
        if not enough(cid, hit) or cid not in violent or cid not in single or cid in home.get(aid, ()):
            continue
        # A body's name ("Palestine Red Crescent") is in every week's news: its words single out no event.
        kept = [w for w in hit if w in words_of(without_bodies(text))]
        if enough(cid, kept):
            out[aid] = WordLink(cid, tuple(sorted(kept)), round(sum(idf(w) for w in kept), 3))
    return out
