"""Event triggers coded to ACLED sub-event types and PLOVER, with their factual status."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial

import ahocorasick

from eventwire.components.political_rules import ODD_FOLD, gate_scan, prefix_gate
from eventwire.components.text_case import lower_same_length
from eventwire.components.town_line import line_at
from eventwire.components.trigger_aims import (
    ACCIDENT,
    ALL_DOWNED,
    HAVE_BEEN,
    intent_status,
    killing_status,
    taken_place,
)
from eventwire.components.trigger_background import background
from eventwire.components.trigger_checks import (
    AIMED,
    GOING_ON,
    MEANS,
    TOLL_REF,
    aircraft_fired,
    clears_town,
    decision,
    entering,
    foreign_taker,
    led_act,
    party_before,
    refine,
    state_raid,
    subject_taker,
)
from eventwire.components.trigger_isw import ISW_RULES, in_effort_heading
from eventwire.components.trigger_parts import (
    AIR,
    GAINED_GROUND,
    GOV_REGAINS,
    MOB,
    NSA_OVERTAKES,
    SHELL,
    THROW_VERB,
)
from eventwire.components.trigger_refs import (
    clashes_told,
    country_losses,
    day_toll,
    headline_victim,
    lone_headline,
    parties,
)
from eventwire.components.trigger_rules import (
    ABDUCT,
    ARMED_CUE,
    ARMS_CUE,
    CLASH,
    DISRUPT,
    END_PUNCT,
    JOIN_ONLY,  # noqa: F401  (assemble imports it from here)
    NEEDS_ARMED,
    NON_STATE,
    POINTS_BACK,
    PUBLIC_VICTIM,
    RELYING,
    RULES,
    TERRITORY,
    VAC,
    VIOLENT_DEMO,
    Rule,
    launch_antecedent,
)
from eventwire.components.trigger_sense import (
    armed_doer,
    armed_subject,
    crowd_blockade,
    other_sense,
    state_protest,
)
from eventwire.components.trigger_status import earlier_year, named_operation, status_of
from eventwire.components.trigger_weak import resolve_weak
from eventwire.components.trigger_wire import SHIP_HIT, SHIP_MODES, WIRE_RULES, armed_thrower, ship_yields
from eventwire.geoparsing.dateline import dateline_at
from eventwire.pipeline.workdoc import Sentence, Trigger, WorkDoc

# The words of the outskirts and foothold rules (trigger_parts.ADVANCE_EDGE, trigger_isw._GAINED_AT).
_GAINED_WORDS = re.compile(r"(?:\w+\s+){0,2}?" + GAINED_GROUND, re.I)
_EDGE_OR_FOOTHOLD = re.compile(r"advanc\w*\s+(?:\w+\s+){0,4}outskirts|" + GAINED_GROUND, re.I)

_RUNS_ON = re.compile(r"\n[ \t]*\S")
_FIRE_THROWN = re.compile(THROW_VERB + r"\s+(?:\w+\s+){0,2}?(?:molotov|petrol\s+bomb|firebomb)", re.I)


def is_heading(text: str, start: int, end: int) -> bool:
    """A headline or section title: short, unpunctuated, mostly capitalised, on its own line."""
    s = text[start:end]
    if s.endswith(END_PUNCT) or (end < len(text) and text[end] != "\n"):
        return False
    words = s.split()
    if not words or len(words) > 14:
        return False
    long = [w for w in words if len(w) > 3]
    if long and sum(w[0].isupper() for w in long) < 0.6 * len(long):
        return False
    # A wire lead cut at its line end ("HAMA, Syria, May 4 - Government jets bombed rebel") is body copy:
    # it runs on in the next line; a dated title ("Kabul, May 12 - Car Bomb Kills Twelve") has a blank line after.
    # Undated, only an agency's ("KABUL (Reuters) - "): "UKRAINE — Strike Kills Four In Kharkiv\nBody" is a kicker title.
    return not (long and dateline_at(text, start, least=3) and _RUNS_ON.match(text, end))


def lowered(doc: WorkDoc) -> str:
    """The article text lower-cased once per document (same length, so offsets still hold)."""
    low = doc.meta.get("_lower")
    if low is None:
        low = doc.meta["_lower"] = lower_same_length(doc.text)
    return low  # type: ignore[no-any-return]


class KeywordGate:
    """Aho-Corasick over anchor stems: only sentences holding one are scanned by the slower regexes."""

    def __init__(self, stems: list[str]):
        self.automaton = ahocorasick.Automaton()
        for w in stems:
            self.automaton.add_word(w, w)
        self.automaton.make_automaton()

    def sentences(self, doc: WorkDoc) -> list[Sentence]:
        """Sentences that contain at least one anchor stem, in order."""
        out: list[Sentence] = []
        last = -1
        for end, _ in self.automaton.iter(lowered(doc)):
            if end <= last:
                continue
            si = doc.sentence_of(end)
            if si < 0:
                continue
            s = doc.sentences[si]
            out.append(s)
            last = s.end - 1
        return out


class TriggerFinder:
    """Rules selected per sentence by their anchor stems, then one compiled alternation over just those."""

    def __init__(self, rules: list[Rule] | None = None):
        self.rules = rules or WIRE_RULES + RULES + ISW_RULES
        self.automaton = ahocorasick.Automaton()
        by_stem: dict[str, set[int]] = {}
        for i, r in enumerate(self.rules):
            for stem in r.anchors.split() or [""]:
                if not stem:
                    raise ValueError(f"rule {i} has no anchors: {r.pattern[:40]!r}")
                by_stem.setdefault(stem, set()).add(i)
        for stem, idx in by_stem.items():
            self.automaton.add_word(stem, (len(stem), frozenset(idx)))
        self.automaton.make_automaton()
        self.compiled = [re.compile(rf"\b(?:{r.pattern})", re.I) for r in self.rules]
        # Literal prefixes of each rule: in a sentence, rules are tried only where one of theirs starts a word.
        self.prefixes = prefix_gate([r.pattern for r in self.rules])
        self.headline_only = frozenset(i for i, r in enumerate(self.rules) if r.headline)
        # "Gunmen threw a firebomb into a bar", "police hurled petrol bombs": an armed party's or a force's thrown
        # incendiary is its attack. The throw rules (the lone incendiary's mob rule, the riot rule's incendiaries) do
        # not match there, so the attack rules code it, as they did before the mob rule.
        self.thrown = frozenset(i for i, r in enumerate(self.rules) if r.coding == MOB and r.pattern.startswith(THROW_VERB)
                                or r.mode == "riot" and THROW_VERB in r.pattern)

    def armed_throw(self, i: int, text: str, s0: int, t0: int) -> bool:
        """Rule i is a throw rule and an armed party or a force threw at t0: the rule does not match there."""
        return i in self.thrown and _FIRE_THROWN.match(text, t0) is not None and armed_thrower(text, s0, t0)

    def search(self, i: int, text: str, pos: int, start: int, end: int) -> re.Match[str] | None:
        """Rule i's first match from pos in the sentence start..end, past any armed party's throw."""
        m = self.compiled[i].search(text, pos, end)
        while m is not None and self.armed_throw(i, text, start, m.start()):
            m = self.compiled[i].search(text, m.start() + 1, end)
        return m

    def gated_matches(self, text: str, low: str, start: int, end: int,
                      idx: frozenset[int]) -> Iterator[tuple[int, re.Match[str]]]:
        """What `matches` gives, with each rule tried only at its prefix positions (needs `lowered` text)."""
        compiled = self.compiled
        cur = -1
        for pos, ids in gate_scan(self.prefixes, low, start, end):
            if pos < cur:
                continue
            for i in ids:
                if i in idx and (m := compiled[i].match(text, pos, end)) and not self.armed_throw(i, text, start, pos):
                    yield i, m
                    cur = max(m.end(), m.start() + 1)
                    break

    def matches(self, text: str, start: int, end: int, idx: frozenset[int]) -> Iterator[tuple[int, re.Match[str]]]:
        """(rule index, match) as one leftmost-first alternation of the rules in `idx` (in rule order) would give."""
        pending = {i: self.search(i, text, start, start, end) for i in idx}
        while True:
            live = [(m.start(), i) for i, m in pending.items() if m is not None]
            if not live:
                return
            _, i = min(live)
            m = pending[i]
            assert m is not None
            yield i, m
            pos = max(m.end(), m.start() + 1)
            for j, n in pending.items():
                if n is not None and n.start() < pos:
                    pending[j] = self.search(j, text, pos, start, end)

    def candidates(self, doc: WorkDoc) -> list[tuple[int, frozenset[int]]]:
        """(sentence index, rules whose anchors occur word-initially in it), in text order."""
        low = lowered(doc)
        out: dict[int, set[int]] = {}
        for end, (n, idx) in self.automaton.iter(low):
            start = end - n + 1
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] == "_"):
                continue  # inside a word: "present" does not hold "sent"
            si = doc.sentence_of(start)
            if si >= 0:
                out.setdefault(si, set()).update(idx)
        return [(si, frozenset(idx)) for si, idx in sorted(out.items())]

    def find(self, doc: WorkDoc) -> list[Trigger]:
        """Triggers in text order, with status; non-asserted and heading ones noted in doc.decisions."""
        text = doc.text
        published = doc.article.published_date
        found: list[tuple[Trigger, Rule]] = []
        sentences = doc.sentences
        low = lowered(doc)
        matches = partial(self.matches, text) if ODD_FOLD.search(text) else partial(self.gated_matches, text, low)
        cands = self.candidates(doc)
        towns = [x.start for x in doc.places if (x.feature_code or "").startswith("PPL")]
        if not lone_headline(doc):  # headline-only rules ("3 dead in Juba") are not even tried in a story
            cands = [(si, idx - self.headline_only) for si, idx in cands]
        for ri, m in (x for si, idx in cands for x in matches(sentences[si].start, sentences[si].end, idx)):
            rule = self.rules[ri]
            si = doc.sentence_of(m.start())
            if si < 0:
                continue
            sent = sentences[si]
            if is_heading(text, sent.start, sent.end) and len(doc.sentences) > 1:
                # A lone headline (a UCDP source line, a feed title) is the report itself.
                doc.decisions.append(decision(m, "heading", "headline or section title, not an event report"))
                continue
            if in_effort_heading(text, sent.start, m.start()):
                doc.decisions.append(decision(m, "heading", "ISW section heading: an axis and its aim, not an act"))
                continue
            sense = other_sense(text, sent.start, sent.end, m.start(), m.end())
            if sense is not None:
                doc.decisions.append(decision(m, "not_event", sense))
                continue
            if rule.plover == "PROTEST" and rule.mode == "demo" and state_protest(doc, sent.start, m.start(), m.end()):
                # The political stage codes it as the state's complaint (ACCUSE).
                doc.decisions.append(decision(m, "not_event", "a state's or official's diplomatic protest, not a "
                                               "demonstration"))
                continue
            if rule.plover == "PROTEST" and rule.mode == "obstruct" and not crowd_blockade(doc, sent.start, m.start(),
                                                                                        m.end()):
                doc.decisions.append(decision(m, "not_event", "a state, force or official blocks the road: no "
                                               "demonstrators' blockade"))
                continue
            if rule.subject and not armed_doer(text, sent.start, m.start(), m.end(), sent.end) and not (
                    rule.coding == CLASH and any(a.kind in ("state", "force", "group")
                                                 for a in parties(doc, sent.start, m.start()))):
                # A state attacking forces or positions ("Russia attacks Ukrainian positions") fights; a state
                # executing someone carries out a sentence, so an execution needs an armed doer.
                doc.decisions.append(decision(m, "not_event", "no armed party does it: words, a drill or a sentence "
                                               "carried out, not an attack"))
                continue
            needs = rule.armed if rule.armed is not None else rule.coding in NEEDS_ARMED
            cue = ARMED_CUE if needs else ARMS_CUE if rule.coding == DISRUPT and rule.armed is None else None
            # "Russia launched 30 drones. Air defences shot down 25 of them.": the weapons are told the sentence before,
            # as its launch clause's objects (not "detained 12 residents" after it, nor an arms word elsewhere).
            back = cue is ARMS_CUE and si > 0 and POINTS_BACK.match(text, m.end()) is not None \
                and launch_antecedent(text, sentences[si - 1].start, sentences[si - 1].end)
            if cue is not None and not back and not cue.search(text, sent.start, sent.end) and not (
                    rule.coding == VAC and PUBLIC_VICTIM.search(text, sent.start, sent.end)) and not (
                    needs and NON_STATE.search(text, sent.start, sent.end)) and not (
                    rule.coding == VAC and headline_victim(doc, sent.start, sent.end, m.start(), m.end())) and not (
                    rule.coding == VAC and lone_headline(doc) and party_before(doc, sent.start, m.start())) and not (
                    rule.coding == CLASH and clashes_told(doc, sent.start, sent.end, m.start(), m.end())) and not (
                    needs and led_act(text, sent.start, sent.end, m.start())) and not (
                    rule.armed and state_raid(doc, sent.start, m.start(), m.end())):
                # A murder of a judge, priest, mayor or candidate is political violence even with no armed party
                # named; of anyone else it may be ordinary crime, which is no conflict event.
                doc.decisions.append(decision(m, "asserted", "no armed party or weapon in the sentence"))
                continue
            if any(r.start() <= m.start() < r.end() for r in RELYING.finditer(text, sent.start, sent.end)):
                doc.decisions.append(decision(m, "merged", "the means of fighting told before ('relying on "
                                               "artillery attacks'), not an event of its own"))
                continue
            if (w := MEANS.search(text, max(sent.start, m.start() - 60), m.start())) is not None and any(
                    t.event_type == CLASH[0] and t.sentence == si and not r.weak and w.start() <= t.start < w.end()
                    for t, r in found):
                doc.decisions.append(decision(m, "merged", "the means of a fight told in its clause ('tried to ambush "
                                               "a patrol with roadside bombs'), not an event of its own"))
                continue
            if rule.coding == TERRITORY and not taken_place(doc, m.end(), m.group(0),
                                                           armed_subject(text, sent.start, m.start())):
                doc.decisions.append(decision(m, "not_event", "what was captured or seized is no place "
                                               "(weapons, people, goods)"))
                continue
            if m.group(0).lower() == "entered" and (not entering(text, sent.start, m.start())
                                                    or not any(m.end() <= x.start <= m.end() + 30 and x.role != "demonym"
                                                               and not (x.feature_code or "").startswith(("PCL", "ADM1"))
                                                               for x in doc.places)):
                # "entered Chile", "entered the presidential race", "the country entered the eighth day": only troops
                # entering a town fight for it.
                doc.decisions.append(decision(m, "not_event", "no troops entering a town"))
                continue
            if _GAINED_WORDS.match(m.group(0)) and not any(
                    m.end() <= x.start <= m.end() + 30 and x.role != "demonym"
                    and (x.feature_code or "").startswith("PPL") for x in doc.places):
                # "gained a foothold in Djibouti", "positions in southern Lebanon", "a foothold on an island": ground
                # gained counts only in a town.
                doc.decisions.append(decision(m, "not_event", "positions or a foothold gained at no town"))
                continue
            if rule.line and not (ends := line_at(doc, m.end())):
                # "the Donetsk-Luhansk frontline" (two oblasts' names), "the Oskil River-Kreminna line" (a river).
                doc.decisions.append(decision(m, "not_event", "fire along a line whose ends are no two nearby towns"))
                continue
            if rule.line:  # at the line itself, not wherever the picker looks (a town of a later clause)
                doc.meta.setdefault("_line_fire", {})[m.start()] = ends[0]
            if rule.anchors == "clear" and not clears_town(doc, sent.start, m.start(), m.end()):
                doc.decisions.append(decision(m, "not_event", "no town cleared by troops: a day, a road or square, "
                                               "mines or debris, or the police clearing a crowd"))
                continue
            if named_operation(text, sent.start, m.start(), m.group(0)) and not led_act(text, sent.start, sent.end,
                                                                                       m.start()):
                doc.decisions.append(decision(m, "not_event", "offensive operations named, not told as done"))
                continue
            status, reason = status_of(text, sent.start, sent.end, m.start(), m.end(), published, towns)
            if status == "asserted" and _EDGE_OR_FOOTHOLD.search(m.group(0)) \
                    and earlier_year(text, sent.start, sent.end, published):
                # The outskirts and foothold forms of clash189: "In 2014 separatists advanced to the outskirts of X".
                status, reason = "historical", "a town's edge reached or a foothold gained in an earlier year"
            if status == "asserted" and rule.fallback == CLASH:
                status, reason = killing_status(text, sent.end, m)
            if status == "asserted":
                status, reason = intent_status(text, sent.start, sent.end, m)
            if status == "asserted" and rule.coding == ABDUCT and m.group(0).lower().endswith("ing") \
                    and GOING_ON.search(text, max(sent.start, m.start() - 30), m.start()):
                # "Russian forces are abducting activists in Kherson, Berdyansk and Melitopol", "are kidnapping and
                # torturing citizens": a practice told as going on, not one abduction (ISW; gold codes none).
                status, reason = "historical", "abductions told as an ongoing practice, not one event"
            if status == "asserted" and ACCIDENT.search(text, max(sent.start, m.start() - 40), min(sent.end, m.end() + 40)) \
                    and not AIMED.fullmatch(m.group(0)):
                status, reason = "negated", "an accident, not an attack"
            if status == "asserted" and HAVE_BEEN.search(text, max(sent.start, m.start() - 30), m.start()) \
                    and not any(sent.start <= x.start < sent.end and x.role != "demonym" for x in doc.places) \
                    and not any(sent.start <= d.start < sent.end for d in doc.dates):
                # "countless Colombians have been assassinated", "many soldiers have been killed": a perfect with
                # no place and no date sums up the past; "ten have been killed in Kyiv" names where.
                status, reason = "historical", "a present perfect with no place or date: a summary, not an event"
            if status == "asserted" and (rule.coding in (AIR, SHELL) or rule.weak) \
                    and ALL_DOWNED.search(text, sent.start, sent.end):
                # "fired three rockets at Odesa port, all of which air defence shot down", "intercepting
                # the missile": nothing struck; the interception is Disrupted weapons use, out of the violent types.
                status, reason = "negated", "every weapon launched was intercepted"
            if status == "asserted" and day_toll(doc, sent.start, sent.end, m.start(), m.end()):
                status, reason = "historical", "a day's dead across a country, with no act or place: a tally"
            if status == "asserted" and country_losses(doc, sent.start, sent.end, m.start(), m.end()):
                status, reason = "historical", "an armed side's losses with no place below its country: a tally"
            if status == "asserted" and (bg := background(doc, sent.start, sent.end, m.start(), m.end(),
                                                          lone_headline(doc))) is not None:
                status, reason = bg
            et, sub = refine(rule.coding, text, sent.start, sent.end, m.start())
            aerial = (et, sub) == SHELL and aircraft_fired(text, sent.start, m.start(),
                                                           sentences[si - 1].start if si else sent.start)
            if aerial:
                et, sub = AIR
                doc.meta.setdefault("_aircraft_fired", set()).add(m.start())  # trigger_weak reads it
            if status == "asserted" and TOLL_REF.search(text, max(sent.start, m.start() - 60), m.start()) \
                    and any(t.event_type and (et is None or t.event_type == et) and t.status == "asserted"
                            and t.sentence < si for t, _ in found):
                # "The toll from the earlier strike rose to 14": a toll update of an attack told before.
                status, reason = "historical", "a toll update of an attack the story told before"
            taker = subject_taker(doc, si, m.start(), m.end()) if sub == TERRITORY[1] else None
            if taker is not None:
                et, sub = NSA_OVERTAKES if taker.kind == "group" else GOV_REGAINS
            if sub == TERRITORY[1] and m.group(0).lower().startswith("claim") and foreign_taker(
                    doc, sent.start, sent.end, m.start(), m.end(), True):
                et, sub = CLASH  # "the Belarusian defence ministry said it took Hill 12": a foreign state's battle
            elif sub == TERRITORY[1]:
                doc.decisions.append(decision(m, "asserted", "territory taken by an unnamed party"))
                continue
            if (et, sub) == GOV_REGAINS and foreign_taker(doc, sent.start, sent.end, m.start(), m.end(), who=taker):
                et, sub = CLASH  # ACLED: a state regains its own territory; taking a foreign town is a battle
            # A riot refined from another coding ("workers clashed with police") takes a riot's PLOVER code.
            plover, mode = ("PROTEST", "riot") if (et, sub) == VIOLENT_DEMO and rule.plover != "PROTEST" \
                else (rule.plover, rule.mode)
            if aerial:
                mode = "aerial"  # "warplanes shelled Idlib": fired from the air, as the air-strike rules' mode
            elif rule.pattern == SHIP_HIT.pattern:
                mode = SHIP_MODES.get((et, sub), mode)  # "a tanker was hit by a missile": the mode of its retyping
            found.append((Trigger(m.start(), m.end(), m.group(0), si, et, sub, plover, mode, status), rule))
            if status != "asserted":
                doc.decisions.append(decision(m, status, reason))
        return resolve_weak(ship_yields(found, text, sentences), doc)


def make() -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `triggers.lexicon.v1`."""
    finder = TriggerFinder()

    def triggers(doc: WorkDoc) -> WorkDoc:
        doc.triggers = finder.find(doc)
        return doc

    return triggers
