"""An interception of a drone, missile or rocket read as a verb phrase on a report's lead ("intercepted 30 drones")."""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.components.text_case import lower_same_length
from eventwire.geoparsing.matching import demonyms

# A bag of words is not enough: "Navy intercepts ship carrying missiles" and "interceptor missiles" name both an
# interception (or interceptor) and a weapon, yet nothing flew at anyone. The weapon must be what was intercepted:
# the verb's object ("intercepted most of the 30 Iranian drones") or its passive subject ("drones were downed").
_TOKEN = re.compile(r"[a-z0-9][\w'’-]*|[^\w\s]")
ACTIVE = frozenset("intercept intercepts intercepted intercepting downed downs downing".split())
PASSIVE = frozenset("intercepted downed".split())
# Words that may stand between the verb and its weapon: articles, quantities, the weapon's make or origin.
FILLERS = frozenset("""the a an all most some many several more of its their dozen dozens scores hundreds over nearly
    almost about around at least one two three four five six seven eight nine ten incoming hostile enemy attack
    kamikaze ballistic cruise hypersonic suicide""".split())
# A weapon that modifies another noun is no weapon intercepted: "drone smuggling ring", "missile parts".
CARGO = frozenset("""smuggling smuggled parts part components component shipment shipments factory factories deal deals
    sale sales supplies supply""".split())
# What may open the passive subject: a new clause ("army says most drones were downed").
OPENERS = frozenset("that say says said as after when while but where before".split())
PASSIVE_GAP = 4  # words between the weapon and a passive verb ("drones launched at Kyiv were intercepted")
ACTIVE_GAP = 4  # fillers between an active verb and its weapon


@lru_cache(maxsize=1)
def _fillers() -> frozenset[str]:
    """FILLERS and the one-word demonyms ("Iranian drones"): a closed list, so ALL-CAPS text reads the same."""
    return FILLERS | frozenset(k for k in demonyms() if " " not in k)


def _weapon(tok: str, weapons: frozenset[str]) -> bool:
    return tok in weapons or (tok.endswith("s") and tok[:-1] in weapons)


def _filler(tok: str) -> bool:
    return tok.isdigit() or tok in _fillers()


def intercepts(text: str, weapons: frozenset[str]) -> bool:
    """Whether the text tells an interception of one of `weapons` (singular stems), as object or passive subject."""
    toks = _TOKEN.findall(lower_same_length(text))
    n = len(toks)
    for i, tok in enumerate(toks):
        nominal = tok in ("interception", "interceptions") and i + 1 < n and toks[i + 1] == "of"
        if tok in ACTIVE or nominal:
            j = i + 1 + nominal
            gap = 0
            while j < n and gap < ACTIVE_GAP and _filler(toks[j]):
                j, gap = j + 1, gap + 1
            if j < n and _weapon(toks[j], weapons) and (j + 1 == n or toks[j + 1] not in CARGO):
                return True
        if tok in PASSIVE and _passive_subject(toks, i, weapons):
            return True
    return False


def _passive_subject(toks: list[str], verb: int, weapons: frozenset[str]) -> bool:
    """A weapon a few words before the passive verb that heads its own noun phrase ("most Iranian drones were ...")."""
    for k in range(verb - 1, max(-1, verb - 2 - PASSIVE_GAP), -1):
        if not toks[k][0].isalnum():
            return False
        if _weapon(toks[k], weapons):
            if toks[k + 1] in CARGO:
                return False
            j = k - 1  # back over the fillers and a list of weapons to the clause's opening
            while j >= 0 and (_filler(toks[j]) or _weapon(toks[j], weapons) or toks[j] in ("and", "or", ",")):
                j -= 1
            return j < 0 or toks[j] in OPENERS or not toks[j][0].isalnum()
    return False
