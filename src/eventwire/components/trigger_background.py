"""Attacks named as background, fear or description rather than told as news (gold README: not labelled)."""

from __future__ import annotations

import re

from eventwire.components.trigger_refs import place_in
from eventwire.pipeline.workdoc import WorkDoc

# Rules by name, so a benchmark or a test can switch one off to weigh it.
DISABLED: set[str] = set()

# The attack nouns a reference names ("since the Hamas attack", "over feared Rafah attack").
_NOUN = re.compile(r"(?:attacks?|assaults?|offensives?|invasion|strikes?|airstrikes?|bombings?|raids?|massacres?|"
                   r"killings?)$", re.I)

# "How many hostages are still in Gaza since Hamas attack on Israel?", "the worst violence since the Mumbai
# attacks": a past start point, not an event told as news. "It has been 4 days since the killing" dates a recent
# event instead (MUC dev).
_SINCE = re.compile(r"(?<!days\s)(?<!weeks\s)(?<!hours\s)(?<!months\s)\bsince\s+(?:the\s+|last\s+(?:\w+['’]s\s+)?)?(?:[\w’'.-]+\s+){0,3}$", re.I)
_SINCE_TIME = re.compile(r"\bsince\s+(?:the\s+)?(?:\w+\s+)?(?:\d|January|February|March|April|May|June|July|"
                         r"August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday|yesterday|last|early|late|mid|dawn|morning|evening|noon|midnight)", re.I)

# "Israeli Peace Activists Face Reckoning After Hamas Attacks", "closes crossing after Hamas attack and vows ...":
# a headline's bare cause (a party's attack with no place, site, toll or date) names an attack told elsewhere
# (gold README: earlier attacks mentioned as the cause are not labelled). "after Rafah strike", "after strike on
# aid convoy" name the attack itself and stay.
_AFTER = re.compile(r"\b(?i:after|following|in\s+the\s+wake\s+of|in\s+response\s+to|over)\s+(?i:the\s+|a\s+|an\s+|"
                    r"last\s+week['’]s\s+|recent\s+|deadly\s+|latest\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}$")
_BARE_END = re.compile(r"\s*(?:$|[,;:?!|–—-]|\s+and\b|\s+as\b|\s+but\b|\s+while\b)")

# "anxiety in Gaza over feared Rafah attack", "braces for looming offensive": an attack feared is no event.
_FEARED = re.compile(r"\b(?:feared|looming|impending|threatened|anticipated|expected|planned|"
                     r"imminent|upcoming|long-?awaited)\s+(?:[\w’'-]+\s+){0,2}$", re.I)


# "Only 30 to 35% of Hamas fighters killed in Gaza war", "More than 100 journalists killed in six months in Gaza":
# a headline's toll over a war or a span of weeks sums up many events (gold README: war-long totals are not labelled).
_KILLING = re.compile(r"kill\w*|dead|deaths?|died|dies", re.I)
_SPAN = re.compile(r"\bin\s+(?:the\s+)?(?:[\w’'-]+\s+)?war\b(?!-)|\b(?:in|over|during)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?"
                   r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+(?:weeks|months|years)\b|"
                   r"\bsince\s+(?:the\s+)?(?:war|start|beginning|outbreak)\b|\bso\s+far\b|\bthis\s+year\b|\bin\s+20\d\d\b", re.I)


def background(doc: WorkDoc, s0: int, s1: int, t0: int, t1: int, headline: bool) -> tuple[str, str] | None:
    """(status, reason) when the attack word at t0..t1 names background or a feared attack, else None."""
    text = doc.text
    words = text[t0:t1].split()
    if "span" not in DISABLED and headline and words and _KILLING.fullmatch(words[0]) \
            and (m := _SPAN.search(text, s0, s1)) is not None:
        return "historical", f"a toll over a war or a span of weeks, not one event: {m.group(0)!r}"
    if not words or _NOUN.fullmatch(words[0]) is None:  # "attack on": the noun comes first
        return None
    before = text[max(s0, t0 - 60) : t0]
    if "since" not in DISABLED and (m := _SINCE.search(before)) is not None \
            and _SINCE_TIME.match(before, m.start()) is None:
        return "historical", f"an attack named as a past start point: {before[m.start():].strip()!r}"
    if "feared" not in DISABLED and (m := _FEARED.search(before)) is not None:
        return "hypothetical", f"an attack feared or expected, not done: {before[m.start():].strip()!r}"
    if "cause" not in DISABLED and headline and (m := _AFTER.search(before)) is not None \
            and _BARE_END.match(text, t1, s1) is not None and not place_in(doc, t0 - len(before) + m.start(), t0):
        return "historical", f"a headline's bare cause, told elsewhere: {before[m.start():].strip()!r}"
    return None

