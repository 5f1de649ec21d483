"""Third review of the protest rules (s23, review d: D1-D3, N3)."""

import datetime

import eventwire
from eventwire.model import Event

DAY = datetime.date(2024, 3, 5)


def _events(text: str) -> list[Event]:
    return eventwire.extract(text, published=DAY)


def _plover(text: str) -> list[str | None]:
    return sorted(str(e.plover.event if e.plover else None) for e in _events(text))


def _demos(text: str) -> list[Event]:
    return [e for e in _events(text) if e.event_type == "Protests"]


def test_a_state_protesting_another_states_act_accuses() -> None:
    for text, actors in (("Ukraine protests Russian strike on hospital", ["Ukraine", "Russia"]),
                         ("Iran protests Israeli strike", ["Iran", "Israel"]),
                         ("China protests US arms sale to Taiwan", ["China", "United States"])):
        assert not _demos(text), text
        accuse = [e for e in _events(text) if e.plover and e.plover.event == "ACCUSE"]
        assert [[a.name for a in e.actors] for e in accuse] == [actors], text


def test_a_headline_crowd_stays_a_demonstration_in_its_country() -> None:
    for text in ("France protests over pension reform", "France protests pension reform",
                 "Georgia protests over Russian law enter second week."):
        demos = _demos(text)
        assert [e.sub_event_type for e in demos] == ["Peaceful protest"], text
        assert demos[0].location is not None and demos[0].location.country_code in ("FR", "GE"), text
        assert "ACCUSE" not in _plover(text), text


def test_a_foreign_state_in_the_crowds_clause_is_not_the_protester() -> None:
    demos = _demos("Georgia protests against Russian law continue in Tbilisi.")
    assert [[a.name for a in e.actors] for e in demos] == [["Protesters (Georgia)"]]


def test_a_state_protesting_at_a_place_still_accuses() -> None:
    for text in ("Russia protested in Geneva at the UN Human Rights Council on Monday.",
                 "Britain protested at Moscow over the arrests on Monday.",
                 "The foreign ministry protested in Moscow on Monday."):
        assert not _demos(text), text
        assert "ACCUSE" in _plover(text), text
    # People nouns at a place are still a crowd (review b, D2).
    assert [e.sub_event_type for e in _demos("Opposition officials protested in Tbilisi on Monday.")] == [
        "Peaceful protest"]


def test_police_told_before_the_second_camps_trigger_go_to_that_camp() -> None:
    for text in ("Supporters of the president rallied in Nairobi on Sunday; police fired tear gas at opposition "
                 "supporters who held a counter-rally nearby.",
                 "Supporters of the president rallied in Nairobi on Sunday, while opposition supporters, whom police "
                 "beat with batons, held a counter-rally nearby."):
        demos = sorted(_demos(text), key=lambda e: e.evidence[0].start if e.evidence else 0)
        assert [e.sub_event_type for e in demos] == ["Peaceful protest", "Protest with intervention"], text
        assert [a.name for a in demos[0].actors] == ["Protesters (Kenya)"], text
        assert "Police Forces of Kenya" in [a.name for a in demos[1].actors], text


def test_a_state_rallying_allies_is_no_demonstration() -> None:
    assert _events("US rallies allies against Iran") == []
    assert _events("The president rallied support for the bill on Monday.") == []
    assert [e.sub_event_type for e in _demos("Georgia rallies continue in Tbilisi.")] == ["Peaceful protest"]
