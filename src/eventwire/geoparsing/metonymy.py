"""Metonyms: a capital or country standing for its government or state ("Moscow said", "Kyiv's counteroffensive")."""

from __future__ import annotations

import re

from eventwire.components.lexicon import MONTH_NAMES, WEEKDAY_NAMES, speech_verbs

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
# A capital's own forces or weapons ("Moscow's forces shelled", "Tehran's missiles hit"): its state's, waged away
# from the city. The noun must head its phrase ("Moscow's military registration offices" is the city's own), the words
# before it are lower-case modifiers, never a speaker's verb ("Kyiv's mayor said drones hit" is the city struck), and
# what follows is an act of war or a phrase end: holding, clashing, repelling or killing says nothing of where.
# Militias and security forces are a city's own armed men, and a defence is the city's ("Kyiv's air defences").
_GAP = rf"(?:(?!(?:{_SPEECH}|said|told|security|police|riot|municipal|local|city)\b)(?-i:[a-z-]+)\s+){{0,2}}?"
_FORCE_NOUN = (r"(?:forces|troops|army|soldiers|military|navy|air\s+force|warplanes|jets|drones|missiles|rockets|"
               r"artillery|offensive|counteroffensive|counter-offensive|proxies|units|tanks|warships)")
_HEAD_END = (r"(?=\s*(?:[,.;:)\"”]|$)|\s+(?:in|on|at|near|against|into|across|along|around|over|toward|towards|were|"
             r"was|is|are|had|have|has|or|to|of|from|with|which|that|who|continued|still|also|now|hit|struck|shot|"
             r"shelled|fired|launched|attacked|bombed|pounded|targeted|invaded|captured|seized|retook|recaptured|"
             r"advanced|pushed|stormed|raided)\b)")
_FORCE_POSSESSIVE = re.compile(rf"^['’]s\s+{_GAP}{_FORCE_NOUN}\b{_HEAD_END}", re.I)
# "Washington's strikes on Houthi targets", "Moscow's invasion of Ukraine": an act is the state's only with its target
# told after it; without one ("Baghdad's market bombing killed 30") it is an event in the city.
_ACT_NOUN = (r"(?:assault|attacks?|strikes|air\s*strikes|bombing|bombardment|shelling|invasion|incursion|raids?|"
             r"barrage)")
_ACT_POSSESSIVE = re.compile(
    rf"^['’]s\s+{_GAP}{_ACT_NOUN}\s+(?:against|into|of|on\s+(?!(?:{WEEKDAY_NAMES})\b|\d))", re.I)
# "in the capital", "the city's west", "its outskirts", "downtown": the sentence itself puts the act in the capital.
_BACK_TO_CITY = re.compile(r"\b(?:the|this)\s+(?:city|capital)\b|\bits\s+(?:outskirts|suburbs|streets|centre|center)\b|"
                           r"\bdowntown\b",
                           re.I)
# "the Moscow-backed forces", "a new Tehran offensive": the capital as the backer, or the state whose new offensive
# it is ("the Kyiv offensive" is the one aimed at the city).
_BACKED = re.compile(r"^-(?:backed|led|allied|aligned|sponsored|supported|controlled)\b", re.I)
_NEW_ACT_BEFORE = re.compile(r"\b(?:new|fresh|latest|renewed|another)\s+$", re.I)
_ACT_AFTER = re.compile(r"^\s+(?:offensive|counteroffensive|counter-offensive|assault|push)\b", re.I)
# "Tehran fired missiles", "Moscow launched 40 missiles", "Kyiv struck back": a capital doing a state's act, told with
# its object. A headline drops the auxiliary ("Kyiv shelled overnight", "Kabul bombed:"), so a verb with no object is
# the city struck; a shoot-down is a defence, mostly over the city itself. A count of time or of blows after the verb
# ("Kyiv shelled 3 nights running", "Kabul bombed 20 times") or a date ("Kyiv attacked January 5") tells when or how
# often the city was hit, not what it fired.
_SPAN = r"(?:days?|nights?|hours?|weeks?|months?|years?|times|minutes)"
_WHEN = (rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES}|as|was|is|overnight|again|{_SPAN}|"
         rf"\d[\d,]*\s+(?:\w+\s+)?{_SPAN})\b")
_ACT_VERB = re.compile(
    r"^\s+(?:(?:has|had|have|again|also)\s+)?(?:launched|fired|struck|attacked|bombed|shelled|invaded|pounded|"
    r"targeted|deployed|hit(?=\s+back))\s+(?!" + _WHEN + r")(?:back\b|\d|(?:a|an|the|its|his|their|dozens|hundreds)\b|"
    r"(?-i:[A-Z])|\w+s\b)", re.I)
# "strikes on Kyiv's power grid", "in Kyiv's Darnytskyi district": a capital after a locative or a blow is the place.
_TARGET_BEFORE = re.compile(r"\b(?:on|at|in|into|near|over|across|around|of|hit|struck|targeted|shelled|bombed)\s+$", re.I)
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
    if fcode == "PPLC" and _state_act(text, start, after):
        return True
    return bool(_ACCORDING.search(text[max(0, start - 30) : start])) and fcode != "ADM1"


def _state_act(text: str, start: int, after: str) -> bool:
    """True when a capital names the state whose forces, weapons or acts the text tells, never where they were."""
    if _BACKED.match(after) or _ACT_VERB.match(after):
        return True
    before = text[max(0, start - 20) : start]
    if _FORCE_POSSESSIVE.match(after) or _ACT_POSSESSIVE.match(after):
        stop = text.find(".", start)
        in_city = _BACK_TO_CITY.search(text, start, stop if stop > 0 else len(text))
        return _TARGET_BEFORE.search(before) is None and in_city is None
    return _ACT_AFTER.match(after) is not None and _NEW_ACT_BEFORE.search(before) is not None
