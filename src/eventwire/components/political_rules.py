"""The PLOVER political lexicon: rules, matching, factual status, modes and contexts."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import import_module, resources
from typing import Any

import ahocorasick

from eventwire.components.text_case import lower_same_length
from eventwire.components.trigger_block import BLOCKADE
from eventwire.components.trigger_status import MODAL_MAY, RUMOUR

# The stdlib's own regex parser (private, hence untyped) derives each rule's literal prefixes.
sre_parse: Any = import_module("re._parser")
sre_c: Any = import_module("re._constants")

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# Acts stated in the future that the codebook codes as they are (a threat is itself about the future).
COOPERATIVE = frozenset({"AID", "COOPERATE", "RETREAT", "CONCEDE", "SUPPORT", "CONSULT"})
# Hostile acts: announced for the future, or made conditional ("... unless"), they are THREATEN
# (codebook: "coercive or forceful warnings"; modes restrict, ban, arrest, relations, expel, ...).
HOSTILE = frozenset({"SANCTION", "COERCE", "PROTEST"})
_THREAT_MODE = {("SANCTION", "expel"): "expel", ("SANCTION", "withdraw"): "relations", ("SANCTION", "convict"): "arrest",
                ("COERCE", "arrest"): "arrest", ("COERCE", "ban"): "ban", ("COERCE", "censor"): "rights",
                ("COERCE", "curfew"): "restrict", ("COERCE", "deport"): "expel", ("COERCE", "restrict"): "restrict",
                ("COERCE", "withhold"): "restrict", ("COERCE", "seize"): "territory", ("RETREAT", "withdraw"): "relations"}
_RELATIONS = re.compile(r"\b(?:talks|relations|ties|mediation|negotiations|visit|contacts|dialogue)\b", re.I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Rule:
    """One lexicon entry: a pattern and the PLOVER/ACLED coding it gives."""

    event: str
    mode: str
    kind: str  # verb | noun
    pattern: str
    weight: float
    acled: tuple[str, str] | None = None
    promise: bool = False
    future_ok: bool = False
    speech: bool = False


@dataclass
class Match:
    """A rule matched in a sentence, with its factual status and why."""

    rule: Rule
    start: int
    end: int
    text: str
    sentence: int
    status: str = "asserted"  # asserted | negated | future | hypothetical | promise | warning | embedded | schedule
    reason: str = ""
    threat_of: Rule | None = None  # for a warning: the hostile act it announces


def threat_mode(m: Match) -> str | None:
    """THREATEN mode of a warning, from the hostile act it announces."""
    act = m.threat_of or m.rule
    if act.event == "PROTEST":
        return "restrict"  # strikes, boycotts, blockades
    if act.event == "SANCTION" and act.mode == "discontinue":
        return "relations" if _RELATIONS.search(m.text) else "restrict"
    return _THREAT_MODE.get((act.event, act.mode))


# Patterns the lexicon shares with the trigger stage, named by a rule's `pattern_ref` (one source for both).
PATTERN_REFS = {"blockade": BLOCKADE}


class Lexicon:
    """Compiled political lexicon: one Aho-Corasick gate over every rule's and context's literal prefixes."""

    def __init__(self, data: dict[str, object]):
        raw = data["rule"]
        assert isinstance(raw, list)
        self.rules = [Rule(r["event"], r.get("mode", ""), r.get("kind", "verb"),
                           r.get("pattern") or PATTERN_REFS[r["pattern_ref"]],
                           float(r.get("weight", 0.6)), tuple(r["acled"]) if r.get("acled") else None,
                           bool(r.get("promise")), bool(r.get("future_ok")), bool(r.get("speech")))
                      for r in raw]
        self.rule_rx = [re.compile(rf"\b(?:{r.pattern})", re.I) for r in self.rules]
        modes = data.get("modes", {})
        assert isinstance(modes, dict)
        self.modes = {ev: [(m, re.compile(p, re.I)) for m, p in table.items()] for ev, table in modes.items()}
        ctx = data.get("contexts", {})
        assert isinstance(ctx, dict)
        self.contexts = [(name, re.compile(rf"\b(?:{p})", re.I)) for name, p in ctx.items()]
        # Keys are lower-cased literal prefixes; the payload lists the rules (or contexts) that may start
        # there. Regexes then run only at these positions, never over whole sentences.
        self.gate = _automaton([literal_prefixes(r.pattern) for r in self.rules])
        self.context_gate = _automaton([literal_prefixes(rx.pattern[len(r"\b(?:") : -1]) for _, rx in self.contexts])

    def scan(self, low: str, start: int = 0, end: int = -1) -> list[tuple[int, tuple[int, ...]]]:
        """(position, rule ids) of every rule prefix at a word start in lower-cased text, in text order."""
        return _scan(self.gate, low, start, len(low) if end < 0 else end)

    def find_at(self, text: str, cands: list[tuple[int, tuple[int, ...]]], end: int,
                sentence: int) -> list[Match]:
        """Rule matches among candidate positions (sorted) in a sentence ending at `end`.

        Same result as scanning the sentence with one alternation of all rules: leftmost match first,
        the earliest-listed rule winning at a position, no overlaps.
        """
        out: list[Match] = []
        last = -1
        for pos, ids in cands:
            if pos < last:
                continue
            for i in ids:
                m = self.rule_rx[i].match(text, pos, end)
                if m and m.end() > m.start():
                    out.append(Match(self.rules[i], m.start(), m.end(), m.group(0), sentence))
                    last = m.end()
                    break
        return out

    def contexts_at(self, text: str, low: str, start: int, end: int) -> tuple[list[str], list[tuple[int, int]]]:
        """PLOVER contexts cued in text[start:end], with the first cue span of each."""
        first: dict[int, tuple[int, int]] = {}
        for pos, ids in _scan(self.context_gate, low, start, end):
            for j in ids:
                if j not in first and (m := self.contexts[j][1].match(text, pos, end)):
                    first[j] = (m.start(), m.end())
        order = sorted(first)
        return [self.contexts[j][0] for j in order], [first[j] for j in order]

    def find(self, text: str, start: int, end: int, sentence: int) -> list[Match]:
        """Rule matches in text[start:end], in order (gate + anchored regexes)."""
        return self.find_at(text, self.scan(lower_same_length(text), start, end), end, sentence)

    def mode(self, rule: Rule, obj: str) -> str | None:
        """The rule's mode, or for "*" the first mode whose cue appears in the object text."""
        if rule.mode != "*":
            return rule.mode or None
        for name, rx in self.modes.get(rule.event, []):
            if rx.search(obj):
                return name or None
        return None

    def context(self, sentence: str) -> tuple[list[str], list[tuple[int, int]]]:
        """PLOVER contexts cued in a sentence, with the cue offsets (relative to the sentence)."""
        return self.contexts_at(sentence, lower_same_length(sentence), 0, len(sentence))


