"""Review fixes of wire stories round 6: a site's offset needs a fit anchor, and its owner is the act's target."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import is_violent

_DAY = date(1987, 10, 19)


def _where(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.location.name, e.location.country_code) if e.location else (None, None)
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_a_large_country_or_a_possessive_anchors_no_offset() -> None:
    big = _where("Iraqi guns shelled Iran on Sunday, striking a border post 12 km east of Iraq near the marshes.")
    owned = _where("Israeli jets bombed Lebanon on Sunday, striking a camp 15 miles north of Lebanon's main port.")
    assert all(n is not None and " of " not in n for n, _ in big + owned)  # were points off the countries' centres


def test_an_unread_name_between_of_and_a_country_is_no_filler() -> None:
    got = _where("French gunboats shelled an Iranian oil platform some 90 miles west of Xorvath Shoal near Qatar.")
    assert all(n is None or "Xorvath" not in n for n, _ in got)  # was a point measured from the stand-in's country


def test_the_attackers_ships_or_another_paragraphs_site_is_no_owner() -> None:
    ships = _where("French navy ships shelled an Iranian offshore rig some 90 miles west of Qatar at dawn.")
    assert ships == [("90 miles west of Qatar", "IR")]  # was FR, the attacker's ships
    other = _where("A Saudi tanker unloaded its cargo in Rotterdam a week ago.\n\nFrench destroyers pounded an "
                   "offshore rig some 90 miles west of Qatar at dawn.")
    assert other == [("90 miles west of Qatar", None)]  # was SA, told in another story's paragraph
    flag = _where("Two days after a Saudi mine holed a French flag tanker, French destroyers pounded an offshore rig "
                  "some 90 miles west of Qatar at dawn.")
    assert flag == [("90 miles west of Qatar", None)]  # was FR: a ship's flag owns no site


def test_a_capitalised_unit_is_read() -> None:
    got = _where("French destroyers pounded an Iranian offshore rig some 90 Miles west of Qatar at dawn.")
    assert got == [("90 Miles west of Qatar", "IR")]  # was Iran's country point


def test_a_possessive_country_owns_the_site_the_act_hit() -> None:
    # Kept from round 6 (the possessive was read by the old owner scan): "fired ... at Iran's <name> oil rig".
    got = _where("French destroyers fired some 800 rounds of shells at Iran's Sabalan oil rig 90 miles west of Qatar.")
    assert got == [("90 miles west of Qatar", "IR")]


def test_nautical_miles_are_read() -> None:
    text = "French destroyers pounded an Iranian offshore rig some {} west of Qatar at dawn."
    [sea] = [e.location for e in extract(text.format("50 nautical miles"), published=_DAY) if is_violent(e)]
    [land] = [e.location for e in extract(text.format("93 km"), published=_DAY) if is_violent(e)]
    assert sea is not None and land is not None and sea.name == "50 nautical miles west of Qatar"  # was Iran
    assert abs((sea.lon or 0) - (land.lon or 0)) < 0.02  # 50 nautical miles are 93 km
