"""Orphan reports: a violent event that few reports tell may be a mis-coded report of an event others tell."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from eventwire.merge.basics import VIOLENT, place_words
from eventwire.merge.features import Rec, renewed, to_rec
from eventwire.merge.neighbours import neighbours
from eventwire.merge.similarity import renews, sites_differ, tolls_compatible
from eventwire.merge.types import Cluster
from eventwire.model import Event

# 1: an orphan's attack from afar keeps no place of its own (`from_afar`). Off: found on one train event
# (apr13), with no case on either fresh judge or the unlabelled days, so nothing yet says it transfers.
FAR = 0
# 1: a "new" cue of a member of the orphan's own cluster keeps the orphan from an earlier days' event (`fits`).
NEW_MATES = 1


def orphans(clusters: Iterable[Cluster], by_id: dict[str, Event], most: int = 1) -> dict[str, list[Event]]:
    """Articles whose violent events all sit in events told by at most `most` articles, with those events."""
    # "UK foreign minister asks Israeli counterpart to warn London before any reply to the Iranian
    # attack" is coded an attack placed at the United States, with two other reactions placed there:
    # a fragment that the extractor misplaced of the attack that dozens of outlets told. Such an
    # article may be a mention of the told event (`link_mentions`).
    told: set[str] = set()
    for c in clusters:
        arts = {a for m in c.member_ids if (e := by_id.get(m)) is not None for a in e.article_ids}
        if len(arts) > most:
            told |= arts
    out: dict[str, list[Event]] = {}
    for e in by_id.values():
        if e.event_type in VIOLENT:
            for a in e.article_ids[:1]:
                out.setdefault(a, []).append(e)
    return {a: evs for a, evs in out.items() if a not in told}


def fits(own: list[Event], members: Iterable[Event], where: frozenset[str],
         words_of: Callable[[str], set[str]], mates: Iterable[Event] = ()) -> bool:
    """An orphan's own events may be a report of the event: its places, cues and figures do not say otherwise.

    `mates`: the events of the clusters its own events sit in; their "new" cue counts as its own.
    """
    # Its own town or region must be among the event's places: "Seven members of one family killed in
    # Gaza, army raids Jenin camp" (placed at Gaza) tells the family's death, not the raid.
    # A country-level or unplaced coding is where the extractor fails (the attacker's country).
    mine = [to_rec(0, e) for e in own]
    theirs = [to_rec(1, e) for e in members]
    for e, rec in zip(own, mine, strict=True):
        loc = e.location
        if loc is not None and (loc.precision <= 2 or loc.admin1) and place_words([e], words_of) - where \
                and not (FAR and from_afar(rec, theirs)):
            return False
    # The merger's own tests of another occurrence: "21 killed in latest strikes on Rafah" is not the
    # earlier days' tent-camp strike, and a closed hospital is not the strike on the tents.
    if any(renews(a, b) or sites_differ(a, b) for a in mine for b in theirs):
        return False
    # Its cluster is one occurrence: "21 killed in new strikes on Rafah" told beside it says that its own
    # "At least 21 killed in attacks near Rafah" is not the earlier days' strike either.
    # (Only a mate whose sentences say "new" can renew: the cue is read before a mate's record is built.)
    if NEW_MATES and any(renews(a, b) for a in (to_rec(2, e) for e in mates if renewed(e)) for b in theirs):
        return False
    # A figure that fits none of the event's figures is another strike ("Strike on market kills 13"
    # beside "... kills 40" at one place: merge_speed.py's synthetic days).
    tolled = [b for b in theirs if b.fatal is not None]
    return not any(a.fatal is not None and tolled and not any(tolls_compatible(a, b) for b in tolled) for a in mine)


def from_afar(a: Rec, theirs: list[Rec]) -> bool:
    """The report's attackers come from far from its place, and attack in the told event, in another country."""
    # "Some in Gaza back Iran's attack" is coded Iran attacking the Gaza Strip: Iran borders neither
    # Palestine nor Israel, so the place is where the reaction happened, not where Iran struck; the
    # told attack of Iran is where it struck. A neighbour's forces may strike there (Israel in Gaza),
    # and a far power striking two towns of one country (US strikes on Sanaa and on Hodeidah) strikes
    # two places: the place test stands there.
    if not a.country or not a.attacker_cc or a.attacker_cc & (neighbours(a.country) | {a.country}):
        return False
    return a.country not in {b.country for b in theirs} and any(a.attacker_cc & b.attacker_cc for b in theirs)
