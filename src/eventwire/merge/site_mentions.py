"""Mentions by a named site: a report with no violent event that names the one operation of its days at that site."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from datetime import date

from eventwire.merge.basics import place_words, plain_words
from eventwire.merge.operations import names_in, operation_sites, site_names
from eventwire.merge.types import Cluster
from eventwire.model import Article, Event

SHORT_SPANS = frozenset({"day", "week"})  # date precisions whose end date a site window counts
SITES = 1  # switch: 0 turns the rule off (benchmarks/merge_windows.py --lowo site_mentions.SITES=0,1)
# 1: an Arabic "Al-" name written without its site word ("forced out of Al-Shifa") names the one operation of its
# days whose reports name a site so ("Al-Shifa hospital"); 0: off.
BARE = 1
# "Al-Shifa", "al Nasser": the name alone; `names_in` reads it when a site word follows. A capitalised word
# after it makes a longer name ("Al-Quds Brigades", "Al-Aqsa Flood", "Al Jazeera English"), no site.
BARE_NAME = re.compile(r"\b[Aa]l[- ]([A-Z][\w'’-]*)(?![\w'’-]*\s+[A-Z])")
# In a Title Case headline ("Troops Withdraw From Al-Shifa After Raid") every word is capitalised: the name alone.
TITLE_NAME = re.compile(r"\b[Aa]l[- ]([A-Z][\w'’-]*)")
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")
# An operation told at the name ("raid on Al-Nasr", "forced out of Al-Shifa", "Al-Shifa operation enters ..."):
# a report of violence of its own names an operation's site only so ("Al-Ahli fans mourn players killed").
# Verbs of an operation only: "fighters at al-Quds", "fire around al-Quds" tell no raid.
CUE_BEFORE = re.compile(r"\b(?:raid(?:s|ed)?(?:\s+on)?|operation\s+(?:at|in|on)|siege\s+of|storm(?:s|ed)?|inside|"
                        r"withdr[ae]w(?:s|n)?\s+from|out\s+of)\s+(?:the\s+)?$", re.I)
CUE_AFTER = re.compile(r"\s+(?:raid|operation|siege|assault|offensive)\b", re.I)


def site_links(clusters: Iterable[Cluster], by_id: dict[str, Event], reports: Iterable[tuple[Article, int, str]],
               before: int, after: int, cued: Collection[str] = ()) -> dict[str, tuple[str, str]]:
    """Report id -> (cluster id, site name) for reports that name a site only one operation of their days names.

    "Troops leave Gaza's Shifa Hospital amid ruins and bodies" tells the raid that another
    outlet coded as a development ("scores of bodies found at Al-Shifa after the army's pullout"),
    violent or not: the hospital's own name and kind, not the word "hospital" alone, say which operation it
    is ("Al-Aqsa University" is not "Al-Aqsa Mosque"). The operation's reports must give the name themselves
    (`operations.site_names`: not the town). Only the cluster's and the report's own events are read.
    A report in `cued` names a site by a bare "Al-" name only with an operation's cue (`CUE_BEFORE`, `CUE_AFTER`).
    """
    if not SITES:
        return {}
    index: dict[int, dict[tuple[str, str], set[str]]] = {}
    own: dict[str, str] = {}  # article id -> the cluster it reports in
    placed: dict[str, set[str]] = {}  # article id -> the words of its own events' places
    for c in clusters:
        members = [e for m in c.member_ids if (e := by_id.get(m)) is not None]
        # "Gaza hospital" names the region: a word of a member's place is no site's name.
        where = place_words(members, plain_words, region=True)
        names = {(k, n) for e in members if operation_sites(e) for k, n in site_names(e) if n not in where}
        # A member's end counts only for a short span: "in June" would open a month-long window.
        days = [x.toordinal() for e in members
                for x in (e.date.start, e.date.end if e.date.precision in SHORT_SPANS else None) if isinstance(x, date)]
        for e in members:
            for aid in e.article_ids[:1]:
                own[aid] = c.id
                placed.setdefault(aid, set()).update(place_words([e], plain_words, region=True))
        if not names or not days:
            continue
        for d in range(min(days) - before, max(days) + after + 1):
            for n in names:
                index.setdefault(d, {}).setdefault(n, set()).add(c.id)
    out: dict[str, tuple[str, str]] = {}
    for art, day, text in reports:
        if day not in index:
            continue
        mine = placed.get(art.id, set())
        named = names_in(text)
        hits = {(cid, n) for k, n in named if n not in mine for cid in index[day].get((k, n), ())}
        if BARE and not hits:
            # "Al-Quds University" names its own kind of site: only a name written without one is bare.
            bare = bare_names(text, art.id in cued) - mine - {n for _, n in named}
            hits = {(cid, n) for (k, n), cids in index[day].items() if n in bare for cid in cids}
        if len({cid for cid, _ in hits}) == 1:
            cid, name = min(hits)
            if own.get(art.id) != cid:
                out[art.id] = (cid, name)
    return out


def bare_names(text: str, cued: bool = False) -> set[str]:
    """The "Al-" names of a text, case-folded ("Al-Shifa" -> "shifa"); `cued`: those an operation is told at."""
    return {re.sub(r"['’]s$", "", m.group(1)).casefold() for m in _bare(text).finditer(text)
            if not cued or CUE_BEFORE.search(text, 0, m.start()) or CUE_AFTER.match(text, m.end())}


def _bare(text: str) -> re.Pattern[str]:
    """`TITLE_NAME` for a Title Case headline (most long words capitalised), else `BARE_NAME`."""
    long = _LONG_WORD.findall(text)
    return TITLE_NAME if len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long) else BARE_NAME
