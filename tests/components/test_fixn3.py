"""Review fixes for news round 3 (session 18): attacks the round's rules must leave as news."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components import trigger_background as tb
from eventwire.components.trigger_sense import other_sense
from eventwire.components.trigger_status import _LEGAL
from eventwire.evaluate.common import is_violent

_DAY = date(2024, 4, 7)


def _violent(text: str, published: date | None = _DAY) -> list[tuple[str | None, str | None]]:
    return sorted((e.sub_event_type, e.location.name if e.location else None)
                  for e in extract(text, published=published) if is_violent(e))


def _sense(text: str, word: str) -> str | None:
    t0 = text.index(word)
    return other_sense(text, 0, len(text), t0, t0 + len(word))


def test_a_hail_of_bullets_or_rockets_is_no_weather() -> None:
    assert _violent("Gunmen raked the bus with a hail of bullets near Tikrit on Sunday, killing its driver.")
    assert _violent("A hail of rockets slammed into Kiryat Shmona on Sunday, wounding four people.")
    assert _violent("Farmers in Kano hail the police after officers killed five robbers on Sunday.")


def test_an_attack_told_in_bad_weather_stays_an_attack() -> None:
    text = "Bandits killed four herders near Gusau on Sunday during heavy rains."
    assert _sense(text, "killed") is None
    assert _violent(text)
    assert _sense("Fighters killed three guards at a post in Kunar on Sunday, using the cover of gales.",
                  "killed") is None
    assert _sense("Despite heavy rain, air strikes killed eight people in Rafah on Sunday.", "killed") is None


def test_weather_as_the_killer_is_a_hazard() -> None:
    assert _sense("Torrential rains in Kerala killed nine people on Sunday.", "killed") is not None
    assert _sense("Five fishermen were killed by gales off Chittagong on Sunday.", "killed") is not None
    assert _sense("Gales lashed the coast of Fujian on Sunday, killing six people.", "killing") is not None
    assert _sense("Hailstorms swept Bihar on Sunday and killed two farmers.", "killed") is not None
    assert _sense("Heavy rain fell on Sunday and bandits killed three villagers.", "killed") is None


def test_a_side_blaming_another_for_a_strike_keeps_the_strike_as_news() -> None:
    assert _violent("Kyiv accused Moscow of carrying out a drone strike on a school in Sumy that killed 4 pupils.")
    assert _violent("Islamabad blamed Kabul for staging the bombing of a bus in Peshawar which killed 9 people.")
    assert _violent("Moscow was held responsible for the missile strike on Odesa that killed 6 people.")


def test_a_militant_leader_held_responsible_is_still_retold() -> None:
    text = "Troops seized a militant leader held responsible for a bus bombing in Haifa."
    assert _violent(text, None) == []


def test_a_word_like_explained_is_no_blast_in_a_pit() -> None:
    text = "Raiders shot three miners at a coal mine near Quetta on Saturday, officials explained."
    assert _sense(text, "shot") is None
    # Without a doer, a toll beside a miner and "explained" is still no blast.
    assert _sense("Three miners were found dead at a coal mine near Quetta, officials explained.", "dead") is None


def test_attackers_and_assailants_are_armed_parties_in_a_pit() -> None:
    assert _sense("Unknown attackers blew up a coal mine in Duki on Saturday, killing 9 miners.", "blew") is None
    assert _sense("Assailants blew up a colliery office in Duki on Saturday, killing 9 miners.", "killing") is None
    assert _sense("A gas blast at a colliery in Duki killed 9 miners on Saturday.", "killed") is not None


def test_a_kidnapped_title_abducted_this_week_stays_news() -> None:
    assert _violent("Soldiers combed the hills near Gao on Sunday for the kidnapped aid workers, taken from their "
                    "truck on Saturday.")


def test_ago_dates_the_attack_not_a_relative_clause() -> None:
    text = "Militants attacked a bridge in Mosul that engineers had rebuilt two weeks ago."
    t0 = text.index("attacked")
    assert tb._told_as_past(text, 0, len(text), t0, t0 + len("attacked")) is None
    text = "Ties have cooled since a bomb attack on a police post in Jammu two weeks ago."
    t0 = text.index("attack")
    assert tb._told_as_past(text, 0, len(text), t0, t0 + len("attack")) is not None


def test_the_charged_toll_window_stops_at_a_clause_boundary() -> None:
    lead = "Police detained a man suspected of plotting attacks in Multan, "
    assert tb._CHARGED_REL.search(lead + "while in Kohat gunmen fired rockets that ") is None
    assert tb._CHARGED_REL.search(lead + "and militants fired rockets that ") is None
    assert tb._CHARGED_REL.search("Police detained a man suspected of plotting the car bombing of a bank in Multan "
                                  "that ") is not None


def test_ago_after_that_as_a_determiner_still_dates_the_attack() -> None:
    text = "A second bomb went off on that corner a few weeks ago."
    t0 = text.index("bomb")
    assert tb._told_as_past(text, 0, len(text), t0, t0 + len("bomb")) is not None


def test_an_accusation_in_a_legal_process_is_retold() -> None:
    text = ("The rebels dismissed the charges against two colonels, whom the court accused of ordering the "
            "massacre of nine farmers.")
    assert _violent(text, None) == []
    assert _violent("The rebels accused two colonels of ordering the massacre of nine farmers in Tolima.")


def test_one_list_of_legal_verbs_serves_the_status_rule() -> None:
    assert _LEGAL.search("A cleric was jailed for the bombing of a cinema in Karachi.")
    assert _LEGAL.search("Two men were charged over the shooting at a bus stop.")
    assert _LEGAL.search("Two men are charged with the shooting.")
    assert not _LEGAL.search("Two men were arrested for the shooting at a bus stop.")
    assert not _LEGAL.search("Riot police charged on the marchers, killing two.")
