"""Leaf helpers that the features, the operation test and the site mentions share (no merge imports)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from eventwire.model import Event

VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})

# Aid workers as a kind of victim (`features.VICTIM_KINDS`): people, not "aid group office", an organisation's building.
AID_STAFF = r"\b(?:aid|relief|humanitarian|charity)\s+(?:workers?|staff|team)\b|\bWorld\s+Central\s+Kitchen\b|\bWCK\b"
# Aid teams as a struck site (`features.SITE_WORDS`): "aid group convoy" names the site too.
AID_WORKERS = AID_STAFF + r"|\b(?:aid|relief|humanitarian|charity)\s+group\b"


def own_sentences(ev: Event) -> list[str]:
    """The sentences that tell the event itself (its type's evidence), else its first evidence."""
    return [v.text for v in ev.evidence if "event_type" in v.supports] or [v.text for v in ev.evidence[:1]]


def plain_words(text: str) -> set[str]:
    """The case-folded words of a text."""
    return {w.casefold() for w in re.findall(r"\w+", text)}


def place_words(events: Iterable[Event], words_of: Callable[[str], set[str]], region: bool = False) -> set[str]:
    """The words of the places the events are placed at, as written and as the gazetteer names them (`region`: and its admin1)."""
    return set().union(*(words_of(x) for e in events if e.location is not None
                         for x in (e.location.text or "", e.location.name, e.location.admin1 if region else None)
                         if x))
