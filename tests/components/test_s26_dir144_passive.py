"""Session 26 (dir144): passive and nominal attacks read the right way round ("X hit by Y's missiles", "strikes on X
by Y", "rockets fired by Y", "Y launches missiles")."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

DAY = date(2024, 3, 1)


def _coded(text: str) -> list[tuple[str | None, str | None, list[tuple[str, str | None]]]]:
    """(sub-event type, place's country, [(role, actor's country)]) of each event in `text`."""
    return [(e.sub_event_type, e.location.country_code if e.location else None,
             [(a.role, a.country_code) for a in e.actors]) for e in extract(text, published=DAY)]


def test_struck_by_weapons_names_the_author_after_by_and_the_place_before() -> None:
    assert _coded("Israel hit by Iranian missiles") == [
        ("Shelling/artillery/missile attack", "IL", [("actor", "IR"), ("recipient", "IL")])]
    assert _coded("Saudi Arabia struck by Houthi drones") == [
        ("Air/drone strike", "SA", [("actor", "YE"), ("recipient", "SA")])]
    assert _coded("Odesa hit by Russian drones overnight") == [("Air/drone strike", "UA", [("actor", "RU")])]


def test_a_struck_town_is_no_recipient() -> None:
    assert _coded("Kyiv was shelled by Russian forces on Monday") == [
        ("Shelling/artillery/missile attack", "UA", [("actor", "RU")])]


def test_agent_after_the_struck_place() -> None:
    assert _coded("Strikes on Ukraine by Russia killed four people") == [
        ("Air/drone strike", "UA", [("actor", "RU")])]
    assert _coded("Strikes on Iran by Pakistan kill nine") == [("Air/drone strike", "IR", [("actor", "PK")])]


def test_agent_inside_the_trigger_is_the_author_not_the_place() -> None:
    assert _coded("Ukrainian official says 40 missiles fired by Russia overnight") == [
        ("Shelling/artillery/missile attack", None, [("actor", "RU")])]


def test_country_before_a_verb_trigger_acts() -> None:
    # Rewritten in my own words (review D9).
    assert _coded("Iran fires cruise missiles as well as drones, a broadcaster says") == [
        ("Shelling/artillery/missile attack", None, [("actor", "IR")])]
    # A country right before the attack noun stays where it was told ("Iran Bomb Attack"): unchanged.
    assert _coded("Iran Bomb Attack Kills 20") == [("Remote explosive/landmine/IED", "IR", [("actor", "IR")])]


def test_active_verbs_unchanged() -> None:
    assert _coded("Russia fired 30 missiles at Kyiv") == [("Shelling/artillery/missile attack", "UA", [("actor", "RU")])]
    assert _coded("Pakistan launches airstrikes in Afghanistan") == [("Air/drone strike", "AF", [("actor", "PK")])]
