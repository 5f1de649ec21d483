"""Place names the gazetteer lacks, found by the words around them ("the village of Ashmi", "the Markab area").

Such a mention has no record of its own: resolution gives it the unit stated around it, the town a distance
phrase measures from, or the article's focus, with a low score (as for a supplied span the gazetteer lacks).
"""

from __future__ import annotations

import re

from eventwire.gazetteer.normalize import fold
from eventwire.geoparsing.recognize import _NEVER_ALONE, _ORG_NEXT, Candidate, demonyms

_S = r"[ \u00a0\u2002]"
# A capitalised name of up to three words; Arabic articles may be glued ("al-Tijara", "Umm al-Fahm").
_W = r"(?:[a-z]{1,3}-)?[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
_NAME = rf"{_W}(?:{_S}{_W}){{0,2}}"
_KINDS = r"village|town|hamlet|settlement|township|neighbou?rhood|suburb|district|sub-district|subdistrict|camp"
_AFTER = (r"neighbou?rhood|district|sub-district|subdistrict|area|village|town|crossing|junction|camp|refugee camp|quarter"
          r"|region")  # "in the Wadi Barada region", "the Drenica region"
_AFTER_CAP = r"(?:District|Sub-district|Subdistrict|Village|Quarter|Neighbou?rhood)"
# After a capitalised unit word, the name ends ("in Ziverbey District.", "District of Takhar"); a lower-case noun makes
# it a firm's or a shop's name ("the Market District kitchen", "the Giant Eagle Market District store").
_CAP_END = (rf"(?=[,.;:)]|$|{_S}*$|{_S}+(?:of|in|on|at|near|and|to|from|after|before|when|while|where|which|that"
            rf"|was|is|were|are|has|had|[A-Z0-9]))")
_PATTERNS = (
    # "the village of Ashmi", "the towns of Tel Hamis and Tel Birak"
    re.compile(rf"\b(?:{_KINDS}|towns|villages){_S}+of{_S}+({_NAME})(?:,?{_S}+and{_S}+({_NAME}))?"),
    # "in al-Tijara neighbourhood", "the Thantho district of Yala", "near the Kissufim crossing point", "in Khoja Ghar
    # District of Takhar Province" (a capitalised unit word is part of the name, which the mention leaves out)
    re.compile(rf"\b(?:in|at|near|from|of|outside){_S}+(?:the{_S}+)?({_NAME}){_S}+(?:{_AFTER}|{_AFTER_CAP}\b{_CAP_END})\b"),
    # "in the north Arabian Sea", "on the Jaffna Peninsula", "in the Baliem Valley": a feature with its kind word
    re.compile(rf"\b(?:in|at|on|near|off|across|into|along){_S}+the{_S}+(?:(?:north|south|east|west)(?:ern)?{_S}+)?"
               rf"({_NAME}{_S}+(?:Sea|Peninsula|Valley|Gulf|Bay|Strait|Mountains|Desert|Plateau|Basin|Delta))\b"),
    # "hilltops near Tal Sha'rah", "clashes outside Kafr Nabl", "20 km north of Ein Issa": strongly locative words
    # (Grouped by first letter, each group in the original order: fewer branches tried at each word start.)
    re.compile(rf"\b(?:n(?:ear|(?:orth|ortheast|orthwest)(?:ern)?{_S}+of)|outside"
               rf"|s(?:outh|outheast|outhwest)(?:ern)?{_S}+of|east(?:ern)?{_S}+of|west(?:ern)?{_S}+of)"
               rf"{_S}+({_NAME})(?![\w'’-]|{_S}+[A-Z])"),
    # "in Dunya Pur, a small town about 100 kilometers ...", "in Suwayrah, some 50 km south of Baghdad"
    re.compile(rf"\b(?:in|at|near){_S}+({_NAME}),{_S}+(?:(?:a|an){_S}+(?:[a-z]+{_S}+){{0,2}}(?:{_KINDS}|city)\b|"
               rf"(?:some|about|around|roughly|nearly|almost)?{_S}*\d[\d,.]*{_S}*(?:km|kilomet(?:er|re)s|miles|mi)\b)"),
    # "Syrotne and Lisna Dacha, villages on the southern outskirts of ...": a pair the next words call villages
    re.compile(rf"\b({_NAME}){_S}+and{_S}+({_NAME}),{_S}+(?:(?:both|two){_S}+)?(?:villages|settlements)\b"),
)
# Words each pattern cannot match without (its patterns are case-sensitive): a plain substring test skips the
# regex scan on the many texts that lack them. None: no cheap gate.
_NEEDS: tuple[tuple[str, ...] | None, ...] = (
    ("village", "town", "hamlet", "settlement", "neighbo", "suburb", "district", "camp"),
    ("neighbo", "district", "area", "village", "town", "crossing", "junction", "camp", "quarter", "region", "District",
     "Village", "Quarter", "Neighbo"),
    ("Sea", "Peninsula", "Valley", "Gulf", "Bay", "Strait", "Mountains", "Desert", "Plateau", "Basin", "Delta"),
    None,
    None,
    ("villages", "settlements"),
)
_STOP = frozenset("""the a an this that these those his her their its our my your and or but monday tuesday wednesday
    thursday friday saturday sunday god allah islamic state army police government president military
    administrative""".split())  # "North Caucasian Military District", "Kakhovka Administrative District": no place


def unknown_places(text: str, found: list[Candidate]) -> list[Candidate]:
    """Candidates (no gazetteer ids) for names that the words around them make places, outside `found`."""
    taken = [(c.start, c.end) for c in found]
    dem = demonyms()
    out: list[Candidate] = []
    for pat, needs in zip(_PATTERNS, _NEEDS, strict=True):
        if needs is not None and not any(w in text for w in needs):
            continue
        for m in pat.finditer(text):
            for g in range(1, (m.lastindex or 0) + 1):
                s, e = m.span(g)
                if s < 0:
                    continue
                name = text[s:e]
                words = fold(name).replace("-", " ").split()
                if words[0] in _STOP or words[-1] in _STOP or any(w in _NEVER_ALONE for w in words):
                    continue
                if any(w in _ORG_NEXT for w in words):
                    continue  # "near Vanderbilt University", "outside City Hall": a building or a street
                if fold(name) in dem or any(a < e and s < b for a, b in taken):
                    continue  # a demonym, or a name already recognised ("the city of Gaza")
                taken.append((s, e))
                out.append(Candidate(s, e, name, []))
    return out
