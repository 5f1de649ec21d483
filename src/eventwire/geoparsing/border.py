"""A name told as the origin of fire from Russia ("shelled X from Y" with the border named): no Ukrainian village.

ISW writes Russian border villages in Russian spelling, often one key from a Ukrainian register name ("from
Logachevka" / Lohachivka); `villages` reads neither the register nor a slip for such a name.
"""

from __future__ import annotations

import re

_S = r"[ \u00a0\u2002]"
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
