"""A force's strike on a named place with no weapon told, in a report of many acts that tells more shellings than air
strikes, is a shelling (the gold README: means unstated is Shelling), even with harm told or after a sentence of drone
attacks. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

PUB = date(2022, 11, 4)
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
# Five shellings and clashes, then one air strike: a front report led by fire from the ground.
FRONT = ("Ukrainian forces repelled assaults near Bilohorivka on November 4. Ukrainian forces repelled an assault near "
         "Marinka. Russian forces shelled Vuhledar. Russian forces shelled Bakhmut. Russian forces shelled Siversk. "
         "Russian forces conducted eight drone attacks in Dnipropetrovsk Oblast. ")
# The same count of acts, led by air strikes.
AIR_LED = ("Ukrainian forces repelled assaults near Bilohorivka on November 4. Ukrainian forces repelled an assault "
           "near Marinka. Russian aircraft bombed Vuhledar. Russian jets bombed Bakhmut. Russian forces shelled "
           "Siversk. Russian forces conducted eight drone attacks in Dnipropetrovsk Oblast. ")


def _kind_at(text: str, place: str) -> set[str | None]:
    """The sub-event types of the violent events extracted at the place."""
    return {e.sub_event_type for e in extract(text, published=PUB) if e.location and e.location.name == place}


def test_a_strike_with_harm_after_drone_attacks_is_a_shelling_in_a_shell_led_report():
    text = FRONT + "Ukrainian forces struck a Russian troop concentration in Melitopol, wounding 40 soldiers."
    assert _kind_at(text, "Melitopol") == {SHELL}


def test_a_strike_told_with_drones_stays_an_air_strike():
    text = FRONT + "Ukrainian forces struck a Russian troop concentration in Melitopol with drones."
    assert _kind_at(text, "Melitopol") == {AIR}


def test_an_air_led_report_keeps_the_air_reading():
    text = AIR_LED + "Ukrainian forces struck a Russian troop concentration in Melitopol, wounding 40 soldiers."
    assert _kind_at(text, "Melitopol") == {AIR}


# Four sentences with no act, so the strike takes no type from an act told just before it.
QUIET = ("Officials met in Kyiv to discuss grain exports. The talks ended without a statement. Prices of bread rose "
         "again this week. Schools reopened after the holidays. ")


def test_a_strike_with_harm_far_from_any_act_is_a_shelling_in_a_shell_led_report():
    text = FRONT + QUIET + "Ukrainian forces struck a Russian troop concentration in Melitopol, wounding 40 soldiers."
    assert _kind_at(text, "Melitopol") == {SHELL}


def test_a_strike_with_harm_far_from_any_act_stays_an_air_strike_in_an_air_led_report():
    text = AIR_LED + QUIET + "Ukrainian forces struck a Russian troop concentration in Melitopol, wounding 40 soldiers."
    assert _kind_at(text, "Melitopol") == {AIR}
