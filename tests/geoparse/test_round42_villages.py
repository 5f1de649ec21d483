"""Round 42: front villages in Russian or news spellings, an oblast told after a list, a paragraph's area."""

from __future__ import annotations

from functools import lru_cache

from eventwire.gazetteer.ukraine import skeleton
from eventwire.geoparsing import TOLD_POINT, Geoparser
from eventwire.geoparsing.villages import _oblast_at
from eventwire.model import PlaceMention


@lru_cache(maxsize=1)
def _gp() -> Geoparser:
    return Geoparser()


def _read(text: str) -> dict[str, PlaceMention]:
    return {m.text: m for m in _gp().parse(text)}


def test_skeleton_joins_the_spellings_of_one_name() -> None:
    pairs = [("zagradivka", "zahradivka"), ("sanzheika", "sanzhiika"), ("kochubeyevka", "kochubeivka"),
             ("kopiliv", "kopyliv"), ("lisovo", "lisove"), ("privillya", "pryvillia"), ("lubymivka", "liubymivka")]
    for a, b in pairs:
        assert skeleton(a) == skeleton(b), (a, b)
    assert skeleton("petrivka") != skeleton("pavlivka")
    assert skeleton("zahradivka\x00kopyliv") == "zahradivka\x00kopiliv"  # joined keys are keyed one by one
    # A word-initial Я or Ю is a letter of its own (review s15a): "Yanivka" is not "Annivka".
    assert skeleton("yanivka") != skeleton("annivka")
    assert skeleton("yasynuvata") == skeleton("iasynuvata") != skeleton("asynuvata")
    assert skeleton("nova yakovlivka") == skeleton("nova iakovlivka")


def test_an_oblast_after_a_list_holds_for_every_item() -> None:
    text = "Shells hit Bilenke, Sanzheika, and Zatoka in Odesa Oblast. Troops retook Orlove and Zagradivka in northern Kherson Oblast."
    for name, oblast in (("Bilenke", "Odesa"), ("Sanzheika", "Odesa"), ("Orlove", "Kherson")):
        got = _oblast_at(text, text.index(name) + len(name))
        assert got is not None and got.group(1) == oblast, name
    assert _oblast_at(text, text.index("Bilenke") + 7, lists=False) is None
    assert _oblast_at("Fighting near Izyum, Kharkiv Oblast, and Lyman.", 19).group(1) == "Kharkiv"  # type: ignore[union-attr]
    # An oblast that is a list item of its own is no list's oblast (review s15a).
    text = "Shells hit Hatyshche, Vovchansk, Sumy Oblast, and Chernihiv Oblast."
    assert _oblast_at(text, text.index("Hatyshche") + 9) is None
    text = "Shells hit Hatyshche, Vovchansk, and Lyptsi, all in Kharkiv Oblast."
    assert _oblast_at(text, text.index("Hatyshche") + 9).group(1) == "Kharkiv"  # type: ignore[union-attr]


def test_a_russian_spelling_finds_the_gazetteer_record() -> None:
    got = _read("Russian warships shelled Bilenke, Sanzheika, and Zatoka in Odesa Oblast on Monday. "
                "Odesa and Mykolaiv were quiet.")
    m = got["Sanzheika"]
    assert m.name == "Sanzhiika" and m.admin1 == "Odesa Oblast" and m.geonameid is not None


def test_a_list_told_in_an_oblast_places_its_villages_there() -> None:
    got = _read("Ukrainian troops retook Orlove, Zagradivka, and Kochubeyevka in northern Kherson Oblast. "
                "Fighting continued near Kherson and Mykolaiv.")
    assert got["Orlove"].admin1 == "Kherson Oblast"  # not the Zaporizhzhia Orlove resolution read
    assert got["Zagradivka"].admin1 == "Kherson Oblast" and got["Zagradivka"].feature_code == TOLD_POINT
    assert got["Kochubeyevka"].name == "Kochubeivka" and got["Kochubeyevka"].admin1 == "Kherson Oblast"


def test_a_paragraphs_area_moves_far_list_namesakes() -> None:
    got = _read("Ukrainian counterattacks west of Kyiv continued. Ukrainian forces retook Kapitanivka, Dmytrivka, and "
                "Buzova this week. Fighting continued in Bucha and Irpin.")
    for name in ("Kapitanivka", "Dmytrivka", "Buzova"):
        assert got[name].admin1 == "Kyiv Oblast", name
    assert got["Dmytrivka"].geonameid is not None  # the gazetteer's own Kyiv-area Dmytrivka, not a hromada point


def test_a_town_in_the_sentence_keeps_a_namesake_far_from_the_area() -> None:
    got = _read("Russian forces shelled areas northwest of Kyiv. Separately, fighting continued at Kapitanivka near "
                "Novomyrhorod. Fighting continued in Bucha and Irpin.")
    assert got["Kapitanivka"].admin1 == "Kirovohrad Oblast"
