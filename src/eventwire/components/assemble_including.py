"""Villages named with "settlements ..., including A, B, and C": the named villages are where the act was."""

from __future__ import annotations

import re

from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import WorkDoc

# "Russian forces shelled settlements near Soledar, including Bilohorivka and Pidhorodne": the town only locates the
# settlements; the villages named after "including" carry the act (gold README: a direction from a town is labelled
# at the town only where no settlement named carries the attack).
_AREA_BEFORE = re.compile(r"\b(?:settlements|villages|towns)\s+(?:near|around|outside|close\s+to)\s+(?:the\s+)?$")
_INCLUDING = re.compile(r"(?:\s+(?:City|city))?\s*,\s+including\s+(?:the\s+)?")
# "strikes directly on Slovyansk and on settlements to the east of Slovyansk, including Tetyanivka, Donetske, and
# Starodubivka": the town is struck, and so is each village named after "including".
_AND_AREA = re.compile(r"\s*,?\s+and\s+(?:on\s+|in\s+|at\s+)?(?:the\s+)?(?:several\s+|other\s+)?(?:settlements|villages|"
                       r"towns)\s+[^.;:()]{0,60}?,\s+including\s+(?:the\s+)?")
# Items of the "including" list: "A, B, and C", "A and B" (a parenthesis after an item is a note on it).
_NEXT_ITEM = re.compile(r"(?:\s*\([^()]*\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _items(doc: WorkDoc, here: list[PlaceMention], start: int) -> list[PlaceMention]:
    """The settlements listed from `start` on (the first must begin there)."""
    k = next((i for i, p in enumerate(here) if p.start == start), None)
    if k is None or here[k].feature_class != "P":
        return []
    out = [here[k]]
    while k + 1 < len(here) and here[k + 1].feature_class == "P" \
            and _NEXT_ITEM.fullmatch(doc.text, here[k].end, here[k + 1].start) is not None:
        k += 1
        out.append(here[k])
    return out


def with_included(doc: WorkDoc, here: list[PlaceMention], members: list[PlaceMention]) -> list[PlaceMention]:
    """Members with the villages of a following "settlements ..., including" list; a lone town that only locates
    such settlements ("settlements near X, including A and B") gives way to them."""
    text = doc.text
    last = members[-1]
    if len(members) == 1 and _AREA_BEFORE.search(text, max(0, last.start - 40), last.start) is not None:
        m = _INCLUDING.match(text, last.end)
        items = _items(doc, here, m.end()) if m is not None else []
        if items:
            return items
    m = _AND_AREA.match(text, last.end)
    if m is None:
        return members
    items = _items(doc, here, m.end())
    return [*members, *(p for p in items if all(p.start != q.start for q in members))] if items else members
