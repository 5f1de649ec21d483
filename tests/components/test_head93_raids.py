"""Headlines round 93: raids a ground raid or a named state makes armed, reaction clauses, digest items."""

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article


def _triggers(text: str) -> list[tuple[str, str | None]]:
    doc = load_pipeline(None)(Article(text=text, published=date(2024, 3, 4)))
    return [(t.text, t.sub_event_type) for t in doc.triggers]


def test_ground_raid_is_armed_by_itself() -> None:
    assert ("raid", "Other") in _triggers("Overnight ground raid reported near Mandera, officials say")


@pytest.mark.parametrize("text", ["Ethiopia raids two villages near the Sudan border",
                                  "Ethiopia makes first raids into the Tigray border zone"])
def test_state_named_right_before_is_the_raider(text: str) -> None:
    assert any(w.lower().startswith("raid") and sub == "Other" for w, sub in _triggers(text))


@pytest.mark.parametrize("text", ["Ethiopia vows raids on two villages near Mekelle",
                                  "Residents flee Mekelle camp after Ethiopian raid",
                                  "Ethiopia plans to raid two villages near the Sudan border",
                                  "Hungry residents raid food stores in Humera"])
def test_awaited_raid_or_no_state_is_still_refused(text: str) -> None:
    assert not any(w.lower().startswith("raid") for w, _ in _triggers(text))


def test_violence_a_reaction_clause_names_does_not_veto_the_raid() -> None:
    found = _triggers("Kenyan troops raid Mandera camp as neighbours condemn shelling")
    assert ("raid", "Other") in found


def test_violence_of_the_raid_itself_still_codes_it() -> None:
    found = _triggers("Kenyan troops raid Mandera camp, killing two")
    assert not any(w == "raid" for w, _ in found)
    assert any(w == "killing" for w, _ in found)


DIGEST = (
    "NAIROBI, March 3 - Rebels shelled an army post near Garissa on Monday\n"
    "and killed three soldiers, a military spokesman told reporters here.\n"
    "The army said it had sent more troops to the border district.\n"
    "    - - - -\n"
    "LAGOS, March 3 - The attack on the offices of the ruling party in\n"
    "Ibadan drew wide criticism from newspapers, union leaders said.\n"
    "The party said it would hold a rally in the city next week.\n"
)


def test_weak_trigger_does_not_borrow_across_a_digest_separator() -> None:
    found = dict(_triggers(DIGEST))
    assert found["shelled"] == "Shelling/artillery/missile attack"
    assert found["attack on"] != "Shelling/artillery/missile attack"
