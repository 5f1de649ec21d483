"""A list item that the gazetteer and the register hold but resolution left out (a far namesake: "Topolske, Kamyanka,
and ..."), read from the register right after a read place, unless the words around it tell a person.
villages.add_villages calls it. docs/benchmarks.md, geoparsing round 52 and its review fixes (session 21)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing import typos
from eventwire.geoparsing.cues import _PERSON_NEXT
from eventwire.geoparsing.recognize import common_set
from eventwire.geoparsing.spans import Spans
from eventwire.model import PlaceMention

_S = r"[ \u00a0\u2002]"
_SEP = re.compile(rf"(?:,|,?{_S}+(?:and|or)){_S}+$")
# A sentence that opens with a place ("In Lviv, Ivanenko ...", "At Antratsyt, Tamara ..."): the name after its comma
# is the clause's subject, not a second list item.
_OPENER = re.compile(rf"(?:^|[.!?\n][\"”’']?{_S}*)(?:In|At|Near|Outside|Around|From){_S}+[A-Z][\w'’-]*"
                     rf"(?:{_S}[A-Z][\w'’-]*){{0,2}},{_S}+$", re.M)
# A person told by the words after the name: "Tamara, a resident, said", "Tamara and her son".
_PERSON_AFTER = re.compile(rf",{_S}+(?:a|an|the|one|another){_S}+[a-z]|{_S}+and{_S}+(?:his|her|their)\b")


@lru_cache(maxsize=1 << 16)
def held(gz: Gazetteer, run: str) -> tuple[int, ...]:
    """The register rows of a one-span run that the gazetteer also holds (resolution may have dropped it as a far
    namesake: "Topolske, Kamyanka, and ..."), or ()."""
    from eventwire.geoparsing.villages import table  # villages calls this module

    k = name_key(run)
    if len(k) < 5 or k in common_set() or not gz.candidates(run):
        return ()
    return table()[0].get(k, ())


def listed(text: str, s: int, ends: set[int]) -> bool:
    """Whether the name at `s` follows a list separator right after a read place ("Topolske, Kamyanka"), in no
    sentence opened by that place ("In Lviv, Ivanenko said")."""
    m = _SEP.search(text, max(0, s - 8), s)
    return m is not None and any(m.start() - d in ends for d in range(2)) \
        and _OPENER.search(text, max(0, s - 60), s) is None


def item(gz: Gazetteer, text: str, s: int, name: str, ids: tuple[int, ...], rows: tuple[Any, ...], towns: Any,
         aid: str, told_code: str, taken: Spans, ends: set[int]) -> list[PlaceMention]:
    """A mention for a `held` list item where its sentence or oblast picks one row and no word around it tells a
    person: the gazetteer's record inside the row's hromada (radius + 5 km), else the row's point; [] otherwise."""
    from eventwire.geoparsing import villages as v

    e = s + len(name)
    if typos.spoken(text, s, e) or _PERSON_NEXT.match(text, e) or _PERSON_AFTER.match(text, e) \
            or v._from_abroad(text, s, e):
        return []  # a person: "Nikita said", "Tamara, a resident, said", "Tamara and her son"
    row = v._pick(gz, text, s, e, ids, rows, towns, explicit=True)
    if row is None:
        return []
    # Only inside the hromada (not `_moves`' radius + SENTENCE_KM): resolution left this name out, so a record 40 km
    # off is as likely the namesake it turned down ("Shcherbaky" west of Orikhiv).
    rec = v._record_near(gz, name, row)
    taken.add(s, e)
    ends.add(e)
    return [v._mention(gz, aid, s, e, name, row, told_code) if rec is None else v._record_mention(gz, aid, s, e, name, rec)]
