"""Session 25, mend131: the actor scan (iter_long plus a NUL) finds every whole-word key a plain scan finds."""

from __future__ import annotations

from typing import Any

from eventwire.components.actors import actor_lexicon
from eventwire.components.text_case import is_word

TAILS = ("", ",", " in", " says", ".")  # the text's end, and mid-text after a word break


def _plain(text: str) -> list[tuple[int, int]]:
    """Leftmost-longest whole-word key hits from every occurrence (`iter`), as lexicon_names.longest chooses them."""
    auto: Any = actor_lexicon().automaton
    hits = sorted(((end - len(val[1]) + 1, end + 1) for end, val in auto.iter(text)), key=lambda h: (h[0], -h[1]))
    out, pos = [], 0
    for start, end in hits:
        if start >= pos:
            out.append((start, end))
            pos = end
    return [h for h in out if is_word(text, *h)]


def test_no_key_prefix_hides_a_shorter_key_from_the_scan() -> None:
    # iter_long loses a key reached from a longer key's failed walk through two fail links, also in mid-text; a
    # lexicon entry that nests keys so ("mali" < "north mali front" < "west north mali army") fails here.
    lex = actor_lexicon()
    texts = {f"x {key[:i]}{tail}" for key in lex.automaton.keys() for i in range(1, len(key)) for tail in TAILS}
    lost = [t for t in sorted(texts) if [(s, e) for s, e, _ in lex.hits(t) if is_word(t, s, e)] != _plain(t)]
    assert lost == []
