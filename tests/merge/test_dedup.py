"""Near-duplicate articles: syndicated and lightly edited copies of one story."""

from __future__ import annotations

from datetime import date

from eventwire.merge import NearDuplicateIndex, find_near_duplicates
from eventwire.merge.dedup import shingles
from eventwire.model import Article


def _copies(seed: str) -> list[Article]:
    paras = [p for p in seed.split("\n") if p.strip()]
    original = Article(id="orig", text=seed, source="Wire", published=date(2025, 6, 6))
    # A paper re-heads the story, trims the last two paragraphs and swaps curly quotes and spaces.
    edited = "Kyiv hit overnight\n" + "\n".join(paras[1:-2]).replace("\u201c", '"').replace("\u201d", '"')
    edited = edited.replace(" ", "\u2002", 5)
    trimmed = Article(id="copy1", text=edited, source="Paper", published=date(2025, 6, 7))
    # Another changes one figure and a couple of words.
    changed = seed.replace("at least four", "at least five").replace("dozens of others", "many others")
    second = Article(id="copy2", text=changed, source="Gazette", published=date(2025, 6, 7))
    other = Article(id="other", source="Other", published=date(2025, 6, 6),
                    text="Heavy rain flooded the valley on Tuesday and farmers counted their losses. " * 3)
    return [second, other, trimmed, original]


def test_copies_map_to_the_earliest_original(seed_text: str) -> None:
    assert find_near_duplicates(_copies(seed_text)) == {"copy1": "orig", "copy2": "orig"}


def test_unrelated_short_texts_are_not_copies() -> None:
    arts = [
        Article(id="a", text="Two people were killed in Kharkiv when a missile hit a school."),
        Article(id="b", text="Two people were injured in Odesa when a drone hit a port warehouse."),
    ]
    assert find_near_duplicates(arts) == {}


def test_incremental_index_and_transitive_roots(seed_text: str) -> None:
    idx = NearDuplicateIndex()
    arts = {a.id: a for a in _copies(seed_text)}
    assert idx.add(arts["orig"]) is None
    assert idx.add(arts["copy2"]) == "orig"
    assert idx.add(arts["copy2"]) == "orig"  # adding again is idempotent
    assert idx.add(arts["other"]) is None
    assert "orig" in idx and idx.copies == {"copy2": "orig"}


def test_shingles_fold_case_quotes_and_unicode_spaces() -> None:
    assert shingles("Putin called it a \u201cterrorist act\u201d today") == shingles(
        "putin called\u2002it a terrorist act today"
    )
    assert shingles("") == set()
    assert len(shingles("too short")) == 1
