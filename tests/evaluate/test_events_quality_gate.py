"""CI quality gate: the benchmark scorers on small samples must stay above pinned floors.

Floors are measured values minus a margin, recorded with the date in floors.json; raise them when
the extractor improves, never lower them without saying why in the commit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import run_eval

FLOORS: dict[str, Any] = json.loads((Path(__file__).with_name("floors.json")).read_text(encoding="utf-8"))


def _get(res: dict[str, Any], dotted: str) -> float:
    cur: Any = res
    for part in dotted.split("."):
        cur = cur[part]
    return float(cur)


@pytest.mark.parametrize("name", sorted(k for k in FLOORS if not k.startswith("_")))
def test_floor(name: str) -> None:
    spec = FLOORS[name]
    res = run_eval(spec["corpus"], spec.get("split"), spec.get("limit"))
    assert not res["failed_documents"], f"{name}: documents failed: {res['failed_documents']}"
    for metric, floor in spec["floors"].items():
        value = _get(res, metric)
        assert value >= floor, f"{name}: {metric} = {value:.4f} fell below the floor {floor}"
