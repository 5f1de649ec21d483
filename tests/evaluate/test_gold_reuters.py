"""The "reuters" gold source kind: one <REUTERS NEWID=...> story of a Reuters-21578 .sgm file."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.gold import kind_of, source_text

# Two stories written for this test in the corpus's SGML shape (not Reuters text).
SGM = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="7">
<DATE> 2-MAR-1987 10:00:00.00</DATE>
<TEXT>&#2;
<TITLE>RAIDERS &lt;HIT&gt; A DEPOT NEAR RIVERTON</TITLE>
<DATELINE>    RIVERTON, March 2 - </DATELINE><BODY>Raiders burned a fuel depot
near Riverton on Sunday, police said.
    Two guards were hurt &amp; one was missing.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="2" NEWID="8">
<DATE> 2-MAR-1987 11:00:00.00</DATE>
<TEXT TYPE="BRIEF">&#2;
<TITLE>HARBOUR CLOSED AFTER BLAST</TITLE>
</TEXT>
</REUTERS>
"""


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "news" / "r").mkdir(parents=True)
    (tmp_path / "news" / "r" / "reut2-900.sgm").write_text(SGM, encoding="latin-1")
    monkeypatch.setenv("EVENTWIRE_DATA", str(tmp_path))
    return tmp_path


def test_reuters_story_is_title_then_dateline_and_body(data: Path) -> None:
    text = source_text({"kind": "reuters", "path": "news/r/reut2-900.sgm", "newid": 7})
    assert text == ("RAIDERS <HIT> A DEPOT NEAR RIVERTON\n\nRIVERTON, March 2 - Raiders burned a fuel depot\n"
                    "near Riverton on Sunday, police said.\n    Two guards were hurt & one was missing.\n Reuter")
    assert text == source_text({"kind": "reuters", "path": "news/r/reut2-900.sgm", "newid": "7"})  # the same each time


def test_reuters_story_without_body_is_its_title(data: Path) -> None:
    assert source_text({"kind": "reuters", "path": "news/r/reut2-900.sgm", "newid": 8}) == "HARBOUR CLOSED AFTER BLAST"
    with pytest.raises(KeyError):
        source_text({"kind": "reuters", "path": "news/r/reut2-900.sgm", "newid": 9})


def test_kind_of_reuters() -> None:
    assert kind_of({"source": {"kind": "reuters", "path": "news/reuters21578/reut2-004.sgm", "newid": 4001}}) == "reuters"
