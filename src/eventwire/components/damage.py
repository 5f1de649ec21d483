"""Damage: physical damage and destroyed objects, each with a label and its span."""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.components.political_rules import ODD_FOLD, gate_scan, prefix_gate
from eventwire.components.triggers import KeywordGate, is_heading, lowered
from eventwire.pipeline.workdoc import DamageMention, WorkDoc

# Objects that count as damage only when the sentence says something happened to them.
OBJECTS: dict[str, str] = {
    "apartment building": r"(?:an\s*)?apartment\s+(?:buildings?|blocks?|complex(?:es)?|towers?)|"
                          r"anapartment\s+(?:buildings?|blocks?)|residential\s+(?:buildings?|blocks?|areas?|"
                          r"high-rises?)|high-rises?|multi-stor(?:e)?y\s+buildings?|blocks?\s+of\s+flats",
    "house": r"(?:private\s+)?(?:houses|homes|house|dwellings)",
    "aircraft": r"(?:military\s+)?aircraft|bombers?|planes|helicopters?|jets",
    "energy facility": r"(?:energy|power)\s+(?:infrastructure|facilit(?:y|ies)|plants?|stations?|grid|lines?)|"
                       r"substations?|thermal\s+power\s+plants?|power\s+plants?|oil\s+(?:depots?|refiner(?:y|ies))|"
                       r"fuel\s+depots?|electricity\s+(?:towers?|pylons?)",
    "infrastructure": r"(?:critical\s+|civilian\s+|port\s+|transport\s+)?infrastructure|bridges?|railways?|"
                      r"railroad|rail\s+lines?|roads?|ports?|airports?|dams?|pipelines?",
    "hospital": r"hospitals?|clinics?|medical\s+facilit(?:y|ies)|maternity\s+ward",
    "school": r"schools?|kindergartens?|universit(?:y|ies)",
    "vehicle": r"cars|vehicles|buses|trucks|trains",
    "commercial building": r"shopping\s+(?:centers?|centres?|malls?)|warehouses?|factor(?:y|ies)|markets?|"
                           r"shops|supermarkets?|office\s+buildings?|businesses",
    "religious site": r"churches|church|mosques?|cathedrals?|synagogues?|monaster(?:y|ies)",
    "military facility": r"air\s*(?:bases|base|fields?|strips?)|military\s+(?:bases?|facilit(?:y|ies)|"
                         r"installations?)|ammunition\s+depots?|barracks|command\s+posts?",
}
# Phrases that are damage by themselves.
EVENTS: dict[str, str] = {
    "fire": r"set\s+(?:on\s+)?(?:fire|ablaze|alight)|(?:large|big|massive|huge)\s+fires?|caught\s+fire|"
            r"(?:a\s+)?fire\s+(?:broke\s+out|started|erupted|engulfed)|starting\s+(?:a\s+)?(?:\w+\s+)?fires?|"
            r"blazes?|burn(?:ed|t|ing)\s+(?:down|out)|on\s+fire",
    "destroyed": r"destroyed|razed|flattened|reduced\s+to\s+rubble",
    "damaged": r"damaged|damage\b",
    "collapse": r"collaps(?:e|ed|ing)",
    "power outage": r"power\s+outages?|blackouts?|without\s+(?:power|electricity)",
}
_CUE = re.compile(r"\b(?:hit|struck|strikes?|damag\w*|destroy\w*|fire|ablaze|burn\w*|collaps\w*|shell\w*|"
                  r"bomb\w*|attack\w*|targeted|explo\w*|blast|rubble|debris|wreck\w*|razed|flattened|"
                  r"levelled|leveled)\b", re.I)


# "House" as an institution: a named house ("the White House", "US House"), a chamber's parts or acts ("House
# Intel Committee", "House Republicans", "House passes bill"); case-sensitive: "a house hit by a strike" is a dwelling.
_NAMED_HOUSE = re.compile(r"\b(?:(?:White|Government|State|Opera|Blue|Parliament|Chatham|Lancaster|US|U\.S\.)\s+"
                          r"House\b|House\s+of\s+(?:Commons|Lords|Representatives|Saud)\b|Houses\s+of\s+Parliament\b|"
                          r"Speaker\s+of\s+the\s+House\b|House\s+(?:Intel\w*|Committees?|Speaker|speaker|Republicans?|"
                          r"Democrats?|GOP|panel|lawmakers|leaders|members|majority|minority|Rules|Foreign\s+Affairs|"
                          r"Armed\s+Services|Oversight|Judiciary|Appropriations|Homeland|passe[sd]|votes?|voted|says|"
                          r"said|bill)\b)")
