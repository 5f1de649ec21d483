"""Damage: labels with spans; objects need a damage cue."""

from eventwire.components.damage import DamageFinder
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _damage(text: str) -> list[tuple[str, str]]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    found = DamageFinder().find(doc)
    assert all(text[d.start : d.end] == d.text for d in found)
    return [(d.label, d.text) for d in found]


def test_labels() -> None:
    got = _damage("In Kyiv, several apartment blocks were set on fire by the strikes. A missile hit a hospital "
                  "and a power plant, starting a large fire. The drones destroyed several military aircraft.")
    labels = {label for label, _ in got}
    assert {"apartment building", "fire", "hospital", "energy facility", "aircraft"} <= labels
    assert ("fire", "set on fire") in got


def test_objects_without_damage_are_ignored() -> None:
    assert _damage("The school reopened and the hospital hired nurses.") == []
    assert _damage("Casualties and Damage in Kyiv\nResidents said hospitals were damaged.") == [
        ("hospital", "hospitals"), ("damaged", "damaged")]
