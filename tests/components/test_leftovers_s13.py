"""Leftovers (session 13): known past attacks named as background, and a deadline that is no act's date."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

from eventwire.api import extract

DAY = date(2022, 4, 20)  # a Wednesday


def test_an_attack_named_after_a_verb_of_authorship_is_a_known_past_attack() -> None:
    assert coded("IS militants executed the Paris attacks.", DAY) == set()
    assert coded("The group perpetrated the Mumbai attacks, officials said.", DAY) == set()
    assert coded("Two men were convicted over the Bali bombings.", DAY) == set()
    assert coded("Families commemorated the victims of the Kramatorsk train station strike.", DAY) == set()


def test_an_attack_dated_by_a_year_older_than_the_story_is_background() -> None:
    assert coded("A man was sentenced in Kyiv for the 2014 bombing of a market.", DAY) == set()
    assert coded("The court in Lviv sentenced a man on Monday for the 2014 bombing.", DAY) == set()


def test_a_strike_of_the_story_with_a_name_or_a_recent_year_stays() -> None:
    assert coded("Russian forces shelled Kharkiv on Monday.", DAY) == {("Shelling/artillery/missile attack", "Kharkiv")}
    # A year of the story's own weeks names no old attack.
    assert coded("Police named a suspect in the 2022 bombing of a market in Kyiv.", DAY) \
        == {("Remote explosive/landmine/IED", "Kyiv")}
    assert coded("Police named a suspect in the 2014 bombing of a market in Kyiv.", DAY) == set()


def test_a_deadline_after_until_is_not_the_date_of_the_act() -> None:
    events = extract("Russian forces halted their advance until Monday near Izyum.", published=DAY)
    assert events and all(e.date.start is not None and e.date.start <= DAY for e in events)


def test_a_lone_sentence_attack_told_by_its_direction_hits_no_place() -> None:
    text = ("Ukrainian troops attacked both directly north from Kyiv (via Hostomel and Bucha) and also "
            "pushed northeast from Zhytomyr Oblast into Ivankiv on April 1.")
    assert coded(text, DAY) <= {("Armed clash", "Ivankiv")}
    assert coded("Gunmen attacked a village in Kogi on Monday.", DAY) == {("Attack", "Kogi State")}


def test_an_act_judged_by_a_verdict_is_retold_but_a_fresh_killing_stays() -> None:
    assert coded("A court in Kyiv sentenced a Russian soldier for killing a civilian in Chupakhivka.", DAY) == set()
    assert coded("A court sentenced two men on Monday after gunmen killed three people in Kano.", DAY) \
        == {("Attack", "Kano")}
