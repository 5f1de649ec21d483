"""Countries that react to what another party did: their own country is not the setting of what they talk about."""

from __future__ import annotations

import re

from eventwire.gazetteer import Gazetteer
from eventwire.geoparsing.recognize import Candidate

# "Egypt condemns Israel's strike on Rafah", "Jordan's foreign ministry slams ...": a reaction verb after the
# country (or its government); "says" is left out, since a country usually reports what happened on its own soil.
_REACTS = re.compile(
    r"(?:['’]s)?(?:[ \u00a0\u2002]+(?:foreign|government|president|prime|ministry|minister|leader|king|emir|"
    r"officials?|office))*[ \u00a0\u2002]+(?:strongly[ \u00a0\u2002]+)?"
    r"(?:condemn|slam|denounc|deplor|criticis|criticiz|rebuk|blast|decr[iy]|welcom|hail|urg|warn|"
    r"reject|protest|accus|blam)\w*\b")
_GAP = re.compile(r"[ \u00a0\u2002]+(?:(?:the|an?|against|on)[ \u00a0\u2002]+)?")


def reactors(gz: Gazetteer, text: str, ctx: list[Candidate]) -> set[int]:
    """Positions (in `ctx`) of countries that react to another party named after them in the same sentence, and
    of that party: "Russian" in "Ukraine condemns Russian strike on Pokrovsk" is the attacker, not the setting
    (Pokrovsk is in Ukraine, not Engels, Russia, once called Pokrovsk)."""
    out: set[int] = set()
    for n, c in enumerate(ctx[:-1]):
        own = _country(gz, c)
        m = _REACTS.match(text, c.end) if own else None
        if m is None:
            continue
        # The party reacted to comes right after the verb ("condemns Israel's strike", "slams Israeli raid",
        # "warns Israel against ..."); "Egypt rejects border crossing plan for Gaza" has none.
        gap = _GAP.match(text, m.end())
        d = ctx[n + 1]
        other = _country(gz, d)
        if gap is not None and d.start == gap.end() and other and other != own:
            out.update((n, n + 1))
    return out


def _country(gz: Gazetteer, c: Candidate) -> str | None:
    """The country a demonym or a country name stands for."""
    if c.kind == "demonym":
        return c.country
    return next((gz.cc[i] for i in c.ids if gz.fcode[i] == "PCLI"), None)
