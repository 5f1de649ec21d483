"""Round 43: a report section's places decide a far village namesake ("Supporting Effort #2—Southern Axis")."""

from __future__ import annotations

from functools import lru_cache

from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.villages import _sections
from eventwire.model import PlaceMention

_SOUTH = ("Supporting Effort #2—Southern Axis (Russian objective: hold Kherson Oblast)\n"
          "Russian troops shelled Berislav and Hornostaivka on May 3. Ukrainian forces struck depots in Tavriisk, "
          "Nova Kakhovka and Kakhovka.\nRussian aircraft struck Volodymyrivka.\n")
_EAST = ("Russian Main Effort—Eastern Ukraine\n"
         "Russian forces attacked Marinka and Krasnohorivka west of Donetsk City and shelled Vuhledar. "
         "Russian aircraft struck Volodymyrivka.\n")


@lru_cache(maxsize=1)
def _gp() -> Geoparser:
    return Geoparser()


def _read(text: str, name: str) -> PlaceMention:
    """The mention of the name's last occurrence."""
    return next(m for m in _gp().parse(text) if m.start == text.rindex(name))


def test_headings_split_a_report_into_sections() -> None:
    text = "May 3, 7 pm ET\nKey Takeaways\nA line.\n" + _EAST + _SOUTH + "Activity in Russian-occupied Areas\nA line."
    starts = [text[a:b].split("\n")[0] for a, b in _sections(text)]
    assert starts == ["May 3, 7 pm ET", "Key Takeaways", "Russian Main Effort—Eastern Ukraine",
                      "Supporting Effort #2—Southern Axis (Russian objective: hold Kherson Oblast)",
                      "Activity in Russian-occupied Areas"]
    assert _sections("No heading here.\nNor here.") == [(0, 26)]


def test_a_southern_section_moves_a_far_village_namesake() -> None:
    south = _read(_EAST + _SOUTH, "Volodymyrivka")
    assert south.admin1 in ("Mykolaiv Oblast", "Kherson Oblast") and south.lon is not None and south.lon < 34.0
    east = _read(_SOUTH + _EAST, "Volodymyrivka")  # the eastern section's one stays with Donetsk Oblast
    assert east.admin1 == "Donetsk Oblast" and east.lon is not None and east.lon > 36.5


def test_a_section_that_picks_no_row_clearly_leaves_the_reading() -> None:
    text = ("Supporting Effort #2—Southern Axis\nRussian troops shelled Snihurivka on May 3. "
            "Russian aircraft struck Volodymyrivka. Fighting went on near Kharkiv and Izyum.\n")
    before = _read(text.replace("Supporting Effort #2—Southern Axis\n", ""), "Volodymyrivka")
    assert (_read(text, "Volodymyrivka").lat, _read(text, "Volodymyrivka").lon) == (before.lat, before.lon)


def test_a_village_the_gazetteer_lacks_takes_the_row_its_section_picks() -> None:
    own = "Russian sources said Ukrainian forces liberated Bilaivka. Russian artillery later hit Beryslav.\n"
    text = ("Ukrainian Counteroffensives—Southern Ukraine\nUkrainian forces advanced near Vysokopillia, Novovorontsovka "
            "and Dudchany on October 3. Russian forces shelled Kakhovka and Tavriisk.\n" + own)
    got = _read(text, "Bilaivka")
    assert got.admin1 == "Kherson Oblast" and got.geonameid is None and got.radius_km is not None
    assert all(m.text != "Bilaivka" for m in _gp().parse(own))  # its paragraph alone picks no row
    far = "Ukrainian forces advanced near Vysokopillia, Novovorontsovka and Dudchany. Shelling hit Kakhovka and Tavriisk."
    alone = far + "\nRussian sources said Ukrainian forces liberated Bilaivka.\n"
    assert all(m.text != "Bilaivka" for m in _gp().parse(alone))  # nor a section with no place of its paragraph near
