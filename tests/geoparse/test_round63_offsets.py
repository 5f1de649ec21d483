"""Round 63: of two namesakes that both fit a short stated distance, the one nearest that distance is read."""

from __future__ import annotations

from functools import lru_cache

from eventwire.gazetteer import haversine_km
from eventwire.geoparsing import Geoparser
from eventwire.model import PlaceMention

_BAKHMUT = (48.59419, 37.99886)


@lru_cache(maxsize=1)
def _gp() -> Geoparser:
    return Geoparser()


def _read(text: str, name: str) -> PlaceMention:
    return next(m for m in _gp().parse(text) if m.start == text.index(name))


def _km_from_bakhmut(m: PlaceMention) -> float:
    assert m.lat is not None and m.lon is not None
    return haversine_km(m.lat, m.lon, *_BAKHMUT)


def test_bracketed_distance_picks_the_namesake_that_fits_it() -> None:
    # Two Zaitseves lie within reach of Bakhmut (9 km and 22 km): "8km" is the nearer one.
    m = _read("Ukrainian forces repelled Russian ground attacks near Zaitseve (8km southeast of Bakhmut).", "Zaitseve")
    assert _km_from_bakhmut(m) < 12


def test_comma_distance_picks_the_namesake_that_fits_it() -> None:
    m = _read("Russian troops shelled Zaitseve, 8km southeast of Bakhmut.", "Zaitseve")
    assert _km_from_bakhmut(m) < 12


def test_distance_that_fits_the_farther_namesake_keeps_it() -> None:
    m = _read("Russian troops shelled Zaitseve, 20km south of Bakhmut.", "Zaitseve")
    assert 15 < _km_from_bakhmut(m) < 30
