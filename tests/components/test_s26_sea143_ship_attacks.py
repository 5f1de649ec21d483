"""Tanker-war acts as 1980s wire copy tells them: a ship hit in the passive, under fire, set ablaze, or attacked as
one object; an offensive opened against forces; typed by the means the sentence names; threats and tallies stay out."""

from datetime import date

from coding_helpers import coded

from eventwire.components.trigger_parts import AIR, IED, SHELL, VAC
from eventwire.components.trigger_wire import SHIP_HIT, ship_coding

DAY = date(1987, 6, 29)


def test_a_tanker_under_fire_off_a_coast_is_an_attack_in_that_country() -> None:
    assert coded("BAHRAIN, June 29 - A Liberian-registered tanker came under fire off the Qatari coastline on "
                 "Sunday, shipping sources said.", DAY) == {("Attack", "Qatar")}


def test_gunboats_setting_a_tanker_ablaze_off_a_town_are_placed_at_the_town() -> None:
    assert coded("BAHRAIN, June 29 - Iranian gunboats set a Kuwaiti tanker ablaze off Dubai on Sunday, shipping "
                 "sources said.", DAY) == {("Attack", "Dubai")}


def test_a_country_attacking_one_named_supertanker_off_a_country_is_an_attack_there() -> None:
    assert coded("LONDON, June 29 - Iran attacked a Saudi supertanker off the United Arab Emirates last night, "
                 "Lloyds said.", DAY) == {("Attack", "United Arab Emirates")}


def test_a_ship_hit_by_a_missile_in_a_strait_is_a_shelling_at_the_strait() -> None:
    assert coded("BAHRAIN, June 29 - A tanker was hit by a missile in the Strait of Hormuz on Sunday, shipping "
                 "sources said.", DAY) == {("Shelling/artillery/missile attack", "Strait of Hormuz")}


def test_an_offensive_opened_against_troops_is_a_battle() -> None:
    assert coded("NICOSIA, June 29 - Iranian forces launched a new offensive against Iraqi troops east of Basra on "
                 "Sunday, Tehran radio said.", DAY) == {("Armed clash", "Basrah")}


def test_a_threat_to_attack_ships_and_insurance_news_are_no_events() -> None:
    assert coded("KUWAIT, June 29 - Iran has threatened to attack ships in the Gulf, a spokesman said.", DAY) == set()
    assert coded("LONDON, June 29 - Insurance rates for tankers in the Gulf rose after attacks on shipping, brokers "
                 "said.", DAY) == set()


def test_a_list_of_targets_in_the_lead_is_no_ship_trigger() -> None:
    text = "The air force said it had attacked a tanker and two Iranian pumping stations"
    assert not any(SHIP_HIT.match(text, i) for i in range(len(text)))


def test_the_ship_attack_is_typed_by_the_means_its_sentence_names() -> None:
    def typed(text: str) -> tuple[str | None, str | None] | None:
        m = SHIP_HIT.search(text)
        assert m is not None
        return ship_coding(text, 0, len(text), m.start())

    assert typed("A freighter was attacked by Iraqi jets off the coast.") == AIR
    assert typed("A freighter was hit by a missile off the coast.") == SHELL
    assert typed("A freighter was struck by a mine off the coast.") == IED
    assert typed("A freighter was attacked by Iranian gunboats off the coast.") == VAC
    assert typed("Two offshore oil platforms were attacked on Monday.") == SHELL  # a facility, the means untold
    assert typed("Militants attacked an offshore oil platform on Monday.") == VAC  # irregulars fire guns


def test_weather_is_no_attack_on_a_ship() -> None:
    assert SHIP_HIT.search("The ferry was hit by a storm off the coast.") is None


def test_the_ship_hit_in_the_when_clause_of_a_dated_back_last_attack_is_background() -> None:
    assert coded("BAHRAIN, June 29 - Iraqi warplanes hit Kharg Island today, the agency said. The previous reported "
                 "raid on shipping happened on June 3, when a Panamanian freighter was struck near Kharg.", DAY) \
        == {("Air/drone strike", "Kharg Island")}
