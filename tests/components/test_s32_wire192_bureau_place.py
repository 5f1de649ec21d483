"""Session 32, wire192: a wire act left at the bureau town while the story tells its place: "in the north of
<country>" tells a compass part of the country as "in northern <country>" does, so a bureau town outside that part no
longer stands in for the act. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.assemble_scene import part_told
from eventwire.model import PlaceMention, is_violent

DAY = date(1987, 3, 18)


def _places(text: str) -> list[str]:
    return [e.location.name if e.location else "" for e in extract(text, published=DAY) if is_violent(e)]


def test_the_north_of_the_country_beats_the_bureau_town() -> None:
    text = "BAMAKO, March 18 - Rebels attacked an army post in the north of Mali on Sunday, killing five soldiers."
    assert _places(text) == ["Mali"]


def test_a_bare_country_still_keeps_the_bureau_town() -> None:
    text = "BAMAKO, March 18 - Rebels attacked an army post in Mali on Sunday, killing five soldiers."
    assert _places(text) == ["Bamako"]


def _mention(text: str, name: str, lat: float, lon: float, code: str = "PCLI") -> PlaceMention:
    i = text.rindex(name)
    return PlaceMention(start=i, end=i + len(name), text=name, name=name, lat=lat, lon=lon, country_code="ML",
                        feature_code=code, feature_class="A" if code.startswith("PCL") else "P")


def test_part_told_reads_the_dir_of() -> None:
    bamako = _mention("Bamako", "Bamako", 12.65, -8.0, "PPLC")
    for told, want in [("fighting in the north of Mali", True), ("fighting in the far north of Mali", True),
                       ("fighting in the south-west of Mali", False),  # Bamako lies in the south-west
                       ("a camp 50 km north of Mali", False)]:  # no "the": a bearing from the country, not a part
        assert part_told(told, _mention(told, "Mali", 17.0, -4.0), bamako) is want, told

