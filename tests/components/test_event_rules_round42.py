"""Round 42: a second past act after "and" keeps its own status; "X and other areas in Y Oblast" adds Y Oblast."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

from eventwire.api import extract

PUB = date(2022, 8, 3)
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"


def _coded(text: str, published: date = PUB) -> set[tuple[str | None, str | None]]:
    return coded(text, published)


def test_denied_ground_attack_does_not_deny_the_shelling_after_and() -> None:
    coded = _coded("Russian forces did not make any confirmed ground assaults near Lyman and shelled Siversk on "
                   "August 3.")
    assert (SHELL, "Siversk") in coded


def test_an_aim_does_not_reach_the_strikes_after_and() -> None:
    coded = _coded("Russian forces held their lines to prevent further Ukrainian advances toward the border and "
                   "conducted air and artillery strikes north of Kharkiv City on August 3.")
    # A lone sentence is no front report, so the mixed-fires twin is not added: one event of the fires.
    assert {c for c in coded if c[1] == "Kharkiv" and c[0] in (AIR, SHELL)}


def test_a_denied_act_with_no_town_of_its_own_stays_denied() -> None:
    # "and fired on positions along the line of contact": no town after the verb, so the denied clause's town
    # would be given to it; the sentence stays empty.
    coded = _coded("Russian forces did not conduct any confirmed ground attacks in the Bakhmut area and fired on "
                   "Ukrainian positions along the line of contact on August 3.")
    assert not {c for c in coded if c[0] == SHELL}


def test_an_aim_alone_is_still_no_event() -> None:
    coded = _coded("Russian forces reinforced their positions to prevent Ukrainian strikes on Kherson City.")
    assert not {c for c in coded if c[0] in (AIR, SHELL)}


def test_other_areas_in_an_oblast_add_a_region_level_event() -> None:
    events = [e for e in extract("Russian forces struck Zaporizhzhia City, Mykolaiv City, and other areas in "
                                 "Mykolaiv Oblast with drones on October 22.", published=date(2022, 10, 23))
              if e.event_type is not None]
    names = {e.location.name for e in events if e.location}
    assert "Mykolaiv Oblast" in names
    region = next(e for e in events if e.location and e.location.name == "Mykolaiv Oblast")
    assert region.location.lat is None or region.location.feature_code.startswith("ADM1")
    assert len(names) == 3


def test_a_town_and_its_oblast_note_is_one_place() -> None:
    # "Nikopol, Dnipropetrovsk Oblast": the oblast names where the town lies, no unnamed places are struck.
    coded = _coded("Russian forces shelled Nikopol, Dnipropetrovsk Oblast, on August 3.")
    assert (SHELL, "Nikopol") in coded
    assert (SHELL, "Dnipropetrovsk Oblast") not in coded


KHARKIV = ("Ukrainian officials reported on May 19 that Russian units withdrew from several villages. Russian troops "
           "continued to conduct artillery attacks on Ukrainian lines and outlying villages around Kharkiv City.")


def test_continued_to_conduct_attacks_is_a_report_not_events_in_general() -> None:
    coded = _coded(KHARKIV, date(2022, 5, 19))
    assert (SHELL, "Kharkiv") in coded


def test_a_plural_attack_noun_with_no_verb_of_doing_is_still_events_in_general() -> None:
    coded = _coded("Ukrainian officials reported on May 19 that Russian units withdrew from several villages. "
                   "Analysts said the artillery attacks on suburban settlements around Kharkiv City show the limits "
                   "of Russian fire.", date(2022, 5, 19))
    assert (SHELL, "Kharkiv") not in coded
