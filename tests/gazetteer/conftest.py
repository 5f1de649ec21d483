"""Fixtures shared by the gazetteer tests."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def fv() -> ModuleType:
    """benchmarks/front_villages.py, the generator of the front-line village table."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    return importlib.import_module("front_villages")
