"""Weapons: kinds and models, with launched/intercepted tallies when the text states them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from eventwire.components.triggers import KeywordGate
from eventwire.pipeline.workdoc import NumberMention, WeaponMention, WorkDoc

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
    "aircraft": [r"Su-\d+\w*", r"Tu-\d+\w*", r"MiG-\d+\w*", r"Mi-\d+\w*", r"Ka-\d+\w*", r"A-50", r"Il-\d+",
                 r"F-16s?", r"F-35s?", r"bombers?", r"fighter\s+jets?", r"warplanes?", r"helicopters?",
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
_LAUNCH = re.compile(r"\b(?:launched|launch|fired|sent|used|deployed|attacked\s+with|struck\s+with|unleashed|"
                     r"directed|targeted\s+\w+\s+with)\b", re.I)
_INTERCEPT = re.compile(r"\b(?:downed|shot\s+down|shoot\s+down|intercepted|destroyed|neutrali[sz]ed|"
                        r"suppressed|jammed|repelled|eliminated)\b", re.I)
_MOD_GAP = re.compile(r"(?:\s+(?:[\w-]+-type|type|attack|strike|kamikaze|combat|Iranian-made|Russian|"
                      r"Shahed(?:-\d+)?|Iskander(?:-[MK])?|Kalibr|Kh-\d+\w*|cruise|ballistic|guided|"
                      r"hypersonic|reconnaissance|military|\w+-made|\w+-launched)\b)*\s+", re.I)


class WeaponFinder:
    """Compiled model and kind patterns (built once in make())."""

    def __init__(self) -> None:
        model_alt = "|".join(f"(?P<m_{k}>{'|'.join(v)})" for k, v in MODELS.items())
        kind_alt = "|".join(f"(?P<k_{k.replace(' ', '_')}>{v})" for k, v in KINDS.items())
        self.regex = re.compile(rf"\b(?:{model_alt}|{kind_alt})(?![\w-])", re.I)
        self.model_case = re.compile("|".join(p for v in MODELS.values() for p in v))
        self.gate = KeywordGate("""drone uav unmanned shahed missile rocket mlrs artiller shell mortar aircraft jets planes
        bomb explosive dynamite ied mine grenade rifle gun pistol ak-47 geran lancet orlan bayraktar gerbera mohajer
        switchblade iskander kh- kalibr kinzhal tochka s-300 s-400 oniks zircon tsirkon atacms storm shadow scalp
        taurus neptune tomahawk fateh scud patriot kn-23 javelin nlaw grad bm-21 smerch uragan tornado himars qassam
        katyusha rpg msta krasnopol caesar m777 pion akatsiya gvozdika howitzer su- tu- mig- mi- ka- a-50 il- f-16
        f-35 bomber fighter warplane helicopter""".split())

    def find(self, doc: WorkDoc) -> list[WeaponMention]:
        """Weapon mentions in text order; a model names its kind, a count before it is a tally."""
        text = doc.text
        out: list[WeaponMention] = []
        numbers = doc.numbers
        for m in (m for s in self.gate.sentences(doc) for m in self.regex.finditer(text, s.start, s.end)):
            group = m.lastgroup or ""
            kind = group[2:].replace("_", " ")
            model = None
            if group.startswith("m_"):
                if not self.model_case.fullmatch(m.group(0)) and not m.group(0).islower() \
                        and not m.group(0).isupper():
                    continue  # "grad student" is no Grad; models keep their capitalisation
                model = m.group(0) if not m.group(0)[0].islower() else None
            si = doc.sentence_of(m.start())
            if si < 0:
                continue
            start = m.start()
            launched = intercepted = None
            num = _count_before(text, numbers, start)
            if num is not None:
                s0 = doc.sentences[si].start
                part = re.search(r"(\d[\d,]*)\s+of\s+(?:the\s+)?$", text[max(s0, num.start - 20) : num.start])
                first = num.start - len(part.group(0)) if part else num.start
                clause = text[max(s0, _clause_start(text, s0, first)) : first]
                verb_i = _last(_INTERCEPT, clause) if kind in INTERCEPTABLE else -1
                verb_l = _last(_LAUNCH, clause)
                value = num.best if num.best is not None else num.low
                if part and verb_i >= 0:
                    intercepted, launched = int(part.group(1).replace(",", "")), value
                elif verb_i > verb_l:
                    intercepted = value
                elif verb_l >= 0:
                    launched = value
                start = first
            out.append(WeaponMention(start, m.end(), text[start : m.end()], si, kind, model, launched,
                                     intercepted))
        return _merge_models(text, out)


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