def _automaton(prefix_sets: list[set[str]]) -> ahocorasick.Automaton:
    entries: dict[str, set[int]] = {}
    for i, keys in enumerate(prefix_sets):
        for key in keys:
            entries.setdefault(key, set()).add(i)
    auto = ahocorasick.Automaton()
    for key, ids in entries.items():
        auto.add_word(key, (len(key) - 1, key[0].isalnum() or key[0] == "_", tuple(sorted(ids))))
    auto.make_automaton()
    return auto


# Characters that match an ASCII letter case-insensitively but do not lower-case to it (long s, Kelvin, dotted
# and dotless i): a prefix gate reads the lower-cased text, so texts holding one take the plain regex scan.
ODD_FOLD = re.compile("[\u017f\u212a\u0130\u0131]")


def prefix_gate(patterns: list[str]) -> ahocorasick.Automaton:
    """Aho-Corasick over the literal prefixes of each pattern; `gate_scan` lists where a match may start."""
    return _automaton([literal_prefixes(p) for p in patterns])


def gate_scan(auto: ahocorasick.Automaton, low: str, start: int, end: int) -> list[tuple[int, tuple[int, ...]]]:
    """(word-start position, pattern ids) in low[start:end] where a gate prefix begins, in text order."""
    return _scan(auto, low, start, end)


def _scan(auto: ahocorasick.Automaton, low: str, start: int, end: int) -> list[tuple[int, tuple[int, ...]]]:
    by: dict[int, tuple[int, ...]] = {}
    # Scan a slice, not low with bounds: the automaton copies the whole string per call, which made a long report's
    # per-sentence scans quadratic. Offsets are shifted back to the document's.
    for last, (n, word, ids) in auto.iter(low[start:end]):
        pos = last + start - n
        if pos < start or (word and pos and (low[pos - 1].isalnum() or low[pos - 1] == "_")):
            continue  # inside a word ("rally" in "generally") or straddling the range start
        have = by.get(pos)
        by[pos] = ids if have is None else tuple(sorted({*have, *ids}))
    return sorted(by.items())


# --- literal prefixes of a regex --------------------------------------------------------------------

