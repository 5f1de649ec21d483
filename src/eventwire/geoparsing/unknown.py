"""Place names the gazetteer lacks, found by the words around them ("the village of Ashmi", "the Markab area").

Such a mention has no record of its own: resolution gives it the unit stated around it, the town a distance
phrase measures from, or the article's focus, with a low score (as for a supplied span the gazetteer lacks).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.gazetteer.normalize import fold
from eventwire.geoparsing.recognize import _NEVER_ALONE, _ORG_NEXT, Candidate, demonyms
from eventwire.geoparsing.spans import Spans

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
# The word start after a pattern's first letter, not a leading "\b": a pattern that opens with a letter lets the
# engine skip to those letters at C speed (the same matches: a letter is a word character).
_B = r"(?<!\w.)"
# ", a small town", ", some 50 km south of": what follows the name in the fifth pattern.
_APPOSITIVE = (rf",{_S}+(?:(?:a|an){_S}+(?:[a-z]+{_S}+){{0,2}}(?:{_KINDS}|city)\b|"
               rf"(?:some|about|around|roughly|nearly|almost)?{_S}*\d[\d,.]*{_S}*(?:km|kilomet(?:er|re)s|miles|mi)\b)")
_PATTERNS = (
    # "the village of Ashmi", "the towns of Tel Tamer and Tel Baydar"
    # (`\b(?:{_KINDS}|towns|villages)` grouped by first letter: the word after it ends each branch, so one matches.)
    re.compile(rf"(?:v{_B}(?:illage|illages)|t{_B}(?:own|ownship|owns)|h{_B}amlet|s{_B}(?:ettlement|uburb|ub-district"
               rf"|ubdistrict)|n{_B}eighbou?rhood|d{_B}istrict|c{_B}amp){_S}+of{_S}+({_NAME})(?:,?{_S}+and{_S}+({_NAME}))?"),
    # "in al-Tijara neighbourhood", "the Thantho district of Yala", "near the Kissufim crossing point", "in Khoja Ghar
    # District of Takhar Province" (a capitalised unit word is part of the name, which the mention leaves out)
    re.compile(rf"(?:i{_B}n|a{_B}t|n{_B}ear|f{_B}rom|o{_B}f|o{_B}utside){_S}+(?:the{_S}+)?({_NAME}){_S}+"
               rf"(?:{_AFTER}|{_AFTER_CAP}\b{_CAP_END})\b"),
    # "in the north Arabian Sea", "on the Jaffna Peninsula", "in the Baliem Valley": a feature with its kind word
    re.compile(rf"(?:i{_B}(?:n|nto)|a{_B}(?:t|cross|long)|o{_B}(?:n|ff)|n{_B}ear){_S}+the{_S}+"
               rf"(?:(?:north|south|east|west)(?:ern)?{_S}+)?"
               rf"({_NAME}{_S}+(?:Sea|Peninsula|Valley|Gulf|Bay|Strait|Mountains|Desert|Plateau|Basin|Delta))\b"),
    # "hilltops near Tal Sha'rah", "clashes outside Kafr Nabl", "20 km north of Ein Issa": strongly locative words
    # (Grouped by first letter, each group in the original order: fewer branches tried at each word start.)
    re.compile(rf"(?:n{_B}(?:ear|(?:orth|ortheast|orthwest)(?:ern)?{_S}+of)|o{_B}utside"
               rf"|s{_B}(?:outh|outheast|outhwest)(?:ern)?{_S}+of|e{_B}ast(?:ern)?{_S}+of|w{_B}est(?:ern)?{_S}+of)"
               rf"{_S}+({_NAME})(?![\w'’-]|{_S}+[A-Z])"),
    # "in Kot Adu, a small town some 80 kilometers ...", "in Suwayrah, some 50 km south of Baghdad"
    re.compile(rf"(?:i{_B}n|a{_B}t|n{_B}ear){_S}+({_NAME}){_APPOSITIVE}"),
    # "Metiolkine and Voronove, villages on the eastern edge of ...": a pair the next words call villages
    re.compile(rf"\b({_NAME}){_S}+and{_S}+({_NAME}),{_S}+(?:(?:both|two){_S}+)?(?:villages|settlements)\b"),
)
# Words each pattern cannot match without (its patterns are case-sensitive): a plain substring test skips the
# regex scan on the many texts that lack them. None: no cheap gate. (The commonest first: the test stops early.)
_NEEDS: tuple[tuple[str, ...] | None, ...] = (
    ("town", "district", "village", "camp", "settlement", "neighbo", "suburb", "hamlet"),
    ("area", "town", "region", "district", "village", "camp", "quarter", "crossing", "junction", "neighbo", "District",
     "Village", "Quarter", "Neighbo"),
    ("Sea", "Peninsula", "Valley", "Gulf", "Bay", "Strait", "Mountains", "Desert", "Plateau", "Basin", "Delta"),
    None,
    None,
    ("villages", "settlements"),
)
# A cheap scan for what a pattern needs after its names (it opens with a literal comma), where substrings do not
# suffice; the pattern's own scan, at every word start, runs only when this finds something.
_PRE: tuple[re.Pattern[str] | None, ...] = (
    None, None, None, None, re.compile(_APPOSITIVE), re.compile(rf",{_S}+(?:(?:both|two){_S}+)?(?:villages|settlements)\b"))
_STOP = frozenset("""the a an this that these those his her their its our my your and or but monday tuesday wednesday
    thursday friday saturday sunday god allah islamic state army police government president military
    administrative""".split())  # "North Caucasian Military District", "Kakhovka Administrative District": no place


def unknown_places(text: str, found: list[Candidate], taken_too: Iterable[tuple[int, int]] = ()) -> list[Candidate]:
    """Candidates (no gazetteer ids) for names that the words around them make places, outside `found`/`taken_too`."""
    taken = Spans([*((c.start, c.end) for c in found), *taken_too])
    dem = demonyms()
    out: list[Candidate] = []
    for pat, needs, pre in zip(_PATTERNS, _NEEDS, _PRE, strict=True):
        if needs is not None and not any(w in text for w in needs):
            continue
        if pre is not None and pre.search(text) is None:
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
                if fold(name) in dem or taken.overlaps(s, e):
                    continue  # a demonym, or a name already recognised ("the city of Gaza")
                taken.add(s, e)
                out.append(Candidate(s, e, name, []))
    return out

