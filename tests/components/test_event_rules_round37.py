"""Round 37: withdrawn statements, old fights in a front report, denied acts' places, and a town told as an axis."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_HEAD = ("Russian Offensive Campaign Assessment, November 16.\n\n"
         "Russian forces shelled Bakhmut, Soledar, Siversk, Avdiivka, and Marinka on November 16. ")


def _events(text: str) -> list[tuple[str | None, date | None]]:
    return [(e.location.name if e.location else None, e.date.start)
            for e in extract(_HEAD + text, published=date(2022, 11, 16)) if is_violent(e)]


def test_a_withdrawn_statement_is_no_event() -> None:
    places = [p for p, _ in _events("CORRECTION: An earlier version of this update said that Russian troops seized "
                                    "Kupiansk on November 15.")]
    assert not any(p and p.startswith("Kup") for p in places)
    assert "Bakhmut" in places


def test_a_claim_the_text_calls_false_is_no_event() -> None:
    places = [p for p, _ in _events("The Russian MoD falsely claimed that its strike targeted barracks in Kramatorsk, "
                                    "Donetsk Oblast, and killed 600 soldiers.")]
    assert not any(p and p.startswith("Kramatorsk") for p in places)


def test_a_claim_told_plainly_stays_an_event() -> None:
    places = [p for p, _ in _events("The Russian MoD claimed that its strike targeted barracks in Kramatorsk, "
                                    "Donetsk Oblast, and killed 600 soldiers.")]
    assert any(p and p.startswith("Kramatorsk") for p in places)


def test_a_fight_of_weeks_before_in_a_front_report_is_background() -> None:
    got = _events("Russian forces also fought in Lyman in early October.")
    assert not any(p == "Lyman" for p, _ in got)
    assert len(got) == 5  # the day's five shellings stay


def test_a_single_story_keeps_an_event_told_weeks_later() -> None:
    # One event in a story: the 60-day limit still decides, not the front report's two weeks.
    got = [(e.location.name if e.location else None, e.date.start)
           for e in extract("Russian forces fought in Lyman on October 20.", published=date(2022, 11, 16))
           if is_violent(e)]
    assert got and got[0][1] == date(2022, 10, 20)


def test_a_place_after_a_denied_act_is_not_where_the_fight_was() -> None:
    got = [p for p, _ in _events("Russian forces tried to resume offensive operations northwest of Svatove and did not "
                                 "advance in the Kreminna or Lyman directions on November 16.")]
    assert "Svatove" in got
    assert "Kreminna" not in got and "Lyman" not in got


def test_regions_after_a_denied_attack_are_not_where_the_fight_was() -> None:
    got = [p for p, _ in _events("Russian units made small attacks toward Kupiansk but did not conduct any attacks "
                                 "in Sumy or Kharkiv oblasts on November 16.")]
    assert "Kherson" not in got and "Mykolaiv" not in got
    assert "Kupyansk" in got


def test_a_denied_result_of_the_act_keeps_its_place() -> None:
    # "shelled but did not inflict any damage on X": X is where the shells fell.
    got = [p for p, _ in _events("Russian units shelled but caused no damage to the Kramatorsk thermal "
                                 "power plant on November 16.")]
    assert any(p and p.startswith("Kramatorsk") for p in got)


_FRONT = ("Russian Offensive Campaign Assessment, November 16.\n\n"
          "Russian forces shelled Soledar, Avdiivka, and Marinka on November 16.\n")


def _clashes(text: str) -> list[str | None]:
    return sorted(e.location.name if e.location else None for e in extract(_FRONT + text, published=date(2022, 11, 16))
                  if e.sub_event_type == "Armed clash")


def test_a_town_told_as_the_axis_of_a_named_village_is_one_event_at_the_village() -> None:
    # Gold README, direction from a town: the village the paragraph puts on that axis carries the fight.
    got = _clashes("Russian units made a small ground attack northeast of Siversk on November 16. Ukraine's "
                   "General Staff reported Russian troops attacking near Hryhorivka, some 10km northeast of Siversk.")
    assert got == ["Hryhorivka"]


def test_an_axis_with_no_village_of_its_own_keeps_the_town() -> None:
    got = _clashes("Russian units kept up ground attacks northeast and south of Bakhmut on November 16. Ukraine's "
                   "General Staff reported Russian troops attacking near Kodema, some 13km southeast of Bakhmut.")
    assert got == ["Bakhmut", "Kodema"]


def test_a_village_in_another_paragraph_does_not_take_the_town_event() -> None:
    got = _clashes("Russian units made a small ground attack northeast of Siversk on November 16.\nUkraine's "
                   "General Staff reported Russian troops attacking near Hryhorivka, some 10km northeast of Siversk.")
    assert got == ["Hryhorivka", "Siversk"]


def test_a_deadline_told_before_is_not_the_day_of_the_next_fight() -> None:
    # "by the end of November" is when something is planned, not the day of the undated fight told after it.
    got = [(e.location.name if e.location else None, e.date.start)
           for e in extract(_HEAD + "An official said on November 15 that Russian troops aim to take Bakhmut by "
                            "the end of November. Ukrainian forces repelled ground attacks near Marinka and "
                            "Pervomaiske.", published=date(2022, 11, 16))
           if e.sub_event_type == "Armed clash"]
    assert got
    assert all(d is not None and date(2022, 11, 14) <= d <= date(2022, 11, 16) for _, d in got)
