"""`WorkDoc.sentence_of` by bisect gives the answers of the plain binary search, and keeps up with edits."""

from __future__ import annotations

import random

from eventwire.model import Article
from eventwire.pipeline.workdoc import Sentence, WorkDoc


def _linear(sents: list[Sentence], offset: int) -> int:
    """The reference: the first sentence that holds the offset."""
    return next((i for i, s in enumerate(sents) if s.start <= offset < s.end), -1)


def test_bisect_matches_linear_scan_with_gaps_and_empty_sentences() -> None:
    rng = random.Random(7)
    for _ in range(200):
        sents, pos = [], 0
        for _ in range(rng.randint(0, 12)):
            pos += rng.randint(0, 3)  # gaps between sentences, sometimes none
            length = rng.randint(0, 9)  # empty sentences too
            sents.append(Sentence(pos, pos + length))
            pos += length
        doc = WorkDoc(Article(id="a", text="x" * (pos + 5)))
        doc.sentences = sents
        for offset in range(-2, pos + 5):
            assert doc.sentence_of(offset) == _linear(sents, offset)


def test_replaced_or_grown_sentences_are_seen() -> None:
    doc = WorkDoc(Article(id="a", text="One. Two. Three."))
    doc.sentences = [Sentence(0, 4)]
    assert doc.sentence_of(6) == -1
    doc.sentences.append(Sentence(5, 9))  # grown in place
    assert doc.sentence_of(6) == 1
    doc.sentences = [Sentence(0, 9), Sentence(10, 16)]  # replaced
    assert doc.sentence_of(6) == 0
    assert doc.sentence_of(12) == 1


def test_overlapping_sentences_fall_back_to_the_search() -> None:
    doc = WorkDoc(Article(id="a", text="x" * 20))
    doc.sentences = [Sentence(0, 10), Sentence(5, 15)]  # not as split, but the old answer still holds
    assert doc.sentence_of(7) == 0
    assert doc.sentence_of(12) == 1
    assert doc.sentence_of(16) == -1
