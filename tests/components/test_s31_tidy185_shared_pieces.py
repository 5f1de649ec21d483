"""The pieces tidy185 shared between older patterns keep each pattern's words (a refactor, no new reading)."""

from __future__ import annotations

import re

from eventwire.components.assemble_list import _TOLD_GAP
from eventwire.components.assemble_namesake import _OBLAST_LIST, ITEM_JOIN, ITEM_NAME
from eventwire.components.lexicon import PART_COMPASS


def test_the_part_words_stay_the_four_plain_points_and_central() -> None:
    """'northern' and 'central' are parts; 'northeastern' is not one of these older lists' words."""
    word = re.compile(PART_COMPASS + r"\Z")
    assert all(word.match(w) for w in ("northern", "southern", "eastern", "western", "central"))
    assert word.match("northeastern") is None and word.match("downtown") is None


def test_a_run_of_items_reads_alike_in_both_list_patterns() -> None:
    """', Ochakiv, and Bilozerka' is a run of items before a told region in both patterns."""
    run = re.compile("(?:" + ITEM_JOIN + ITEM_NAME + ")+")
    assert run.fullmatch(", Ochakiv, and Bilozerka") is not None
    assert _TOLD_GAP.fullmatch(", Ochakiv, and Bilozerka, ") is not None
    assert _OBLAST_LIST.match(", Sumy, and Poltava Oblasts") is not None
