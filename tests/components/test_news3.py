"""News round 3 (session 18): false events in ordinary news — pit blasts, attacks weeks ago."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2004, 11, 20)


def _violent(text: str, published: date | None = _DAY) -> list[tuple[str | None, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None)
                  for e in extract(text, published=published) if is_violent(e))


def test_a_coal_mine_blast_is_an_accident_even_with_strike_as_a_verb() -> None:
    assert _violent("Quarry town mourns. A gas explosion at a coal mine in Shanxi killed 21 workers on Friday, the "
                    "latest disaster to strike the region's mines.") == []


def test_miners_killed_in_a_blast_are_an_accident() -> None:
    assert _violent("Rescue work goes on. Nine miners were killed in a blast deep in a pit near Donetsk on "
                    "Tuesday, officials said.") == []


def test_rebels_who_blow_up_a_coal_mine_still_attack() -> None:
    # No bomb word: only the armed-party exception keeps "blew" and "killing" an attack.
    got = _violent("Rebels blew up a coal mine in Kalat on Tuesday, killing four guards.")
    assert got and all(sub is not None for sub, _ in got)


def test_an_attack_weeks_ago_told_in_passing_is_background() -> None:
    text = ("Talks between the two capitals stalled on Friday. Relations have soured since a suicide attack on a "
            "border post in Kashmir three weeks ago.")
    assert _violent(text) == []


def test_an_attack_two_days_ago_is_still_news() -> None:
    text = ("Officials met in Kabul on Saturday. US planes dropped a huge bomb on caves in the Tora Bora "
            "mountains two days ago, killing dozens of fighters.")
    assert _violent(text) != []


def test_an_attack_someone_is_charged_with_plotting_is_retold() -> None:
    text = ("Police in Cairo made more arrests on Sunday. Six men have been charged with plotting the twin car "
            "bombings of two hotels in Taba that killed 20 people.")
    assert _violent(text, None) == []


def test_a_bombing_a_leader_is_held_responsible_for_is_retold() -> None:
    text = ("Troops searched Nablus on Tuesday. They seized a militant leader held responsible for a bus bombing "
            "in Haifa.")
    assert _violent(text, None) == []


def test_an_arrest_with_a_fresh_day_keeps_the_attack_as_news() -> None:
    # Only the charged act carries the event: "bomb" and its toll "killed" both sit in the charge's clause.
    text = ("Police in Lahore said on Monday they had arrested two men for planting the bomb that "
            "killed four people at a bus stop on Sunday.")
    assert _violent(text, date(2004, 11, 22)) != []


def test_weather_that_kills_is_no_attack() -> None:
    assert _violent("Hailstorms that swept the hills above Lijiang on Monday killed two herders and most of their "
                    "flock.", date(2004, 5, 4)) == []
    assert _violent("Rescuers in Gansu said on Monday that three farm hands died in a hailstorm that flattened the "
                    "wheat.", date(2004, 5, 4)) == []


def test_a_killing_participle_before_a_title_says_who_someone_was() -> None:
    assert _violent("Talks went on in Geneva on Monday. The widow of the assassinated veteran rebel commander Omar "
                    "Haidar urged both sides to sign.", date(2001, 12, 4)) == []


def test_gunmen_who_assassinate_a_leader_still_attack() -> None:
    assert _violent("Gunmen assassinated opposition leader Ali Musa in Mogadishu on Tuesday.") != []
