"""Review of merge round 5: the unlabelled samples leave out held-aside headlines by the repository's ids."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from eventwire.evaluate.gold import split_of  # noqa: E402
from eventwire.model import Article  # noqa: E402
from merge_unlabelled import events_of, head_ids, held  # noqa: E402

# Line numbers chosen by hash alone (no headline read): the repository's id hashes to held-aside, `file:line` not.
HELD_BY_REPO_ID = [("gaza-news.txt", 3, "gaza-00003"), ("gaza-news.txt", 4, "gaza-00004"),
                   ("googlenews-bbc-gaza.txt", 4, "gaza-bbc-00004"), ("wsj-news-middleeast.txt", 10, "gaza-wsj-00010")]


@pytest.mark.parametrize(("file", "line", "repo_id"), HELD_BY_REPO_ID)
def test_a_headline_whose_repository_id_is_held_aside_is_left_out(file: str, line: int, repo_id: str) -> None:
    h = {"file": file, "line": line}
    assert split_of(repo_id) == "heldout" and split_of(f"{file}:{line}") != "heldout"
    assert repo_id in head_ids(h) and held(h)


def test_a_dev_headline_is_kept_and_the_blog_keeps_its_own_id() -> None:
    assert not held({"file": "gaza-news.txt", "line": 1})
    assert head_ids({"file": "cnn-news-israel-hamas-war.txt", "line": 7}) == ["cnn-news-israel-hamas-war.txt:7"]


def test_a_cache_of_another_draw_gets_the_missing_headlines(tmp_path: Path) -> None:
    cache = tmp_path / "unl.json"
    cache.write_text(json.dumps({"gaza-news.txt:1": []}))  # written by a default run
    day = date(2024, 6, 10)
    arts = [Article(id="gaza-news.txt:1", text="Talks resume in Cairo", source="ap", published=day),
            Article(id="gaza-news.txt:2", text="Gunmen kill 5 at a market in Kabul", source="ap", published=day)]
    got = events_of(arts, cache)
    assert got["gaza-news.txt:1"] == [] and got["gaza-news.txt:2"]
    assert set(json.loads(cache.read_text())) == {"gaza-news.txt:1", "gaza-news.txt:2"}
