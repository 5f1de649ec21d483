"""Component `places.gazetteer.v1`: place mentions resolved with the offline gazetteer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.pipeline.workdoc import WorkDoc


def make(**kwargs: Any) -> Callable[[WorkDoc], WorkDoc]:
    """Factory: `setting` (ISO2) may name the publication's country; `villages = false` leaves out the Ukrainian
    villages the gazetteer lacks, which are otherwise placed at their hromada's approximate point (geoparsing/villages.py)."""
    from eventwire.geoparsing import Geoparser, default_geoparser

    setting = kwargs.get("setting")
    # Loaded when the pipeline is built (once per process), so the first document does not pay ~0.4 s; likewise the
    # word lists and tables the geoparser reads lazily (~0.1 s, else paid by the first texts).
    gp = default_geoparser() if kwargs.get("villages", True) else Geoparser(villages=False)
    gp.warm()

    def places(doc: WorkDoc) -> WorkDoc:
        doc.places = gp.parse(doc.text, article_id=doc.article.id, published=doc.article.published_date,
                              setting=setting)
        return doc

    return places
