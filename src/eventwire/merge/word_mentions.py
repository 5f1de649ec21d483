"""Mentions by exclusive words: a quiet report whose rare words only one event of its days uses, one-report events included."""

from __future__ import annotations

import re
from collections import Counter
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
                    cut: frozenset[str], before: int, after: int) -> dict[str, WordLink]:
    """Reports (id, day) whose rare lead words only one event of their days uses, that event violent, by id.

    "How state TV broke news of President Ebrahim Raisi's death" tells the event that one outlet
    coded from "President Ebrahim Raisi ... dies": "ebrahim" and "raisi" are in no other event of
    those days. Every event of the days is a rival, developments and one-report events included, so
    a word two events use singles out neither; words of `cut` (country names and demonyms) and
    GENERIC never count, and one exclusive word must be no place word of the event.
    """
    # A report whose words are too few or too common to reach the bar even if all were exclusive is read no
    # further; only its days' events and the words some report may count are indexed.
    cands = [(aid, day, text, ws) for aid, day, text in reports if len(ws := lead[aid] - GENERIC - cut) >= MIN_WORDS
             and sum(idf(w) for w in ws) >= MIN_SCORE]
    if not cands:
        return {}
    wanted = {day for _, day, _, _ in cands}
    vocab = set().union(*(ws for _, _, _, ws in cands))
    index: dict[int, dict[str, set[str]]] = {}
    violent: set[str] = set()
    where: dict[str, set[str]] = {}
    home: dict[str, set[str]] = {}  # article id -> the events it reports in (no mention of itself)
    agreed: dict[str, set[str]] = {}  # the words two of an event's reports use: no one outlet's wording
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
        if len(per_article) >= 2:
            agreed[cid] = {w for w, n in Counter(w for ws in per_article.values() for w in ws).items() if n >= 2}
        for a in per_article:
            if a is not None:
                home.setdefault(a, set()).add(cid)
        if any(e.event_type in VIOLENT for e in members):
            violent.add(cid)
        for d in range(min(days) - before, max(days) + after + 1):
            day = index.setdefault(d, {})
            for w in told:
                day.setdefault(w, set()).add(cid)
    out: dict[str, WordLink] = {}
    def enough(cid: str, ws: list[str]) -> bool:
        return len(ws) >= MIN_WORDS and sum(idf(w) for w in ws) >= MIN_SCORE and len(set(ws) - where[cid]) >= MIN_OTHER
    for aid, day, text, mine in cands:
        if day not in index:
            continue
        by_event: dict[str, list[str]] = {}
        named: set[str] | None = None
        for w in mine:
            if len(owners := index[day].get(w, ())) != 1:
                continue
            cid = next(iter(owners))
            if w not in agreed.get(cid, ()) and w not in (named := names(text, words_of) if named is None else named):
                continue  # one outlet's wording: only a name it shares with the report is the event's
            by_event.setdefault(cid, []).append(w)
        hits = [cid for cid, ws in by_event.items() if enough(cid, ws)]
        if len(hits) != 1 or hits[0] not in violent or hits[0] in home.get(aid, ()):
            continue
        cid = hits[0]
        # A body's name ("Palestine Red Crescent") is in every week's news: its words single out no event.
        kept = [w for w in by_event[cid] if w in words_of(without_bodies(text))]
        if enough(cid, kept):
            out[aid] = WordLink(cid, tuple(sorted(kept)), round(sum(idf(w) for w in kept), 3))
    return out
