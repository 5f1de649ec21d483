"""Session 26 (int149): an interception's launcher from the launch clause before it; tallies of 'all the missiles'."""

from __future__ import annotations

from datetime import date

from coding_helpers import tallies

from eventwire.api import extract

DAY = date(2024, 3, 1)
DISRUPTED = "Disrupted weapons use"


def _coded(text: str, sub: str) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    """(place's country, [(role, actor's country)]) of each event of `sub` in `text`."""
    return [(e.location.country_code if e.location else None, [(a.role, a.country_code) for a in e.actors])
            for e in extract(text, published=DAY) if e.sub_event_type == sub]


def test_launcher_from_the_launch_clause_of_the_sentence() -> None:
    assert _coded("Russian troops sent 25 Shahed drones against Ukraine overnight, and Ukrainian air defences downed "
                  "20 of the drones", DISRUPTED) == [("UA", [("actor", "RU"), ("recipient", "UA")])]
    assert _coded("The Houthis fired three ballistic missiles at Eilat, and Israeli air defences intercepted both of "
                  "them", DISRUPTED) == [("IL", [("actor", "YE"), ("recipient", "IL")])]
    assert _coded("Israel struck targets outside Homs on Friday, and Syrian air defences intercepted several of the "
                  "missiles", DISRUPTED) == [("SY", [("actor", "IL"), ("recipient", "SY")])]


def test_launcher_from_the_sentence_before_when_the_interception_points_back() -> None:
    text = "Russian forces launched 15 drones at Kharkiv overnight. Ukrainian air defences shot down 12 of them."
    assert _coded(text, DISRUPTED) == [("UA", [("actor", "RU"), ("recipient", "UA")])]


def test_a_fresh_interception_after_a_full_stop_takes_no_launcher_from_before() -> None:
    # No pointing back ("of them"): the earlier sentence's attacker is not read into it (the place is not tested here).
    text = "Russian forces shelled Nikopol on Monday. Polish air defences intercepted some rockets."
    assert [roles for _, roles in _coded(text, DISRUPTED)] == [[("recipient", "PL")]]


def test_the_defenders_own_side_is_never_the_launcher() -> None:
    text = "Ukrainian artillery shelled Russian positions near Bakhmut, and Ukrainian air defences downed 8 drones"
    assert _coded(text, DISRUPTED) == [("UA", [("recipient", "UA")])]


def test_all_the_missiles_and_n_of_them_aretallies() -> None:
    assert tallies("Russia launched 30 Shahed drones and 4 Kalibr missiles, and air defences downed 26 of the drones "
                    "and all the missiles.") == [("drone", "Shahed", 30, 26), ("missile", "Kalibr", 4, 4)]
    assert tallies("Hezbollah fired 9 rockets at Haifa, and the army intercepted 7 of them.") == [
        ("rocket", None, 9, 7)]
    assert tallies("Russia fired two Iskander missiles at Lviv and air defences shot down both of them.") == [
        ("missile", "Iskander", 2, 2)]


def test_launcher_as_the_subject_of_a_launch_verb_with_no_strike_event() -> None:
    # "sources said that X launched ..." gives no strike of its own here; its subject still launched the drones.
    assert _coded("Officials said that Russian forces sent 11 Shahed drones at power stations in Ukraine and that "
                  "Ukrainian air defence units shot down all the drones", DISRUPTED) == [
        ("UA", [("actor", "RU"), ("recipient", "UA")])]


def test_launcher_in_a_relative_clause_after_the_weapon() -> None:
    assert _coded("Israeli air defences intercepted rockets that Hezbollah fired at Nahariya", DISRUPTED) == [
        ("IL", [("actor", "LB"), ("recipient", "IL")])]


def test_an_interception_pointing_back_takes_its_weapons_from_the_sentence_before() -> None:
    # No weapon word in the interception sentence itself: "12 of them" points back to the drones.
    text = "Russian forces launched 15 drones at Sumy overnight. Ukrainian troops shot down 12 of them."
    assert _coded(text, DISRUPTED) == [("UA", [("actor", "RU"), ("recipient", "UA")])]
    # No weapons before: no interception.
    assert _coded("The council met on Monday. Its members shot down both of them.", DISRUPTED) == []


def test_a_party_named_by_its_adjective_before_its_fighters() -> None:
    assert _coded("Houthi rebels launched a drone toward Ashdod; the Israeli military said it intercepted it at sea",
                  DISRUPTED) == [("IL", [("actor", "YE"), ("recipient", "IL")])]
