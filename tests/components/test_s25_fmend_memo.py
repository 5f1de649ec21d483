"""The assembler's per-run caches (the `not_where` memo among them) leave the document also when a step raises."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.api import load_pipeline
from eventwire.components import assemble
from eventwire.model import Article


def test_an_exception_inside_assembly_leaves_no_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    done = load_pipeline()(Article(text="Russian forces shelled Kharkiv on October 18, officials said.",
                                   published=date(2022, 10, 18)))
    seen: list[bool] = []

    def fail(doc: Any, events: Any) -> Any:
        seen.append("_not_where" in doc.meta)
        raise RuntimeError("a step failed")

    monkeypatch.setattr(assemble, "drop_tallies", fail)
    with pytest.raises(RuntimeError):
        assemble.make()(done)
    assert seen == [True]  # the memo was there while the run went on
    assert not set(assemble._RUN_CACHES) & set(done.meta)
