"""Border shapes: places near a border between two units ("Hlushkivka, a village near the Sumy-Kharkiv Oblast
border"), and a name told as the origin of fire from Russia ("shelled X from Y" with the border named).

ISW writes Russian border villages in Russian spelling, often one key from a Ukrainian register name ("from
Logachevka" / Lohachivka); `villages` reads neither the register nor a slip for such a name (`from_abroad`).
"""

from __future__ import annotations

import re

from eventwire.gazetteer import Gazetteer
from eventwire.geoparsing.nearby import UNIT_PAIR_NEXT
from eventwire.geoparsing.recognize import Candidate

_S = r"[ \u00a0\u2002]"  # a space, no-break space or en space

# After the pair's second name: "Donetsk Oblast border", "Kherson-Mykolaiv Oblast administrative border", "Donetsk-
# Zaporizhia Oblasts frontline" (the unit word may be part of the second name's mention or follow it).
BORDER_AFTER = re.compile(rf"(?:{_S}+(?:oblasts?|regions?|provinces?|governorates?))?{_S}+"
                          rf"(?:administrative{_S}+)?(?:border|boundary|frontline|front{_S}+line)", re.I)


def border_units(gz: Gazetteer, text: str, ordered: list[Candidate]) -> list[tuple[int, int, set[str], set[str]]]:
    """For each "A-B Oblast border" phrase: its sentence's span, the two first-level units and their countries.

    The names of that sentence lie in one of the two units, not in a town named like the first one. In order of
    their sentence starts (`ordered` is sorted by start, and a later name's sentence starts no earlier).
    """
    if "border" not in text and "front" not in text and "boundary" not in text:
        return []
    out: list[tuple[int, int, set[str], set[str]]] = []
    for k, c in enumerate(ordered[:-1]):
        nxt = ordered[k + 1]
        if c.kind == "demonym" or nxt.start != c.end + 1 or not UNIT_PAIR_NEXT.match(text, c.end) or not (
                BORDER_AFTER.match(text, nxt.end)):
            continue
        units = [{i for i in x.ids if gz.fcode[i] == "ADM1"} for x in (c, nxt)]
        if not all(units):
            continue
        start = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start))
        ends = [e for e in (text.find(". ", nxt.end), text.find("\n", nxt.end)) if e >= 0]
        out.append((start + 1, min(ends, default=len(text)), {gz.admin1[i] for u in units for i in u},
                    {gz.cc[i] for u in units for i in u}))
    return out


# "from Y", "from the territory/direction/area of Y", "from the village of Y".
_FROM = re.compile(rf"\bfrom{_S}+(?:the{_S}+(?:territory|direction|area){_S}+of{_S}+)?(?:the{_S}+)?"
                   rf"(?:(?:village|settlement)s?{_S}+of{_S}+)?$")
# A Russian border oblast, "the border" or "Russian territory" in the paragraph.
_ABROAD = re.compile(rf"\b(?:(?:Belgorod|Kursk|Bryansk)(?:{_S}+(?:Oblast|oblast|region))?|the{_S}+"
                     rf"(?:international{_S}+)?border|Russian{_S}+territory)\b")
# A start told on the way to a place ("an assault from X to Y") or placed in a raion is no origin of fire from Russia.
_MOVE_OR_RAION = re.compile(rf",?{_S}+(?:to|toward|towards|into)\b|,{_S}*[A-Z][a-z]+{_S}+Raion\b")
# Fire told earlier in the sentence ("shelled Bilopillia from Y"): "pushed Russian troops from Y back to the border"
# or "withdrew from Y" names a Ukrainian village left, not the origin of fire.
_FIRE_BEFORE = re.compile(r"\b(?:shell(?:ed|ing|s)?|struck|strikes?|fired|firing|fire|launch(?:ed|es|ing)?|bomb(?:ed|ing|s)?|"
                          r"bombard\w*|artillery|mortars?|missiles?|rockets?|airstrikes?|MLRS|drones?|guns?|hit|hits|shot|attack(?:ed|s)?)\b"
                          r"[^.!?;]*$", re.I)
BORDER_OBLASTS = frozenset(("Belgorod", "Kursk", "Bryansk"))


def from_abroad(text: str, s: int, e: int, oblast: str | None) -> bool:
    """Whether the name at text[s:e] (followed by `oblast`, the word of an oblast named after it, or None) is told as
    the origin of fire from Russia: fire told before "from" in its sentence, the border named in its paragraph, no "to Z",
    raion or oblast other than a Russian border oblast after it."""
    if _FROM.search(text, max(0, s - 60), s) is None or _MOVE_OR_RAION.match(text, e):
        return False
    if _FIRE_BEFORE.search(text, max(0, s - 200), s) is None:
        return False
    if oblast is not None and oblast not in BORDER_OBLASTS:
        return False
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    return _ABROAD.search(text, a, b if b >= 0 else len(text)) is not None
