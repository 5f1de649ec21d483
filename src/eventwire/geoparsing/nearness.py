"""How many of a text's anchor places lie within 300 km of each reading of a name (resolution's nearness vote)."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from eventwire.gazetteer import Gazetteer

NEAR_KM = 300.0
# Up to this many (reading, anchor) pairs plain floats beat numpy's fixed cost per call (a news story: ~12 pairs).
_SMALL = 24
# A distance this near the threshold is settled by the numpy formula, so the count is numpy's to the last bit.
_EDGE_KM = 1e-3


def _near(gz: Gazetteer, ids: list[int], anchors: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """For each record, how many anchor points (radians; each counted `weights` times) lie within 300 km."""
    if not len(anchors):
        return np.zeros(len(ids))
    lat = np.radians(gz.lat[ids])[:, None]
    lon = np.radians(gz.lon[ids])[:, None]
    alat, alon = anchors[:, 0][None, :], anchors[:, 1][None, :]
    a = np.sin((alat - lat) / 2) ** 2 + np.cos(lat) * np.cos(alat) * np.sin((alon - lon) / 2) ** 2
    km = 12742.0 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
    return (km < NEAR_KM) @ weights  # type: ignore[no-any-return]


class Anchors:
    """A text's anchor places: (lat°, lon°, name key) → how often the text names it; built once per text."""

    def __init__(self, rows: Counter[tuple[float, float, str]]):
        rad, cos = math.radians, math.cos
        # (name key, weight, lat rad, lon rad, cos lat) for the plain-float path.
        self.rows = [(k, w, rad(la), rad(lo), cos(rad(la))) for (la, lo, k), w in rows.items()]
        self.points = np.radians(np.array([r[:2] for r in rows], dtype=np.float64).reshape(-1, 2))
        self.keys = np.array([r[2] for r in rows], dtype=object)
        self.weights = np.array(list(rows.values()), dtype=np.int64)

    def __len__(self) -> int:
        return len(self.rows)

    def counts(self, gz: Gazetteer, ids: list[int], key: str) -> list[float]:
        """For each record, the anchors of other names than `key` within 300 km (each counted by its weight)."""
        others = [r for r in self.rows if r[0] != key]
        if not others:
            return [0.0] * len(ids)
        if len(ids) * len(others) <= _SMALL and (got := _near_small(gz, ids, others)) is not None:
            return got  # type: ignore[return-value]
        mask = self.keys != key
        return _near(gz, ids, self.points[mask], self.weights[mask]).tolist()  # type: ignore[no-any-return]


def _near_small(gz: Gazetteer, ids: list[int], others: list[tuple[str, int, float, float, float]]) -> list[int] | None:
    """The counts in plain floats; None when a distance lies within `_EDGE_KM` of the threshold (last-bit doubt)."""
    rad, sin, cos, asin, sqrt = math.radians, math.sin, math.cos, math.asin, math.sqrt
    out: list[int] = []
    for i in ids:
        lat, lon = rad(float(gz.lat[i])), rad(float(gz.lon[i]))
        clat = cos(lat)
        n = 0
        for _, w, alat, alon, calat in others:
            a = sin((alat - lat) / 2) ** 2 + clat * calat * sin((alon - lon) / 2) ** 2
            km = 12742.0 * asin(sqrt(min(a, 1.0)))
            if abs(km - NEAR_KM) < _EDGE_KM:
                return None
            if km < NEAR_KM:
                n += w
        out.append(n)
    return out
