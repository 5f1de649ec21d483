"""Who did it: a claim of responsibility, "said it carried out", "said its fighters" and a passive's agent (claim212)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

_DAY = date(2024, 3, 4)


def _sides(text: str) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    """(place name, [(actor name, role)]) of each violent event coded for the text."""
    return [(e.location.name if e.location else None, [(a.name, a.role) for a in e.actors])
            for e in extract(text, published=_DAY) if e.event_type is not None]


def _actor1(text: str) -> list[str | None]:
    """The actor1 name of each violent event (None when no side is named as its author)."""
    return [next((a for a, role in sides if role == "actor"), None) for _, sides in _sides(text)]


def test_a_claim_in_the_next_sentence_names_the_author_of_the_act_told_before() -> None:
    text = ("A car bomb went off outside a police post in Mogadishu on Monday, killing four people. "
            "Al-Shabaab claimed responsibility for the attack.")
    assert _actor1(text) == ["Al Shabaab"]


def test_a_claim_of_it_points_back_at_the_act() -> None:
    text = "A bomb exploded at a market in Mogadishu on Monday, killing six. Al-Shabaab later claimed responsibility for it."
    assert _actor1(text) == ["Al Shabaab"]


def test_a_claim_of_the_act_without_responsibility_words() -> None:
    text = "A bomb exploded at a bank in Lima on Sunday. The Shining Path claimed the bombing in a leaflet."
    assert _actor1(text) == ["Shining Path"]


def test_an_act_claimed_by_a_group_is_its_act_not_its_loss() -> None:
    text = "A suicide car bomb claimed by al-Shabaab exploded at a checkpoint in Mogadishu on Monday, killing three."
    sides = _sides(text)
    assert _actor1(text) == ["Al Shabaab"]
    assert ("Al Shabaab", "recipient") not in sides[0][1]


def test_said_it_carried_out_the_act() -> None:
    text = "Islamic State said it carried out the bombing of a church in Jolo on Sunday that killed 20 people."
    assert _actor1(text) == ["Islamic State"]


def test_said_its_fighters_took_the_outpost() -> None:
    text = "The Arakan Army said its fighters captured a military outpost in Sittwe on Saturday."
    assert _actor1(text) == ["AA: Arakan Army"]


def test_a_passive_agent_in_a_retelling_names_the_author() -> None:
    text = "A bomb exploded outside a bank in Lima on Monday. The attack was carried out by the Shining Path."
    assert _actor1(text) == ["Shining Path"]


def test_a_claim_of_another_act_does_not_replace_the_named_attacker() -> None:
    text = ("Russian forces shelled Kherson on Monday, killing two people. "
            "Hamas claimed responsibility for a rocket attack on Sderot.")
    assert dict(zip([p for p, _ in _sides(text)], _actor1(text), strict=True)) == {
        "Kherson": "Military Forces of Russia (2000-)", "Sderot": "Hamas Movement"}


def test_no_claim_a_denial_or_a_negation_gives_no_author() -> None:
    bomb = "A bomb exploded in a market in Kabul on Friday, killing seven people. "
    for tail in ("No group has claimed responsibility for the attack.",
                 "The Taliban denied responsibility for the attack.",
                 "The Taliban has not claimed responsibility for the attack."):
        assert _actor1(bomb + tail) == [None], tail
    text = "A bomb exploded outside a bank in Lima on Monday. The attack was not carried out by the Shining Path."
    assert _actor1(text) == [None]


def test_a_claim_object_ends_at_its_clause() -> None:
    # Acts in general ("attacks on the army") name no act of the story, and the claimed act's phrase stops at the
    # comma: the bombing told after it is no act the group claimed.
    text = ("A car bomb killed six people in Mogadishu on Monday. Al-Shabaab claimed responsibility for attacks on "
            "the army, and the police blamed no one for the bombing.")
    assert _actor1(text) == [None]


def test_a_claim_of_a_past_act_lends_no_author_to_the_news() -> None:
    text = ("A bomb exploded outside a bank in Kabul on Monday, killing three. Islamic State, which claimed "
            "responsibility for the 2015 Paris attack, has not commented.")
    assert _actor1(text) == [None]


def test_a_spelling_of_a_listed_group_is_read() -> None:
    text = "Gunmen killed two missionaries in La Paz on Wednesday. The Zarate Wilka group claimed the killing."
    assert _actor1(text) == ["Zarate Willka Armed Forces of Liberation"]
