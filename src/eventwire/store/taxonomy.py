"""ACLED's event types and sub-event types, for checking and normalising query filters."""

from __future__ import annotations

import difflib

# ACLED codebook: 6 event types, 25 sub-event types (DESIGN.md, "Ontologies").
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
SUB_TYPES = {sub: parent for parent, subs in ACLED_TYPES.items() for sub in subs}
# A filter value, not an ACLED type: the PLOVER-only events (threats, calls, requests), stored with no ACLED type.
POLITICAL = "Political"


def _canonical(value: str, names: list[str], what: str, noun: str) -> str:
    """`value` as spelled in ACLED's list (case and spacing aside), else a ValueError that suggests the nearest."""
    key = " ".join(value.split()).casefold()
    for name in names:
        if name.casefold() == key:
            return name
    near = difflib.get_close_matches(value, names, n=2, cutoff=0.6)
    hint = f"did you mean {' or '.join(repr(n) for n in near)}?" if near else f"one of: {', '.join(names)}"
    raise ValueError(f"{what} is not an ACLED {noun}; {hint}")


def event_type_name(value: str) -> str:
    """The ACLED event type named by `value` ("battles" -> "Battles"), or POLITICAL for events with none."""
    return _canonical(value, [*ACLED_TYPES, POLITICAL], "event_type", "event type")


def sub_type_name(value: str) -> str:
    """The ACLED sub-event type named by `value` ("air/drone strike" -> "Air/drone strike")."""
    return _canonical(value, list(SUB_TYPES), "sub_event_type", "sub-event type")