_PREFIX_LEN = 6
_ZERO_WIDTH = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)


def literal_prefixes(pattern: str) -> set[str]:
    """Lower-cased literal strings one of which starts every match of `pattern` (case-insensitive).

    Raises ValueError when some match could start with an unbounded character class, so a rule
    that cannot be gated is caught when the lexicon loads, not missed silently at run time.
    """
    opened, closed = _walk(list(sre_parse.parse(pattern, re.I)), {""})
    found = opened | closed
    if "" in found or len(found) > 5000:
        raise ValueError(f"no literal prefix for pattern {pattern[:60]!r}")
    return found


def _chars(av: Any) -> list[str] | None:
    out: list[str] = []
    for op, v in av:
        if op == sre_c.LITERAL:
            out.append(chr(v).lower())
        elif op == sre_c.RANGE and v[1] - v[0] < 30:
            out.extend(chr(c).lower() for c in range(v[0], v[1] + 1))
        else:
            return None
    return sorted(set(out))


def _walk(seq: list[Any], opened: set[str]) -> tuple[set[str], set[str]]:
    """(prefixes still extendable, prefixes that end here) after the items of `seq`."""
    closed: set[str] = set()
    for op, av in seq:
        if not opened:
            break
        if op in _ZERO_WIDTH:
            continue
        if op == sre_c.LITERAL:
            opened = {s + chr(av).lower() for s in opened}
        elif op == sre_c.IN and (chars := _chars(av)) is not None:
            opened = {s + c for s in opened for c in chars}
        elif op == sre_c.BRANCH:
            nxt: set[str] = set()
            for branch in av[1]:
                o, c = _walk(list(branch), opened)
                nxt |= o
                closed |= c
            opened = nxt
        elif op == sre_c.SUBPATTERN:
            opened, c = _walk(list(av[3]), opened)
            closed |= c
        elif op in _REPEATS:
            o, c = _walk(list(av[2]), opened)
            closed |= o | c  # taken: the prefix ends inside the repeat; skipped (min 0): go on
            if av[0] > 0:
                opened = set()
        else:
            closed |= opened
            opened = set()
        long = {s for s in opened if len(s) >= _PREFIX_LEN}
        closed |= long
        opened -= long
    return opened, closed


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The bundled lexicon eventwire/data/lexicons/political.toml (read once per process)."""
    text = resources.files("eventwire").joinpath("data/lexicons/political.toml").read_text("utf-8")
    return Lexicon(tomllib.loads(text))


# --- factual status -------------------------------------------------------------------------------

_CUT = re.compile(r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b|,\s+(?:and|which|who|something|after|before)\b|"
                  r"\band\s+(?:that\b|also\b)?", re.I)
_NEG = re.compile(r"\b(?:not|never|no|neither|nor|denied|deny|denies|without|n['’]t|\w+n['’]t)\b", re.I)
_NEG_NEAR = 32  # a negation acts on the verb next to it, not on one a clause away
# "rumours that riots had broken out": a rumour reports no act (as trigger_status).
_HYPO_BEFORE = re.compile(r"\b(?:if|unless|whether|in\s+case)\b|" + RUMOUR.pattern, re.I)
_HYPO_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:only\s+(?:if|under|when|after)|unless)\b", re.I)
_PROMISE = re.compile(r"\b(?:will|shall|would|promised\s+to|promises\s+to|pledged\s+to|vowed\s+to|"
                      r"offered\s+to|agreed\s+to|(?:ready|willing|prepared|committed)\s+to|going\s+to)\b", re.I)
_INTENT = re.compile(r"\b(?:could|might|" + MODAL_MAY + r"|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|"
                     r"efforts?\s+to|attempts?\s+to|aim(?:s|ed)?\s+to|hop(?:es|ed)\s+to|consider(?:s|ed|ing)?|"
                     r"weigh(?:s|ed|ing)?|threat\s+of|possib\w+|likely)\b", re.I)
_WARN = re.compile(r"\b(?:will|shall|would|going\s+to|(?:ready|prepared|determined)\s+to|could|might|may|"
                   r"plans?\s+to|planning\s+to|intends?\s+to|vowed\s+to|vows\s+to|swore\s+to|sworn\s+to)\s+"
                   r"(?:(?:also|soon|now|then|again|further)\s+)?$", re.I)
# "announced on Wednesday it would prohibit all aid": a decision made public is the act itself.
_DECIDED = re.compile(r"\b(?:announced|decided|ruled|ordered)\s+(?:\w+\s+){0,2}?(?:that\s+)?(?:it|they|he|she)\s+"
                      r"(?:would|will)\s+$", re.I)
_WILLING = re.compile(r"(?:ready|willing|prepared)(?:\s+to)?$", re.I)
_INFINITIVE = re.compile(r"(?<!tried )(?<!attempted )(?<!continued )(?<!continues )(?<!began )(?<!started )(?<!resumed )(?<!managed )"
                         r"\bto\s+(?:\w+ly\s+)?$", re.I)
_COORD = re.compile(r"\b(?:and|but|while|whereas|after|before|as|when|then)\b|[;]|,\s+(?:something|which)\b", re.I)


def clause_before(text: str, s0: int, t0: int, window: int = 90) -> str:
    """Text of the trigger's clause before it (from the last clause boundary, at most `window` chars)."""
    before = text[max(s0, t0 - window) : t0]
    cuts = list(_CUT.finditer(before))
    return before[cuts[-1].end() :] if cuts else before


