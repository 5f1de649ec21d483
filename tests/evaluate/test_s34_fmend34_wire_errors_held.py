"""The wire error census refuses a held gold file named by any path, before it opens anything (fmend34)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest


def _script() -> ModuleType:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    return importlib.import_module("wire_errors")


@pytest.mark.parametrize("name", ["./gold_held99.jsonl", "../events/gold_held99.jsonl", "/nowhere/gold_held99.jsonl"])
def test_a_held_file_in_any_path_form_is_refused_not_opened(name: str) -> None:
    # gold_held99 exists nowhere: a FileNotFoundError would mean the name got past the guard to an open.
    with pytest.raises(SystemExit, match="held-out"):
        _script().census([name], None, lambda text, day: [])
