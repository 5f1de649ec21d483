"""Round 24 (session 6): place readings that do not fit the story's geography are dropped (sentences written here)."""

from __future__ import annotations

import datetime as dt

from eventwire.api import extract
from eventwire.evaluate.common import haversine_km

DAY = dt.date(2022, 6, 9)


def _places(text: str, day: dt.date = DAY) -> list[tuple[str | None, str | None, float | None, float | None]]:
    out = []
    for e in extract(text, published=day):
        loc = e.location
        out.append((loc.name, loc.admin1, loc.lat, loc.lon) if loc else (None, None, None, None))
    return out


def test_a_common_village_name_far_from_its_paragraph_is_not_placed() -> None:
    # Mykolaivka is the name of many Ukrainian villages: a reading over 30 km from every town of the paragraph is a
    # guess among namesakes, not the village the report means.
    text = ("Russian forces continued unsuccessful attacks on Vrubivka and Mykolaivka near the highway and shelled "
            "Bakhmut on June 9.")
    places = _places(text)
    towns = [(lat, lon) for name, _, lat, lon in places if name in ("Vrubivka", "Bakhmut") and lat is not None]
    assert len(towns) == 2
    for name, _, lat, lon in places:
        if name == "Mykolaivka":
            assert lat is not None and lon is not None
            assert min(haversine_km(lat, lon, a, b) for a, b in towns) <= 30.0


def test_a_common_village_name_with_a_told_distance_is_left_to_the_offset() -> None:
    # The text says where ("a settlement approximately 23 kilometers east of Izyum"): the rule does not drop it.
    text = ("Russian forces shelled Izyum and Kharkiv on May 13. Russian forces then made one more failed "
            "assault on Oleksandrivka, a settlement approximately 23 kilometers east of Izyum, on May 13.")
    assert any(name == "Oleksandrivka" for name, _, _, _ in _places(text, dt.date(2022, 5, 13)))


def test_a_person_named_like_a_far_town_is_no_place_of_the_story() -> None:
    # Hassan is also a town in Karnataka, India: 4,000 km from every other place of this Iraqi story.
    text = ("Car bombs killed 16 people in Baghdad on Saturday. Gunmen attacked a police station in Mosul and insurgents "
            "fired mortars in Samarra. A roadside bomb exploded near Kirkuk. Adel Hassan, a police officer hurt in the "
            "head in the attack, said a suicide bomber drove a car into the police station in Hassan before it "
            "exploded.")
    places = _places(text, dt.date(2004, 12, 4))
    assert any(admin1 == "Baghdad" for _, admin1, _, _ in places)
    assert all(admin1 != "Karnataka" for _, admin1, _, _ in places)


def test_a_far_town_in_a_story_of_several_countries_is_kept() -> None:
    # Strikes told in two countries far apart: neither is an outlier of a one-country story.
    text = ("Israeli strikes hit Gaza City, Rafah and Khan Younis on Saturday. Ukrainian drones struck Moscow and "
            "Kursk. Russian missiles hit Kyiv and Kharkiv on Saturday.")
    names = {name for name, _, _, _ in _places(text, dt.date(2024, 5, 4))}
    assert {"Kyiv", "Kharkiv"} <= names


def _codings(text: str, day: dt.date = DAY) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=day)]


def test_a_reconnaissance_in_force_is_a_fight_at_its_place() -> None:
    got = _codings("Ukrainian forces repelled a Russian reconnaissance-in-force attempt near Pytomnyk, about 10km north "
                   "of Kharkiv City.")
    assert ("Armed clash", "Pytomnyk") in got


def test_aerial_reconnaissance_is_no_fight() -> None:
    assert _codings("Russian forces focused on conducting aerial reconnaissance near Siversk.") == []


def test_a_foreign_force_taking_an_unnamed_or_unknown_place_is_a_battle_not_a_regain() -> None:
    # The gazetteer lacks Voevodivka; "the entirety of the city" names no place: the taker is still Russia, in Ukraine.
    for text in ("Severodonetsk city head Oleksandr Stryuk said that Russian forces seized Voevodivka.",
                 "In Mariupol, Putin ordered a halt to the assaults, claiming Russian forces have already captured the "
                 "entirety of the city."):
        subs = {sub for sub, _ in _codings(text)}
        assert "Government regains territory" not in subs
        assert "Armed clash" in subs


def test_a_state_retaking_its_own_town_is_still_a_regain() -> None:
    assert ("Government regains territory", "Ruska Lozova") in _codings(
        "Ukrainian forces recaptured Ruska Lozova, north of Kharkiv, on April 29.")


def test_a_town_after_a_list_of_oblasts_is_one_more_item_and_the_oblast_stays() -> None:
    got = _codings("Russian forces additionally fired on Zaporizhia, Mykolaiv, Dnipropetrovsk Oblasts, and Kryvyi Rih "
                   "on May 12.")
    places = {name for sub, name in got if sub == "Shelling/artillery/missile attack"}
    assert {"Kryvyy Rih", "Dnipropetrovsk Oblast"} <= places


def test_a_border_between_two_named_regions_is_no_town() -> None:
    # README "Region-level events": a border zone is no region, and the regions' capital cities are not where.
    got = _codings("Russian forces continued to launch assaults on settlements along the Kherson-Mykolaiv and "
                   "Kherson-Dnipropetrovsk Oblast border to regain lost positions.", dt.date(2022, 7, 8))
    assert not {name for _, name in got} & {"Kherson", "Mykolayiv", "Mykolaiv"}
    shelled = {name for _, name in _codings("Russian forces shelled Kherson and Mykolaiv on July 8.", dt.date(2022, 7, 8))}
    assert {"Kherson", "Mykolayiv"} <= shelled
