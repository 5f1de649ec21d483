"""Event-coding evaluation: corpus loaders and the one scorer shared by benchmarks and the CI gate."""

from __future__ import annotations

from typing import Any

from eventwire.errors import UsageError
from eventwire.evaluate.common import DataMissing, Extractor, data_dir

CORPORA = ("muc", "wikievents", "ucdp", "plover", "gold")

__all__ = ["CORPORA", "DataMissing", "Extractor", "data_dir", "run_eval"]


def run_eval(corpus: str, split: str | None = None, limit: int | None = None,
             extractor: Extractor | None = None) -> dict[str, Any]:
    """Score event extraction on a corpus: muc (split dev|tst1|tst2|test), wikievents, ucdp (split train|heldout|all),
    plover, gold (split dev|heldout|all). Returns a JSON-ready dict of figures."""
    if corpus == "muc":
        from eventwire.evaluate.muc import score_muc

        return score_muc(extractor, split or "test", limit)
    if corpus == "wikievents":
        from eventwire.evaluate.wikievents import score_wikievents

        if extractor is not None:
            raise ValueError("wikievents scores the pipeline's WorkDoc; it takes no extractor")
        return score_wikievents(None, limit)
    if corpus == "ucdp":
        from eventwire.evaluate.ucdp import score_ucdp

        return score_ucdp(extractor, limit, None if split in (None, "all") else split)
    if corpus == "plover":
        from eventwire.evaluate.plover import score_plover

        return score_plover(extractor, limit)
    if corpus == "gold":
        from eventwire.evaluate.gold import score_gold

        return score_gold(extractor, None if split in (None, "all") else split, limit)
    raise UsageError(f"unknown corpus {corpus!r}; one of {', '.join(CORPORA)}")
