"""Copies in a cluster: a reprint shares its original's source; an edited copy that changes a toll is its own."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime

from eventwire.merge.dedup import sortable as _when
from eventwire.merge.dedup import words
from eventwire.model import Event

Tolls = tuple[int | None, ...]


def tolls(ev: Event) -> Tolls:
    """The figures a report states: killed and injured, low/best/high."""
    f, i = ev.fatalities, ev.injured
    return (f.low, f.best, f.high, i.low, i.best, i.high)


def _words(text: str) -> str:
    return " " + " ".join(words(text)) + " "


def _said_in(ev: Event, original: str | None) -> bool:
    """Whether the original's text already holds every toll phrase of the copy's report (nothing new said)."""
    phrases = [c.text for c in (ev.fatalities, ev.injured) if c.text and (c.best is not None or c.low is not None)]
    if original is None or not phrases:
        return False
    text = _words(original)
    return all(_words(p) in text for p in phrases)


def copy_links(members: Sequence[Event], duplicates: Mapping[str, str]) -> dict[str, str]:
    """Member articles that are near-duplicate copies, each mapped to the original it copies."""
    return {aid: duplicates[aid] for e in members for aid in e.article_ids[:1] if aid in duplicates}


def edited_copy_sources(
    members: Sequence[Event],
    source_of: Mapping[str, str],
    duplicates: Mapping[str, str],
    own_source: Callable[[Event], str],
    published_of: Mapping[str, date | datetime | None],
    original_text: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Source keys for the members of copy families that state tolls their original's outlet never stated.

    A syndicated story and its reprints are one source (`source_of` keys them by the original's outlet).
    Within one cluster, a copy from another outlet that states a toll the original's outlet had not stated
    (in the original or its own updates by then; the earliest report stands in when the original is not in
    the cluster) is an edited copy: its changed toll is its outlet's own claim, so it becomes a source of its
    own, keyed by the outlet of the earliest copy stating the same figures (`own_source`). A copy that
    leaves a toll out (a trimmed reprint), or whose toll phrases the original's text holds word for word
    (the two were read differently), changes nothing. Returns only the keys that change.
    """
    family: dict[str, list[Event]] = {}
    for e in members:
        aid = e.article_ids[0] if e.article_ids else None
        if aid is None:
            continue
        family.setdefault(duplicates.get(aid, aid), []).append(e)
    out: dict[str, str] = {}
    for root, evs in family.items():
        if len(evs) < 2 or all(e.article_ids[0] == root for e in evs):
            continue  # no copy of this story in the cluster
        # The original first, then by publication: the first statement of a figure is the one that counts.
        evs = sorted(evs, key=lambda e: (e.article_ids[0] != root, _when(published_of.get(e.id)), e.id))
        # What the original's outlet stated (its first report, its own updates): a copy may restate any of it
        # said by the copy's publication; an update published after the copy cannot be what it copied.
        stated = [(e, tolls(e)) for e in evs if own_source(e) == source_of[e.id]] or [(evs[0], tolls(evs[0]))]
        edited: dict[Tolls, str] = {}
        for e in evs[1:]:
            figs, own = tolls(e), own_source(e)
            if own == source_of[e.id]:
                continue  # the original's outlet updating its own story: its later report supersedes as usual
            when = _when(published_of.get(e.id))
            said = [f for s, f in stated if s.article_ids[0] == root or _when(published_of.get(s.id)) <= when]
            if any(_restates(figs, f) for f in said) or _said_in(e, (original_text or {}).get(root)):
                continue
            key = edited.setdefault(figs, own)
            if key != source_of[e.id]:
                out[e.id] = key
    return out


def _restates(figs: Tolls, first: Tolls) -> bool:
    # Per toll (killed, injured): one the copy leaves out, or states as the first report did.
    return all(figs[i:i + 3] == (None, None, None) or figs[i:i + 3] == first[i:i + 3] for i in (0, 3))