# "hospital staff said", "the school administration, ...", "plant employees after the shelling": people or a body,
# but "the hospital administration building" and "staff quarters" are parts of the site: the word must end its
# clause or be followed by a verb or a function word.
_BODY_ACTS = (r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:\w+ly\s+)?(?:says|said|say|told|tells?|warn\w*|report\w*|stated|"
              r"announc\w*|confirm\w*|den(?:y|ies|ied)|call\w*|urg\w*|ask\w*|refus\w*|decid\w*|treat\w*|work\w*|"
              r"are|is|was|were|have|has|had|will|would|could|can|must|\w{3,}ed|after|before|during|in|at|on|of|"
              r"from|with|and|or|who|to|for)\b)")
# Objects named as an institution or in a setting that is no strike on them, after the object: who speaks or
# works there ("hospital officials say", "power plant employees"; not "church says it was hit"), what it does as
# a body ("universities are cracking down", "school students"), that it is closed or reopened ("schools
# closed"; not "closes due to the bombing": the strike put it out of service); idioms ("road map").
_NOT_SITE_AFTER = re.compile(r"\s+(?:officials?|director|directors|chief|head|workers|"
                             r"spokes(?:man|woman|person|people)|sources?|administrators?|authorities|"
                             r"presidents?|leaders?|students?|pupils|teachers?|protest\w*|"
                             rf"(?:staff(?:ers)?|employees|administration|management){_BODY_ACTS}|"
                             r"(?:says|said|told|warns?|warned|reports?|reported)(?!\s+(?:that\s+)?(?:it|its)\b)|"
                             r"agrees?|agreed|year|term|holidays?|"
                             r"(?:(?:are|is|was|were|will|to|remain\w*|have|has|had|been|be|stay\w*)\s+){0,2}"
                             r"(?:cracking|cancels?|cancell?ed|clos(?:e|es|ed|ing|ures?)|shut|reopen\w*|suspend\w*|"
                             r"resum\w*)\b(?!\s+(?:due\s+to|because\s+of|owing\s+to)\b))\b|\s+maps?\b", re.I)
# ... and before it: a closure or cancellation ("cancellation of school", "closure of schools"), people taken
# to or cared for, taught or living in it ("taken to hospital", "learning in school", "fled their homes").
_NOT_SITE_BEFORE = re.compile(r"\b(?:(?:(?:cancell?ations?|closures?|closing|shutdowns?|reopening|suspension)\s+of|"
                              r"(?:taken|rushed|admitted|brought|transferred|died|treated|recovering|remains?|"
                              r"hospitali[sz]ed|learn\w*|study\w*|back|go|goes|going|went)\s+(?:to|in|at)|"
                              r"(?P<fled>(?:flee|flees|fleeing|fled|return\w*|evacuat\w*|abandon\w*)(?:\s+(?:to|from|in))?|"
                              r"(?:forced|driven|displaced|evicted)\s+(?:out\s+)?(?:of|from)))"
                              r"\s+(?:(?:a|an|the|their|his|her|its|our)\s+)?|"
                              r"(?:leave|leaves|leaving|left)\s+(?:their|his|her|its|our)\s+)(?:own\s+)?$", re.I)
# "Patients were evacuated from the hospital after a missile hit it": people left the site the sentence says was hit.
_HIT_IT = re.compile(_CUE.pattern + r"\s+(?:it|them|(?:the|that|this)\s+(?P<what>[\w-]+))\b", re.I)
# "died in the hospital strike": the object names a strike after all.
_STRUCK_AFTER = re.compile(r"\s+(?:strikes?|blasts?|attacks?|bombing|explosions?|raids?|fire|shelling)\b", re.I)
# An aircraft that launches or strikes is the weapon, not what was hit ("Tu-95 aircraft launched ...",
# "anti-aircraft missiles", "fired ... from a Tu-95 aircraft").
_AIRCRAFT_AGENT = re.compile(r"\s+(?:\w+ly\s+)?(?:launch\w*|fired|fire|struck|strike|dropped|bombed|hit|targeted|"
                             r"attacked|shelled|conduct\w*|carried\s+out)\b(?!\s+by\b)", re.I)
