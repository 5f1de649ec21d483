"""The bad-input folder (tests/fixtures/make_bad_inputs.py): one good story, every bad one reported."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

from readers_support import SEED, read_all

from eventwire.errors import DocumentTooLarge

SCRIPT = Path(__file__).resolve().parents[1] / "fixtures" / "make_bad_inputs.py"


def _module():
    spec = importlib.util.spec_from_file_location("make_bad_inputs", SCRIPT)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_bad_input_folder(tmp_path):
    # A 0.2 MB "huge" file against a 0.1 MB limit stands in for 50 MB against the 10 MB default.
    _module().make_bad_inputs(tmp_path, big_mb=0.2, seed=SEED)
    arts, errs = read_all(tmp_path, published=date(2025, 6, 6), max_bytes=100_000)
    by_name = {Path(a.meta["path"]).name: a for a in arts}
    assert sorted(by_name) == ["invalid-utf8.txt", "russian-cp1251.txt", "seed-story.txt"]
    assert by_name["russian-cp1251.txt"].text.startswith("Ночью российские беспилотники атаковали Харьков.")
    assert by_name["invalid-utf8.txt"].meta["encoding_errors"] == 2
    reasons = {Path(e.source).name: e.reason for e in errs}
    assert reasons == {
        "binary.bin": "binary file, not text",
        "empty.txt": "empty document",
        "huge.txt": "document is 0.2 MB, over the 0.1 MB limit (--max-bytes)",
        "malformed-feed.xml": "malformed feed: <unknown>:5:31: mismatched tag",
        "no-article.html": "no article text found in HTML page",
    }
    assert isinstance(next(e for e in errs if e.source.endswith("huge.txt")), DocumentTooLarge)
