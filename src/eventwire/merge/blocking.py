"""Candidate pairs: blocking on a date window and on distance or a shared admin1."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator

from eventwire.merge.features import Rec
from eventwire.merge.neighbours import neighbours

ROW_DEG = 0.5  # grid rows of half a degree of latitude (55 km: neighbours cover 50 km)
KM_PER_DEG = 111.32


def _row_lon_size(row: int) -> float:
    # Columns widen towards the poles so that a cell stays about 55 km across.
    lat = max(abs(row * ROW_DEG), abs((row + 1) * ROW_DEG))
    return min(360.0, ROW_DEG / max(math.cos(math.radians(min(lat, 89.0))), 0.02))


def _ncols(row: int) -> int:
    return max(1, math.ceil(360.0 / _row_lon_size(row)))


class BlockIndex:
    """Events indexed by (day, grid cell) and (day, country, admin1) for candidate look-ups."""

    def __init__(self, max_days: int = 2, max_km: float = 50.0):
        self.max_days = max_days
        self.max_km = max_km
        self._cells: dict[tuple[int | None, int, int], list[Rec]] = defaultdict(list)
        self._admin: dict[tuple[int | None, str | None, str], list[Rec]] = defaultdict(list)
        # Finer reports by (day, country): a country-level report looks for its one same-day match.
        self._country: dict[tuple[int, str], list[Rec]] = defaultdict(list)
        # Country-level reports named by a party's country, looked up from the neighbours' reports.
        self._party: dict[tuple[int, str], list[Rec]] = defaultdict(list)
        # Country-level reports by (day, attacker's country): placed at that country, or elsewhere
        # (`similarity.from_home`: "Iran's attack" placed at Iran and at Israel).
        self._home: dict[tuple[int, str], list[Rec]] = defaultdict(list)
        self._away: dict[tuple[int, str], list[Rec]] = defaultdict(list)
        # Reports by (day, struck site), placed and unplaced apart: an unplaced report meets a placed one by its site.
        self._sites: dict[tuple[int, str, bool], list[Rec]] = defaultdict(list)

    @staticmethod
    def _cell(lat: float, lon: float) -> tuple[int, int]:
        row = math.floor(lat / ROW_DEG)
        col = math.floor((lon + 180.0) / _row_lon_size(row)) % _ncols(row)
        return row, col

    def _admin_key(self, r: Rec) -> tuple[str | None, str] | None:
        if r.country is None and r.admin1 is None:
            return None
        return r.country, r.admin1 or ""

    def add(self, r: Rec) -> None:
        """Index one event."""
        if r.precise and r.lat is not None and r.lon is not None:
            row, col = self._cell(r.lat, r.lon)
            self._cells[(r.day, row, col)].append(r)
        key = self._admin_key(r)
        if key is not None:
            self._admin[(r.day, key[0], key[1])].append(r)
        elif r.lat is None:
            self._admin[(r.day, None, "")].append(r)  # unplaced events meet other unplaced ones
        if r.country is not None and r.day is not None and not r.coarse:
            self._country[(r.day, r.country)].append(r)
        if r.party_country and r.day is not None and r.country is not None:
            self._party[(r.day, r.country)].append(r)
        if r.day is not None:
            for site in r.sites:
                self._sites[(r.day, site, r.unplaced)].append(r)
            if r.coarse:
                for cc in r.attacker_cc:
                    (self._home if cc == r.country else self._away)[(r.day, cc)].append(r)

    def _days(self, day: int | None) -> list[int | None]:
        if day is None:
            return [None]
        return list(range(day - self.max_days, day + self.max_days + 1))

    def _abroad_coarse(self, r: Rec, cc: str, days: list[int | None]) -> Iterator[Rec]:
        """Country-level reports of a neighbour `cc` that a country-level `r` may be (see `similarity.weak_link`)."""
        # "Boko Haram attack" placed at the group's home (Nigeria) and a report placed in Cameroon.
        for day in days:
            if r.group_home:
                yield from (c for c in self._admin.get((day, cc, ""), ()) if c.coarse)
            elif day is not None:
                yield from (c for c in self._party.get((day, cc), ()) if c.group_home)

    def candidates(self, r: Rec) -> Iterator[Rec]:
        """Indexed events within the date window and near enough or in the same admin1 (may repeat)."""
        days = self._days(r.day)
        if r.precise and r.lat is not None and r.lon is not None:
            row0 = math.floor(r.lat / ROW_DEG)
            for row in (row0 - 1, row0, row0 + 1):
                lat_edge = min(89.0, max(abs(row * ROW_DEG), abs((row + 1) * ROW_DEG)))
                dlon = self.max_km / (KM_PER_DEG * max(math.cos(math.radians(lat_edge)), 0.02))
                size, n = _row_lon_size(row), _ncols(row)
                c_lo = math.floor((r.lon - dlon + 180.0) / size)
                c_hi = math.floor((r.lon + dlon + 180.0) / size)
                cols = {c % n for c in range(c_lo, min(c_hi, c_lo + n - 1) + 1)}
                for day in days:
                    for col in cols:
                        yield from self._cells.get((day, row, col), ())
        key = self._admin_key(r)
        if key is None and r.lat is None:
            key = (None, "")
        if key is not None:
            for day in days:
                yield from self._admin.get((day, key[0], key[1]), ())
        if r.day is not None:
            for site in r.sites:
                yield from self._sites.get((r.day, site, not r.unplaced), ())
        if r.country is not None and r.day is not None:
            if r.coarse:
                yield from self._country.get((r.day, r.country), ())
                for cc in r.attacker_cc:
                    yield from (self._away if cc == r.country else self._home).get((r.day, cc), ())
                for cc in neighbours(r.country):
                    if r.party_country:
                        yield from self._country.get((r.day, cc), ())
                    yield from self._abroad_coarse(r, cc, days)
            else:
                if key != (r.country, ""):
                    yield from (c for c in self._admin.get((r.day, r.country, ""), ()) if c.coarse)
                for cc in neighbours(r.country):
                    yield from self._party.get((r.day, cc), ())
