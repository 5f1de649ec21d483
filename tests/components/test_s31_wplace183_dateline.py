"""Session 31, wplace183: a wire lead's act is not placed at the dateline town when the story tells where it was: the
next sentence retells it at a town of that country, or the lead tells a compass part of the country the town lies
outside. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.assemble_scene import part_told
from eventwire.model import PlaceMention, is_violent

DAY = date(1987, 3, 18)


def _events(text: str) -> list[tuple[str | None, str]]:
    return [(e.sub_event_type, e.location.name if e.location else "") for e in extract(text, published=DAY)
            if is_violent(e)]


def test_a_lead_retold_at_its_town_in_the_next_sentence_is_one_event_there() -> None:
    text = ("MANILA, March 18 - Suspected rebels bombed an army school and hurt 12 cadets, the state radio said.\n\n"
            "A bomb exploded at the school in Baguio, north of Manila, before dawn, the radio said.")
    assert _events(text) == [("Remote explosive/landmine/IED", "Baguio")]


def test_another_act_told_next_stays_apart() -> None:
    text = ("MANILA, March 18 - Suspected rebels bombed an army school and hurt 12 cadets, the state radio said.\n\n"
            "Separately, a bomb exploded at a market in Baguio, north of Manila, the radio said.")
    assert sorted(p for _, p in _events(text)) == ["Baguio", "Manila"]


def test_a_lead_that_sums_up_several_acts_is_not_folded_into_one() -> None:
    text = ("SAN SALVADOR, March 18 - At least eight people were killed in several armed clashes on Tuesday, the army "
            "said.\n\n"
            "Four soldiers died when rebels ambushed an army truck near San Vicente, the army said.")
    places = [p for _, p in _events(text)]
    assert "San Vicente" in places and len(places) == 2


def test_a_compass_part_of_the_country_beats_the_bureau_town() -> None:
    # The speaker's town ("Beirut radio stations said") and the dateline are where the news came from.
    got = _events("TYRE, June 2 - Israeli navy boats shelled north Lebanon overnight, two Tyre radio stations said.")
    assert [p for _, p in got] == ["Lebanon"]


def test_a_bare_country_after_the_dateline_keeps_the_bureau_town() -> None:
    # "a bank manager in Peru": the country names whose manager, and the gold labels such a lead at the dateline town.
    got = _events("LIMA, March 23 - A bank manager in Peru was wounded in a gun attack near his office, police said.")
    assert [p for _, p in got] == ["Lima"]


def _mention(text: str, name: str, lat: float, lon: float, code: str = "PCLI") -> PlaceMention:
    i = text.index(name)
    return PlaceMention(start=i, end=i + len(name), text=name, name=name, lat=lat, lon=lon, country_code="HT",
                        feature_code=code, feature_class="A" if code.startswith("PCL") else "P")


def test_part_told_reads_a_compass_part() -> None:
    text = "killed in northern Haiti; a farm in the south part of Haiti; a bank in Haiti"
    town = _mention(text, "killed", 18.54, -72.34, "PPLC")  # Port-au-Prince's point, in the south
    north = _mention(text, "Haiti", 19.0, -72.4)
    assert part_told(text, north, town)
    south_at = text.index("Haiti;", north.end)
    south = PlaceMention(**{**north.model_dump(), "start": south_at, "end": south_at + 5})
    assert not part_told(text, south, town)  # the town lies in the south told
    bare_at = text.rindex("Haiti")
    bare = PlaceMention(**{**north.model_dump(), "start": bare_at, "end": bare_at + 5})
    assert not part_told(text, bare, town)
    abroad = PlaceMention(**{**town.model_dump(), "country_code": "DO"})  # a bureau in another country
    assert part_told(text, north, abroad) and not part_told(text, bare, abroad)
