"""Metonyms: a capital or country standing for its government ("Moscow said", "Washington's aid")."""

from __future__ import annotations

import re

from eventwire.components.lexicon import speech_verbs

# A capital or country that speaks ("Moscow said"), or that wants, decides or acts as a state ("Washington refused"),
# is its government: the speech verbs, wider by the acts of a state.
_SPEECH = (
    speech_verbs("said", "says", "say", "announced", "claimed", "claims", "denied", "denies", "warned", "warns",
                 "insisted", "insists", "argued", "argues") + "|"
    r"accused|accuses|wants|want|"
    r"refused|refuses|rejected|rejects|agreed|agrees|responded|demanded|demands|urged|urges|threatened|"
    r"condemned|condemns|hopes|believes|vowed|vows|pledged|promised|blamed|"
    r"retaliated|signed|backed|supports|supported|opposes|opposed|sanctioned|recognized|recognised|"
    r"expelled|summoned|welcomed|praised|criticized|criticised|called|offered|proposed|sent|plans|"
    r"intends|considers|will|would|could|should|must|may|might|does|did|do|has\s+(?:said|not|no|been\s+pushing)|"
    r"have\s+(?:said|not|no)|is\s+(?:not|ready|willing|unwilling|trying|seeking|prepared|open)"
)
_VERB_AFTER = re.compile(rf"^\s+(?:{_SPEECH})\b", re.I)
_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:\w+\s+)?(?:aid|support|position|policy|policies|decision|response|stance|plan|plans|demands|"
    r"allies|ally|backing|sanctions|envoy|ambassador|diplomats|diplomacy|offer|proposal|refusal|approval|"
    r"military\s+aid|government|leadership|negotiators|delegation|officials|intelligence|strategy|interests)\b",
    re.I,
)
_LITERAL_AFTER = re.compile(r"^\s+(?:was|is|were|has\s+been|had\s+been)\s+(?:hit|struck|attacked|shelled|bombed|targeted)", re.I)
_ACCORDING = re.compile(r"\b(?:according\s+to|officials\s+in|sources\s+in)\s+$", re.I)


# "Police in Kaduna State said": after a locative a state is where the speakers are, not who speaks.
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near)\s+$", re.I)


def is_metonym(text: str, start: int, end: int, fcode: str) -> bool:
    """True when a capital or country name is used for its government or state."""
    if fcode not in ("PCLI", "PPLC", "ADM1"):
        return False
    if fcode == "ADM1" and _LOCATIVE_BEFORE.search(text, max(0, start - 12), start):
        return False
    after = text[end : end + 60]
    if _LITERAL_AFTER.match(after):
        return False
    if _VERB_AFTER.match(after) or _POSSESSIVE.match(after):
        return True
    return bool(_ACCORDING.search(text[max(0, start - 30) : start])) and fcode != "ADM1"
