"""Case-folded scanning: one lower-cased copy of the text, matched without IGNORECASE; whole-word span tests.

Python's `re` is about twice as fast on pre-lowered text as with IGNORECASE, and components
call their finders once per sentence, so the lowered copy of the last text is cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_last: tuple[str, str | None] = ("", "")


def lowered(text: str) -> str | None:
    """text.lower() when it keeps every offset (it does not for a few characters, e.g. "İ")."""
    global _last
    cached_text, cached_low = _last
    if cached_text is text:
        return cached_low
    low = text.lower()
    result = low if len(low) == len(text) else None
    _last = (text, result)
    return result


def lower_same_length(text: str) -> str:
    """The text lower-cased with every offset kept (a few characters, e.g. "İ", grow when lower-cased)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[0] for c in text)


def case_folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern for lower-cased text (its literals lower-cased, no IGNORECASE)."""
    if re.search(r"\\[A-Z]", pattern.pattern):
        raise ValueError("pattern has upper-case escapes; lower-casing would change them")
    source = pattern.pattern.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def scan(pattern: re.Pattern[str], folded: re.Pattern[str], text: str, start: int,
         end: int) -> Iterator[re.Match[str]]:
    """Matches of `pattern` in text[start:end]; offsets index `text` either way."""
    low = lowered(text)
    if low is None:
        return pattern.finditer(text, start, end)
    return folded.finditer(low, start, end)


def is_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is whole words: no letter or digit runs on past either end."""
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
