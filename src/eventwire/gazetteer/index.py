"""The loaded gazetteer: columnar place records and a name automaton."""

from __future__ import annotations

import math
import pickle
import threading
from collections.abc import Container
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.config import load_settings
from eventwire.errors import GazetteerError
from eventwire.gazetteer.normalize import name_key
from eventwire.gazetteer.sources import SYNTHETIC_BASE


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """One gazetteer entry, read out of the columnar index."""

    idx: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country_code: str
    feature_class: str
    feature_code: str
    population: int
    admin1: str
    admin2: str

    def as_dict(self) -> dict[str, Any]:
        """Plain dict for JSON output."""
        return {k: getattr(self, k) for k in self.__slots__ if k != "idx"}


class Gazetteer:
    """Read-only place index: names → candidate records."""

    def __init__(self, data: dict[str, Any], path: Path | None = None):
        self.path = path
        self.automaton = data["automaton"]
        self.gid: np.ndarray = data["gid"]
        self.lat: np.ndarray = data["lat"]
        self.lon: np.ndarray = data["lon"]
        self.pop: np.ndarray = data["pop"]
        # The per-record columns are tuples, not lists: a tuple of strings or ints drops out of the garbage
        # collector's tracking after its first pass, a list never does, and every full collection walked these
        # 273k-entry columns (75 ms per collection, a few per 1,000 articles; 27 ms with tuples).
        self.pops: tuple[int, ...] = tuple(self.pop.tolist())  # plain ints: per-record lookups in Python loops are 3x faster
        self.names: tuple[str, ...] = tuple(data["name"])
        self.admin_source: str | None = data.get("admin_source")  # where admin units came from (build.py)
        t = data["tables"]
        self._tables = t
        self.cc = tuple(t["cc"][i] for i in t["cc_idx"])
        self.fclass = tuple(t["fclass"][i] for i in t["fclass_idx"])
        self.fcode = tuple(t["fcode"][i] for i in t["fcode_idx"])
        self.admin1 = tuple(t["admin1"][i] for i in t["admin1_idx"])
        self.admin2 = tuple(t["admin2"][i] for i in t["admin2_idx"])
        self._flat: np.ndarray = data["cand_flat"]
        self._off: np.ndarray = data["cand_off"]
        self.key_len: tuple[int, ...] = tuple(data["key_len"].tolist())
        self.by_gid = {int(g): i for i, g in enumerate(self.gid.tolist())}
        self.country_idx = {self.cc[i]: i for i, fc in enumerate(self.fcode) if fc == "PCLI"}
        self.admin_idx = {c: i for i, c in enumerate(self.admin1) if self.fcode[i] == "ADM1"}
        self.admin_idx.update({c: i for i, c in enumerate(self.admin2) if self.fcode[i] == "ADM2"})
        self.admin1_names: dict[str, str] = data.get("admin1_names", {})
        self.capital_idx = {self.cc[i]: i for i, fc in enumerate(self.fcode) if fc == "PPLC"}
        self._renames: dict[str, str] | None = None
        self._first_words: dict[str, None] | None = None
        self._first_list: tuple[str, ...] = tuple(data["first_words"])
        self._main_keys: dict[int, str] = {}  # filled lazily: only the records texts name are ever asked
        self._key_ids: dict[int, list[int]] = {}  # likewise, per name key the texts hold
        self._records: dict[int, PlaceRecord] = {}  # and per record (frozen, so one object serves every ask)
        # Facts the recogniser derives from a name's readings alone (key id → facts), kept across texts; the
        # resolver's priors per (name key, acronym, main-name bonus, readings) and unit codes per (surface, readings).
        self.name_memos: dict[str, dict[Any, Any]] = {"facts": {}, "size": {}, "flags": {}, "priors": {}, "units": {}}

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Load an index file written by `build.write_index`."""
        try:
            with open(path, "rb") as fh:
                data = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError) as exc:
            raise GazetteerError(f"cannot read gazetteer index {path}: {exc}") from exc
        return cls(data, path)

    def __len__(self) -> int:
        return len(self.gid)

    def key_candidates(self, kid: int) -> list[int]:
        """Record indices for an automaton key id (a fresh list: callers may change it)."""
        ids = self._key_ids.get(kid)
        if ids is None:  # memoised per key: texts repeat their names, and numpy slicing costs more than a copy
            ids = self._key_ids[kid] = self._flat[self._off[kid] : self._off[kid + 1]].tolist()
        return list(ids)

    def candidates(self, name: str) -> list[int]:
        """Record indices whose names include `name` (case/accents ignored)."""
        kid = self.automaton.get(name_key(name), -1)
        return [] if kid < 0 else self.key_candidates(kid)

    def first_words(self) -> Container[str]:
        """Every name key's first word (up to its first non-word character; stored by the build): a word no name
        starts with needs no walk of the automaton's trie."""
        if self._first_words is None:
            # A dict of strings, not a frozenset: it drops out of the garbage collector's tracking, a set never does.
            self._first_words = dict.fromkeys(self._first_list)  # 0.05 s, once (Geoparser.warm)
        return self._first_words

    def main_key(self, i: int) -> str:
        """`name_key` of record `i`'s main name (memoised: resolution asks it for the same records often)."""
        k = self._main_keys.get(i)
        if k is None:
            k = self._main_keys[i] = name_key(self.names[i])
        return k

    def record(self, i: int) -> PlaceRecord:
        """The record at index `i` (memoised: building one reads five numpy columns)."""
        rec = self._records.get(i)
        if rec is None:
            gid = int(self.gid[i])
            rec = self._records[i] = PlaceRecord(
                i, gid if gid < SYNTHETIC_BASE else None, self.display_name(i), float(self.lat[i]), float(self.lon[i]),
                self.cc[i], self.fclass[i], self.fcode[i], int(self.pop[i]), self.admin1[i], self.admin2[i],
            )
        return rec

    def display_name(self, i: int) -> str:
        """The name records show: an admin-1 unit's current English name ("Kyiv Oblast", not GeoNames' "Kiev")."""
        # Only the shown name: matching keeps the index's names (`main_key`), so resolution does not change.
        if self.fcode[i] == "ADM1":
            return self._renamed().get(self.admin1[i]) or self.names[i]
        return self.names[i]

    def _renamed(self) -> dict[str, str]:
        """Admin-1 codes whose readable name is a renaming ("Kiev" → "Kyiv Oblast"), not GeoNames' ASCII spelling."""
        if self._renames is None:  # 7 ms, once, and only when a record of a unit is shown
            from eventwire.gazetteer.sources import admin_rows

            # Keeps "Västernorrland" and "Île-de-France" as GeoNames writes them (the table holds their ASCII forms).
            ascii_names = {code: ascii_name or name for code, name, ascii_name, _ in admin_rows(1)}
            self._renames = {c: n for c, n in self.admin1_names.items() if n != ascii_names.get(c, n)}
        return self._renames

    def admin1_name(self, code: str) -> str | None:
        """The readable name of an admin-1 code ("UA.13" → "Kyiv Oblast"); None for an empty or unknown code."""
        return self.admin1_names.get(code) if code else None

    def info(self) -> dict[str, Any]:
        """Counts by feature class and the index location."""
        counts: dict[str, int] = {}
        for fc in self.fcode:
            counts[fc] = counts.get(fc, 0) + 1
        return {"path": str(self.path) if self.path else None, "places": len(self),
                "names": len(self._off) - 1, "feature_codes": counts,
                "size_mb": round(self.path.stat().st_size / 1e6, 1) if self.path else None,
                "admin_tables": self.admin_source}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def cache_dir() -> Path:
    """The `cache_dir` setting (`$EVENTWIRE_CACHE` or `$EVENTWIRE_CACHE_DIR`, eventwire.toml, ~/.cache/eventwire)."""
    # Read per call: the CLI and tests change the settings at run time.
    return Path(load_settings()["cache_dir"]).expanduser()


_LOCK = threading.Lock()
