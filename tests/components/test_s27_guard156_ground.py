"""Session 27 (guard156): a site, position, road or island taken by an armed party is ground taken, not "no place"."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

from eventwire.api import load_pipeline
from eventwire.model import Article

DAY = date(2023, 1, 5)


def _no_place(text: str) -> bool:
    """The text gives no event and the no-place guard is why."""
    doc = load_pipeline()(Article(text=text, published=DAY))
    return not doc.events and any("no place" in str(d.get("reason")) for d in doc.decisions)


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


def test_a_named_armed_group_takes_ground() -> None:
    assert coded("Al-Shabaab seized the highway near Kismayo on Monday.", DAY) == {
        ("Non-state actor overtakes territory", "Kismayo")}


def test_people_or_goods_seized_on_a_road_or_at_a_site_are_still_no_place() -> None:
    assert coded("Police captured the suspect on the road to Kano on Monday.", DAY) == set()
    doc = load_pipeline()(Article(text="Troops seized weapons at the site near Gao on Monday.", published=DAY))
    assert not [e for e in doc.events if "territory" in (e.sub_event_type or "")]
    assert any("no place" in str(d.get("reason")) for d in doc.decisions)


def test_police_or_a_mishap_take_no_ground() -> None:
    # Review D1: road and site are common words in police, traffic and civil copy; only an armed taker fights for them.
    for text in ("Police seized the road block near Mombasa on Tuesday.",
                 "Police took control of the site of the illegal party near Leeds on Sunday.",
                 "Police took control of the road after the pile-up near Tulsa on Friday."):
        assert _no_place(text), text
    assert _no_place("The army took control of the road after the mudslide near Pokhara on Friday.")


def test_the_ground_noun_must_end_its_phrase() -> None:
    # Review D2: "road block", "road race" and "position of <office>" are no ground held by a side.
    for text in ("The army seized the position of head of state in Bamako on Tuesday.",
                 "Gunmen seized the road block near Quetta on Tuesday.",
                 "Militants captured the road race staff near Quetta on Tuesday."):
        assert _no_place(text), text


def test_a_road_between_two_towns_is_not_two_events() -> None:
    # Review D7: the list reader would make one stretch of road two events; the road between two towns is left uncoded.
    assert coded("The M23 rebels seized the road between Goma and Sake on Tuesday.", DAY) == set()
    assert coded("Russian forces captured the road from Bakhmut to Soledar on January 4.", DAY) == {
        ("Armed clash", "Bakhmut")}
