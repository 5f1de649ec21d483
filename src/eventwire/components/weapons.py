"""Weapons: kinds and models, with launched/intercepted tallies when the text states them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from eventwire.components.lexicon import AIRCRAFT_MODELS
from eventwire.components.triggers import KeywordGate, lowered
from eventwire.pipeline.workdoc import NumberMention, Sentence, WeaponMention, WorkDoc

# Models by kind (public designations; the Russian/Iranian ones dominate Ukraine reporting).
MODELS: dict[str, list[str]] = {
    "drone": [r"Shahed(?:-\d+)?", r"Geran(?:-\d)?", r"Lancet", r"Orlan(?:-\d+)?", r"Bayraktar(?:\s+TB2)?",
              r"Gerbera", r"Mohajer(?:-\d)?", r"Switchblade"],
    "missile": [r"Iskander(?:-[MK])?", r"Kh-\d+\w*", r"Kalibr", r"Kinzhal", r"Tochka(?:-U)?", r"S-[34]00",
                r"Oniks", r"Zircon", r"Tsirkon", r"ATACMS", r"Storm\s+Shadow", r"SCALP", r"Taurus", r"Neptune",
                r"Tomahawk", r"Fateh(?:-\d+)?", r"Scud", r"Patriot", r"KN-23", r"Javelin", r"NLAW"],
    "rocket": [r"Grad", r"BM-21", r"Smerch", r"Uragan", r"Tornado(?:-S)?", r"HIMARS", r"Qassam", r"Katyusha",
               r"RPG(?:-\d+)?"],
    "artillery": [r"Msta(?:-[SB])?", r"Krasnopol", r"Caesar", r"M777", r"Pion", r"Akatsiya", r"Gvozdika",
                  r"howitzers?"],
    "aircraft": [*AIRCRAFT_MODELS, r"bombers?", r"fighter\s+jets?", r"warplanes?", r"helicopters?",
                 r"military\s+aircraft"],
}
KINDS: dict[str, str] = {
    "drone": r"drones?|UAVs?|unmanned\s+aerial\s+vehicles?|Shaheds",
    "missile": r"(?:cruise|ballistic|guided|anti-aircraft|anti-tank|air-launched|hypersonic)\s+missiles?|missiles?",
    "rocket": r"rockets?|MLRS|multiple\s+(?:launch\s+)?rocket\s+(?:launchers?|systems?)",
    "artillery": r"artillery|shells|mortars?|tube\s+artillery",
    "aircraft": r"aircraft|jets|planes",
    "explosive": r"car\s+bombs?|bombs?|explosives?|dynamite|IEDs?|land\s*mines?|mines|grenades?",
    "small arms": r"rifles?|machine\s+guns?|guns|gunfire|small\s+arms|AK-47s?|pistols?",
}
INTERCEPTABLE = frozenset({"drone", "missile", "rocket"})
_LAUNCH = re.compile(r"\b(?:launched|launch|fired|sent|used|deployed|unleashed|directed|"
                     r"(?:attacked|struck|targeted|hit)\s+(?:[\w’'-]+\s+){0,3}?with)\b", re.I)
_INTERCEPT = re.compile(r"\b(?:downed|shot\s+down|shoot\s+down|shooting\s+down|intercepted|intercepting|"
                        r"destroyed|destroying|neutrali[sz]ed|suppressed|jammed|repelled|eliminated)\b", re.I)
# "... drones were shot down", "missiles fired at Kyiv": the verb after the count decides the role.
_PASSIVE = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been|are|being)\s+(?:\w+\s+)?)?(?:(?P<l>launched|fired|"
                      r"used|sent|deployed)|(?P<i>downed|shot\s+down|intercepted|destroyed|neutrali[sz]ed|"
                      r"suppressed|repelled|eliminated))\b", re.I)
# "..., of which 70 were shot down", "41 of them were destroyed", "all of which were intercepted".
_WORD_NUM = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
             r"fifty|sixty|seventy|eighty|ninety)(?:-\w+)?")
_BARE = re.compile(rf"(?:\b(?P<all>all)(?:\s+of\s+(?:which|them))?|(?P<n>\b(?:\d[\d,]*\d|\d|{_WORD_NUM}))"
                   r"(?:\s+of\s+(?:which|them|these))?)"
                   r"(?:\s+[\w’'-]+){0,3}?\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?)?"
                   r"(?:downed|shot\s+down|intercepted|destroyed|neutrali[sz]ed)\b"
                   rf"|\bof\s+which\s+(?:[\w’'-]+\s+){{0,4}}?(?:downed|shot\s+down|intercepted|destroyed)\s+"
                   rf"(?P<n2>\d[\d,]*\d|\d|{_WORD_NUM})\b"
                   # "and air defences shot down 10 of them", "intercepted both of them", "downed all of them".
                   r"|\b(?:downed|shot\s+down|intercepted|destroyed|neutrali[sz]ed)\s+(?:(?P<all2>all|both)(?:\s+of)?|"
                   rf"(?P<n3>\d[\d,]*\d|\d|{_WORD_NUM})\s+of)\s+them\b", re.I)
# "shot down 35 of the drones and all the missiles": every one launched of that kind was downed.
_ALL_THE = re.compile(r"\b(?:all|both)\s+(?:of\s+)?(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?$", re.I)
# "40 missile strikes", "drone attacks": a count of strikes, not of weapons.
_NOT_TALLY = re.compile(r"\s+(?:and\s+\w+\s+)?(?:strikes?|attacks?|launches|raids?|alerts?)\b", re.I)
_MOD_GAP = re.compile(r"(?:\s+(?:[\w-]+-type|type|attack|strike|kamikaze|combat|Iranian-made|Russian|cruise|"
                      r"ballistic|guided|hypersonic|reconnaissance|military|\w+-made|\w+-launched|Ukrainian|of|the|"
                      + "|".join(p for k in ("drone", "missile", "rocket") for p in MODELS[k]) + r")s?\b)*\s+", re.I)


def _stem(pattern: str) -> str:
    """The literal start of a model pattern, lower-cased: the gate's stem ("Su-\\d+\\w*" -> "su-")."""
    return re.sub(r"[\\(].*", "", pattern).lower()


