"""Issue #5's demo end to end: the seed story from two outlets with different tolls, by CLI, API and REST."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import eventwire.api as api
from eventwire.cli import cli
from eventwire.merge import Cluster
from eventwire.server import create_app

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"
FOUR, SIX = "at least four people were killed", "at least six people were killed"


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def kyiv(clusters: list[Cluster]) -> Cluster:
    (one,) = [c for c in clusters if c.event.location and c.event.location.name == "Kyiv"
              and c.event.sub_event_type == "Air/drone strike"]
    return one


def clusters_of(db: Path) -> list[Cluster]:
    with api.open_store(db, must_exist=True) as store:
        return store.load_clusters()


def check_two_outlets(cl: Cluster) -> None:
    """One event, two sources, low 4 / best 4 (lower median) / high 6, a flag citing both outlets."""
    assert cl.sources == ["Wire A", "Wire B"]
    assert (cl.fatalities.low, cl.fatalities.best, cl.fatalities.high) == (4, 4, 6)
    assert (cl.event.fatalities.low, cl.event.fatalities.high) == (4, 6)
    (flag,) = [f for f in cl.flags if f.code == "fatalities_disagreement"]
    assert {(e.source, e.value, e.text) for e in flag.evidence} == {("Wire A", "4", FOUR), ("Wire B", "6", SIX)}
    assert {f.code for f in cl.event.flags} >= {"fatalities_disagreement"}


@pytest.fixture(scope="module")
def texts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("seed")
    a, b = d / "seed.txt", d / "seed_b.txt"
    shutil.copy(SEED, a)
    changed = SEED.read_text(encoding="utf-8").replace("at least four people", "at least six people")
    assert changed != a.read_text(encoding="utf-8")
    b.write_text(changed, encoding="utf-8")
    return a, b


@pytest.fixture(scope="module")
def cli_db(texts: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("cli") / "seed.db"
    for outlet, path in zip(("Wire A", "Wire B"), texts, strict=True):
        run("-q", "ingest", "--db", str(db), "--source", outlet, "--published", "2025-06-06", str(path))
    return db, run("merge", "--db", str(db))


def test_cli_two_outlets_one_event_two_sources(cli_db: tuple[Path, str]) -> None:
    db, said = cli_db
    # Wire B is a near-duplicate of Wire A, but its changed toll is its own claim: a source of its own.
    assert "1 reported by more than one source" in said and "1 near-duplicate article" in said
    assert "1 edited, stating other tolls" in said and "fatalities_disagreement 1" in said
    clusters = clusters_of(db)
    cl = kyiv(clusters)
    check_two_outlets(cl)
    assert len(cl.copies) == 1  # the copy stays linked to its original
    # The story's other events state the same figures in both: one source, the copy folded into it.
    others = [c for c in clusters if c.id != cl.id]
    assert others and all(c.sources == ["Wire A"] and len(c.member_ids) == 2 for c in others)
    table = run("-q", "events", "--db", str(db), "--merged", "--sub-type", "Air/drone strike")
    assert any("Kyiv" in line and "4-6" in line for line in table.splitlines())
    again = run("merge", "--db", str(db))  # merging again changes nothing
    assert again[:again.rindex("(")] == said[:said.rindex("(")] and "0 stale merged events removed" in again
    assert kyiv(clusters_of(db)) == cl


def test_cli_true_reprint_is_one_source(cli_db: tuple[Path, str], texts: tuple[Path, Path], tmp_path: Path) -> None:
    db = tmp_path / "reprint.db"
    shutil.copy(cli_db[0], db)
    # The very same text from a third outlet, a day later: a reprint, not a new source.
    run("-q", "ingest", "--db", str(db), "--source", "Wire C", "--published", "2025-06-07", str(texts[0]))
    again = run("ingest", "--db", str(db), "--source", "Wire C", "--published", "2025-06-07", str(texts[0]))
    assert "stored 0 new articles and 0 new events" in again  # the reprint, ingested again, is the same article
    said = run("merge", "--db", str(db))
    assert "2 near-duplicate articles" in said and "1 reported by more than one source" in said
    cl = kyiv(clusters_of(db))
    check_two_outlets(cl)
    assert len(cl.member_ids) == 3 and sorted(cl.event.sources) == ["Wire A", "Wire B", "Wire C"]
    assert len(cl.copies) == 2 and len(set(cl.copies.values())) == 1
    # The reprint restates Wire A's toll: Wire A's own report stays the standing figure, under Wire A.
    by_outlet = {f.outlet: f for f in cl.fatalities.per_source}
    assert by_outlet["Wire C"].source == "Wire A" and by_outlet["Wire C"].superseded
    assert not by_outlet["Wire A"].superseded and by_outlet["Wire A"].copy_of is None
    with api.open_store(db, must_exist=True) as store:
        first = store.get_article(next(iter(cl.copies.values())))
    assert first is not None and (first.source, first.published) == ("Wire A", date(2025, 6, 6))
    # The situation report counts two independent sources and the toll range across them.
    out = tmp_path / "report.md"
    run("-q", "report", "--db", str(db), "--since", "2025-05-30", "--until", "2025-06-07", "--format", "md",
        "--out", str(out))
    md = out.read_text(encoding="utf-8")
    assert "**Killed: 4–6**" in md and "2 independent (3 reports): Wire A, Wire B, Wire C" in md
    assert "sources disagree on the number killed: 4 (Wire A) vs 6 (Wire B)" in md
    assert f"Wire A: 4 ({FOUR}); Wire B: 6 ({SIX})" in md


def test_python_api_two_outlets(texts: tuple[Path, Path], tmp_path: Path) -> None:
    db = tmp_path / "api.db"
    for outlet, path in zip(("Wire A", "Wire B"), texts, strict=True):
        api.ingest(path, db, published=date(2025, 6, 6), source=outlet)
    stats = api.merge(db)
    assert (stats.duplicates, stats.edited_copies, stats.multi_source) == (1, 1, 1)
    check_two_outlets(kyiv(clusters_of(db)))
    (ev,) = [e for e in api.query(db, merged=True) if e.location and e.location.name == "Kyiv"
             and e.sub_event_type == "Air/drone strike"]
    assert (ev.fatalities.low, ev.fatalities.best, ev.fatalities.high) == (4, 4, 6)
    assert "fatalities_disagreement" in {f.code for f in ev.flags}


def test_rest_ingest_then_merge(texts: tuple[Path, Path], tmp_path: Path) -> None:
    db = tmp_path / "rest.db"
    auth = {"Authorization": "Bearer s3cret"}
    with TestClient(create_app(str(db), token="s3cret")) as client:
        for outlet, path in zip(("Wire A", "Wire B"), texts, strict=True):
            doc = {"text": path.read_text(encoding="utf-8"), "source": outlet, "published": "2025-06-06"}
            assert client.post("/api/ingest", json=[doc], headers=auth).status_code == 200
        api.merge(db)
        page = client.get("/api/events", params={"merged": True, "sub_type": "Air/drone strike", "limit": 100})
        assert page.status_code == 200
    (ev,) = [e for e in page.json()["items"] if e["location"] and e["location"]["name"] == "Kyiv"]
    assert (ev["fatalities"]["low"], ev["fatalities"]["best"], ev["fatalities"]["high"]) == (4, 4, 6)
    assert sorted(ev["sources"]) == ["Wire A", "Wire B"]
    check_two_outlets(kyiv(clusters_of(db)))
