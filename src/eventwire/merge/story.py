"""A report's story words: what it tells beyond its place, its actors, its source and that people died."""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from eventwire.geoparsing.matching import demonyms
from eventwire.merge.basics import GENERIC, VIOLENT, own_sentences, place_words, words
from eventwire.model import Event

# Who said it ("health ministry says", "officials say") tells no strike from another; nor do the
# war's every-day words ("Israeli", "Gaza", "Hamas" are places, actors or demonyms, cut below).
SOURCE_WORDS = frozenset("""
health ministry spokesperson spokesman agency medic paramedic civil defence defense witness
hospital doctor say tell told according claim
""".split())
# What others said of it ("condemns", "demands justice", "deeply shocked"): the reaction, not the occurrence.
REACTION_WORDS = frozenset("""
condemn condemnation condemned deplore deplored demand justice shocked deeply strongly urge call mourn outrage
react reaction decry denounce slam grow mounting face approve know warn vow express
""".split())
# "France's Macron demands justice after ...", "Hamas leader says ...": a sentence's opening words before a
# reaction or speech verb name its author, not the occurrence.
AUTHOR = re.compile(r"^[^.;:!?]{0,60}?\b(?:condemns|demands|deplores|urges|calls\s+(?:on|for)|mourns|decries|denounces|"
                    r"slams|warns|vows|says|said|tells|told)\b", re.I)  # verbs only: "ceasefire call" is a noun
# Who fought or died, and how much or when, in words every report of a war uses ("Taliban fighters", "heavy
# fighting over the last 48 hours").
COMMON_WORDS = frozenset("""
fighter militant gunman terrorist civilian resident family child children woman women man men body victim
heavy last hour part area district region near score toll rise rose occupied
""".split())
# Violence beyond `basics.GENERIC`: "strikes hit Rafah", "clashes in Panjshir" say how, not which occurrence
# ("clashe" is how `basics.words` writes "clashes").
VIOLENCE_WORDS = frozenset("""
hit target targeted bombard bombardment blast explosion clash clashe fighting fight battle assault barrage
offensive operation violence flare escalate
""".split())


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The words of every country's name ("israel", "france"): a party or a reaction's author, not a story."""
    return frozenset(w for c in pycountry.countries for n in (c.name, getattr(c, "common_name", "")) for w in words(n))


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(words(" ".join(demonyms())))


def stem(word: str) -> str:
    """A word without "-ing", "-ed" or "-er" ("raided" is "raid", "seeker" and "seeking" are "seek")."""
    for end in ("ing", "ed", "er"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            return word[: -len(end)]
    return word


@lru_cache(maxsize=1)
def _cut() -> frozenset[str]:
    """Every report's words that tell no story, as written and stemmed (built once)."""
    cut = GENERIC | VIOLENCE_WORDS | REACTION_WORDS | COMMON_WORDS | SOURCE_WORDS | _countries() | _demonyms()
    return frozenset(cut | {stem(w) for w in cut})


def story_words(ev: Event) -> frozenset[str]:
    """The content words of the event's own sentences, less its places, actors, demonyms, sources and violence."""
    if ev.event_type not in VIOLENT:
        return frozenset()  # a development ("troops raided northern Gaza") is tied by its own tests
    told = {stem(w) for t in own_sentences(ev) for w in words(AUTHOR.sub(" ", t, count=1))} - _cut()
    if not told:
        return frozenset()
    own = place_words([ev], words, region=True).union(*(words(x) for a in ev.actors for x in (a.text or "", a.name) if x))
    return frozenset(told - own - {stem(w) for w in own})
