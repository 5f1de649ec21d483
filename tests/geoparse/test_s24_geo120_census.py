"""Session 24, geo120: the census splits far-namesake errors by what the stated container did (counts only)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from eventwire.gazetteer import Gazetteer
from eventwire.geoparsing import default_geoparser
from eventwire.geoparsing.boxes import Box


@pytest.fixture(scope="module")
def census() -> ModuleType:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    return importlib.import_module("geo_census")


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return default_geoparser().gz


def _call(boxes: dict[int, Box]) -> dict:
    # Two mentions of one name ("Eureka ... Eureka"): the first is defined, the second has no container of its own.
    return {"keys": ["eureka", "eureka"], "cands": [SimpleNamespace(start=0), SimpleNamespace(start=90)], "inside": boxes}


def test_far_namesakes_are_split_by_the_stated_container(census: ModuleType, gz: Gazetteer) -> None:
    nunavut = next(i for i in gz.candidates("Nunavut") if gz.fcode[i] == "ADM1")
    box = Box(a1={gz.admin1[nunavut]}, cc={"CA"}, best=nunavut, stated=True, defined=True)
    far = next(i for i in gz.candidates("Eureka") if gz.cc[i] == "US")
    assert census.far_class(gz, _call({}), 1, far) == "no container read"
    # The second mention takes the name's definition (one sense per discourse).
    assert census.far_class(gz, _call({0: box}), 1, None) == "stand-in (state stated)"
    assert census.far_class(gz, _call({0: box}), 1, far) == "pick outside the stated state (kept)"
    held = Box(a1={gz.admin1[far]}, cc={"US"}, best=far, stated=True, defined=True)
    assert census.far_class(gz, _call({0: held}), 0, far) == "pick held by the stated state"
