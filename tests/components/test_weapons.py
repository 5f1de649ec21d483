"""Weapons: kinds, models and launched/intercepted tallies."""

from eventwire.components.numbers import find_numbers
from eventwire.components.sentences import split_sentences
from eventwire.components.weapons import WeaponFinder
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _weapons(text: str) -> list[tuple[str, str | None, int | None, int | None]]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    doc.numbers = find_numbers(text, 0, len(text))
    return [(w.kind, w.model, w.launched, w.intercepted) for w in WeaponFinder().find(doc)]


def test_launched_and_intercepted_per_kind() -> None:
    got = _weapons("Russia launched 479 drones and 20 missiles; air defences downed 277 drones and 19 missiles.")
    assert got == [("drone", None, 479, None), ("missile", None, 20, None),
                   ("drone", None, None, 277), ("missile", None, None, 19)]


def test_models_and_partitive_tallies() -> None:
    got = _weapons("Air defense destroyed 31 of 35 Shahed drones. Russian forces fired 8 Kh-101 cruise missiles "
                   "and two Iskander-M ballistic missiles.")
    assert ("drone", "Shahed", 35, 31) in got
    assert ("missile", "Kh-101", 8, None) in got and ("missile", "Iskander-M", 2, None) in got


def test_kinds_without_numbers() -> None:
    got = _weapons("GUERRILLAS USED DYNAMITE AND RIFLES. The strike destroyed several military aircraft.")
    assert [k for k, *_ in got] == ["explosive", "small arms", "aircraft"]
    assert got[2][3] is None  # aircraft destroyed on the ground are not interceptions