_SUBORDINATE = re.compile(r"(?:^|,\s*|\s)(?:as|while|after|before|when|because|since|which|who|whom|although|"
                          r"though|until)\s+(?:[\w'’.-]+\s+){0,6}$", re.I)


def subordinate(text: str, s0: int, t0: int) -> bool:
    """The trigger sits in a subordinate clause ("resigned as the opposition threatened ...")."""
    return bool(_SUBORDINATE.search(clause_before(text, s0, t0, 60)))


def _intent(text: str, lo: int, t0: int, t1: int) -> bool:
    """_INTENT in text[lo:t0], read in the whole text so MODAL_MAY sees the cut word ("Kreml|in may") and the verb."""
    m = _INTENT.search(text, lo, t1)
    return m is not None and m.start() < t0


def set_status(text: str, s0: int, s1: int, matches: list[Match]) -> None:
    """Status of each match in one sentence: negated, hypothetical, future, promise, embedded, asserted."""
    prev: Match | None = None
    for m in matches:
        before = clause_before(text, s0 if prev is None else prev.end, m.start)
        after = text[m.end : s1]
        near = before[-_NEG_NEAR:]
        hostile = m.rule.event in HOSTILE
        if _NEG.search(near) and m.rule.event != "REJECT":
            m.status, m.reason = "negated", f"negation before the verb: {near.strip()!r}"
        elif _NEG.search(near):
            m.status, m.reason = "negated", f"a rejection denied: {near.strip()!r}"
        elif prev is not None and _governs(text, prev, m):
            m.status, m.reason = "embedded", f"object of {prev.rule.event} {prev.text!r}"
            if hostile and prev.rule.event == "AGREE" and _WILLING.search(prev.text) and prev.status in ("asserted",):
                # "is prepared to impose martial law": readiness for a hostile act is a threat.
                prev.status, prev.threat_of = "warning", m.rule
                prev.reason = f"readiness to {m.rule.event} is THREATEN: {m.text!r}"
            elif hostile and prev.rule.event == "REQUEST" and prev.text.lower().startswith("ordered"):
                # "ordered the newspaper to suspend publication": an order by authorities is the act.
                prev.status, prev.reason = "embedded", f"order carried out as {m.rule.event} {m.text!r}"
                m.status, m.reason = "asserted", f"ordered by {prev.text!r}"
        elif _HYPO_AFTER.search(after) and m.rule.event != "THREATEN" and (hostile or m.rule.mode == "withdraw"):
            m.status, m.reason = "warning", f"a conditional hostile act is THREATEN: {after[:60].strip()!r}"
        elif _HYPO_BEFORE.search(before) or (_HYPO_AFTER.search(after) and m.rule.event != "THREATEN"):
            m.status, m.reason = "hypothetical", "conditional: " + (before.strip() or after[:60].strip())
        elif hostile and _DECIDED.search(before):
            m.reason = f"a decision announced: {before.strip()!r}"
        elif hostile and _WARN.search(before):
            m.status, m.reason = "warning", f"a hostile act announced for the future is THREATEN: {before.strip()!r}"
        elif m.rule.future_ok:
            pass
        elif _intent(text, m.start - len(before), m.start, m.end) or (_INFINITIVE.search(before) and prev is None):
            m.status, m.reason = "future", f"intended or possible, not reported as done: {before.strip()!r}"
        elif _PROMISE.search(before) or _INFINITIVE.search(before):
            if m.rule.promise and m.rule.event in COOPERATIVE:
                m.status, m.reason = "promise", f"a promise of {m.rule.event} is AGREE: {before.strip()!r}"
            else:
                m.status, m.reason = "future", f"future, not reported as done: {before.strip()!r}"
        if m.rule.event == "AGREE" or m.status == "promise":
            note = schedule_note(text, s0 if prev is None else prev.end, m) if m.status in ("asserted", "promise") \
                else None
            if note:
                m.status, m.reason = "schedule", note
        prev = m


