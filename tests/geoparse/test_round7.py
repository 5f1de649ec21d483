"""Round 7: a rejection in one context must not drop a place's other mentions; lists; Slavic spellings."""

from __future__ import annotations

from eventwire.geoparsing import default_geoparser


def _names(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.name, m.country_code) for m in default_geoparser().parse(text) if m.role != "demonym"]


def test_verb_before_a_city_is_not_a_person() -> None:
    assert _names("Capture Mariupol and reduce the defenders.") == [("Mariupol", "Mariupol", "UA")]


def test_one_person_like_context_keeps_the_other_mentions() -> None:
    text = ("Main effort—Mariupol (objective: Capture Mariupol and hold the port). Shelling continued in "
            "Mariupol overnight. Officials in Mariupol said water was cut.")
    found = [t for t, name, cc in _names(text) if name == "Mariupol" and cc == "UA"]
    assert len(found) == 4


def test_a_person_name_still_hides_the_bare_namesake() -> None:
    text = "Officials met John Kelly on Monday. The next day Kelly left the hall."
    assert not [t for t, _, _ in _names(text) if t == "Kelly"]


def test_comma_lists_of_small_towns_are_kept() -> None:
    got = _names("Troops pressed attacks against Rubizhne, Popasna, and Marinka and shelled Soledar, "
                 "Bakhmut, Avdiivka and Severodonetsk.")
    assert [t for t, _, cc in got if cc == "UA"] == [
        "Rubizhne", "Popasna", "Marinka", "Soledar", "Bakhmut", "Avdiivka", "Severodonetsk"]
    assert dict((t, n) for t, n, _ in got)["Bakhmut"] == "Bakhmut"  # the town, not the raion around Soledar


def test_villages_south_of_izium() -> None:
    got = _names("Forces advanced from Izyum toward Dovhenke, Dolyna, Mazanivka.")
    assert {"Dovhenke", "Dolyna", "Mazanivka"} <= {t for t, _, cc in got if cc == "UA"}
    village = next(m for m in default_geoparser().parse("Forces advanced from Izyum toward Dovhenke.")
                   if m.text == "Dovhenke")
    assert village.lat is not None and abs(village.lat - 49.0) < 0.3


def test_shortened_slavic_spellings() -> None:
    got = _names("Strikes hit Zaporizhia and Hulyaipole.")
    assert [(t, cc) for t, _, cc in got] == [("Zaporizhia", "UA"), ("Hulyaipole", "UA")]


def test_azovstal_is_in_mariupol() -> None:
    assert _names("Defenders held the Azovstal Steel Plant.") == [("Azovstal Steel Plant", "Mariupol", "UA")]


def test_all_caps_dateline_village() -> None:
    text = "PERQUIN, 12 JAN 90 -- GUERRILLAS ATTACKED AN ARMY POST IN PERQUIN, MORAZAN DEPARTMENT."
    got = _names(text)
    assert got and all(name == "Perquin" and cc == "SV" for t, name, cc in got if t == "PERQUIN")
    m = default_geoparser().resolve_given(text, [(0, 7)])[0]
    assert m is not None and m.name == "Perquin" and m.country_code == "SV"
