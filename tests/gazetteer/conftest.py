"""Fixtures shared by the gazetteer tests."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def fv() -> ModuleType:
    """benchmarks/front_villages.py, the generator of the front-line village table."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    return importlib.import_module("front_villages")


@pytest.fixture(scope="module")
def us_town_reads() -> Callable[[str], list[str]]:
    """Parse a text; the mentions read as a US post-office town (ids from `US_TOWN_BASE`)."""
    from eventwire.gazetteer.ustowns import US_TOWN_BASE
    from eventwire.geoparsing import Geoparser

    gp = Geoparser()
    gz = gp.gz

    def reads(text: str) -> list[str]:
        return [m.text for m in gp.parse(text) if any(
            int(gz.gid[i]) >= US_TOWN_BASE and abs(gz.lat[i] - m.lat) < 1e-6 and abs(gz.lon[i] - m.lon) < 1e-6
            for i in gz.candidates(m.text))]

    return reads
