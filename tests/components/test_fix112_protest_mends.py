"""Second review of the protest rules (s23, review b: D1-D3, B2-B4)."""

import datetime

import eventwire
from eventwire.model import Event

DAY = datetime.date(2024, 3, 5)


def _events(text: str) -> list[Event]:
    return eventwire.extract(text, published=DAY)


def _codes(text: str) -> list[tuple[str | None, str | None]]:
    return sorted(((e.sub_event_type, e.plover.event if e.plover else None) for e in _events(text)), key=str)


def _demos(text: str) -> list[Event]:
    return [e for e in _events(text) if e.event_type == "Protests"]


def test_a_country_named_before_the_noun_protests_is_where_the_crowd_is() -> None:
    for text, place, crowd in (
            ("Georgia protests enter second week as police detain dozens in Tbilisi.", "Georgia", "Georgia"),
            ("Serbia protests: police detained 20 students in Belgrade on Monday.", "Belgrade", "Serbia"),
            ("Russia protests against the decision continued on Monday in Moscow.", "Moscow", "Russia")):
        assert "ACCUSE" not in [c[1] for c in _codes(text)], text
        demos = _demos(text)
        assert [e.sub_event_type for e in demos] == ["Peaceful protest"], text
        assert demos[0].location is not None and demos[0].location.name == place, text
        assert [a.name for a in demos[0].actors] == [f"Protesters ({crowd})"], text


def test_a_bare_protests_is_a_verb_only_with_a_cue() -> None:
    assert _codes("Cyprus protests to the United Nations over airspace violations.") == [(None, "ACCUSE")]
    assert _codes("The foreign ministry protests the move.") == [(None, "ACCUSE")]
    assert "ACCUSE" not in [c[1] for c in _codes("Serbia protests this week drew thousands in Belgrade.")]


def test_anti_government_protests_are_no_government_complaint() -> None:
    assert _codes("Anti-government protests continued in Tbilisi on Monday.") == [("Peaceful protest", "PROTEST")]


def test_officials_protesting_at_a_place_demonstrate() -> None:
    for text in ("Opposition officials protested in Tbilisi on Monday.",
                 "Government officials protested in Lagos on Monday over unpaid salaries.",
                 "Local officials protested at the town hall in Kherson on Monday.",
                 "Local officials protested on Monday, marching to the governor's office in Kherson."):
        assert _codes(text) == [("Peaceful protest", "PROTEST")], text


def test_a_state_protesting_in_a_note_still_accuses() -> None:
    assert _codes("Russia protested in a note to the embassy on Monday.") == [(None, "ACCUSE")]
    assert _codes("Britain protested at the decision on Monday.") == [(None, "ACCUSE")]
    assert _codes("Britain protested at Israel's decision on Monday.") == [(None, "ACCUSE")]
    assert _codes("Germany protested at the building of new settlements.") == [(None, "ACCUSE")]


def test_an_arrest_at_one_of_two_rival_rallies_is_its_own_camps_intervention() -> None:
    evs = _demos("Supporters of the president rallied in Nairobi on Sunday and police arrested five of them; "
                 "opposition supporters held a counter-rally nearby.")
    assert sorted(e.sub_event_type or "" for e in evs) == ["Peaceful protest", "Protest with intervention"]
    calm = next(e for e in evs if e.sub_event_type == "Peaceful protest")
    assert [a.name for a in calm.actors] == ["Protesters (Kenya)"]


def test_pro_western_and_pro_nato_crowds_are_a_bloc() -> None:
    for side in ("Pro-Western", "Pro-NATO"):
        assert len(_demos(f"Pro-Russian activists rallied in Chisinau on Sunday. {side} protesters marched in "
                          "Chisinau on Sunday.")) == 2, side
        assert len(_demos(f"Pro-EU activists rallied in Chisinau on Sunday. {side} protesters marched in "
                          "Chisinau on Sunday.")) == 1, side


def test_a_crowd_joined_to_a_crowd_blocks_roads_in_protest() -> None:
    assert [e.sub_event_type for e in _demos("Farmers and their families blocked roads near Lyon on Monday.")] == \
        ["Peaceful protest"]
    assert not _demos("Residents and police blocked roads near Lyon on Monday.")
