"""One operation told as a violent event by one outlet and as a non-violent development by another."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.merge.features import VIOLENT, own_sentences
from eventwire.model import Event

if TYPE_CHECKING:
    from eventwire.merge.features import Rec

OPERATIONS = 1  # switch: 0 turns the rule off (benchmarks/merge_windows.py --lowo operations.OPERATIONS=0,1)

STRATEGIC = "Strategic developments"
# A raid told by what the troops did there ("forced detainees to strip", "arrested 600"), not by who died.
RAID_CODINGS = frozenset({"Other", "Arrests"})
# Sites an operation is named by: "raid on the hospital", "Al-Shifa hospital raid", "operation at the refugee camp".
# Houses, roads or towns are not: every operation of a war passes them.
OPERATION_SITES = {
    "hospital": re.compile(r"\b(?:hospitals?|medical\s+(?:complex|centre|center))\b", re.I),
    "school": re.compile(r"\b(?:schools?|universit(?:y|ies)|campus)\b", re.I),
    "camp": re.compile(r"\brefugee\s+camps?\b", re.I),
    "religious site": re.compile(r"\b(?:mosques?|church(?:es)?|synagogues?)\b", re.I),
}


# The site's own name, written just before the site word: "Al-Shifa hospital", "Gaza's Al Shifa hospital",
# "Al-Aqsa medical complex". "Gaza hospital" names the place, not the hospital (`site_names` drops it).
SITE_NAME = re.compile(r"\b((?:[Aa]l[- ])?[A-Z][\w'’-]*)\s+(?i:hospitals?|medical\s+(?:complex|centre|center)|schools?|"
                       r"universit(?:y|ies)|refugee\s+camps?|camps?|mosques?|church(?:es)?)\b")

# Title Case headlines capitalize every word: "Raid On Hospital", "Strike Near Main Hospital".
NOT_NAMES = frozenset("a an the on at in of near into to from by for and with main key largest biggest new another "
                      "its their".split())


def names_in(text: str) -> set[str]:
    """The site names a text writes before a site word ("Al-Shifa hospital" -> "shifa")."""
    out = set()
    for m in SITE_NAME.finditer(text):
        name = re.sub(r"^al[- ]|['’]s$", "", m.group(1).casefold())
        if name and name not in NOT_NAMES:
            out.add(name)
    return out


def site_names(ev: Event) -> frozenset[str]:
    """Names the operation's own sentences give its site ("shifa", "aqsa"), without the place's own name."""
    loc = ev.location
    place = {w.casefold() for x in ((loc.text or "", loc.name) if loc is not None else ()) for w in re.findall(r"\w+", x)}
    return frozenset(set().union(*(names_in(t) for t in own_sentences(ev))) - place)


def operation_sites(ev: Event) -> frozenset[str]:
    """Kinds of site an operation's own sentences name (`OPERATION_SITES`), for violent and raid codings."""
    if not (ev.event_type in VIOLENT or ev.event_type == STRATEGIC and ev.sub_event_type in RAID_CODINGS):
        return frozenset()
    own = own_sentences(ev)
    return frozenset(kind for kind, rx in OPERATION_SITES.items() if any(rx.search(t) for t in own))


def one_operation(a: Rec, b: Rec) -> bool:
    """A violent report and a raid coded as a development, of one day, that name the same kind of site.

    "Israeli military says it killed 90 gunmen at the hospital" and "troops forced health workers to
    strip in hospital raid": the coder rightly reads the second as no violence, but it is the same
    operation at the same site. (Place, opposing attackers and the other hard rules are tested as for
    any pair: `similarity.pair_score`.)
    """
    if not OPERATIONS or a.day is None or a.day != b.day or not a.op_sites & b.op_sites:
        return False
    if a.site_names and b.site_names and not a.site_names & b.site_names:
        return False  # "Al-Shifa hospital" and "Al-Aqsa medical complex": two hospitals of one day
    return (a.event_type in VIOLENT and b.event_type == STRATEGIC
            or b.event_type in VIOLENT and a.event_type == STRATEGIC)
