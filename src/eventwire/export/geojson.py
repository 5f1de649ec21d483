"""Events as a GeoJSON FeatureCollection (RFC 7946); events without coordinates are skipped and counted."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.export.common import ExportResult, figure_columns, position, source_labels
from eventwire.model import Event

__all__ = ["feature", "position", "write_geojson"]


def feature(event: Event) -> dict[str, Any] | None:
    """One event as a Point feature, or None when it has no coordinates."""
    loc = event.location
    point = position(loc)
    if loc is None or point is None:
        return None
    props = {
        "id": event.id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "plover_event": event.plover.event if event.plover else None,
        "date_start": event.date.start.isoformat() if event.date.start else None,
        "date_end": event.date.end.isoformat() if event.date.end else None,
        "date_precision": event.date.precision,  # "year": the span is all that is known, not its first day
        "location": loc.name,
        "country_code": loc.country_code,
        "admin1": loc.admin1,
        "geonameid": loc.geonameid,
        "geo_precision": loc.precision,
        "uncertainty_km": loc.uncertainty_km,  # set on an approximate point (a village at its hromada)
        **figure_columns(event),
        "actors": [a.name for a in event.actors],
        "weapons": [w.kind for w in event.weapons],
        "sources": source_labels(event),
        "flags": [f.code for f in event.flags],
        "confidence": event.confidence,
    }
    props = {k: None if isinstance(v, float) and not math.isfinite(v) else v for k, v in props.items()}
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": {"type": "Point", "coordinates": point},
        "properties": props,
    }


def write_geojson(events: Iterable[Event], stream: TextIO) -> ExportResult:
    """Stream a FeatureCollection; the number skipped is a foreign member `skipped_without_coordinates`."""
    result = ExportResult()
    stream.write('{"type": "FeatureCollection", "features": [')
    for event in events:
        feat = feature(event)
        if feat is None:
            result.skipped += 1
            continue
        stream.write(",\n" if result.written else "\n")
        stream.write(json.dumps(feat, ensure_ascii=False))
        result.written += 1
    stream.write(f'\n], "skipped_without_coordinates": {result.skipped}}}\n')
    return result
