"""Review fixes of the headlines round: the raid cues' false positives, the gap words and the reaction clause."""

from datetime import date

import pytest

from eventwire.api import load_pipeline
from eventwire.model import Article


def _triggers(text: str) -> list[tuple[str, str | None]]:
    doc = load_pipeline(None)(Article(text=text, published=date(2024, 3, 4)))
    return [(t.text, t.sub_event_type) for t in doc.triggers]


def _raids(text: str) -> list[str]:
    return [w for w, _ in _triggers(text) if w.lower().startswith("raid")]


@pytest.mark.parametrize("text", ["Playground raid upsets parents at a Nakuru school",
                                  "Background raid on old files turns up a forged permit",
                                  "Customs men stage a ground raid on a bonded depot over tax",
                                  "Ground raid: striker stuns Leeds in late derby"])
def test_ground_needs_the_word_and_a_place_or_armed_target(text: str) -> None:
    assert _raids(text) == []


@pytest.mark.parametrize("text", ["Kenya raids a gambling den in Mombasa",
                                  "Kenya raids telecom offices in a bribery probe",
                                  "Kenya raids pension funds to plug its budget gap",
                                  "Kenya's raid on farmers' savings angers unions"])
def test_state_raid_on_a_business_money_or_vice_is_not_armed(text: str) -> None:
    assert _raids(text) == []


@pytest.mark.parametrize("text", ["Ethiopia won't raid Mekelle, envoy says",
                                  "Ethiopia will raid Mekelle",
                                  "Ethiopia mulls a raid on Mekelle",
                                  "Ethiopia rules out raid on Mekelle",
                                  "Ethiopia calls off raid on Mekelle"])
def test_a_refused_or_weighed_raid_is_not_coded(text: str) -> None:
    assert _raids(text) == []


@pytest.mark.parametrize("text", ["Ethiopia launches more raids on Mekelle",
                                  "Ethiopia raids a camp near Mekelle",
                                  "A Mekelle hospital stands empty after Ethiopia's raid"])
def test_a_state_raid_on_an_armed_target_is_still_coded(text: str) -> None:
    assert any(w.lower().startswith("raid") and sub == "Other" for w, sub in _triggers(text))


@pytest.mark.parametrize("text", ["Kenyan troops raid Mandera camp, protesters shot dead",
                                  "Kenyan troops raid Mandera camp as elders mourn two killed",
                                  "Kenyan troops raid Mandera camp as neighbours do not condemn shelling"])
def test_harm_a_noun_mourning_or_a_negated_reaction_tells_still_vetoes_the_raid(text: str) -> None:
    assert _raids(text) == []
