"""Casualties: killed and injured people with their counts (injured are never counted as killed)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from eventwire.components.triggers import KeywordGate, is_heading
from eventwire.model import Count
from eventwire.pipeline.workdoc import CasualtyMention, NumberMention, WorkDoc

KILLED = r"death\s+toll|(?<=bringing\s)(?:the\s+)?toll|killed|kills|kill|dead|died|die|deaths?|lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|" \
         r"fatalities|perished|slain|slaying|slayings|slaughtered|murdered|massacred|executed|bodies|killing"
INJURED = r"injured|injuries|injuring|wounded|wounding|hurt|hospitali[sz]ed|injury|wounds"
UNSPLIT = r"casualties|victims"
_KEYWORDS = re.compile(rf"\b(?:(?P<killed>{KILLED})|(?P<injured>{INJURED})|(?P<unsplit>{UNSPLIT}))\b", re.I)
# Between a count and its keyword: nouns for people and auxiliaries only ("four people were", "dozens of
# others were reportedly"). A verb or a clause break in between means the count belongs to something else.
_GAP_BEFORE = re.compile(
    r"(?:\s*(?:of\s+(?:the\s+)?)?(?:other|others|more|people|persons|civilians|residents|children|women|men|"
    r"soldiers|servicemen|troops|police(?:men)?|officers|guards|peasants|villagers|workers|students|"
    r"passengers|fighters|militants|rebels|guerrillas|members|person|civilian|child|man|woman|soldier|"
    r"policeman|officer|were|was|have|has|had|been|are|is|reportedly|later|also|all|each|seriously|"
    r"critically|badly|severely|slightly|lightly|mortally|fatally|in\s+total|total|and|or|the|more|"
    r"(?:ukrainian|russian|israeli|palestinian|syrian|salvadoran|colombian|peruvian|guatemalan|lebanese|iraqi|"
    r"afghan|pakistani|indian|yemeni|sudanese|somali|nigerian|american|iranian|kurd|gazan|afghan)s?|local|"
    r"reported|feared|believed|now|"
    # Headline victims: "2 staffers were killed", "seven hostages killed", "kill 2 men".
    r"aid|staff(?:ers?)?|journalists|reporters|hostages|captives|brothers|sisters|farmers|herders|traders|"
    r"miners|pilgrims|worshippers|relatives|medics|doctors|nurses|teachers|policemen|gendarmes|militiamen|"
    r"insurgents|jihadists|terrorists|suspected|islamists|girls|boys|babies|kids|family|"
    r"including|at\s+least|confirmed|being|left|dead|injured|wounded|killed)\b)*\s*$", re.I)
# "kills prominent scientist Sufyan Tayeh", "killed a Hamas deputy leader": one person, no number given.
_ONE_AFTER = re.compile(r"\s+(?:a\s+|an\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:leader|commander|chief|scientist|"
                        r"journalist|official|general|colonel|soldier|man|woman|boy|girl|child|civilian|policeman|"
                        r"officer|mayor|spokesman|doctor|activist|photographer|priest|teacher|judge|politician)\b(?!-)",
                        re.I)
_VERB_KILL = frozenset({"kill", "kills", "killed", "killing"})
_GAP_AFTER = re.compile(r"\s*(?:(?:at\s+least|rose|risen|climbed|increased|reached|stands|stood|now|to|at|of|"
                        r"rises|climbs|reaches|jumps|hits|tops|soars|mounts|"
                        r"is|was|has|had|been|some|another|an\s+additional|a\s+further)\s+)*$", re.I)
_NONE = re.compile(r"\b(?:no\s+(?:one|deaths?|casualties|injuries|fatalities)|nobody)\b[^.;]{0,25}$", re.I)
_ONE = re.compile(r"\b(?:a|an)\s+(?:\w+\s+)?(?:person|man|woman|child|boy|girl|civilian|soldier|policeman|"
                  r"officer|resident|guard|driver|journalist)\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?$", re.I)
# "dead" and "killed" in phrases that are not about people dying in this event.
_NOT_CASUALTY = re.compile(r"(?:\s+(?:end|heat|line|zone|weight)|\s+(?:drones?|missiles?)\b)", re.I)


def _kind(m: re.Match[str]) -> str:
    return "killed" if m.group("killed") else "injured" if m.group("injured") else "unsplit"


_GATE = KeywordGate("""kill dead died die death lost fatalit perish slain slay slaughter murder massacr execut bodies
injur wound hurt hospital casualt victim""".split())
# "eight people died of the yet unidentified disease": deaths no one inflicted are no casualties of violence.
_ILLNESS = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:disease|illness|"
                      r"cancer|complications|natural\s+causes|virus|infection|cholera|ebola|covid|pneumonia|"
                      r"hunger|starvation|old\s+age)\b", re.I)


def find_casualties(doc: WorkDoc, keywords: re.Pattern[str] = _KEYWORDS) -> list[CasualtyMention]:
    """Killed/injured/unsplit mentions with the count that governs each keyword."""
    text = doc.text
    numbers = doc.numbers
    if not numbers and doc.sentences:
        numbers = _fallback_numbers(text)
    out: list[CasualtyMention] = []
    used: set[int] = set()
    for m in (m for s in _GATE.sentences(doc) for m in keywords.finditer(text, s.start, s.end)):
        if _NOT_CASUALTY.match(text, m.end()) or (m.group("killed") and _ILLNESS.match(text, m.end())):
            continue
        si = doc.sentence_of(m.start())
        if si < 0:
            continue
        sent = doc.sentences[si]
        if is_heading(text, sent.start, sent.end) and len(doc.sentences) > 1:
            continue  # "Casualties and Damage in Kyiv" is a section title; a lone headline is the report
        kind = _kind(m)
        num = _count_before(text, numbers, sent.start, m.start(), used) or _count_after(text, numbers, m.end(),
                                                                                      sent.end, used)
        if num is not None:
            used.add(num.start)
            s, e = min(num.start, m.start()), max(num.end, m.end())
            count = Count(low=num.low, best=num.best, high=num.high, text=text[s:e])
        elif _NONE.search(text, max(sent.start, m.start() - 40), m.start()):
            s, e = _NONE.search(text, max(sent.start, m.start() - 40), m.start()).start(), m.end()  # type: ignore[union-attr]
            count = Count(low=0, best=0, high=0, text=text[s:e])
        elif kind == "killed" and m.group(0).lower() in _VERB_KILL and (
                one_after := _ONE_AFTER.match(text, m.end(), sent.end)) is not None:
            s, e = m.start(), one_after.end()
            count = Count(low=1, best=1, high=1, text=text[s:e])
        elif (one := _ONE.search(text, max(sent.start, m.start() - 50), m.start())) is not None:
            s, e = one.start(), m.end()
            count = Count(low=1, best=1, high=1, text=text[s:e])
        else:
            s, e = m.start(), m.end()
            count = Count(text=text[s:e])
        out.append(CasualtyMention(s, e, text[s:e], si, kind, count))
    return out


def _count_before(text: str, numbers: list[NumberMention], s0: int, kw: int,
                  used: set[int]) -> NumberMention | None:
    best = None
    i = bisect.bisect_left(numbers, kw - 200, key=lambda n: n.end)
    for n in numbers[i:]:
        if n.end > kw:
            break
        if n.start >= s0 and kw - n.end <= 70 and n.start not in used:
            best = n
    if best is None or text.startswith("of", best.end + 1) and not re.match(
            r"\s+of\s+(?:the\s+)?(?:other|others|people|civilians|residents|them|those)", text[best.end :]):
        return None  # "one of the drones": a member of a group, not a count of people
    return best if _GAP_BEFORE.match(text, best.end, kw) else None


def _count_after(text: str, numbers: list[NumberMention], kw_end: int, s1: int,
                 used: set[int]) -> NumberMention | None:
    for n in numbers[bisect.bisect_left(numbers, kw_end, key=lambda n: n.start):]:
        if n.start >= kw_end and n.start < s1 and n.start - kw_end <= 40 and n.start not in used:
            return n if _GAP_AFTER.match(text, kw_end, n.start) else None
        if n.start > kw_end + 40:
            break
    return None


def _fallback_numbers(text: str) -> list[NumberMention]:
    # The numbers stage normally fills doc.numbers; used directly (tests, custom pipelines) we read them here.
    from eventwire.components.numbers import find_numbers

    return find_numbers(text, 0, len(text))


def make() -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `casualties.rules.v1`."""

    def casualties(doc: WorkDoc) -> WorkDoc:
        doc.casualties = find_casualties(doc)
        return doc

    return casualties
