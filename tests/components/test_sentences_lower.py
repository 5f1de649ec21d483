"""Sentence splitting in lower-cased copy (scraped corpora that lost their capitals)."""

from __future__ import annotations

from eventwire.components.sentences import is_lower_cased, split_sentences


def _texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_lower_cased_text_splits_at_periods_but_not_abbreviations():
    text = ("lucknow: police said on monday that three people died in the clash near the market. "
            "the u.s. embassy asked mr. singh to stay at home until the curfew ends. "
            "a second curfew was declared in the old city after stones were thrown at a police post. ") * 2
    assert is_lower_cased(text)
    got = _texts(text)
    assert len(got) == 6
    assert got[1] == "the u.s. embassy asked mr. singh to stay at home until the curfew ends."


def test_normal_text_keeps_the_capital_rule():
    text = "Police said 3 people died. the rest is a quote fragment. Another sentence follows here."
    assert not is_lower_cased(text * 10)
    assert _texts(text) == ["Police said 3 people died. the rest is a quote fragment.", "Another sentence follows here."]