_AIRCRAFT_BEFORE = re.compile(r"\banti-$|\bfrom\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


class DamageFinder:
    """Compiled object and damage-phrase patterns (built once in make())."""

    def __init__(self) -> None:
        alt = [f"(?P<o{i}>{p})" for i, p in enumerate(OBJECTS.values())]
        alt += [f"(?P<e{i}>{p})" for i, p in enumerate(EVENTS.values())]
        self.regex = re.compile(rf"\b(?:{'|'.join(alt)})\b", re.I)
        # Literal prefixes of every alternative: the regex is tried only where one starts a word.
        self.prefixes = prefix_gate(["|".join(alt)])
        self.object_labels = list(OBJECTS)
        self.event_labels = list(EVENTS)
        self.gate = KeywordGate("""hit struck strik damag destroy fire ablaze alight burn collaps shell bomb attack
        targeted explo blast rubble debris wreck razed flatten levell level outage blackout without""".split())

    def find(self, doc: WorkDoc) -> list[DamageMention]:
        """Damage mentions in text order; objects need a damage cue in their sentence."""
        text = doc.text
        out: list[DamageMention] = []
        cue_cache: dict[int, bool] = {}
        for m in self._matches(doc):
            si = doc.sentence_of(m.start())
            if si < 0:
                continue
            sent = doc.sentences[si]
            if is_heading(text, sent.start, sent.end):
                continue
            g = m.lastgroup or ""
            if g[0] == "o":
                if si not in cue_cache:
                    cue_cache[si] = bool(_CUE.search(text, sent.start, sent.end))
                if not cue_cache[si]:
                    continue
                label = self.object_labels[int(g[1:])]
                if label == "house" and any(n.start() <= m.start() < n.end() for n in _NAMED_HOUSE.finditer(
                        text, max(sent.start, m.start() - 24), min(sent.end, m.end() + 30))):
                    continue  # "the White House", "the House of Commons": an institution, not a dwelling
                if label == "aircraft" and not re.search(r"destroy|damag|hit|struck|burn", text[sent.start:sent.end],
                                                         re.I):
                    continue  # aircraft that merely fly are weapons, not damage
                if label == "aircraft" and (_AIRCRAFT_AGENT.match(text, m.end(), sent.end) or _AIRCRAFT_BEFORE.search(
                        text, max(sent.start, m.start() - 40), m.start())):
                    continue  # the aircraft struck or launched: a weapon
                before = _NOT_SITE_BEFORE.search(text, max(sent.start, m.start() - 40), m.start())
                if before and (_STRUCK_AFTER.match(text, m.end(), sent.end) or before.group("fled") and any(
                        not h.group("what") or h.group("what").lower() == m.group(0).lower()
                        for h in _HIT_IT.finditer(text, m.end(), sent.end))):
                    before = None  # the site people left or died in was itself hit
                if _NOT_SITE_AFTER.match(text, m.end(), sent.end) or before:
                    continue  # an institution or a place people use, not a struck site
            else:
                label = self.event_labels[int(g[1:])]
            out.append(DamageMention(m.start(), m.end(), m.group(0), si, label))
        return out


    def _matches(self, doc: WorkDoc) -> list[re.Match[str]]:
        """Same matches as regex.finditer over each gated sentence, trying the regex only at prefix hits."""
        text = doc.text
        if ODD_FOLD.search(text):
            return [m for s in self.gate.sentences(doc) for m in self.regex.finditer(text, s.start, s.end)]
        low, match = lowered(doc), self.regex.match
        out: list[re.Match[str]] = []
        for s in self.gate.sentences(doc):
            last = -1
            for pos, _ in gate_scan(self.prefixes, low, s.start, s.end):
                if pos >= last and (m := match(text, pos, s.end)):
                    out.append(m)
                    last = m.end()
        return out


def make() -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `damage.lexicon.v1`."""
    finder = DamageFinder()

    def damage(doc: WorkDoc) -> WorkDoc:
        doc.damage = finder.find(doc)
        return doc

    return damage
