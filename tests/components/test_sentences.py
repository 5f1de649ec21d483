"""Tests for the rule-based sentence splitter."""

from __future__ import annotations

from pathlib import Path

from eventwire.components.sentences import is_hard_wrapped, make, split_sentences
from eventwire.model import Article
from eventwire.pipeline.workdoc import WorkDoc

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"  # bundled copy of the seed story


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_abbreviations_and_initials_do_not_split() -> None:
    text = "On Wednesday, Putin spoke with U.S. President Trump. Gen. J. Smith said Mr. Lee left. It ended."
    assert _texts(text) == ["On Wednesday, Putin spoke with U.S. President Trump.",
                            "Gen. J. Smith said Mr. Lee left.", "It ended."]


def test_quotes_and_headlines() -> None:
    text = 'Strikes Hit Kyiv\nHe called it "good." Then he left!\n\nNext section'
    assert _texts(text) == ["Strikes Hit Kyiv", 'He called it "good."', "Then he left!", "Next section"]


def test_offsets_point_into_text_with_unicode_spaces() -> None:
    text = "Four\u2002people died.\u2002Dozens were hurt."
    sents = split_sentences(text)
    assert [text[s.start : s.end] for s in sents] == ["Four\u2002people died.", "Dozens were hurt."]
    assert all(not text[s.start].isspace() and not text[s.end - 1].isspace() for s in sents)


def test_hard_wrapped_all_caps_copy_joins_lines() -> None:
    text = ("SAN SALVADOR, 3 JAN 90 -- THE ARMED FORCES REPORTED THAT THREE\n"
            "SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED DURING CLASHES\n"
            "YESTERDAY IN USULUTAN.  GEN. SMITH SAID THE ATTACK WAS REPELLED\n"
            "THIS MORNING NEAR THE LAS CANAS BRIDGE ON THE NORTHERN HIGHWAY.\n")
    assert is_hard_wrapped(text)
    sents = _texts(text)
    assert len(sents) == 2
    assert sents[0].endswith("YESTERDAY IN USULUTAN.")
    assert sents[1].startswith("GEN. SMITH SAID")


def test_seed_story() -> None:
    text = SEED.read_text(encoding="utf-8")
    sents = _texts(text)
    assert not is_hard_wrapped(text)
    assert sents[0] == "Russia Launches Major Airstrikes Across Ukraine, Hits Kyiv"
    assert "Casualties and Damage in Kyiv" in sents
    assert "On Wednesday, Putin also chatted with\u2002U.S. President Trump." in sents
    assert any(s.startswith("Mayor Vitali Klitschko said that at least four") and s.endswith("injured.")
               for s in sents)
    assert len(sents) == 21


def test_component_fills_doc_sentences() -> None:
    doc = make()(WorkDoc(Article(text="One. Two.")))
    assert [(s.start, s.end) for s in doc.sentences] == [(0, 4), (5, 9)]
    assert doc.sentence_of(6) == 1


def test_footnote_marker_closes_its_sentence() -> None:
    # Report pages number their sources after the full stop; the next sentence starts after the marker.
    text = "The front line remains generally unchanged.[6] Multiple sources report a strike on Mykolaiv.[7][8] It hit a barracks."
    assert _texts(text) == ["The front line remains generally unchanged.[6]",
                            "Multiple sources report a strike on Mykolaiv.[7][8]", "It hit a barracks."]
