"""Component `places.gazetteer.v1`: place mentions resolved with the offline gazetteer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.pipeline.workdoc import WorkDoc


def make(**kwargs: Any) -> Callable[[WorkDoc], WorkDoc]:
    """Factory: `setting` (ISO2) may name the publication's country."""
    setting = kwargs.get("setting")

    def places(doc: WorkDoc) -> WorkDoc:
        from eventwire.geoparse import default_geoparser

        doc.places = default_geoparser().parse(
            doc.text, article_id=doc.article.id, published=doc.article.published_date, setting=setting
        )
        return doc

    return places
