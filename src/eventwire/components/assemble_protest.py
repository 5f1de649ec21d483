"""One demonstration per place and day (ACLED): its sub-types, the force used on it and arrests at it joined."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.actors import alpha3, country_name, forces_name, police_name
from eventwire.components.assemble_link import absorb
from eventwire.components.trigger_wire import _ARMED_SIDE
from eventwire.model import Actor
from eventwire.pipeline.workdoc import WorkDoc

# ACLED keeps the most severe sub-type of one demonstration: a protest that turns violent is a riot, lethal force on
# it is excessive force, police action on it is an intervention.
_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
         "Violent demonstration": 3}
# The force used on a crowd ("police fired live rounds at protesters", "shot dead three protesters") and arrests
# at it are the demonstration's own coding, not a battle, an attack on civilians or an arrest event of their own.
_LETHAL = {("Battles", "Armed clash"), ("Violence against civilians", "Attack")}
_ARREST = ("Strategic developments", "Arrests")
EXCESSIVE = "Excessive force against protesters"
INTERVENTION = "Protest with intervention"
# The side that intervenes: police (and unnamed security forces, as ACLED names them at protests) or the army.
_POLICE = re.compile(r"\b(?:police(?:men|man)?|security\s+forces|gendarmes?|gendarmerie|officers)\b", re.I)
_ARMY = re.compile(r"\b(?:soldiers|troops|army|military)\b", re.I)
_FORCE_SECTORS = {"MIL", "COP", "SPY"}


def _sub(g: Any) -> str | None:
    return g.head.sub_event_type if g.head.event_type in ("Protests", "Riots") else None


def fold_protests(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Join a place and day's demonstration groups, and force or arrests told with them, into the most severe."""
    spots: dict[tuple[Any, Any], list[tuple[Any, ...]]] = {}
    for key, g in groups.items():
        if _sub(g) in _RANK:
            spots.setdefault((key[3], key[4]), []).append(key)
    if not spots:
        return groups
    near: dict[tuple[Any, Any], list[tuple[Any, ...]]] = {}
    for key in groups:
        if (key[3], key[4]) in spots:
            near.setdefault((key[3], key[4]), []).append(key)
    out = dict(groups)
    for spot, keys in spots.items():
        told = set().union(*(groups[k].sentences for k in keys))
        host_key = max(keys, key=lambda k: _RANK[_sub(groups[k]) or ""])
        host = out.pop(host_key)
        chosen = host.head
        for k in keys:
            if k != host_key:
                absorb(host, out.pop(k))
        arrests = False
        for key in near[spot]:
            g = groups[key]
            kind = (g.head.event_type, g.head.sub_event_type)
            if key not in out or not g.sentences <= told:
                continue
            if kind in _LETHAL:
                # Only where the triggers saw force on this crowd ("fired live rounds at protesters"), by the state:
                # "tear gas to break up a protest over a massacre" keeps the massacre, "clashes between soldiers and
                # armed demonstrators" and "Amal fighters clashed with demonstrators" stay battles.
                if _RANK[chosen.sub_event_type or ""] < _RANK[EXCESSIVE] or not _state_force(doc, g):
                    continue
            elif kind == _ARREST:
                arrests = True
            else:
                continue
            absorb(host, out.pop(key))
        host.chosen = chosen
        if arrests and chosen.sub_event_type == "Peaceful protest":
            chosen.sub_event_type = INTERVENTION  # "rallied ..., and police arrested their leaders"
        out[(chosen.event_type, chosen.sub_event_type, *host_key[2:])] = host
    return out


def _state_force(doc: WorkDoc, g: Any) -> bool:
    """Police, security forces or troops, with no armed party ("armed demonstrators", "gunmen"), in g's sentences."""
    text = " ".join(doc.text[doc.sentences[i].start:doc.sentences[i].end] for i in sorted(g.sentences))
    return bool(_POLICE.search(text) or _ARMY.search(text)) and _ARMED_SIDE.search(text) is None


def name_sides(doc: WorkDoc, g: Any, actors: list[Actor]) -> list[Actor]:
    """A demonstration's sides as ACLED names them: the demonstrators as actor, the force that intervened as recipient."""
    sub = _sub(g)
    if sub not in _RANK:
        return actors
    cc = g.place.country_code if g.place else None
    # A peaceful protest has no second side: a force read from a demonym ("American workers") is none.
    forces = [a.model_copy(update={"role": "recipient"}) for a in actors
              if (a.sector or "").upper() in _FORCE_SECTORS and sub != "Peaceful protest"]
    crowd = [a for a in actors if a.role == "actor" and (a.sector or "").upper() not in _FORCE_SECTORS]
    if not crowd and cc:
        stand_in = "Protesters" if g.head.event_type == "Protests" else "Rioters"
        country = country_name(cc).removeprefix("the ")
        crowd = [Actor(name=f"{stand_in} ({country})", country_code=cc, sector="CVL", role="actor", code=alpha3(cc),
                       inter=6 if stand_in == "Protesters" else 5)]
    text = " ".join(doc.text[doc.sentences[i].start:doc.sentences[i].end] for i in sorted({t.sentence for t in g.triggers}))
    if forces and forces[0].name.startswith("Military Forces of") and _POLICE.search(text) and not _ARMY.search(text):
        # "Police in Burundi's capital used tear gas": the police of the place, whatever state or demonym the actor
        # stage read ("a protest over the killing of Congolese refugees").
        pcc = cc or forces[0].country_code
        forces = [forces[0].model_copy(update={"name": police_name(pcc), "country_code": pcc, "sector": "COP",
                                               "code": alpha3(pcc)})]
    if not forces and sub != "Peaceful protest" and cc:
        if _POLICE.search(text):
            forces = [Actor(name=police_name(cc), country_code=cc, sector="COP", role="recipient",
                            code=alpha3(cc))]
        elif _ARMY.search(text):
            forces = [Actor(name=forces_name(cc), country_code=cc, sector="MIL", role="recipient",
                            code=alpha3(cc))]
    return crowd + forces[:1]
