"""Test helpers for coding: what the whole pipeline codes for a text, a document with Ukrainian towns placed, and the weapons tallies of a text."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.numbers import find_numbers
from eventwire.components.sentences import split_sentences
from eventwire.components.weapons import WeaponFinder
from eventwire.model import Article, PlaceMention
from eventwire.pipeline import WorkDoc


def coded(text: str, published: date) -> set[tuple[str | None, str | None]]:
    """The violent events `extract` gives for `text`, as (sub-event type, place name) pairs."""
    return {(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=published) if e.event_type is not None}


def places_of(text: str, published: date, kind: str = "Armed clash") -> set[str | None]:
    """The places of the events of one sub-event type that `extract` gives for `text` (None for an unplaced one)."""
    return {e.location.name if e.location else None for e in extract(text, published=published)
            if e.sub_event_type == kind}


def town_doc(text: str, day: date, *towns: tuple[str, int]) -> WorkDoc:
    """A document of `text` with its sentences split and each (name, population) placed as a Ukrainian town."""
    doc = WorkDoc(Article(text=text, published=day))
    doc.sentences = split_sentences(text)
    for name, people in towns:
        i = text.index(name)
        doc.places.append(PlaceMention(start=i, end=i + len(name), text=name, name=name, country_code="UA",
                                       role="mentioned", feature_class="P", population=people, lat=49.0, lon=36.0))
    return doc


def tallies(text: str) -> list[tuple[str, str | None, int | None, int | None]]:
    """The weapons tallies (kind, model, launched, intercepted) the finder reads in `text`."""
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    doc.numbers = find_numbers(text, 0, len(text))
    return [(w.kind, w.model, w.launched, w.intercepted) for w in WeaponFinder().find(doc)
            if w.launched is not None or w.intercepted is not None]
