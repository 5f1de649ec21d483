"""Round 41: offensives that lean on fires (gold README, session 5), incendiary or thermobaric munitions used."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

PUB = date(2022, 4, 12)
CLASH = "Armed clash"
SHELL = "Shelling/artillery/missile attack"

# A short front report of our own: enough placed events for the codebook's front-report rules to run.
FRONT = ("Russian forces continued unsuccessful offensive operations in Lysychansk and Popasna, primarily relying on "
         "artillery attacks, on April 12. Ukrainian forces repelled a Russian assault on Rubizhne on April 12. "
         "Russian forces shelled Kramatorsk and Sloviansk on April 12. Russian aircraft struck Izium on April 12. "
         "Ukrainian forces repelled Russian attacks near Marinka on April 12.")


def _coded(text: str, published: date = PUB) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=published) if e.event_type is not None}


def test_offensive_leaning_on_artillery_is_a_clash_and_shelling_at_each_town() -> None:
    coded = _coded(FRONT)
    for town in ("Lysychansk", "Popasna"):
        assert (CLASH, town) in coded
        assert (SHELL, town) in coded


def test_the_fires_twin_needs_a_told_fight() -> None:
    # Only a clash trigger gets the fires twin: the repelled assault on Rubizhne gets no shelling event.
    coded = _coded(FRONT)
    assert (CLASH, "Rubizhne") in coded
    assert (SHELL, "Rubizhne") not in coded


def test_analysis_of_reliance_on_artillery_is_no_event() -> None:
    coded = _coded("Russian commanders have heavily relied on artillery support in eastern Ukraine for months, and "
                   "supply problems may limit that reliance.")
    assert not {c for c in coded if c[0] in (CLASH, SHELL)}


def test_incendiary_munitions_used_to_strike_a_city_are_shelling() -> None:
    coded = _coded("Officials said Russian forces used incendiary munitions to strike houses in Kherson City on "
                   "January 7.", date(2023, 1, 8))
    assert (SHELL, "Kherson") in coded


def test_thermobaric_systems_used_against_positions_are_shelling() -> None:
    coded = _coded("Russian troops used thermobaric artillery systems against Ukrainian positions near Avdiivka on "
                   "January 7.", date(2023, 1, 8))
    assert (SHELL, "Avdiyivka") in coded


def test_a_practice_of_using_incendiary_munitions_is_no_event() -> None:
    coded = _coded("Russian forces continue to use incendiary munitions against homes and power lines in occupied "
                   "districts.", date(2023, 1, 8))
    assert not coded