# What goes on or starts again when no one promises anything: an activity or a publication's own output.
# "Coverage will resume Monday", "mobilization exercises will continue until July 1", "ISW will resume regular
# updates", "will keep up the first wave of the call-up until December 10".
_ACTIVITY = (r"(?:coverage|updates?|reporting|reports?|publication|publishing|assessments?|newsletters?|exercises?|"
             r"drills?|mobili[sz]ation|evacuations?|operations?|offensives?|fighting|hostilities|war|campaigns?|"
             r"shelling|strikes|attacks|process(?:es)?|period|stages?|phases?|work|works|construction)")
_ACTIVITY_SUBJECT = re.compile(r"(?<![\w-])" + _ACTIVITY + r"(?:\s+(?:in|on|at|across|near|along|against|of)\s+"
                               r"(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?\s+(?:(?:also|again|soon|now|still|then)\s+)?$",
                               re.I)
# "its “first stage” of mobilization", "its second wave of mobilization", "regular updates", "to report daily"; the
# words between are modifiers, never a verb's "to" or a conjunction ("to receive mobilization notices", "even as").
_ACTIVITY_OBJECT = re.compile(r"\s*(?:(?:its|their|his|her|our|the|a|an)\s+)?(?:(?!(?:to|as|even|and|or|but|while|until|"
                              r"in|on|at|for|with|after|before|throughout|across|over)\b)[“”\"'‘’]?[\w-]+[“”\"'‘’]?\s+)"
                              r"{0,2}?(?:of\s+)?[“”\"'‘’]?" + _ACTIVITY + r"\b|\s*to\s+(?:report|publish|update|cover)\b|"
                              r"\s*to\s+provide\s+(?:\w+\s+)?(?:updates|coverage|reports)\b", re.I)
_FUTURE = re.compile(r"(?:will|would|shall)\b", re.I)
_GOES_ON = re.compile(r"\b(?:will|would|shall)\s+(?:(?:also|again|soon|now|still|then)\s+)?(?:continue|resume)$", re.I)


def schedule_note(text: str, s0: int, m: Match) -> str | None:
    """Why a future-tense AGREE is a schedule note, not a promise (None: it may be a promise)."""
    before = clause_before(text, s0, m.start)
    # Only a future: "the campaign pledged to release the records" has an actor (a campaign team) pledging.
    if _FUTURE.match(m.text) and _ACTIVITY_SUBJECT.search(before):
        return f"what will go on is an activity, not an actor promising: {before.strip()!r}"
    if _GOES_ON.search(m.text) and _ACTIVITY_OBJECT.match(text, m.end):
        return f"an actor's own activity or output goes on, not a promise to anyone: {text[m.end : m.end + 40]!r}"
    return None


def _governs(text: str, prev: Match, m: Match) -> bool:
    # "accused the rebels of violating the ceasefire": a nominal or verb inside the object of a
    # speech act is what the act is about, not an event of its own; "and promised" starts a new one.
    if prev.rule.event in ("ASSAULT",):
        return False
    gap = text[prev.end : m.start]
    return not _COORD.search(gap)


# --- dates ----------------------------------------------------------------------------------------

_WEEKDAY_RX = re.compile(r"\b(?:on\s+|last\s+)?(" + "|".join(WEEKDAYS) + r")\b", re.I)
_RECENT = re.compile(r"\b(?:recent(?:ly)?|earlier\s+this\s+(?:week|month)|in\s+recent\s+(?:days|weeks))\b", re.I)


def resolve_weekday(name: str, published: date) -> date:
    """The latest date on or before `published` that falls on weekday `name` ("Wednesday")."""
    wd = WEEKDAYS.index(name.lower())
    return published - timedelta(days=(published.weekday() - wd) % 7)


def find_weekday(text: str, start: int, end: int) -> re.Match[str] | None:
    """A capitalised weekday name in text[start:end] (fallback when the dates layer is empty)."""
    for m in _WEEKDAY_RX.finditer(text, start, end):
        if m.group(1)[0].isupper():
            return m
    return None


def find_recent(text: str, start: int, end: int) -> re.Match[str] | None:
    """A vague recency cue ("recently", "recent efforts") in text[start:end]."""
    return _RECENT.search(text, start, end)
