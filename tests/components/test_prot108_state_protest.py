"""A state's diplomatic protest is an accusation, not a demonstration (s23)."""

import datetime

import eventwire
from eventwire.model import Event

DAY = datetime.date(2024, 3, 5)


def _events(text: str) -> list[Event]:
    return eventwire.extract(text, published=DAY)


def _codes(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return sorted(((e.sub_event_type, e.plover.event if e.plover else None, e.plover.mode if e.plover else None)
                   for e in _events(text)), key=str)


ACCUSE = [(None, "ACCUSE", "disapprove")]
DEMO = [("Peaceful protest", "PROTEST", "demo")]


def test_a_state_protesting_a_decision_accuses() -> None:
    events = _events("Russia protested the decision on Monday.")
    assert [(e.sub_event_type, e.plover.event if e.plover else None) for e in events] == [(None, "ACCUSE")]
    assert [a.name for a in events[0].actors] == ["Russia"]


def test_an_adverb_between_the_state_and_the_verb() -> None:
    assert _codes("Poland strongly protested the new rules on Monday.") == ACCUSE
    # A bare "protests" after a state is a verb only with a cue: an adverb before it, an object or "to" after it.
    assert _codes("Russia strongly protests against the new sanctions.") == ACCUSE
    assert _codes("Russia protests the new sanctions.") == ACCUSE


def test_a_ministry_or_an_embassy_protesting_accuses() -> None:
    assert _codes("The foreign ministry protested the move.") == ACCUSE
    assert _codes("Germany's foreign ministry protested the ban on Tuesday.") == ACCUSE
    assert _codes("The Russian embassy has protested the expulsions.") == ACCUSE


def test_an_official_or_a_leader_protesting_accuses() -> None:
    assert _codes("Prime Minister Modi protested the decision.") == ACCUSE
    assert _codes("Russian officials protested the ruling on Monday.") == ACCUSE


def test_a_capital_protesting_names_its_government() -> None:
    events = _events("Moscow protested the decision on Monday.")
    assert [(e.sub_event_type, e.plover.event if e.plover else None) for e in events] == [(None, "ACCUSE")]
    assert [a.name for a in events[0].actors] == ["Russia"]


def test_a_lodged_protest_or_an_envoy_summoned_is_no_demonstration() -> None:
    assert _codes("China lodged a protest against the arrests on Monday.") == ACCUSE
    assert _codes("Iran summoned the British ambassador on Monday to protest against the arrests.") == ACCUSE


def test_an_envoy_recalled_in_protest_is_no_demonstration() -> None:
    assert "Peaceful protest" not in [c[0] for c in _codes("Russia recalled its ambassador in protest over the "
                                                           "expulsions.")]


def test_crowds_protesting_stay_demonstrations() -> None:
    assert _codes("Farmers protested the decision.") == DEMO
    assert _codes("Thousands protested in Minsk.") == DEMO
    assert _codes("Students protested outside the embassy.") == DEMO
    assert _codes("Russians protested in Moscow on Monday.") == DEMO


def test_a_crowd_of_government_supporters_or_workers_stays_a_demonstration() -> None:
    assert _codes("Supporters of the president protested in Nairobi on Monday.") == DEMO
    assert _codes("Government workers protested in Nairobi on Monday.") == DEMO
    assert _codes("Workers at the ministry protested in Nairobi on Monday.") == DEMO


def test_a_state_protesting_after_an_aside_accuses() -> None:
    assert _codes("Chile, together with other members of the bloc, has protested against the new duties.") == ACCUSE
    assert _codes("In Santiago, thousands protested against the new duties on Monday.") == DEMO


def test_a_crowd_at_an_embassy_stays_a_demonstration() -> None:
    assert _codes("Students at the Iranian embassy protested on Monday.") == DEMO
    assert _codes("Kenya's teachers protested in Nairobi on Monday.") == DEMO


def test_officials_after_an_opening_place_accuse() -> None:
    assert _codes("In Kyiv, officials protested the decision.") == ACCUSE
