"""Event-coding rules of round 10 (session 2): killings of civilians, aims, battle noise, generic plurals."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

PUB = date(2022, 5, 8)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str, published: date = PUB) -> list[Event]:
    return [e for e in extract(text, published=published) if e.event_type in VIOLENT]


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type for e in _violent(text)]


def test_soldiers_killing_reporters_is_one_sided_violence() -> None:
    # Reporters are no armed party: a killing of them is an attack on civilians, not a battle.
    assert _subs("Soldiers killed two reporters near the town of San Miguel.") == ["Attack"]


def test_victims_told_before_a_passive_killing() -> None:
    assert _subs("Forty-four peasants have been killed by guerrillas in two villages of Ayacucho.") == ["Attack"]
    # Soldiers and rebels killed in a fight stay a battle.
    assert _subs("Rebels and soldiers fought near Ayacucho; five soldiers were killed.") == ["Armed clash"]


def test_civilian_killed_after_a_clash_told_before_is_its_own_attack() -> None:
    evs = _violent("Rebels ambushed an army patrol near Mosul on Friday. "
                   "In Kirkuk, soldiers killed a driver who did not stop at a checkpoint.")
    by_sub = {e.sub_event_type: e for e in evs}
    assert set(by_sub) == {"Armed clash", "Attack"}
    attack = by_sub["Attack"]
    assert attack.location is not None and attack.location.name == "Kirkuk"


def test_fighting_as_the_purpose_of_a_move_is_no_event() -> None:
    assert _subs("Two tank brigades deployed to the vicinity of Izyum to conduct offensive operations.") == []
    assert _subs("The brigades moved north instead of reinforcing offensive operations near Izyum.") == []
    # Continuing or attempting operations reports them.
    assert _subs("Russian forces continued to conduct offensive operations near Izyum.") == ["Armed clash"]


def test_gunfire_and_explosions_are_the_sound_of_a_battle() -> None:
    assert _subs("In Falluja, sporadic gunfire and explosions were heard as U.S. troops hunted insurgents.") == [
        "Armed clash"]
    # Blasts only heard may be missiles or bombs: they keep their own coding.
    assert _subs("In Muzaffarabad, residents heard three loud explosions overnight.") == [
        "Remote explosive/landmine/IED"]


def test_an_arrest_word_does_not_report_plural_kidnappings() -> None:
    # "detained activists" is an arrest word: it says nothing about whether the kidnappings happened.
    text = "The rebels demand the release of detained activists and an end to kidnappings in Arauca department."
    assert _subs(text) == []
    assert _subs("Guerrillas kidnapped two engineers in Arauca department on Friday.") == [
        "Abduction/forced disappearance"]


def test_an_attack_on_a_public_figure_opens_a_story() -> None:
    # No harm told, but the target is a public figure: one attack, not a pattern.
    text = "A group of subversives conducted an armed terrorist attack against former defense minister Diaz in Lima."
    assert _subs(text) == ["Attack"]
    assert _subs("The attack against the system will not stop, the minister said in Lima.") == []