class WeaponFinder:
    """Compiled model and kind patterns (built once in make())."""

    def __init__(self) -> None:
        model_alt = "|".join(f"(?P<m_{k}>{'|'.join(v)})" for k, v in MODELS.items())
        kind_alt = "|".join(f"(?P<k_{k.replace(' ', '_')}>{v})" for k, v in KINDS.items())
        # A model may be plural ("Shaheds", "Kalibrs") or typed ("Shahed-type drones").
        self.regex = re.compile(rf"\b(?:(?:{model_alt})(?:s(?![\w-])|(?=-type\b)|(?![\w-]))|(?:{kind_alt})(?![\w-]))",
                                re.I)
        self.model_case = re.compile("|".join(p for v in MODELS.values() for p in v))
        self.gate = KeywordGate("""drone uav unmanned shahed missile rocket mlrs artiller shell mortar aircraft jets planes
        bomb explosive dynamite ied mine grenade rifle gun pistol ak-47 geran lancet orlan bayraktar gerbera mohajer
        switchblade iskander kh- kalibr kinzhal tochka s-300 s-400 oniks zircon tsirkon atacms storm shadow scalp
        taurus neptune tomahawk fateh scud patriot kn-23 javelin nlaw grad bm-21 smerch uragan tornado himars qassam
        katyusha rpg msta krasnopol caesar m777 pion akatsiya gvozdika howitzer bomber fighter warplane helicopter
        small""".split() + [_stem(m) for m in AIRCRAFT_MODELS])

    def find(self, doc: WorkDoc) -> list[WeaponMention]:
        """Weapon mentions in text order; a model names its kind, a count before it is a tally."""
        # The big pattern is tried only where the automaton saw a weapon word begin, never across whole
        # sentences: Python's re would try all ~90 alternatives at every character.
        low = lowered(doc)
        starts: dict[int, list[int]] = {}
        for end, stem in self.gate.automaton.iter(low):
            start = end - len(stem) + 1
            if start > 0 and low[start - 1].isalnum():
                continue
            si = doc.sentence_of(start)
            if si >= 0:
                starts.setdefault(si, []).append(start)
        out: list[WeaponMention] = []
        for si, positions in starts.items():
            s = doc.sentences[si]
            found: list[WeaponMention] = []
            reach = -1
            for pos in sorted(set(positions)):
                m = self.regex.match(doc.text, pos, s.end) if pos >= reach else None
                if m is None:
                    continue
                reach = m.end()
                w = self._mention(doc, s, si, m)
                if w is not None:
                    found.append(w)
            found = _merge_models(doc.text, found)
            _all_the(doc.text, s, found)
            _bare_counts(doc.text, doc.numbers, s, found)
            out.extend(_merge_tallies(doc.text, found))
        return out

    def _mention(self, doc: WorkDoc, s: Sentence, si: int, m: re.Match[str]) -> WeaponMention | None:
        text = doc.text
        group = m.lastgroup or ""
        kind = group[2:].replace("_", " ")
        model = None
        if group.startswith("m_"):
            model = m.group(0)
            if not self.model_case.fullmatch(model):
                model = model[:-1] if model.endswith("s") and self.model_case.fullmatch(model[:-1]) else None
            if model is None and not m.group(0).islower() and not m.group(0).isupper():
                return None  # "grad student" is no Grad; models keep their capitalisation
            if model is not None and model[0].islower():
                model = None
        start = m.start()
        launched = intercepted = None
        num = _count_before(text, doc.numbers, start)
        if num is not None and not _NOT_TALLY.match(text, m.end()):
            part = re.search(r"(\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|over\s+|about\s+)?$",
                             text[max(s.start, num.start - 24) : num.start])
            first = num.start - len(part.group(0)) if part else num.start
            c0 = _clause_start(text, s.start, first)
            verb_i, verb_l = _verbs(text[c0:first], kind)
            if verb_i < 0 and verb_l < 0 and c0 > s.start and text[c0 - 1] == ":":
                # "used 70 assets: 60 drones and 10 missiles": the list after a colon takes the verb before it.
                c1 = _clause_start(text, s.start, c0 - 1)
                verb_i, verb_l = _verbs(text[c1 : c0 - 1], kind)
            value = num.best if num.best is not None else num.low
            after = _PASSIVE.match(text, m.end())
            passive = None
            if after and (kind in INTERCEPTABLE or after.group("l")):
                passive = "i" if after.group("i") else "l"
                has_aux = after.group(0).split()[0].lower() in ("were", "was", "have", "had", "are", "being")
            if part and verb_i >= 0:
                intercepted, launched = int(part.group(1).replace(",", "")), value
            elif passive and has_aux:
                launched, intercepted = (value, None) if passive == "l" else (None, value)
            elif verb_i > verb_l:
                intercepted = value
                if text[max(s.start, first - 4) : first].lower() == "all ":
                    launched = value  # "shot down all 45 drones": as many launched as downed
            elif verb_l >= 0:
                launched = value
            elif passive:
                launched, intercepted = (value, None) if passive == "l" else (None, value)
            start = first
        return WeaponMention(start, m.end(), text[start : m.end()], si, kind, model, launched, intercepted)


