"""ACLED-compatible CSV: ACLED's columns and coding conventions (conservative fatalities, inter codes)."""

from __future__ import annotations

import csv
import re
import time
from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

from eventwire.components.actors import CROWDS, acled_country, acled_inter, acled_name
from eventwire.export.acled_geo import iso_numeric, region
from eventwire.export.common import (
    ExportResult,
    actors_with_role,
    iso3,
    one_line,
    position,
    safe_cell,
    source_labels,
)
from eventwire.model import Actor, Count, DateSpan, Event

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

POLITICAL_VIOLENCE = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
# ACLED's stand-ins for a side the report leaves unnamed, "<name> (<country>)" with its inter code (codebook): the
# crowds the event coder names too, and an unidentified armed group.
STAND_IN_ACTOR1 = CROWDS
UNIDENTIFIED = ("Unidentified Armed Group", 3)
PROTESTERS = STAND_IN_ACTOR1["Protests"]
EXCESSIVE_FORCE = "Excessive force against protesters"
CIVILIANS = ("Civilians", 7)
ARMED = {1, 2, 3, 4, 8}  # state forces, rebels, militias, external forces: never civilians
# ACLED marks these civilian targeting whoever the record names as the target.
ALWAYS_CIVILIAN = ("Violence against civilians", EXCESSIVE_FORCE)
FORCE_ON_PROTEST = (EXCESSIVE_FORCE, "Protest with intervention")
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "unknown": 3}


def time_precision(span: DateSpan) -> int:
    """ACLED's time_precision: 1 a day, 2 up to a week ("June 27-29"), 3 longer than a week (a month, a year, unknown)."""
    if span.start is None:
        return 3
    days = ((span.end or span.start) - span.start).days
    by_span = 1 if days <= 0 else 2 if days <= 7 else 3
    return max(TIME_PRECISION[span.precision], by_span)

# ACLED codebook: vague fatality reports get fixed conservative values.
_VAGUE = (
    (re.compile(r"\btens of thousands\b"), 10000),
    (re.compile(r"\bthousands\b"), 1000),
    (re.compile(r"\bhundreds\b"), 100),
    (re.compile(r"\bdozens\b"), 12),
    (re.compile(r"\btens\b"), 10),
    (re.compile(r"\b(several|many|numerous|multiple|scores)\b"), 10),
)
_NUMERAL = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|dozen|a dozen)\b"
)


def acled_fatalities(count: Count) -> int:
    """ACLED's figure: the most conservative stated number; vague quantifiers by ACLED's table."""
    text = " ".join((count.text or "").lower().split())
    stated = next((v for v in (count.low, count.best, count.high) if v is not None), None)
    # A vague word alone ("dozens were killed") is re-derived; an explicit numeral keeps the stated low.
    if text and not _NUMERAL.search(text):
        for pattern, value in _VAGUE:
            if pattern.search(text):
                return value
    return stated if stated is not None else 0


def inter_code(actor: Actor, event_cc: str | None) -> int:
    """ACLED inter code of an actor (its own `inter` when set); state forces outside their own country are 8."""
    return actor.inter or acled_inter(actor, event_cc)


def _names(actors: list[Actor], day: date | None) -> list[str]:
    # ACLED names, once each: "Vladimir Putin" and "Russia" both act as "Government of Russia (2000-)".
    out: list[str] = []
    for a in actors:
        name = acled_name(a, day)
        if name not in out:
            out.append(name)
    return out


def disorder_type(event_type: str, sub_event_type: str | None) -> str:
    """ACLED disorder type of an event type."""
    if sub_event_type == EXCESSIVE_FORCE:
        return "Political violence; Demonstrations"
    if sub_event_type == "Mob violence" or event_type in POLITICAL_VIOLENCE:
        return "Political violence"
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    return "Strategic developments"


def _notes(event: Event, day: date | None, actor1: str, location: str, fatalities: int) -> str:
    when = f"On {day.day} {day:%B %Y}" if day else "On an unknown date"
    what = (event.sub_event_type or event.event_type or "event").lower()
    text = f"{when}, {what}"
    if actor1:
        text += f" by {actor1}"
    if location:
        text += f" in {location}"
    text += "."
    if event.evidence:
        text += " " + one_line(event.evidence[0].text, 400)
    if fatalities:
        text += f" [{fatalities} fatalit{'y' if fatalities == 1 else 'ies'}]"
    return text


