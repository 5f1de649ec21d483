"""ACLED actor names and types for events: dated state names, group names by period, and `inter` codes 1–8."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from typing import Any

from eventwire.components.actors import _dated, alpha3, government_name, group_name, load_lexicon
from eventwire.model import Actor, Event
from eventwire.pipeline.workdoc import ActorMention, WorkDoc

# ACLED actor types: 1 state forces, 2 rebels, 3 political militias, 4 identity militias, 5 rioters,
# 6 protesters, 7 civilians, 8 external/other forces (IGOs, PMCs, state forces outside their country).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
SECTOR_INTER = {"REB": 2, "INS": 2, "PRM": 3, "MILITIA": 3, "ETH": 4, "REL": 4, "RIOT": 5, "PRO": 6, "OPP": 6,
                "LAB": 6, "CVL": 7, "CIV": 7, "MED": 7, "JRN": 7, "NGO": 7, "REF": 7, "BUS": 7, "EDU": 7,
                "HLH": 7, "IGO": 8, "PKO": 8}
NAME_INTER = (("Civilians", 7), ("Protesters", 6), ("Rioters", 5), ("Unidentified Armed Group", 3),
              ("Military Forces of", 1), ("Police Forces of", 1), ("Government of", 1))
_DATED = re.compile(r"^(Military Forces|Police Forces|Government) of .*?(?: \((?:\d{4}-(?:\d{4})?)\))?$")


@lru_cache(maxsize=1)
def _groups_by_name() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for g in load_lexicon("groups")["groups"]:
        out[g["name"]] = g
        if g.get("acled") and g["acled"] != "forces":
            out[g["acled"]] = g
    return out


def acled_inter(actor: Actor | ActorMention, event_cc: str | None = None) -> int:
    """ACLED actor type (1–8) of an actor or mention; 0 when unknown. State forces abroad are 8."""
    group = _groups_by_name().get(actor.name)
    inter = int(group["inter"]) if group and group.get("inter") else 0
    if not inter:
        inter = next((code for prefix, code in NAME_INTER if actor.name.startswith(prefix)), 0)
    sector = (actor.sector or "").upper()
    if not inter:
        inter = 1 if sector in STATE_SECTORS else SECTOR_INTER.get(sector, 0)
    if not inter and isinstance(actor, ActorMention) and actor.kind in ("state", "demonym", "organisation"):
        inter = 1
    cc = actor.country_code
    if inter == 1 and cc and event_cc and cc.upper() != event_cc.upper():
        return 8
    return inter


def dated_name(name: str, cc: str | None, day: date | None) -> str:
    """'Military Forces of Ukraine (2019-)' re-dated for the event day ('(2014-2019)' in 2017)."""
    m = _DATED.match(name)
    if not m or not cc:
        return name
    return _dated(m.group(1), cc, day)


def to_actor(mention: ActorMention, role: str, day: date | None = None, event_cc: str | None = None) -> Actor:
    """An Event actor from a mention: ACLED name for the event day, PLOVER code and sector, ACLED inter."""
    name = dated_name(mention.name, mention.country_code, day)
    group = _groups_by_name().get(name)
    if group and day is not None:
        name = group_name(group, day)
    sector = mention.sector or ("GOV" if mention.kind in ("state", "demonym") else None)
    actor = Actor(name=name, country_code=mention.country_code, sector=sector, role=role,  # type: ignore[arg-type]
                  code=mention.code or alpha3(mention.country_code), text=mention.text)
    actor.inter = acled_inter(actor, event_cc) or None
    return actor


def acled_name(actor: Actor, day: date | None = None) -> str:
    """The name ACLED would use: persons, ministries and states acting politically become their government."""
    if _DATED.match(actor.name):
        return dated_name(actor.name, actor.country_code, day)
    if actor.name in _groups_by_name():
        return group_name(_groups_by_name()[actor.name], day)
    if (actor.sector or "").upper() == "GOV" and actor.country_code:
        return government_name(actor.country_code, day)
    return actor.name


def code_event_actors(event: Event) -> Event:
    """Fill ACLED `inter` on every actor and date state names by the event day (in place; returns the event)."""
    cc = event.location.country_code if event.location else None
    for a in event.actors:
        a.name = dated_name(a.name, a.country_code, event.date.start)
        if not a.inter:
            a.inter = acled_inter(a, cc) or None
    return event


def make_acled() -> Callable[[WorkDoc], WorkDoc]:
    """Factory for an `actors.acled.v1` stage (after assemble/political): `code_event_actors` on every event."""

    def acled(doc: WorkDoc) -> WorkDoc:
        for e in doc.events:
            code_event_actors(e)
        return doc

    return acled
