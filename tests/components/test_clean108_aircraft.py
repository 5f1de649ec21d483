"""One table of aircraft models (lexicon.AIRCRAFT_MODELS) for the weapons finder and the air-strike cue."""

from eventwire.components.numbers import find_numbers
from eventwire.components.sentences import split_sentences
from eventwire.components.trigger_parts import AIR, SHELL
from eventwire.components.trigger_weak import _fire_kind
from eventwire.components.weapons import WeaponFinder
from eventwire.model import Article
from eventwire.pipeline import WorkDoc


def _models(text: str) -> list[tuple[str, str | None]]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    doc.numbers = find_numbers(text, 0, len(text))
    return [(w.kind, w.model) for w in WeaponFinder().find(doc)]


def _fire(text: str) -> tuple[str | None, str | None] | None:
    return _fire_kind(text, 0, len(text))


def test_the_weapons_finder_reads_every_model_of_the_table() -> None:
    # F-15s were missing from the weapons list; a lettered Il- model ("Il-76MD") was cut off at its digits.
    assert _models("Two F-15s and an F-16 flew over the base.") == [("aircraft", "F-15"), ("aircraft", "F-16")]
    assert _models("An Il-76MD landed at the airfield.") == [("aircraft", "Il-76MD")]
    assert _models("Pilots shot down an A-50 over the sea.") == [("aircraft", "A-50")]


def test_a_strike_aircraft_by_model_makes_an_air_strike() -> None:
    assert _fire("Su-34s struck the town with glide munitions.") == AIR
    assert _fire("Two F-16s struck the depot.") == AIR


def test_a_radar_plane_is_no_air_strike() -> None:
    # An A-50 strikes nothing: the rockets named beside it decide the fire.
    assert _fire("Rockets struck the airfield where an A-50 stood.") == SHELL
    assert _fire("Forces struck the airfield where an A-50 stood.") is None
