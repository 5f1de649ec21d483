"""Round 62: ISW assessments with a campaign as subject, a unit's state after earlier fighting, forces gathered to
launch further operations, "X City" after a region, and bracketed clause asides in the place picker."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 6, 4)


def _kinds(text: str) -> set[tuple[str | None, str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None,
             e.location.feature_code if e.location else None) for e in extract(text, published=_DAY) if is_violent(e)}


def _places(text: str) -> set[str | None]:
    return {name for _, name, _ in _kinds(text)}


def test_campaign_that_is_unlikely_to_do_something_is_no_event() -> None:
    assert not _kinds("This Ukrainian counteroffensive is very unlikely to affect Russian supply lines to Izyum.")


def test_campaign_that_may_do_something_is_no_event() -> None:
    assert not _kinds("Sustained Ukrainian counteroffensives west of Ivankiv (north of Kyiv) may cut Russian supply "
                      "routes.")


def test_campaign_that_indicates_something_is_no_event() -> None:
    assert not _kinds("Continuing successful Ukrainian counteroffensives in Kherson indicate that Kyiv has the "
                      "initiative.")


def test_campaign_reported_as_ongoing_keeps_its_event() -> None:
    # A progressive verb before the forecast reports the fighting.
    assert "Kharkiv" in _places("Ukrainian counteroffensives around Kharkiv City are pushing back Russian positions and "
                                "will likely continue.")


def test_forces_that_continue_counterattacks_keep_their_event() -> None:
    assert "Kherson" in _places("Russian forces continue counterattacks near Kherson and will likely continue.")


def test_unit_damaged_in_earlier_fighting_is_no_event() -> None:
    assert not _kinds("Two battalions of the 76th Airborne Division, which was badly damaged in fighting west of "
                      "Kyiv, moved to Belgorod.")


def test_unit_depleted_from_fighting_in_a_bracket_is_no_event() -> None:
    assert not _kinds("The General Staff said elements of the 1st Tank Army (many of them still depleted from "
                      "fighting around Kyiv) arrived in Belgorod.")


def test_a_site_damaged_during_the_attack_keeps_the_attack() -> None:
    # The unit-state cue reads only campaign nouns: "the attack" here is the event itself.
    got = _kinds("Guerrillas attacked a power substation in Soyapango, which was damaged during the attack.")
    assert any(name == "Soyapango" for _, name, _ in got)


def test_city_after_a_name_listed_with_a_region_is_the_city() -> None:
    got = _kinds("Russian forces continued to shell Kherson Oblast and Mykolaiv City on June 4.")
    assert ("Shelling/artillery/missile attack", "Mykolayiv", "PPL") in got
    assert ("Shelling/artillery/missile attack", "Kherson Oblast", "ADM1") in got


def test_bare_name_listed_with_a_region_stays_the_region() -> None:
    got = _kinds("Russian forces continued to shell Kherson Oblast and Mykolaiv on June 4.")
    assert ("Shelling/artillery/missile attack", "Mykolaiv Oblast", "ADM1") in got


def test_place_in_a_bracketed_comparison_is_not_where() -> None:
    got = _places("Russian forces continued ground assaults toward Bakhmut without claiming (as they did for attacks "
                  "near Kyiv) any gains on June 4.")
    assert got == {"Bakhmut"}


def test_bracketed_place_after_a_village_still_says_where() -> None:
    assert "Bohorodychne" in _places("Russian forces shelled Bohorodychne (northwest of Slovyansk) on June 4.")


def test_forces_gathered_to_launch_further_operations_is_no_event() -> None:
    assert not _kinds("Russian forces may be assembling additional units in certain areas of southern Zaporizhia and "
                      "Kherson oblasts to initiate further offensive operations in the south.")


def test_forces_that_managed_to_launch_new_assaults_keep_their_event() -> None:
    assert "Bakhmut" in _places("Russian forces managed to launch new assaults on Bakhmut on June 4.")