def row(event: Event, timestamp: int) -> dict[str, Any] | None:
    """The ACLED row of one event, or None when it has no ACLED event type."""
    if not event.event_type:
        return None
    loc = event.location
    cc = loc.country_code if loc else None
    day = event.date.start
    first_actors = actors_with_role(event, "actor")
    recipients = actors_with_role(event, "recipient")
    names1, names2 = _names(first_actors, day), _names(recipients, day)
    second = recipients[0] if recipients else None
    if not names2 and len(names1) > 1 and event.sub_event_type == "Agreement":
        # An agreement has two parties, not an actor and its associate (ACLED: actor1 and actor2).
        names2 = [names1.pop(1)]
        second = next(a for a in first_actors if acled_name(a, day) == names2[0])
    inter1 = inter_code(first_actors[0], cc) if first_actors else 0
    inter2 = inter_code(second, cc) if second else 0
    country = acled_country(cc)
    if event.event_type == "Protests" and names1 and inter1 in ARMED and inter1 not in (1, 8) \
            and event.sub_event_type not in FORCE_ON_PROTEST and country:
        # "IPOB members protested", "STC supporters rallied": the party's own crowd; ACLED names the party as the
        # demonstrators' associate, not as a force acting on them.
        names1, inter1 = [f"{PROTESTERS[0]} ({country})", *names1], PROTESTERS[1]
    if event.event_type == "Protests" and names1 and inter1 in ARMED:
        # ACLED lists the demonstrators as actor1 of every protest and the force that intervened or fired on them
        # ("Police fired on protesters") as actor2 (interaction 16); a named unarmed group ("doctors") stays actor1.
        demonstrators = (names2, inter2) if names2 and inter2 not in ARMED else ([], 0)
        names2, inter2 = names1, inter1
        names1, inter1 = demonstrators
    if country and not names1 and event.event_type in STAND_IN_ACTOR1.keys() | POLITICAL_VIOLENCE:
        # ACLED always names actor1: unnamed attackers, demonstrators and rioters get its generic actors.
        stand_in, inter1 = STAND_IN_ACTOR1.get(event.event_type, UNIDENTIFIED)
        names1 = [f"{stand_in} ({country})"]
    if event.event_type == "Violence against civilians" and inter2 not in ARMED:
        # ACLED codes every victim as civilians (inter 7): "Civilians (Ukraine)", a named group as its associate. A
        # force named as the victim is the coding's own doubt, kept as it is rather than called civilians.
        civilians = f"{CIVILIANS[0]} ({country})" if country else None
        if civilians:
            names2 = [civilians] + [n for n in names2 if n != civilians]
        if names2:
            inter2 = CIVILIANS[1]
    # ACLED's interaction code: both actor types, smaller first (78 = external forces vs civilians); 10*inter alone.
    interaction = 10 * min(inter1, inter2) + max(inter1, inter2) if inter1 and inter2 else 10 * (inter1 or inter2)
    fatalities = acled_fatalities(event.fatalities)
    civilian = event.event_type in ALWAYS_CIVILIAN or event.sub_event_type in ALWAYS_CIVILIAN or (
        event.event_type in POLITICAL_VIOLENCE and any((a.sector or "").upper() in ("CVL", "CIV") for a in recipients)
    )
    actor1 = names1[0] if names1 else ""
    # Force used on a protest: the notes name who used it (actor2), not "excessive force ... by Protesters (X)".
    doer = (names2[0] if names2 else "") if event.sub_event_type in FORCE_ON_PROTEST else actor1
    location = loc.name if loc else ""
    point = position(loc)
    values: dict[str, Any] = {
        # ISO-3 then the id's hex digits: "ev_" (an article's event) and "cev_" (a merged one) are not ACLED's.
        "event_id_cnty": f"{iso3(cc) or 'XXX'}{event.id.split('_', 1)[-1]}",
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else "",
        "time_precision": time_precision(event.date),  # event_date is the span's first day
        "disorder_type": disorder_type(event.event_type, event.sub_event_type),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type or "",
        "actor1": actor1,
        "assoc_actor_1": "; ".join(names1[1:]),
        "inter1": inter1 or "",
        "actor2": names2[0] if names2 else "",
        "assoc_actor_2": "; ".join(names2[1:]),
        "inter2": inter2 or "",
        "interaction": interaction or "",
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": iso_numeric(cc) or "",
        "region": region(cc),
        "country": country,
        "admin1": (loc.admin1 or "") if loc else "",
        "admin2": (loc.admin2 or "") if loc else "",
        "admin3": "",
        "location": location,
        # Finite WGS84 degrees only ("nan" is no coordinate), from the stored value: rounding twice moves a digit.
        "latitude": f"{loc.lat:.4f}" if loc and loc.lat is not None and point else "",
        "longitude": f"{loc.lon:.4f}" if loc and loc.lon is not None and point else "",
        "geo_precision": min(max(loc.precision, 1), 3) if loc else 3,
        "source": "; ".join(source_labels(event)),
        "source_scale": "",
        "notes": _notes(event, day, doer, location, fatalities),
        "fatalities": fatalities,
        "tags": "; ".join(f.code for f in event.flags),
        "timestamp": timestamp,
    }
    return {k: safe_cell(v) if isinstance(v, str) else v for k, v in values.items()}


def write_acled(events: Iterable[Event], stream: TextIO, timestamp: int | None = None) -> ExportResult:
    """ACLED CSV; events without an ACLED event type (non-violent PLOVER-only events) or a date are skipped."""
    stamp = int(time.time()) if timestamp is None else timestamp
    writer = csv.DictWriter(stream, fieldnames=COLUMNS)
    writer.writeheader()
    result = ExportResult()
    for event in events:
        values = row(event, stamp)
        if values is not None and not values["event_date"]:
            # ACLED requires event_date: a row with none breaks the tools that read the file.
            result.undated += 1
            values = None
        if values is None:
            result.skipped += 1
            continue
        writer.writerow(values)
        result.written += 1
    return result
