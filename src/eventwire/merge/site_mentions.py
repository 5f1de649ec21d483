"""Mentions by a named site: a report with no violent event that names the one operation of its days at that site."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from eventwire.merge.operations import names_in, operation_sites, site_names
from eventwire.merge.types import Cluster
from eventwire.model import Article, Event

SITES = 1  # switch: 0 turns the rule off (benchmarks/merge_windows.py --lowo site_mentions.SITES=0,1)


def site_links(clusters: Iterable[Cluster], by_id: dict[str, Event], reports: Iterable[tuple[Article, int, str]],
               before: int, after: int) -> dict[str, tuple[str, str]]:
    """Report id -> (cluster id, site name) for reports that name a site only one operation of their days names.

    "Israeli troops exit Gaza's Shifa Hospital, leaving rubble and bodies" tells the raid that another
    outlet coded as a development ("300 bodies found at Al-Shifa hospital after the military withdrew"),
    violent or not: the hospital's own name, not the word "hospital", says which operation it is.
    The operation's reports must give the name themselves (`operations.site_names`: not the town).
    """
    if not SITES:
        return {}
    # "Gaza hospital" names the region: a word of any event's place is no site's name.
    places = {w.casefold() for e in by_id.values() if e.location is not None
              for x in (e.location.text or "", e.location.name) for w in re.findall(r"\w+", x)}
    index: dict[int, dict[str, set[str]]] = {}
    own: dict[str, str] = {}  # article id -> the cluster it reports in
    for c in clusters:
        members = [e for m in c.member_ids if (e := by_id.get(m)) is not None]
        names = {n for e in members if operation_sites(e) for n in site_names(e)} - places
        days = [e.date.start.toordinal() for e in members if isinstance(e.date.start, date)]
        for e in members:
            for aid in e.article_ids[:1]:
                own[aid] = c.id
        if not names or not days:
            continue
        for d in range(min(days) - before, max(days) + after + 1):
            for n in names:
                index.setdefault(d, {}).setdefault(n, set()).add(c.id)
    out: dict[str, tuple[str, str]] = {}
    for art, day, text in reports:
        if day not in index:
            continue
        hits = {(cid, n) for n in names_in(text) for cid in index[day].get(n, ())}
        if len({cid for cid, _ in hits}) == 1:
            cid, name = min(hits)
            if own.get(art.id) != cid:
                out[art.id] = (cid, name)
    return out

