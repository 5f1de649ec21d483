"""Copies with no event of their own: a copy of a report with no event mentions what its story's other copies tell."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, datetime

from eventwire.merge.basics import VIOLENT
from eventwire.merge.dedup import shingles, sortable, words
from eventwire.merge.types import Cluster
from eventwire.model import Article, Event

COPIES = 1  # switch: 0 turns copy links off (benchmarks/merge_unlabelled.py --set copy_mentions.COPIES=0)
# A shorter title ("Tweet", "Gulf of Aden Security Review", "Thursday 3 January 2013") is a rubric, a series
# or a date line that many different reports carry, not one story told twice.
MIN_WORDS = 8
DAYS = 2  # copies of one story are published within this many days of each other
# A title's rubric: "Israel-Gaza war: ", "Live news: ", "Analysis: " (an outlet's label, not the story).
RUBRIC = re.compile(r"^([^:]{1,40}):\s+(?=\S)")
# Two titles of one key with other rubrics may be two places' stories ("Kharkiv: Russian missile strike on a
# residential building kills three" and "Odesa: ..."): their leads must share this much (five-word shingles of
# the shorter lead's first characters, what the store keeps of a quiet article), or headlines alone one rubric.
LEAD_SHARE = 0.3
LEAD_CHARS = 600
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _text(a: Article) -> str:
    return a.title or a.text.split("\n", 1)[0]


def story_key(a: Article) -> str | None:
    """A title's own words without its rubric, or None when too short to be one story."""
    ws = words(RUBRIC.sub("", _text(a), count=1))
    return " ".join(ws) if len(ws) >= MIN_WORDS else None


def _rubric(a: Article) -> set[str]:
    return set(words(m.group(1))) if (m := RUBRIC.match(_text(a))) else set()


def _lead(a: Article) -> set[int]:
    """The shingles of the text after the title (none for a headline alone)."""
    if a.title:
        text = a.text[len(a.title):] if a.text.startswith(a.title) else a.text
    else:
        text = a.text.partition("\n")[2]
    return shingles(text[:LEAD_CHARS])


def told_alike(a: Article, b: Article) -> bool:
    """Two articles of one title key tell one story: their leads share words, else their rubrics are equal."""
    la, lb = _lead(a), _lead(b)
    if la and lb:
        return len(la & lb) >= LEAD_SHARE * min(len(la), len(lb))
    ra, rb = _rubric(a), _rubric(b)
    return ra == rb  # one shared word is not enough: "Kharkiv region" and "Odesa region" are two places' rubrics


def _figures(a: Article) -> set[str]:
    """The figures a title states, as written without separators ("14,100" -> "14100")."""
    return {re.sub(r"[.,]", "", f) for f in _FIGURE.findall(_text(a))}


def _day(d: date | datetime | None) -> int | None:
    if d is None:
        return None
    return (d.date() if isinstance(d, datetime) else d).toordinal()


def copy_families(articles: Iterable[Article], duplicates: Mapping[str, str]) -> dict[str, str]:
    """Copy id -> its story's first article: near-duplicates, and one title under two rubrics, of one story's days.

    A title that one outlet gives two articles of one day is its boilerplate ("Breaking News, World News and
    Video from ..."), not a story: it joins none.
    """
    # "Mideast live news: Residents of the southern town say ..." and "Mideast war: Residents of the southern town
    # say ..." are one story: five-word shingles of a short title see the changed rubric as a third of it.
    if not COPIES:
        return {}
    arts = {a.id: a for a in articles}
    ordered = sorted(arts.values(), key=lambda a: (sortable(a.published), a.id))
    rank = {a.id: i for i, a in enumerate(ordered)}
    info = {a.id: (story_key(a), _day(a.published), _figures(a)) for a in ordered}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def join(x: str, y: str) -> None:
        (kx, dx, fx), (ky, dy, fy) = info[x], info[y]
        # "Toll from the strikes passes 14,100" and, two days on, "... passes 14,800" are two updates, not one story.
        if kx is None or ky is None or dx is None or dy is None or abs(dx - dy) > DAYS or fx != fy:
            return
        rx, ry = find(x), find(y)
        if rx != ry:  # the earliest published is the original
            parent[max(rx, ry, key=rank.__getitem__)] = min(rx, ry, key=rank.__getitem__)

    for c, r in duplicates.items():
        if c in arts and r in arts:
            join(c, r)
    carried = Counter((k, a.source, d) for a in ordered if a.source and (k := info[a.id][0]) and (d := info[a.id][1]))
    boiler = {k for (k, _, _), n in carried.items() if n > 1}
    first: dict[str, str] = {}
    for a in ordered:
        if (k := info[a.id][0]) is not None and k not in boiler:
            if (f := first.setdefault(k, a.id)) != a.id and told_alike(arts[f], a):
                join(a.id, f)
    return {x: root for x in arts if (root := find(x)) != x}


def copy_mentions(families: Mapping[str, str], clusters: Iterable[Cluster], by_id: Mapping[str, Event],
                  linked: Mapping[str, str], skip: set[str]) -> dict[str, str]:
    """Article id -> cluster id for a copy with no event (nor in `skip`) whose story's other articles one cluster tells.

    An article tells the clusters of its events (violent ones first) or the one it is `linked` to as a mention.
    """
    # A reprint the extractor read no event in ("... boy pleads with rescuers as his street is flattened") tells
    # what its original tells. A copy with an event of its own keeps it: a synthetic "Strike on market in X kills 3"
    # told of two events of one town is no copy of a story, and real copies rarely differ in their coding.
    members: dict[str, list[str]] = {}
    for x, root in families.items():
        members.setdefault(root, [root]).append(x)
    told: dict[str, dict[bool, set[str]]] = {}  # article -> violent? -> clusters of its events
    for c in clusters:
        for m in c.member_ids:
            if (e := by_id.get(m)) is not None:
                for aid in e.article_ids[:1]:
                    told.setdefault(aid, {}).setdefault(e.event_type in VIOLENT, set()).add(c.id)
    has_event = set(told)
    for aid, cid in linked.items():
        told.setdefault(aid, {}).setdefault(True, set()).add(cid)
    out: dict[str, str] = {}
    for story in members.values():
        # A copy to link is in no `told` (it has no event and is in `skip` when linked): what the story's
        # others tell is the same for each, so it is read once per family.
        seen = [told[y] for y in story if y in told]
        # Violent events first; else what the family's articles' own coding joins (a raid coded a development).
        cids = set().union(*(t.get(True, set()) for t in seen)) or set().union(*(t.get(False, set()) for t in seen))
        if len(cids) == 1:
            cid = next(iter(cids))
            out.update((x, cid) for x in story if x not in skip and x not in has_event)
    return out
