"""A town told only as the point a direction is taken from ("Olhynka, north of Mariupol") is no place of the act;
the place before it is, and a village picked on a town's axis keeps the villages of the next axes."""

from __future__ import annotations

from datetime import date

from components.coding_helpers import coded
from eventwire.api import load_pipeline
from eventwire.components.assemble_list import axis_villages
from eventwire.geoparsing.event_location_holds import held_by
from eventwire.model import Article, PlaceMention
from eventwire.pipeline.workdoc import Trigger

_DAY = date(2022, 7, 2)


def _at(text: str, name: str, feature: str = "P") -> PlaceMention:
    i = text.index(name)
    return PlaceMention(start=i, end=i + len(name), text=name, name=name, country_code="UA", role="mentioned",
                        feature_class=feature, lat=48.0, lon=37.0)


def test_villages_told_toward_beside_their_anchor_town_are_the_places() -> None:
    got = coded("On July 2 Ukrainian troops repelled Russian attacks toward Olhynka and Krasna Polyana – both towns "
                "north of Mariupol – after heavy fire.", _DAY)
    assert ("Armed clash", "Olhynka") in got
    assert not any(name == "Mariupol" for _, name in got)


def test_the_anchor_town_is_held_by_the_place_before_it() -> None:
    text = "raids toward Brovary, about 20 km east of Kyiv, failed"
    brovary, kyiv = _at(text, "Brovary"), _at(text, "Kyiv")
    assert held_by(text, kyiv, [brovary, kyiv]) is brovary


def test_an_origin_before_the_direction_holds_nothing() -> None:
    # Near miss: "from Belgorod, north of Kharkiv" tells where the guns stood; Belgorod is no place of the act.
    text = "guns fired from Belgorod, north of Kharkiv, at dawn"
    belgorod, kharkiv = _at(text, "Belgorod"), _at(text, "Kharkiv")
    assert held_by(text, kharkiv, [belgorod, kharkiv]) is None


def test_a_town_joined_by_and_is_not_held() -> None:
    # Near miss: "Izyum and south of Kharkiv" are two places, not a place and its anchor.
    text = "shelling hit Izyum and south of Kharkiv overnight"
    izyum, kharkiv = _at(text, "Izyum"), _at(text, "Kharkiv")
    assert held_by(text, kharkiv, [izyum, kharkiv]) is None


def test_a_village_read_as_its_anchor_town_is_placed_on_the_told_side() -> None:
    # "Kupyansk-Vuzlovyi (just east of Kupyansk)" reads the village as the town: the told side places it.
    got = coded("On July 2 Ukrainian officials said their troops had liberated Kupyansk-Vuzlovyi (just east of "
                "Kupyansk) after a week of fighting.", _DAY)
    names = {name for _, name in got}
    assert "Kupyansk-Vuzlovyi" in names
    assert "Kupyansk" not in names


def test_a_village_picked_on_the_first_axis_keeps_the_next_axis() -> None:
    got = coded("On July 2 Russian forces launched airstrikes north of Kharkiv City near Tsyrkuny and northeast of "
                "Kharkiv City near Ruski Tyshky.", _DAY)
    names = {name for _, name in got}
    assert {"Tsyrkuny", "Ruski Tyshky"} <= names
    assert "Kharkiv" not in names


def _axis(text: str, picked: str) -> list[str]:
    doc = load_pipeline()(Article(id="t", text=text, published=_DAY))
    place = next(p for p in doc.places if p.text == picked)
    i = text.index("launched")
    t = Trigger(start=i, end=i + len("launched airstrikes"), text="launched airstrikes", sentence=0,
                event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    return [p.text for p in axis_villages(doc, t, place)]


def test_the_picked_village_of_the_first_axis_lists_every_axis() -> None:
    text = ("On July 2 Russian forces launched airstrikes north of Kharkiv City near Tsyrkuny and northeast of "
            "Kharkiv City near Ruski Tyshky.")
    assert _axis(text, "Tsyrkuny") == ["Tsyrkuny", "Ruski Tyshky"]


def test_a_village_off_the_first_axis_opens_no_axis_list() -> None:
    # Near miss: Tsyrkuny is told before the axes, not on the first one; the axes are Kharkiv's, not its own.
    text = "On July 2 Russian forces launched airstrikes on Tsyrkuny and north of Kharkiv City near Ruski Tyshky."
    assert _axis(text, "Tsyrkuny") == []


def test_a_suburb_told_with_its_city_is_the_place() -> None:
    got = coded("On July 2 Ukrainian units repelled a Russian assault toward Brovary (an eastern suburb of Kyiv) "
                "at dawn.", _DAY)
    assert ("Armed clash", "Brovary") in got
    assert not any(name == "Kyiv" for _, name in got)


def test_the_suburbs_of_a_city_with_no_village_keep_the_city() -> None:
    # Near miss: no place is told before "the suburbs of", so the city is where the shelling was.
    got = coded("On July 2 Russian artillery kept shelling the northern suburbs of Kharkiv City.", _DAY)
    assert ("Shelling/artillery/missile attack", "Kharkiv") in got


def test_a_place_across_the_border_holds_no_anchor() -> None:
    # Near miss: a Russian town told by its bearing from a Ukrainian city is no part of the city's place.
    text = "troops based in Kursk, east of Sumy, fired at dawn"
    kursk, sumy = _at(text, "Kursk"), _at(text, "Sumy")
    kursk = kursk.model_copy(update={"country_code": "RU"})
    assert held_by(text, sumy, [kursk, sumy]) is None
