"""The places.gazetteer.v1 component fills doc.places."""

from __future__ import annotations

from datetime import date

from eventwire.components.places import make
from eventwire.model import Article
from eventwire.pipeline.workdoc import WorkDoc


def test_component_sets_places() -> None:
    doc = WorkDoc(Article(text="Drones hit Odesa and Kherson overnight.", published=date(2025, 6, 6)))
    out = make()(doc)
    assert [m.text for m in out.places] == ["Odesa", "Kherson"]
    assert all(m.article_id == doc.article.id and m.country_code == "UA" for m in out.places)
