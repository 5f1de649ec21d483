"""Road blockades by demonstrators and rival rallies at one place and day (s23)."""

import datetime

import eventwire
from eventwire.model import Event

DAY = datetime.date(2024, 3, 5)


def _events(text: str) -> list[Event]:
    return eventwire.extract(text, published=DAY)


def _codes(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((e.sub_event_type, e.plover.event if e.plover else None, e.plover.mode if e.plover else None)
                   for e in _events(text)), key=str)


def test_a_blockade_to_protest_is_one_peaceful_protest() -> None:
    assert _codes("Farmers blocked roads with tractors in Lyon on Monday to protest against the new tax.") == [
        ("Peaceful protest", "PROTEST", "obstruct")]


def test_a_blockade_in_protest_at_something_is_a_protest() -> None:
    assert _codes("Truckers blocked the highway near Ottawa on Monday in protest at vaccine mandates.") == [
        ("Peaceful protest", "PROTEST", "obstruct")]
    assert _codes("Hundreds blocked the main road in Nairobi on Monday to protest the evictions.") == [
        ("Peaceful protest", "PROTEST", "obstruct")]


def test_a_named_crowd_blocking_roads_is_a_protest() -> None:
    assert _codes("Taxi drivers blocked streets in Lisbon on Monday.") == [("Peaceful protest", "PROTEST", "obstruct")]


def test_protesters_blocking_roads_stay_one_event() -> None:
    assert _codes("Protesters blocked roads in Paris on Monday.") == [("Peaceful protest", "PROTEST", "demo")]


def test_troops_or_police_blocking_roads_are_no_protest() -> None:
    for text in ("Troops blocked roads leading to Mariupol on Monday.",
                 "Russian forces blockaded the port of Mariupol on Monday.",
                 "Police blocked the roads to the square in Minsk on Monday to stop the march."):
        assert not any(e.event_type == "Protests" for e in _events(text)), text


def _demos(text: str) -> list[Event]:
    return [e for e in _events(text) if e.event_type == "Protests"]


def test_rival_rallies_in_one_sentence_keep_their_own_events() -> None:
    evs = _demos("Supporters of the president rallied in Nairobi on Sunday; opposition supporters held a counter-rally "
                 "nearby.")
    assert [e.sub_event_type for e in evs] == ["Peaceful protest", "Peaceful protest"]
    assert len({e.id for e in evs}) == 2


def test_rival_rallies_in_two_sentences_keep_their_own_events() -> None:
    # Crowds for two countries or blocs are two camps whether or not the text calls them rival (`_bloc`).
    for text in ("Pro-Russian activists rallied in Chisinau on Sunday. Pro-EU protesters also marched in Chisinau "
                 "on Sunday.",
                 "Pro-Russian activists rallied in Chisinau on Sunday. Pro-EU protesters held a rival rally in "
                 "Chisinau on Sunday."):
        evs = _demos(text)
        assert len(evs) == 2 and len({e.id for e in evs}) == 2


def test_one_crowd_retold_is_one_rally() -> None:
    assert len(_demos("Thousands rallied in Nairobi on Sunday. The protesters later marched to parliament.")) == 1
    assert len(_demos("Pro-EU activists rallied in Chisinau on Sunday. The pro-EU protesters marched in Chisinau "
                      "on Sunday.")) == 1


def test_for_and_against_the_government_are_two_crowds() -> None:
    evs = _demos("Pro-government supporters rallied in Caracas on Saturday while anti-government protesters marched "
                 "nearby.")
    assert len(evs) == 2 and len({e.id for e in evs}) == 2


def test_a_counter_protest_beside_an_unnamed_rally_is_a_second_crowd() -> None:
    assert len(_demos("Thousands rallied in Nairobi on Sunday; hundreds held a counter-protest nearby.")) == 2


def test_two_crowds_against_the_government_are_one_rally() -> None:
    assert len(_demos("Anti-government protesters rallied in Minsk on Sunday, and opposition supporters marched to "
                      "the square.")) == 1
