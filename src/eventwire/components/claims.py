"""Claims: statements with their speaker (resolved to an actor) and the speaker's office."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from operator import itemgetter

from eventwire.components.lexicon import REPORT_VERBS
from eventwire.components.political_rules import ODD_FOLD
from eventwire.model import Claim
from eventwire.pipeline.workdoc import ActorMention, WorkDoc

VERBS = REPORT_VERBS


def _by_first_letter(words: str) -> str:
    r"""The words' alternation after a word start, grouped by first letter: `s(?<!\w.)(?:aid|ays|...)|...`."""
    # Opening with a letter lets the engine skip to the verbs' first letters instead of trying `\b` at every position;
    # `(?<!\w.)` after the first letter is the same word-start test.
    by: dict[str, list[str]] = {}
    for w in words.split("|"):
        by.setdefault(w[0], []).append(w[1:])
    return "(?:" + "|".join(rf"{c}(?<!\w.)(?:{'|'.join(rest)})" for c, rest in by.items()) + ")"


# "X said (in Washington) (on Friday) that CONTENT" and "CONTENT, X said."
_VERB = re.compile(rf"{_by_first_letter(VERBS)}\b")
_AFTER_VERB = re.compile(r"(?:\s+(?:in|on|at|from|late|early|last|this|to)\s+(?:the\s+)?[\w’'.-]+(?:\s+[A-Z]\w+)?)*"
                         r"(?:\s+that)?[\s,:]*")
_GAP = re.compile(r"[\s,]*(?:(?:also|has|had|have|later|then|again|previously|earlier|reportedly|separately|"
                  r"on\s+\w+|in\s+a\s+statement)\s+)*", re.I)
_ACCORDING = re.compile(r",?\s*according\s+to\s+(?:the\s+|a\s+)?", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\s+(?=(?:" + VERBS + r")\b)")
SPEAKER_KINDS = frozenset({"person", "organisation", "force", "group", "state"})


def find_claims(doc: WorkDoc) -> list[Claim]:
    """Claims in text order; each speaker is the actor mention adjoining the speech verb."""
    text = doc.text
    actors = [a for a in doc.actors if a.kind in SPEAKER_KINDS]
    # Indexes instead of scans of every actor per verb: a long report names thousands (near-linear time).
    at_start: dict[int, ActorMention] = {}
    by_sentence: dict[int, list[ActorMention]] = {}
    for x in actors:
        at_start.setdefault(x.start, x)
        by_sentence.setdefault(doc.sentence_of(x.start), []).append(x)
    persons = sorted((a.end, k, a) for k, a in enumerate(actors) if a.kind == "person")
    person_ends = [e for e, _, _ in persons]
    out: list[Claim] = []
    # Most texts have no "according": the case-insensitive scan tries every position, so look for the word first
    # (texts holding a character that folds oddly, e.g. a dotted capital I, are scanned as before).
    according = "according" in text.lower() or ODD_FOLD.search(text) is not None
    for m in _ACCORDING.finditer(text) if according else ():
        a = at_start.get(m.end())
        if a is None:
            continue
        si = doc.sentence_of(m.start())
        if si < 0:
            continue
        s0 = doc.sentences[si].start
        content = _strip(text, s0, m.start())
        if content:
            out.append(_claim(a, text, *content))
    for m in _VERB.finditer(text):
        si = doc.sentence_of(m.start())
        if si < 0:
            continue
        sent = doc.sentences[si]
        a = _speaker_before(text, by_sentence.get(si, []), sent.start, m.start()) or \
            _pronoun(text, persons, person_ends, sent.start, m.start())
        if a is None:
            continue
        head = _strip(text, sent.start, a.start)
        tail_start = _AFTER_VERB.match(text, m.end())
        tail = _strip(text, tail_start.end() if tail_start else m.end(), sent.end)
        # "CONTENT, X said(,|.)" quotes the head; "X said that CONTENT" the tail.
        post = re.match(r"\s*[,.;]", text[m.end() : m.end() + 3]) is not None or not tail
        if head and post:
            out.append(_claim(a, text, *head))
        elif tail:
            out.append(_claim(a, text, *tail))
    out.sort(key=lambda c: c.start)
    return _dedupe(out)


def _speaker_before(text: str, actors: list[ActorMention], s0: int, verb: int) -> ActorMention | None:
    for a in reversed(actors):
        if a.end <= verb and a.start >= s0:
            gap = _GAP.fullmatch(text, a.end, verb)
            return a if gap else None
    return None


def _pronoun(text: str, persons: list[tuple[int, int, ActorMention]], ends: list[int], s0: int,
             verb: int) -> ActorMention | None:
    # "he said": the most recent person named before, within the paragraph's reach. `persons` are
    # (end, order, mention) sorted by end; the latest in actor order ending in the window wins.
    p = _PRONOUN.search(text, max(s0, verb - 12), verb + 12)
    if p is None or p.end() != verb:
        return None
    window = persons[bisect_right(ends, p.start() - 400) : bisect_right(ends, p.start())]
    return max(window, key=itemgetter(1))[2] if window else None


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    # Trim spaces, commas and the closing quote's comma so the span is the statement itself.
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:."):
        end -= 1
    return (start, end) if end - start >= 8 else None


def _claim(a: ActorMention, text: str, start: int, end: int) -> Claim:
    # A force speaks as itself ("Ukrainian air force"); persons and organisations by their normalized name.
    speaker = " ".join(a.text.split()) if a.kind in ("force", "state") else a.name
    return Claim(speaker=speaker, role=a.role, text=text[start:end], start=start, end=end)


def _dedupe(claims: list[Claim]) -> list[Claim]:
    out: list[Claim] = []
    for c in claims:
        if out and out[-1].speaker == c.speaker and c.start < out[-1].end:
            if c.end - c.start > out[-1].end - out[-1].start:
                out[-1] = c
            continue
        out.append(c)
    return out


def make() -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `claims.rules.v1`."""

    def claims(doc: WorkDoc) -> WorkDoc:
        doc.claims = find_claims(doc)
        return doc

    return claims
