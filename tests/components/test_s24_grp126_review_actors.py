"""Review of grp126: "Fatah" and "Lions Den" alone name no group; a named group hit by troops is that group."""

from datetime import date

import pytest

import eventwire
from eventwire.components.actors import actor_lexicon, find_actors


def _groups(text: str) -> list[str]:
    return [a.name for a in find_actors(text, actor_lexicon()) if a.kind == "group"]


def _event_actors(text: str) -> list[list[str]]:
    return [[a.name for a in e.actors] for e in eventwire.extract(text, published=date(2025, 3, 1))]


@pytest.mark.parametrize(("text", "events"), [
    # A given name, a Punjabi name, a Pakistani town and two missiles: no Palestinian movement, no Palestinian forces.
    # (per129: the listed general is found despite the spelling "Fatah"; a MIL person keeps his name, like Gerasimov)
    ("Sudan's army chief Abdel-Fatah al-Burhan visited troops in Omdurman on Monday.", [["Abdel Fattah al-Burhan"]]),
    ("Army chief Abdel Fatah al-Burhan said the war would go on.", []),
    ("Police arrested Fateh Singh, 32, in Amritsar after a shooting that left one man dead.", [[], []]),
    ("Gunmen killed a police officer in Fateh Jang, Attock district, on Monday.", [[]]),
    ("Pakistan test-fired its Fatah-II guided rocket system on Wednesday, the military said.", [["Pakistan"]]),
    ("Iran fired Fateh-110 missiles at targets in northern Iraq on Tuesday, state media said.",
     [["Military Forces of Iran (1989-)", "Military Forces of Iraq"]]),
])
def test_fatah_alone_names_no_group(text: str, events: list[list[str]]) -> None:
    assert _groups(text) == []
    assert _event_actors(text) == events


def test_the_fatah_movement_by_its_full_name() -> None:
    assert _groups("The Fatah movement said two of its members were detained in Hebron.") == ["Fatah Movement"]
    assert _groups("Fatah al-Islam militants fought the army near Tripoli.") == ["Fatah al Islam"]


@pytest.mark.parametrize("text", [
    "A gunman opened fire at the Lions Den bar in Dayton, Ohio, killing two people, police said.",
    "Police said a man shot three people at the Lions Den nightclub in Akron on Saturday.",
    "Fans packed the Lions' Den as Detroit beat Green Bay on Sunday.",
])
def test_a_bar_or_an_arena_called_lions_den_names_no_group(text: str) -> None:
    assert _groups(text) == []
    assert all("Palestine" not in name for actors in _event_actors(text) for name in actors)


def test_the_lions_den_in_a_palestinian_story() -> None:
    assert _event_actors("Israeli troops killed three Lions' Den gunmen in Nablus on Tuesday.") == [
        ["Military Forces of Israel (2022-)", "Lions' Den"]]


@pytest.mark.parametrize(("group", "name"), [
    ("PFLP", "PFLP: Popular Front for the Liberation of Palestine"),
    ("Jenin Brigade", "Jenin Brigade"),
    ("Abu Ali Mustafa Brigades", "Abu Ali Mustafa Brigades"),
    ("Hamas", "Hamas Movement"),
])
def test_a_named_group_on_the_receiving_end_is_that_group(group: str, name: str) -> None:
    # Before: the group's country stood in for it ("Military Forces of Palestine").
    assert _event_actors(f"Israeli soldiers shot dead two {group} fighters near Tubas on Friday.") == [
        ["Military Forces of Israel (2022-)", name]]
