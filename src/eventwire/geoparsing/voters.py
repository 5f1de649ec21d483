"""Which context names outside given spans vote for the setting (`resolve_given`), and which are only origins."""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.recognize import Candidate

# Context names outside given spans that vote, by their first reading's code: a country, and a state or county too
# (else a loosely named one loses to a foreign country written in passing: "Florence police in Alabama ... an Italian
# student", "Naples police ... an Italian restaurant ..., Collier County officials said").
VOTER_CODES = frozenset(("PCLI", "ADM1", "ADM2"))

# "settlers came from Spain", "a delegation from the United States": what comes from a place says nothing of where the
# given place lies (the end of the text before the voter).
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)

# "a Spanish tourist", "two British students", "an Italian couple", "a French exchange student": a demonym that
# qualifies a private person names where that person comes from, as "a tourist from Spain" does, not the setting
# (people in uniform or office are left out: "Ukrainian soldiers", "Kenyan police" usually act on their own soil).
_PERSON_AFTER = re.compile(
    r"[ \u00a0-](?:[a-z]+[ \u00a0-])?(?:tourists?|visitors?|travell?ers?|backpackers?|hikers?|climbers?|cyclists?|"
    r"students?|pupils?|couples?|famil(?:y|ies)|m[ae]n|wom[ae]n|boys?|girls?|teenagers?|pensioners?|retirees?|"
    r"nationals?|citizens?|immigrants?|migrants?|expats?|pilgrims?|drivers?|truckers?|sailors?|fishermen|"
    r"businessm[ae]n|businesswom[ae]n|investors?|couriers?|workers?|nurses?|doctors?|priests?|nuns?)\b(?![ \u00a0-]team)")


def context_voters(gz: Gazetteer, text: str, cands: list[Candidate], ctx: list[Candidate],
                   first_of: Callable[[Candidate, str], int]) -> list[tuple[Candidate, int | None, str]]:
    """The context's countries, states, counties and demonyms outside the spans that vote, as (candidate, reading, key)."""
    # Spans given: such a name ("... It lies in the north of Kenya", "Florence police in Alabama") votes for the
    # setting as it does when the whole text is parsed. Other context names do not (a name the spans leave out is often
    # no place), nor does a name that encloses a span (it would vote for its own reading), nor an origin: a name after
    # "from", a demonym before a person noun.
    spans = [(c.start, c.end) for c in cands]
    out: list[tuple[Candidate, int | None, str]] = []
    for c in ctx:
        if any(c.start < e and s < c.end for s, e in spans) or FROM_BEFORE.search(text, max(0, c.start - 12), c.start):
            continue
        k = name_key(c.text)
        if c.kind == "demonym":
            if c.country and not _PERSON_AFTER.match(text, c.end):
                out.append((c, None, k))
            continue
        if not c.ids:
            continue
        b = first_of(c, k)
        if gz.fcode[b] in VOTER_CODES:
            out.append((c, b, k))
    return out
