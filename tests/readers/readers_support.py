"""Shared paths and helpers for the reader tests."""

from __future__ import annotations

from pathlib import Path

from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.readers import ReadOptions, read_sources

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "readers"
SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"  # bundled copy of the seed story


def read_all(*sources: str | Path, **opts: object) -> tuple[list[Article], list[ReaderError]]:
    """Articles and errors from reading `sources` with the given ReadOptions fields."""
    arts: list[Article] = []
    errs: list[ReaderError] = []
    for item in read_sources([str(s) for s in sources], ReadOptions(**opts)):  # type: ignore[arg-type]
        (arts if isinstance(item, Article) else errs).append(item)  # type: ignore[arg-type]
    return arts, errs
