"""Offline gazetteer: built once from registry packages into a cached index, loaded in well under 2 s."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.gazetteer.index import _LOCK, Gazetteer, PlaceRecord, cache_dir, haversine_km
from eventwire.gazetteer.normalize import name_key

__all__ = ["Gazetteer", "PlaceRecord", "build_gazetteer", "gazetteer_info", "haversine_km",
           "index_path", "load_gazetteer", "lookup"]


def index_path() -> Path:
    """Where the index for the current inputs lives (the name carries the input hash)."""
    from eventwire.gazetteer.build import input_hash

    return cache_dir() / f"gazetteer-{input_hash()}.pkl"


def build_gazetteer(force: bool = False) -> Path:
    """Build the index if missing (or always with `force`); returns its path."""
    from eventwire.gazetteer.build import write_index

    path = index_path()
    with _LOCK:
        if force or not path.exists():
            write_index(path)
            _prune_stale(path)
    return path


def _prune_stale(current: Path, idle_days: float = 1.0) -> None:
    """Delete indexes of other inputs (older versions, ~125 MB each) that no run has read for `idle_days`."""
    import time

    cutoff = time.time() - idle_days * 86400
    for old in current.parent.glob("gazetteer-*.pkl"):
        try:
            if old != current and old.stat().st_atime < cutoff:
                old.unlink()
        except OSError:
            continue  # another process removed or is replacing it


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, building the index on first use."""
    return Gazetteer.load(build_gazetteer())


def gazetteer_info() -> dict[str, Any]:
    """Index location, size and counts, and a note for each generated table built against other inputs."""
    from eventwire.gazetteer.build import stale_tables

    return load_gazetteer().info() | {"stale_tables": stale_tables()}


def lookup(name: str, limit: int = 10) -> list[dict[str, Any]]:
    """Places called `name`, best candidates first, with the readable name of their admin-1 unit."""
    gz = load_gazetteer()
    ids = gz.candidates(name)
    if not ids:
        return []
    pick = _bare_pick(gz, name, ids)
    key = name_key(name)
    ids.sort(key=lambda i: _lookup_rank(gz, i, key, pick))
    recs = [gz.record(i) for i in ids[:limit]]
    # The code ("UA.07") is the join key; the readable name is what `places` and `events` print.
    return [r.as_dict() | {"admin1_name": gz.admin1_name(r.admin1)} for r in recs]


# Populated places before the admin units named after them ("Kharkiv" the city, not its oblast or raion).
_TIER = {"PCLI": 0, "PPLC": 0}
_CLASS_TIER = {"P": 1, "A": 2}


def _lookup_rank(gz: Gazetteer, i: int, key: str, pick: int | None) -> tuple[int, int, int, int]:
    """Sort key: the resolver's reading of the bare name, own-name matches (`key`: the name's key), towns before
    units, population."""
    tier = _TIER.get(gz.fcode[i], _CLASS_TIER.get(gz.fclass[i], 3))
    return (i != pick, gz.main_key(i) != key, tier, -gz.pops[i])


def _bare_pick(gz: Gazetteer, name: str, ids: list[int]) -> int | None:
    """The record the geoparser gives `name` alone (a text saying only the name), if it is one of `ids`."""
    from eventwire.geoparsing import Geoparser

    text = name.strip()
    got = Geoparser().resolve_given(text, [(0, len(text))])[0]
    if got is None or got.geonameid is None:
        return None
    return next((i for i in ids if gz.gid[i] == got.geonameid), None)