def _verbs(clause: str, kind: str) -> tuple[int, int]:
    """Positions of the last intercept and launch verbs in a clause (-1 when absent)."""
    return (_last(_INTERCEPT, clause) if kind in INTERCEPTABLE else -1), _last(_LAUNCH, clause)


def _bare_counts(text: str, numbers: list[NumberMention], s: Sentence, found: list[WeaponMention]) -> None:
    # "100 drones, of which 70 were shot down": a count with no weapon word refers to the last launched tally.
    if not any(w.launched is not None for w in found):
        return
    for m in _BARE.finditer(text, s.start, s.end):
        value = None
        if not (m.group("all") or m.group("all2")):
            at = m.start("n") if m.group("n") else m.start("n2") if m.group("n2") else m.start("n3")
            i = bisect.bisect_right(numbers, at, key=lambda n: n.start) - 1
            if i < 0 or numbers[i].start != at or any(w.start <= at < w.end for w in found):
                continue
            value = numbers[i].best if numbers[i].best is not None else numbers[i].low
        target = next((w for w in reversed(found) if w.end <= m.start() and w.launched is not None
                       and w.intercepted is None and w.kind in INTERCEPTABLE), None)
        if (m.group("all2") or "").lower() == "both":
            # "both of them" is two of one kind: only a lone launched tally of 2 is meant, else it is ambiguous.
            told = [w for w in found if w.end <= m.start() and w.launched is not None]
            target, value = (target, 2) if len(told) == 1 and target is told[0] and target.launched == 2 else (None, 2)
        if target is not None:
            target.intercepted = target.launched if value is None else value


