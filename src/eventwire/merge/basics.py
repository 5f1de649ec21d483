"""Leaf helpers that the features, the operation test and the site mentions share (no merge imports)."""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache

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
    return set(_plain_words(text))


@lru_cache(maxsize=1 << 16)  # place names recur across thousands of events: read each once
def _plain_words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _PLAIN.findall(text))


_PLAIN = re.compile(r"\w+")


def place_words(events: Iterable[Event], words_of: Callable[[str], set[str]], region: bool = False) -> set[str]:
    """The words of the places the events are placed at, as written and as the gazetteer names them (`region`: and its admin1)."""
    return set().union(*(words_of(x) for e in events if e.location is not None
                         for x in (e.location.text or "", e.location.name, e.location.admin1 if region else None)
                         if x))


_WORD = re.compile(r"[^\W\d_][\w'’]*")  # "aid-convoy", "al-Shifa": the parts are the words
STOP = frozenset("""
a about above after again against all also am an and any are as at be been before being between both but by
can could did do does during each few for from further had has have having he her here hers him his how i if
in into is it its itself just me more most my no nor not now of off on once only or other our out over own
same she should so some such than that the their them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your says said say
new news live latest update updates report reports amid after over what how why war
""".split())

# What any violent report says (that people died, in a strike, by a force): it tells which event a
# report is about no better than "the". The link rests on what was hit, where, and who was hit.
GENERIC = frozenset("""
kill killed killing kills dead death deadly die died dies people person killing wound wounded injure injured
attack attacked strike struck airstrike air bomb bombing shelling shot shooting fire fired gunfire raid
military army force troop soldier official security police source government minister
least dozen dozens hundred hundreds several many more other two three four five six seven eight nine ten
day today yesterday week monday tuesday wednesday thursday friday saturday sunday morning night overnight
""".split())


def words(text: str) -> set[str]:
    """Content words of a text: case-folded, apostrophes and a plural "s" cut, stop words left out."""
    return set(_words(text))  # a fresh set: callers may add to it


@lru_cache(maxsize=1 << 16)  # place and actor names recur across events: read each once
def _words(text: str) -> frozenset[str]:
    out = set()
    if not text.isascii():
        # "Al Bāb" (GeoNames) and "Bab" (a headline): compare letters without their accents.
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text.replace("’", "'"))
                       if not unicodedata.combining(ch))
    for m in _WORD.finditer(text):
        w = m.group().casefold().strip("'-")
        w = w[:-2] if w.endswith("'s") else w
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]  # "tents" and "tent", "workers" and "worker"
        if len(w) >= 3 and w not in STOP:
            out.add(w)
    return frozenset(out)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, restoring its state after."""
    # A merge builds millions of short-lived sets and tuples, none of them cycles; each collection
    # walks every live event (100,000 reports: about 10 s of a 63 s merge). Reference counting still frees them.
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
