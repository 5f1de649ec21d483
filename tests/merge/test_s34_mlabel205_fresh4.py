"""The fourth fresh merge judge (split "fresh4"): its windows, its per-line labels and the gold lines built from them."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from merge_helpers import assert_last_windows_apart

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from merge_outlets_gold import WINDOWS  # noqa: E402
from merge_outlets_gold2 import WINDOWS2  # noqa: E402
from merge_outlets_gold3 import WINDOWS3  # noqa: E402
from merge_outlets_gold4 import WINDOWS4  # noqa: E402
from merge_outlets_gold5 import WINDOWS5  # noqa: E402
from merge_outlets_gold6 import LABELS6, WINDOWS6  # noqa: E402

# The occurrences as labelled (window.label -> headlines); every other KW line of the windows is None.
SIZES = {"jan22.soldiers_blast": 9, "feb11.rafah_rescue": 6, "dec24.maghazi": 5, "jan22.khan_younis_encircled": 2,
         "jan22.un_training_centre": 2, "dec24.us_iraq_dec25": 1, "jan22.un_shelter_800": 1, "jan22.us_iraq_jan23": 1,
         "feb11.nasser_snipers": 1}


def test_fresh4_windows_keep_away_from_every_other_window_and_each_other() -> None:
    assert WINDOWS6 == {"dec24": ("2023-12-24", 2), "jan22": ("2024-01-22", 2), "feb11": ("2024-02-11", 2)}
    assert_last_windows_apart(WINDOWS, WINDOWS2, WINDOWS3, WINDOWS4, WINDOWS5, WINDOWS6)


def test_fresh4_labels_are_pointers_with_the_written_counts() -> None:
    assert all(re.fullmatch(r"[\w.-]+\.txt:\d+", k) for k in LABELS6)
    assert len(LABELS6) == 63
    assert sum(lab is None for lab in LABELS6.values()) == 35
    assert sum(SIZES.values()) == 28


def test_fresh4_gold_lines_hold_the_labelled_occurrences_only() -> None:
    rows = [json.loads(line) for line in (ROOT / "benchmarks/gold/merge/outlets.jsonl").read_text().splitlines()]
    fresh4 = [r for r in rows if r["split"] == "fresh4"]
    assert Counter(r["gold"] for r in fresh4) == SIZES
    assert Counter(r["window"] for r in fresh4) == {"jan22": 15, "feb11": 7, "dec24": 6}
    assert all(LABELS6[f"{r['file']}:{r['line']}"] == r["gold"].split(".", 1)[1] for r in fresh4)
    # The judge comes after every earlier Gaza line: appending it left the earlier lines where they were.
    gaza = [r["split"] for r in rows if r["corpus"] == "gaza"]
    assert gaza[-len(fresh4):] == ["fresh4"] * len(fresh4)