def _all_the(text: str, s: Sentence, found: list[WeaponMention]) -> None:
    # "launched 3 missiles ... and shot down all the missiles": as many downed as the earlier tally launched.
    for w in found:
        m = _ALL_THE.search(text, s.start, w.start)
        if w.launched is not None or w.intercepted is not None or m is None:
            continue
        if w.kind not in INTERCEPTABLE or _verbs(text[_clause_start(text, s.start, w.start) : w.start], w.kind)[0] < 0:
            continue
        p = next((p for p in reversed(found) if p.end <= w.start and p.kind == w.kind and p.launched is not None
                  and p.intercepted is None and (not p.model or not w.model or p.model == w.model)), None)
        # "both the drones" is two: only a launched tally of 2 can be meant.
        if p is not None and (not m.group(0).lower().startswith("both") or p.launched == 2):
            w.intercepted = p.launched


def _merge_tallies(text: str, found: list[WeaponMention]) -> list[WeaponMention]:
    # "launched 26 Shahed drones; 24 drones were destroyed": one weapon, launched 26 and intercepted 24.
    out: list[WeaponMention] = []
    for w in found:
        if w.intercepted is not None and w.launched is None:
            p = next((p for p in out if p.kind == w.kind and p.launched is not None and p.intercepted is None
                      and (not p.model or not w.model or p.model == w.model) and w.intercepted <= p.launched), None)
            if p is not None:
                p.intercepted, p.model = w.intercepted, p.model or w.model
                continue
        out.append(w)
    return out


def _count_before(text: str, numbers: list[NumberMention], kw: int) -> NumberMention | None:
    best = None
    for n in numbers[bisect.bisect_left(numbers, kw - 100, key=lambda n: n.end):]:
        if n.end > kw:
            break
        if kw - n.end <= 45:
            best = n
    if best is None:
        return None
    if best.end == kw or _MOD_GAP.fullmatch(text, best.end, kw):
        return best
    return None


def _clause_start(text: str, s0: int, pos: int) -> int:
    i = max(text.rfind(";", s0, pos), text.rfind(":", s0, pos))
    and_verb = [m.start() for m in re.finditer(r",\s+(?:and|while|but)\s+|\band\s+(?=\w+\s+(?:downed|shot|"
                                              r"intercepted|destroyed|launched|fired))", text[s0:pos])]
    if and_verb:
        i = max(i, s0 + and_verb[-1])
    return i + 1 if i >= 0 else s0


def _last(regex: re.Pattern[str], s: str) -> int:
    pos = -1
    for m in regex.finditer(s):
        pos = m.start()
    return pos


def _merge_models(text: str, mentions: list[WeaponMention]) -> list[WeaponMention]:
    # "Shahed drones": the model and the kind word are one weapon; keep the model on the kind mention.
    out: list[WeaponMention] = []
    for w in mentions:
        prev = out[-1] if out else None
        if prev and prev.model and not w.model and prev.kind == w.kind and w.start <= prev.end + 12:
            w.model = prev.model
            w.launched = w.launched if w.launched is not None else prev.launched
            w.intercepted = w.intercepted if w.intercepted is not None else prev.intercepted
            w.start = min(w.start, prev.start)
            w.text = text[w.start : w.end]
            out[-1] = w
            continue
        out.append(w)
    return out


def make() -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `weapons.rules.v1`."""
    finder = WeaponFinder()

    def weapons(doc: WorkDoc) -> WorkDoc:
        if not doc.numbers:
            from eventwire.components.numbers import find_numbers

            doc.numbers = find_numbers(doc.text, 0, len(doc.text))
        doc.weapons = finder.find(doc)
        return doc

    return weapons
