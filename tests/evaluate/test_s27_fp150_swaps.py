"""benchmarks/isw_swaps.py: which event of a census 'dup' pair is the extra one."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def swaps() -> ModuleType:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    return importlib.import_module("isw_swaps")


@pytest.mark.parametrize(("sentence", "place", "want"), [
    ("Enemy units pressed on with attacks northwest of Lozova on Monday.", "Lozova", "compass"),
    ("The brigade pushed south toward Balakliia after dawn.", "Balakliia", "toward"),
    ("Troops attacked in the direction of Kupiansk.", "Kupiansk", "toward"),
    ("Raids from Vovchansk continued overnight.", "Vovchansk", "from"),
    ("Guns hit Chuhuiv twice.", "Chuhuiv", "plain"),
    ("Guns hit a village twice.", "Chuhuiv", "absent"),
])
def test_place_shape_reads_the_words_before_the_place(swaps: ModuleType, sentence: str, place: str,
                                                      want: str) -> None:
    assert swaps.place_shape(sentence, place) == want


def test_an_event_on_the_gold_point_is_nearer_than_a_town_20_km_off(swaps: ModuleType) -> None:
    gold = (49.00, 37.00)
    village = (49.00, 37.01)  # under 1 km from the gold point
    town = (49.18, 37.00)  # about 20 km north
    gain = swaps.nearer_by(gold, village, town)
    assert gain > swaps.SWAP_KM  # the town took the village's gold act: a swap
    assert swaps.nearer_by(gold, town, village) < 0  # seen from the town, the paired village is nearer


def test_two_events_at_one_point_are_no_swap(swaps: ModuleType) -> None:
    p = (48.5, 38.0)
    assert abs(swaps.nearer_by(p, p, p)) < 1e-9
