"""Speed gates in the event-coding stages give what the ungated scans give (session 10)."""

import re

from eventwire.components import claims, trigger_sense
from eventwire.components.actors import actor_lexicon, find_actors
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline import WorkDoc

SENSE_SENTENCES = [
    "Merrill Lynch shares fell.", "Shell hits back at critics.", "Qatar and Shell in gas deal.",
    "Mobil Corp <MOB> said profits rose.", "It was an absolute blast, she said.", "Robinson blasts officials.",
    "Twin blasts rock Baghdad.", "An explosion in consumer technology.", "Dockers began a nine-day strike.",
    "A powerful quake that struck western Japan killed one person.", "A car ferry struck a pier.",
    "They were shooting a film in Kyiv.", "The spent shells fall out of my gun.", "The film bombed.",
    "A flash mob gathered.", "Vigilantes were named.", "Vigilantes beat the man.", "Gunmen shot five people.",
    "The huge number of landmines dotted around the country.", "Floods killed 12 people.",
    "A \u212aelvin-sign text: the spent she\u017f\u017fs fall; it was a bla\u017ft.",  # odd folds take the full scan
    "THE WALKOUT: WORKERS WALKED OUT OVER PAY.",
]


def _ungated(text: str, s0: int, s1: int, t0: int, t1: int) -> str | None:
    """other_sense as it was before the word gates (every rule scanned)."""
    for name, pat, reason in trigger_sense._RULES:
        for m in pat.finditer(text, s0, s1):
            if m.start() < t1 and t0 < m.end():
                if name == "blast" and pat is trigger_sense._BLAST_VERB and trigger_sense._BLAST_NOT_PERSON.search(
                        text, max(s0, m.start() - 20), m.end()):
                    continue
                if name == "name" and m.start() == s0 and m.group(0) == "Shell":
                    continue
                return reason
    return None


def test_other_sense_gate_matches_the_full_scan() -> None:
    text = " ".join(SENSE_SENTENCES)
    checked = found = 0
    s0 = 0
    for sent in SENSE_SENTENCES:
        s1 = s0 + len(sent)
        for w in re.finditer(r"\w+", text[s0:s1]):
            t0, t1 = s0 + w.start(), s0 + w.end()
            want = _ungated(text, s0, s1, t0, t1)
            got = trigger_sense.other_sense(text, s0, s1, t0, t1)
            if want is not None:
                assert got == want, (sent, w.group())
                found += 1
            checked += 1
        s0 = s1 + 1
    assert found >= 15 and checked > 100


def test_every_rule_has_its_gate_words() -> None:
    assert len(trigger_sense._NEEDS) == len(trigger_sense._RULES)
    # Each rule's gate holds a word of a sentence it matches: the gate only skips sentences it cannot match.
    for (name, pat, _), needs in zip(trigger_sense._RULES, trigger_sense._NEEDS, strict=True):
        hits = [s for s in SENSE_SENTENCES if pat.search(s)]
        assert hits, name
        assert all(any(w in s.lower() for w in needs) for s in hits if "\u212a" not in s and "\u017f" not in s)


def test_verb_pattern_equals_the_word_boundary_alternation() -> None:
    old = re.compile(rf"\b(?:{claims.VERBS})\b")
    text = ("said unsaid said_x saidx Xsaid, he says; reports reported, REPORTS emphasised emphasized "
            "told\u2002stated 'said' (claimed) claims-claimed 9said asserted.alleged wrote")
    for start in range(0, 40):
        assert [m.span() for m in claims._VERB.finditer(text, start)] == [m.span() for m in old.finditer(text, start)]
    assert [m.group() for m in claims._VERB.finditer(text)][:3] == ["said", "says", "reports"]


def _claims(text: str) -> list[tuple[str, str]]:
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    doc.actors = find_actors(text, actor_lexicon())
    return [(c.speaker, c.text) for c in claims.find_claims(doc)]


def test_according_gate_keeps_capitals_and_skips_texts_without_it() -> None:
    upper = _claims("Drones destroyed several aircraft, ACCORDING TO the Russian aviation agency.")
    assert upper and upper[0][1] == "Drones destroyed several aircraft"
    assert _claims("Drones destroyed several aircraft near the airfield on Sunday.") == []




def test_historical_matches_are_found_once_per_sentence_and_text() -> None:
    from eventwire.components.trigger_status import status_of

    a = "Russian forces previously shelled the town and struck it again."
    b = "Russian forces yesterday shelled the town and struck it again."
    assert len(a) != len(b)
    for text in (a, b, a):
        for word in ("shelled", "struck"):
            t0 = text.index(word)
            status, _ = status_of(text, 0, len(text), t0, t0 + len(word), None)
            assert (status == "historical") == (text is a), (text, word, status)
    # Same offsets, another text object with the same length: its own matches, not the cached ones.
    c = "Russian forces yesterdayy shelled the town and struck it again."[: len(a)]
    t0 = c.index("shelled")
    assert status_of(c, 0, len(c), t0, t0 + 7, None)[0] == "asserted"


def test_upper_doc_stops_counting_at_a_third_and_keeps_the_answer() -> None:
    from eventwire.components.actors import is_upper_doc

    # ALL-CAPS when upper-case words outnumber three times the lower-case ones (first 1,000 characters).
    for up, lo, want in ((0, 0, False), (1, 0, True), (3, 1, False), (4, 1, True), (6, 2, False), (7, 2, True),
                         (2, 5, False)):
        assert is_upper_doc(" ".join(["ABC"] * up + ["abc"] * lo)) is want, (up, lo)
    assert is_upper_doc("SAN SALVADOR, 3 JAN 90 -- THE ARMED FORCES REPORTED " * 20 + "abc " * 400) is True
    assert is_upper_doc("abc " * 300 + "ABC " * 1000) is False
