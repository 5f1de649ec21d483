"""The `--by-genre` study of benchmarks/train_confidence.py: genres from a record's source, a genre's own threshold."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from eventwire.evaluate.common import PRF


@pytest.fixture(scope="module")
def train() -> ModuleType:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    return importlib.import_module("train_confidence")


@pytest.mark.parametrize(("source", "want"), [
    ({"kind": "tsv_line", "path": "news/gaza_news_headlines/x.tsv", "line": 3}, "headline"),
    ({"kind": "file", "path": "news/isw_2022/txt/June_04_2022.txt"}, "isw"),
    ({"kind": "reuters", "path": "news/reuters21578/reut2-008.sgm", "newid": 1}, "prose"),
    ({"kind": "wikinews", "path": "news/wikinewssum_en_sample/x.json"}, "prose"),
    ({"kind": "file", "path": "seed/kyiv-airstrikes.txt"}, "prose"),
])
def test_genre_of_a_record_comes_from_its_source(train: ModuleType, source: dict[str, Any], want: str) -> None:
    assert train.genre({"source": source}) == want


def test_a_genre_threshold_reads_only_that_genres_records(train: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"genre": "isw", "id": "a"}, {"genre": "prose", "id": "b"}, {"genre": "prose", "id": "c"}]
    probs = [np.array([0.1]), np.array([0.2]), np.array([0.9])]
    seen: list[list[str]] = []

    def fake_f1_at(rs: list[dict[str, Any]], ps: list[np.ndarray], t: float) -> PRF:
        seen.append([r["id"] for r in rs])
        # Best when the threshold keeps only the 0.9 event.
        kept = sum(int((p >= t).sum()) for p in ps)
        return PRF(1, 0, 0) if kept == 1 else PRF(1, kept, 0)

    monkeypatch.setattr(train, "f1_at", fake_f1_at)
    t = train.best_threshold(rows, probs, "prose")
    assert all(ids == ["b", "c"] for ids in seen)
    assert 0.2 < t <= 0.9 and t in train.GRID


def test_the_study_batches_are_the_judges_and_never_training_batches(train: ModuleType) -> None:
    study = [n for files in train.STUDY.values() for n in files]
    training = {n for files in train.BATCHES.values() for n in files}
    assert study and not training & set(study)
    assert all(n.startswith((*train.JUDGES, "gold_dev18")) for n in study)
