"""One operation told as a violent event by one outlet and as a non-violent development by another."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.gazetteer.normalize import fold
from eventwire.geoparsing import lowercase as LC
from eventwire.geoparsing.matching import demonyms
from eventwire.geoparsing.titlecase import headline_word
from eventwire.merge.basics import VIOLENT, own_sentences, place_words, plain_words
from eventwire.model import Event

if TYPE_CHECKING:
    from eventwire.merge.features import Rec

OPERATIONS = 1  # switch: 0 turns the rule off (benchmarks/merge_windows.py --lowo operations.OPERATIONS=0,1)

# Placed only at a region or country, the two reports must tie their site by its name: 2 = a name both give, 1 = a
# name either gives (the other says "Gaza hospital raid"), 0 = none needed (round 25). Session 12 review, D2.
REGION_NAMES = 1

STRATEGIC = "Strategic developments"
ARRESTS = "Arrests"
# A raid told by what the troops did there ("forced detainees to strip", "arrested 600"), not by who died.
RAID_CODINGS = frozenset({"Other", ARRESTS})
# Sites an operation is named by: "raid on the hospital", "Al-Shifa hospital raid", "siege of the university".
# Each kind is its own: a strike on a school is not an arrest sweep at a university. Houses, roads or towns are
# not sites: every operation of a war passes them; nor is a refugee camp, a town (as for `features.SITE_WORDS`).
OPERATION_SITES = {
    "hospital": r"hospitals?|medical\s+(?:complex|centre|center)",
    "school": r"schools?",
    "university": r"universit(?:y|ies)|campus(?:es)?",
    "mosque": r"mosques?",
    "church": r"church(?:es)?",
    "synagogue": r"synagogues?",
}
_SITES = {kind: re.compile(rf"\b(?:{rx})\b", re.I) for kind, rx in OPERATION_SITES.items()}

# The site's own name, written just before the site word: "Al-Shifa hospital", "Gaza's Al Shifa hospital",
# "Al-Aqsa medical complex". "Gaza hospital" names the place, not the hospital (`site_names` drops it).
SITE_NAME = re.compile(r"\b((?:[Aa]l[- ])?)([A-Z][\w'’-]*)\s+(?i:(" + "|".join(OPERATION_SITES.values()) + r"))\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+)[\"'“‘(]*$")


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(demonyms())


def _no_name(text: str, word: str, pos: int) -> bool:
    """A capitalised word that names no site: a Title Case verb ("Raid", "Storm"), an everyday word opening the
    sentence ("Children's hospital"), a demonym ("Israeli") or an operator's acronym ("UN", "UNRWA", "UN-run")."""
    key = fold(word)
    head = word.split("-")[0]  # "UN-run school"
    return (head.isupper() and len(head) > 1 or key in _demonyms() or headline_word(text, word, pos)
            or LC.word_counts().get(key, 0) >= LC.COMMON and bool(_SENTENCE_START.search(text, 0, pos)))


def names_in(text: str) -> set[tuple[str, str]]:
    """The (site kind, name) pairs a text writes before a site word ("Al-Shifa hospital" -> ("hospital", "shifa"))."""
    out = set()
    for m in SITE_NAME.finditer(text):
        word = re.sub(r"['’]s$", "", m.group(2))
        if not word or not m.group(1) and _no_name(text, word, m.start(2)):
            continue  # an "Al-" name is Arabic, never a headline's capitalised verb
        kind = next(k for k, rx in _SITES.items() if rx.fullmatch(m.group(3)))
        out.add((kind, word.casefold()))
    return out


def site_names(ev: Event) -> frozenset[tuple[str, str]]:
    """Named sites in the operation's own sentences (("hospital", "shifa")), without the words of its place and region."""
    place = place_words([ev], plain_words, region=True)
    return frozenset((k, n) for t in own_sentences(ev) for k, n in names_in(t) if n not in place)


def operation_sites(ev: Event) -> frozenset[str]:
    """Kinds of site an operation's own sentences name (`OPERATION_SITES`), for violent and raid codings."""
    if not (ev.event_type in VIOLENT or ev.event_type == STRATEGIC and ev.sub_event_type in RAID_CODINGS):
        return frozenset()
    own = own_sentences(ev)
    return frozenset(kind for kind, rx in _SITES.items() if any(rx.search(t) for t in own))


def one_operation(a: Rec, b: Rec) -> bool:
    """A violent report and a raid coded as a development, of one day, that name the same kind of site.

    "Army says it killed 70 fighters at the clinic" and "soldiers made medical staff
    undress in clinic raid": the coder rightly reads the second as no violence, but it is the same
    operation at the same site. (Place, opposing attackers and the other hard rules are tested as for
    any pair: `similarity.pair_score`.)
    """
    if not OPERATIONS or a.day is None or a.day != b.day or not a.op_sites & b.op_sites:
        return False
    named = a.site_names & b.site_names
    if a.site_names and b.site_names and not named:
        return False  # "Al-Shifa hospital" and "Al-Aqsa medical complex": two hospitals of one day
    if not named and (ARRESTS in (a.sub_type, b.sub_type) or not (a.precise and b.precise) and (
            REGION_NAMES >= 2 or REGION_NAMES == 1 and not (a.site_names or b.site_names))):
        # A region holds many schools and hospitals, and an arrest sweep passes several: the site's name must say
        # it is one ("strike on a school in Gaza" is not "troops detain men at a school in northern Gaza").
        return False
    return (a.event_type in VIOLENT and b.event_type == STRATEGIC
            or b.event_type in VIOLENT and a.event_type == STRATEGIC)
