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
hospital doctor say tell told according claim report media state news local cite citing official rescuer
""".split())
# What others said of it ("condemns", "demands justice", "deeply shocked"): the reaction, not the occurrence.
REACTION_WORDS = frozenset("""
condemn condemnation condemned deplore deplored demand justice shocked deeply strongly urge call mourn outrage
react reaction decry denounce slam grow mounting face approve know warn vow express
""".split())
# "France's Macron demands justice after ...", "Hamas leader says ...": a sentence's opening words before a
# reaction or speech verb name its author, not the occurrence. Only a leading subject: no comma before the
# verb ("Strike on X kills 5, ministry says" keeps its clause) and no event told in it (`_EVENT`).
AUTHOR = re.compile(r"^[^,.;:!?]{0,60}?\b(?:condemns|demands|deplores|urges|calls\s+(?:on|for)|mourns|decries|"
                    r"denounces|slams|warns|vows|says|said|tells|told)\b", re.I)  # verbs only: "ceasefire call" is a noun
_EVENT = re.compile(r"\b(?:kill|strike|struck|hit|attack|bomb|shell|shot|shoot|raid|clash|fire|blast|explo|wound|injur)",
                    re.I)
# Who fought or died, and how much or when, in words every report of a war uses ("Taliban fighters", "heavy
# fighting over the last 48 hours").
COMMON_WORDS = frozenset("""
fighter militant gunman terrorist civilian resident family child children woman women man men body victim
heavy last hour part area district region near score toll rise rose occupied casualty
north northern south southern east eastern west western central
since afternoon evening january february march april may june july august september october november december
christmas easter ramadan eid eve new year deadliest bloodiest worst heaviest began
""".split())  # "the deadliest since the war began in October", "on Tuesday afternoon": when and how bad, not which
# Violence beyond `basics.GENERIC`: "strikes hit Rafah", "clashes in Panjshir" say how, not which occurrence.
VIOLENCE_WORDS = frozenset("""
hit target targeted bombard bombardment blast explosion clash fighting fight battle assault barrage
offensive operation violence flare escalate
""".split())


# One site told in other words ("family home" and "house").
# (Victims told in other words are folded by `features.VICTIM_KINDS` already.)
SAME = {"home": "house", "apartment": "house"}


# Bodies named in many reports, cut as a whole: "United Nations" is not "unit" and "nation".
ORGS = ("United Nations", "UN", "European Union", "Red Cross", "Red Crescent", "Security Council")


def _names() -> list[str]:
    return [n for c in pycountry.countries for n in (c.name.split(",")[0], getattr(c, "common_name", "")) if n]


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Every one-word country name ("israel", "france"): a party or a reaction's author, not a story."""
    return frozenset(w for n in _names() if len(ws := words(n)) == 1 for w in ws)


@lru_cache(maxsize=1)
def _long_names() -> re.Pattern[str]:
    """A longer country name or a body (`ORGS`), cut as a whole: alone its words are common ones ("Holy See")."""
    longer = sorted({n for n in _names() if len(words(n)) > 1} | set(ORGS), key=lambda n: (-len(n), n))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, longer)) + r")\b")


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(words(" ".join(demonyms())))


def stem(word: str) -> str:
    """A word without "-ing", "-ed" or "-er" ("raided" is "raid", "seeker" and "seeking" are "seek"), folded by `SAME`.

    A plural `basics.words` left half cut is whole again: "familie" is "family", "churche" is "church".
    """
    if word in SAME:
        return SAME[word]
    if len(word) >= 5 and word.endswith("ie"):
        word = word[:-2] + "y"
    elif len(word) >= 4 and word.endswith(("che", "she", "sse", "xe")):
        word = word[:-1]
    for end in ("ing", "ed", "er"):
        if word.endswith(end) and len(word) - len(end) >= 4:
            word = word[: -len(end)]
            break
    return word


@lru_cache(maxsize=1)
def _cut() -> frozenset[str]:
    """Every report's words that tell no story, as written and stemmed (built once)."""
    cut = GENERIC | VIOLENCE_WORDS | REACTION_WORDS | COMMON_WORDS | SOURCE_WORDS | _countries() | _demonyms()
    cut |= {x for w in cut for x in words(w)}  # "christmas" as `words` writes it
    return frozenset(cut | {stem(w) for w in cut})


def _story_text(text: str) -> str:
    """The sentence less its leading author ("Hamas leader says ...", unless it tells an event), long country names and bodies."""
    m = AUTHOR.match(text)
    return _long_names().sub(" ", text if m is None or _EVENT.search(m.group()) else text[m.end():])


def story_words(ev: Event) -> frozenset[str]:
    """The content words of the event's own sentences, less its places, actors, demonyms, sources and violence."""
    if ev.event_type not in VIOLENT:
        return frozenset()  # a development ("troops raided northern Gaza") is tied by its own tests
    told = {stem(w) for t in own_sentences(ev) for w in words(_story_text(t))} - _cut()
    if not told:
        return frozenset()
    own = place_words([ev], words, region=True).union(*(words(x) for a in ev.actors for x in (a.text or "", a.name) if x))
    return frozenset(told - own - {stem(w) for w in own})
