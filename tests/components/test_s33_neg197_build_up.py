"""neg197: an act that forces are massed or moved for is no event; acts told as done beside a build-up still are.
Sentences written for these tests (places and wording invented, no news text)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract
from eventwire.components.trigger_aims import built_up_for

PUB = date(2023, 5, 14)


def _events(text: str) -> set[tuple[str | None, str | None]]:
    """(sub-type, place) of the events extracted from the text."""
    return {(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=PUB)}


@pytest.mark.parametrize("text", [
    "The army is concentrating two brigades west of Tokmak for a counteroffensive toward Orikhiv.",
    "Russian forces are moving artillery units into Kursk Oblast to intensify their shelling of frontier hamlets.",
    "Russian forces continued massing south of Donetsk City for an attack on Vuhledar over the next 48 hours.",
])
def test_an_act_forces_are_massed_for_is_no_event(text: str) -> None:
    assert not any(kind for kind, _ in _events(text))


SHELL = "Shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "event"), [
    # D1: a done act after the purpose, regular or irregular, ends the purpose's reach
    ("Russian troops concentrated near Marinka for an assault and shelled the town on Tuesday.", (SHELL, "Mar'yinka")),
    ("Sudanese troops regrouped near Kosti for an offensive and broke through RSF lines on Friday.",
     ("Armed clash", "Kosti")),
    ("Ukrainian units regrouped for a counterattack and recaptured Robotyne on Tuesday.", ("Armed clash", "Robotyne")),
    # D2: a result told after the act
    ("The army redeployed two battalions to Tulkarm for a raid on the camp, killing six people on Wednesday.",
     ("Attack", "Ţūlkarm")),
    ("Israeli troops massed outside Deir al-Balah for an assault that killed 40 people on Monday.",
     ("Attack", "Dayr al Balaḩ")),
    ("Wagner fighters transferred artillery to Soledar to increase their shelling of Siversk, killing two people on "
     "Tuesday.", (SHELL, "Siversk")),
    # D3: "for a month" is a span, not a purpose
    ("Russian troops concentrated around Marinka for a month, shelling the town every day.", (SHELL, "Mar'yinka")),
    # D4: a crowd gathering for a protest, a casualty taken to hospital: no forces are built up
    ("Dozens of nurses assembled outside the health ministry in Nairobi for a protest over pay on Wednesday.",
     ("Peaceful protest", "Nairobi")),
    # D5: an act already under way
    ("Russian forces moved extra units to Avdiivka to support ongoing assaults on the town on Tuesday.",
     ("Armed clash", "Avdiyivka")),
    ("Russian forces redeployed a regiment to Svatove to reinforce troops fighting near Kupiansk on Tuesday.",
     ("Armed clash", "Kupyansk")),
    # fire told before the purpose, and a new subject after ", and", are reports
    ("Russian forces shelled Kherson on Tuesday, likely in preparation for a crossing of the Dnipro.", (SHELL, "Kherson")),
    ("The army massed troops near Kassala for an offensive, and the rebels shelled Gedaref on Tuesday.",
     (SHELL, "Kassala")),
])
def test_acts_beside_a_build_up_stay(text: str, event: tuple[str, str]) -> None:
    assert event in _events(text)


def test_build_up_words() -> None:
    text = "Russian forces are massing near Lyman for renewed attacks toward Siversk."
    t0 = text.index("attacks")
    assert built_up_for(text, 0, t0, t0 + 7) == "massing near Lyman for"
    # a time span after "for" is no purpose
    for span in ("several weeks", "a week", "the third consecutive day", "the first time"):
        text = f"Russian troops massed for {span} near Lyman, new attacks followed."
        t0 = text.index("attacks")
        assert built_up_for(text, 0, t0, t0 + 7) is None, span
    # no forces are moved: a hospital transfer, a crowd for a rally
    text = "The wounded teenager was transported to Ben Taub Hospital for treatment of a gunshot wound."
    t0 = text.index("gunshot")
    assert built_up_for(text, 0, t0, t0 + 7) is None
    text = "Hundreds of students massed near the campus for a rally."
    t0 = text.index("rally")
    assert built_up_for(text, 0, t0, t0 + 5) is None
