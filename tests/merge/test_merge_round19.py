"""Merge round 19: the fresh gold windows' selection rule."""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from merge_outlets_gold import KW, WINDOWS  # noqa: E402
from merge_outlets_gold2 import WINDOWS2  # noqa: E402
from merge_outlets_gold3 import LABELS3, WINDOWS3, select_windows  # noqa: E402


def test_fresh_windows_keep_away_from_the_other_windows_and_each_other() -> None:
    spans = [(date.fromisoformat(f), n) for f, n in (*WINDOWS.values(), *WINDOWS2.values(), *WINDOWS3.values())]
    days = [[d + timedelta(k) for k in range(n)] for d, n in spans]
    for i, a in enumerate(days[len(WINDOWS) + len(WINDOWS2):], len(WINDOWS) + len(WINDOWS2)):
        for j, b in enumerate(days):
            if j != i:
                assert min(abs((x - y).days) for x in a for y in b) > 3
    assert all(re.fullmatch(r"[\w.-]+\.txt:\d+", k) for k in LABELS3)


def test_select_windows_takes_the_busiest_spans_apart() -> None:
    def heads(day: str, n: int) -> list[dict]:
        return [{"day": day, "outlet": f"o{k}", "text": f"strike {day} {k}"} for k in range(n)]
    data = (heads("2024-01-01", 3) + heads("2024-01-10", 9) + heads("2024-01-11", 2) + heads("2024-01-13", 8)
            + heads("2024-01-20", 5) + heads("2024-01-30", 1))
    # 10-11 January is the busiest span; the 13th lies within 3 days of it; 19-20 ties 20-21 and comes first;
    # the taken window holds 1 January, so the quiet 29-30 comes before the three headlines of the 1st.
    assert select_windows(data, KW, [("2023-12-31", 2)], n=3) == [
        ("2024-01-10", 2), ("2024-01-19", 2), ("2024-01-29", 2)]
    # A headline one outlet carries twice counts once.
    assert select_windows(heads("2024-02-01", 1) * 5 + heads("2024-02-10", 2), KW, [], n=1) == [("2024-02-09", 2)]
