"""Events as PLOVER JSON Lines (the POLECAT record shape): category, mode, context, actors, place, evidence."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.export.common import ExportResult, actors_with_role, iso3, one_line, position, source_labels
from eventwire.model import Actor, Event

# PLOVER coding for events that carry only an ACLED sub-event type (category, mode); from the PLOVER
# codebook's ASSAULT/PROTEST/COERCE/AGREE modes.
FROM_ACLED: dict[str, tuple[str, str | None]] = {
    "Air/drone strike": ("ASSAULT", "aerial"),
    "Shelling/artillery/missile attack": ("ASSAULT", "heavy-weapons"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives"),
    "Grenade": ("ASSAULT", "explosives"),
    "Suicide bomb": ("ASSAULT", "suicide-attack"),
    "Chemical weapon": ("ASSAULT", "unconventional"),
    "Armed clash": ("ASSAULT", "firearms"),
    "Government regains territory": ("ASSAULT", None),
    "Non-state actor overtakes territory": ("ASSAULT", None),
    "Sexual violence": ("ASSAULT", "sexual"),
    "Attack": ("ASSAULT", None),
    "Abduction/forced disappearance": ("ASSAULT", "abduct"),
    "Excessive force against protesters": ("ASSAULT", "crowd-control"),
    "Peaceful protest": ("PROTEST", "demo"),
    "Protest with intervention": ("PROTEST", "demo"),
    "Violent demonstration": ("PROTEST", "riot"),
    "Mob violence": ("PROTEST", "riot"),
    "Looting/property destruction": ("ASSAULT", "destroy"),
    "Arrests": ("COERCE", "arrest"),
    "Agreement": ("AGREE", None),
}


# The codebook's modes per category (ngec_plover_codebook/PLOVER_structured_codebook_updated.csv); None is "no mode".
CODEBOOK_MODES: dict[str, frozenset[str]] = {
    "ACCUSE": frozenset({"allege", "disapprove", "investigate"}),
    "ASSAULT": frozenset({
        "abduct", "aerial", "assassinate", "beat", "cleansing", "crowd-control", "destroy", "drone", "execute",
        "explosives", "firearms", "heavy-weapons", "massacre", "primitive", "sexual", "suicide-attack", "torture",
        "unconventional",
    }),
    "COERCE": frozenset({"arrest", "ban", "censor", "curfew", "cyber", "deport", "misinformation", "restrict", "seize",
                         "withhold"}),
    "CONSULT": frozenset({"multilateral", "phone", "third-party", "visit"}),
    "MOBILIZE": frozenset({"militia", "police", "troops", "weapons"}),
    "PROTEST": frozenset({"boycott", "demo", "hunger", "obstruct", "riot", "strike"}),
    "REJECT": frozenset({"assist", "change", "meet", "yield"}),
    "REQUEST": frozenset({"assist", "change", "meet", "yield"}),
    "RETREAT": frozenset({"access", "ceasefire", "disarm", "release", "resign", "return", "withdraw"}),
    "SANCTION": frozenset({"convict", "discontinue", "expel", "withdraw"}),
    "THREATEN": frozenset({"arrest", "ban", "expel", "relations", "restrict", "rights", "territory", "violence"}),
}
# The coders' own finer modes, told in the codebook's words ("host": the roles are already visitor -> host).
MODE_ALIASES: dict[tuple[str, str], str] = {
    ("ASSAULT", "artillery"): "heavy-weapons",
    ("ASSAULT", "chemical"): "unconventional",
    ("ASSAULT", "property"): "destroy",
    ("CONSULT", "host"): "visit",
    ("RETREAT", "territory"): "withdraw",
}


def codebook_mode(category: str, mode: str | None) -> str | None:
    """The codebook's mode for a coder's mode; None where the codebook has none for it (ASSAULT "territory")."""
    if mode is None:
        return None
    mode = MODE_ALIASES.get((category, mode), mode)
    return mode if mode in CODEBOOK_MODES.get(category, ()) else None


def _party(a: Actor) -> dict[str, Any]:
    return {
        "name": a.name,
        "code": a.code or iso3(a.country_code),
        "country": iso3(a.country_code),
        "sector": a.sector,
        "text": a.text,
    }


def record(event: Event) -> dict[str, Any] | None:
    """The PLOVER record of one event, or None when it has no PLOVER coding."""
    if event.plover is not None:
        category, mode, context = event.plover.event, event.plover.mode, list(event.plover.context)
    elif event.sub_event_type in FROM_ACLED:
        category, mode = FROM_ACLED[event.sub_event_type]
        context = []
    else:
        return None
    loc = event.location
    point = position(loc)
    evidence = [
        {"article_id": e.article_id, "start": e.start, "end": e.end, "text": e.text, "supports": e.supports}
        for e in event.evidence
    ]
    return {
        "id": event.id,
        "date": event.date.start.isoformat() if event.date.start else None,
        "date_resolution": event.date.precision,
        "event_type": category,
        "mode": codebook_mode(category, mode),
        "context": context,
        "actor": [_party(a) for a in actors_with_role(event, "actor")],
        "recipient": [_party(a) for a in actors_with_role(event, "recipient")],
        "location": (
            {
                "name": loc.name,
                "geonameid": loc.geonameid,
                "lat": point[1] if point else None,  # finite WGS84 or null: a bare NaN is no JSON
                "lon": point[0] if point else None,
                "country": iso3(loc.country_code),
                "admin1": loc.admin1,
                "text": loc.text,
            }
            if loc
            else None
        ),
        "event_text": one_line(event.evidence[0].text) if event.evidence else None,
        "evidence": evidence,
        "article_ids": event.article_ids,
        "sources": source_labels(event),
        "acled": {"event_type": event.event_type, "sub_event_type": event.sub_event_type},
        "confidence": event.confidence,
    }


def write_plover(events: Iterable[Event], stream: TextIO) -> ExportResult:
    """One PLOVER record per line; events without a PLOVER coding (or ACLED mapping) are skipped."""
    result = ExportResult()
    for event in events:
        rec = record(event)
        if rec is None:
            result.skipped += 1
            continue
        stream.write(json.dumps(rec, ensure_ascii=False))
        stream.write("\n")
        result.written += 1
    return result
