"""Review s15c: a namesake village told "in the Y direction" keeps Y as its cue; one-line texts and section headings."""

from __future__ import annotations

from functools import lru_cache

from eventwire.geoparsing import Geoparser
from eventwire.geoparsing.villages import LINE_MAX, _sections
from eventwire.model import PlaceMention

_FILLER = "The statement gave no further detail on the matter. " * 120  # no place names, over LINE_MAX/2 long
_SOUTH = ("Russian troops shelled Berislav and Hornostaivka on May 3. Ukrainian forces struck depots in Tavriisk, "
          "Nova Kakhovka and Kakhovka. Russian aircraft struck Volodymyrivka.")


@lru_cache(maxsize=1)
def _gp() -> Geoparser:
    return Geoparser()


def _read(text: str, name: str) -> PlaceMention | None:
    """The mention of the name's last occurrence, if any."""
    return next((m for m in _gp().parse(text) if m.start == text.rindex(name)), None)


def test_a_namesake_village_toward_an_oblast_keeps_the_oblast_as_its_cue() -> None:
    # No Novoselivka record lies in Zaporizhzhia Oblast: the named unit is still the best place, not Odesa Oblast.
    text = "Russian forces attacked Novoselivka in the Zaporizhia direction on Monday."
    got = {m.text: m for m in _gp().parse(text)}
    assert "Odesa Oblast" not in {m.admin1 for m in got.values()}
    assert got["Zaporizhia"].admin1 == "Zaporizhzhia Oblast"


def test_a_namesake_village_toward_a_russian_oblast_is_not_read_in_the_far_east() -> None:
    text = "Russian forces attacked Aleksandrovka in the Kursk Oblast direction on Monday."
    assert all(m.admin1 != "Amur Oblast" for m in _gp().parse(text))


def test_a_large_town_toward_another_oblast_keeps_its_own_record() -> None:
    m = _read("Russian forces moved trucks through Mariupol in the Zaporizhia Oblast direction.", "Mariupol")
    assert m is not None and m.admin1 == "Donetsk Oblast"


def test_a_one_line_text_moves_a_village_by_the_places_around_it() -> None:
    # A long text with no line break: the window around the mention stands for its paragraph.
    text = _FILLER + _SOUTH
    assert len(text) > LINE_MAX
    got = _read(text, "Volodymyrivka")
    assert got is not None and got.lon is not None and got.lon < 34.0


def test_marked_up_headings_open_sections() -> None:
    for head in ("## Supporting Effort #2—Southern Axis", "<h3>Russian Main Effort—Eastern Ukraine</h3>",
                 "**Southern Ukraine:**"):
        text = "Intro line.\n" + head + "\nRussian forces shelled Kherson.\n"
        assert len(_sections(text)) == 2, head


def test_body_sentences_open_no_section() -> None:
    for line in ("Ukrainian counteroffensives continued near Kherson on Monday.", "Eastern Ukraine: fighting continued.",
                 "Russian main effort - troops attacked the village.",
                 "Mobilization and force generation efforts continued."):
        assert len(_sections("Intro line.\n" + line + "\nMore text.\n")) == 1, line
