"""Session 27 (guard156): a taken site, position, road or island is ground taken, not "no place"."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

from eventwire.api import load_pipeline
from eventwire.model import Article

DAY = date(2023, 1, 5)


def test_a_site_taken_is_territory() -> None:
    assert coded("Rebels take control of UNESCO site Palmyra", DAY) == {
        ("Non-state actor overtakes territory", "Tadmur")}


def test_ground_named_by_its_kind_is_taken() -> None:
    assert coded("Russian forces captured the Ukrainian position near Bakhmut on January 4.", DAY) == {
        ("Armed clash", "Bakhmut")}
    assert coded("Russian forces seized the northern half of Dudchany on January 4.", DAY) == {
        ("Armed clash", "Dudchany")}
    assert coded("Russian forces took control of the road near Soledar on January 4.", DAY) == {
        ("Armed clash", "Soledar")}


def test_people_or_goods_seized_on_a_road_or_at_a_site_are_still_no_place() -> None:
    for text in ("Police captured the suspect on the road to Kano on Monday.",
                 "The board seized the position of chairman in Lagos."):
        assert coded(text, DAY) == set(), text
    doc = load_pipeline()(Article(text="Troops seized weapons at the site near Gao on Monday.", published=DAY))
    assert not [e for e in doc.events if "territory" in (e.sub_event_type or "")]
    assert any("no place" in str(d.get("reason")) for d in doc.decisions)
