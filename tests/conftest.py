"""Shared test fixtures: paths to the seed story and shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SEED = ROOT / "examples" / "kyiv-airstrikes.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The reference wire story (bundled in examples/)."""
    return SEED.read_text(encoding="utf-8")
