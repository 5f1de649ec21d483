"""The PLOVER political lexicon: rules, matching, factual status, modes and contexts."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# Acts stated in the future that the codebook codes as they are (a threat is itself about the future).
COOPERATIVE = frozenset({"AID", "COOPERATE", "RETREAT", "CONCEDE", "SUPPORT", "CONSULT"})
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
    status: str = "asserted"  # asserted | negated | future | hypothetical | promise | embedded
    reason: str = ""


class Lexicon:
    """Compiled political lexicon (one alternation over all rules, built once)."""

    def __init__(self, data: dict[str, object]):
        raw = data["rule"]
        assert isinstance(raw, list)
        self.rules = [Rule(r["event"], r.get("mode", ""), r.get("kind", "verb"), r["pattern"],
                           float(r.get("weight", 0.6)), tuple(r["acled"]) if r.get("acled") else None,
                           bool(r.get("promise")), bool(r.get("future_ok")), bool(r.get("speech")))
                      for r in raw]
        alt = "|".join(f"(?P<r{i}>{r.pattern})" for i, r in enumerate(self.rules))
        self.regex = re.compile(rf"\b(?:{alt})", re.I)
        modes = data.get("modes", {})
        assert isinstance(modes, dict)
        self.modes = {ev: [(m, re.compile(p, re.I)) for m, p in table.items()] for ev, table in modes.items()}
        ctx = data.get("contexts", {})
        assert isinstance(ctx, dict)
        self.contexts = [(name, re.compile(rf"\b(?:{p})", re.I)) for name, p in ctx.items()]

    def find(self, text: str, start: int, end: int, sentence: int) -> list[Match]:
        """Rule matches in text[start:end], in order, longest alternative first."""
        out = []
        for m in self.regex.finditer(text, start, end):
            rule = self.rules[int(m.lastgroup[1:])]  # type: ignore[index]
            out.append(Match(rule, m.start(), m.end(), m.group(0), sentence))
        return out

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
        names, spans = [], []
        for name, rx in self.contexts:
            m = rx.search(sentence)
            if m:
                names.append(name)
                spans.append((m.start(), m.end()))
        return names, spans


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
_HYPO_BEFORE = re.compile(r"\b(?:if|unless|whether|in\s+case)\b", re.I)
_HYPO_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:only\s+(?:if|under|when|after)|unless)\b", re.I)
_PROMISE = re.compile(r"\b(?:will|shall|would|promised\s+to|promises\s+to|pledged\s+to|vowed\s+to|"
                      r"offered\s+to|agreed\s+to|(?:ready|willing|prepared|committed)\s+to|going\s+to)\b", re.I)
_INTENT = re.compile(r"\b(?:could|might|may|plans?\s+to|planning\s+to|intends?\s+to|expected\s+to|"
                     r"efforts?\s+to|attempts?\s+to|aim(?:s|ed)?\s+to|hop(?:es|ed)\s+to|consider(?:s|ed|ing)?|"
                     r"weigh(?:s|ed|ing)?|threat\s+of|possib\w+|likely)\b", re.I)
_INFINITIVE = re.compile(r"(?<!continued )(?<!continues )(?<!began )(?<!started )(?<!resumed )(?<!managed )"
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


def set_status(text: str, s0: int, s1: int, matches: list[Match]) -> None:
    """Status of each match in one sentence: negated, hypothetical, future, promise, embedded, asserted."""
    prev: Match | None = None
    for m in matches:
        before = clause_before(text, s0 if prev is None else prev.end, m.start)
        after = text[m.end : s1]
        near = before[-_NEG_NEAR:]
        if _NEG.search(near) and m.rule.event != "REJECT":
            m.status, m.reason = "negated", f"negation before the verb: {near.strip()!r}"
        elif _NEG.search(near):
            m.status, m.reason = "negated", f"a rejection denied: {near.strip()!r}"
        elif prev is not None and _governs(text, prev, m):
            m.status, m.reason = "embedded", f"object of {prev.rule.event} {prev.text!r}"
        elif _HYPO_BEFORE.search(before) or _HYPO_AFTER.search(after):
            m.status, m.reason = "hypothetical", "conditional: " + (before.strip() or after[:60].strip())
        elif m.rule.future_ok:
            pass
        elif _INTENT.search(before) or (_INFINITIVE.search(before) and prev is None):
            m.status, m.reason = "future", f"intended or possible, not reported as done: {before.strip()!r}"
        elif _PROMISE.search(before) or _INFINITIVE.search(before):
            if m.rule.promise and m.rule.event in COOPERATIVE:
                m.status, m.reason = "promise", f"a promise of {m.rule.event} is AGREE: {before.strip()!r}"
            else:
                m.status, m.reason = "future", f"future, not reported as done: {before.strip()!r}"
        prev = m


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
