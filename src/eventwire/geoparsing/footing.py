"""US post-office towns of unknown size are read only where the text gives them a US footing."""

from __future__ import annotations

import re
from collections import Counter

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.gazetteer.ustowns import US_TOWN_BASE
from eventwire.geoparsing.recognize import Candidate

CITY = 10_000  # a US town this big, as a name's likeliest reading, sets the text in its state
# "the Rhine", "Public Enemy Number One" (a capital word inside a sentence, not its first: "Three Readington ...")
_THE_OR_NAME_BEFORE = re.compile(r"(?:\bthe|(?<=[\w,;:] )[A-Z][\w'’]*)\s+$")
_TOWNSHIP = re.compile(r" Township\b")
# US shapes of a local unit ("County Road 225", "the county sheriff", "the township Board of Education"); a bare
# "the county governor" is Kenyan, Irish or Chinese usage as well, and "County Antrim" is Irish order.
_LOCAL_UNIT = re.compile(r"\b[Cc]ounty (?:[Rr]oad|[Rr]oute|[Hh]ighway) [A-Z]?\d|\b[Cc]ounty (?:[Ss]heriff|[Cc]oroner)"
                         r"|\b[Tt]ownship (?:[Bb]oard|[Cc]ommittee|[Tt]rustees?|[Ss]upervisors?)\b")
_AFTER = re.compile(r",\s*([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)\b")  # "Lanexa, VA", "Rhine, Georgia"


def _stated(gz: Gazetteer, text: str, c: Candidate, i: int) -> bool:
    """The town's own state follows it ("Lanexa, VA", "Rhine, Georgia"), or it is named as a US civil township
    ("Readington Township")."""
    if c.text.endswith(" Township") or _TOWNSHIP.match(text, c.end):
        return True
    m = _AFTER.match(text, c.end)
    return m is not None and m.group(1) in (gz.admin1[i][3:], gz.admin1_name(gz.admin1[i]))


def _likeliest(gz: Gazetteer, c: Candidate) -> int:
    """The most populous of a candidate's readings (it has some)."""
    return max(c.ids, key=lambda i: gz.pops[i])


def _abroad(gz: Gazetteer, c: Candidate) -> bool:
    """The name's likeliest reading is a country, a state or a city outside the US ("Barges on the Rhine ..." is
    not; "Iranian" and "Paris" are)."""
    if c.kind == "demonym":
        return bool(c.country) and c.country != "US"
    if not c.ids:
        return False
    b = _likeliest(gz, c)
    return gz.cc[b] not in ("US", "") and (gz.pops[b] >= CITY or gz.fcode[b] in ("PCLI", "ADM1"))


def _american(gz: Gazetteer, c: Candidate) -> bool:
    """The name's likeliest reading is a US place of the registry, not a post office ("Lanexa": no)."""
    if not c.ids:
        return False
    b = _likeliest(gz, c)
    return gz.cc[b] == "US" and int(gz.gid[b]) < US_TOWN_BASE


def unfooted(gz: Gazetteer, text: str, cands: list[Candidate], ctx: list[Candidate],
             units: dict[str, Counter[str]]) -> None:
    """Drop a post-office town's reading unless the text names its state, a city of its state or its county
    ("Lanexa, Va.", "Lanexa, VA", "Squirrel Hill ... Pittsburgh", "New Kent County"); a name left with no reading
    is no place ("barges on the Rhine": Rhine, Georgia)."""
    # World news uses these names for other things (a river, a company, "Number One"): a village of unknown size
    # is the likely reading only where the text is set in its state.
    gid = gz.gid
    towns = [n for n, c in enumerate(cands) if c.ids and max(int(gid[i]) for i in c.ids) >= US_TOWN_BASE]
    if not towns:
        return
    # "Georgia" names a country too: only a name that is no country's stands for the state ("Ga.", "Virginia").
    countries = {k for code, names in units.items() if code.startswith("cc:") for k in names}
    states = {code for code, names in units.items() if code.startswith("a1:US.") and any(k not in countries for k in names)}
    for c in ctx:  # "Pittsburgh", "NEW YORK": a name whose likeliest reading is a city or the state sets it there
        if c.ids and gz.cc[b := _likeliest(gz, c)] == "US" and (
                (gz.fclass[b] == "P" and gz.pops[b] >= CITY) or gz.fcode[b] == "ADM1") \
                and not any(gz.fcode[i] == "PCLI" for i in c.ids):
            states.add("a1:" + gz.admin1[b])
    # A text that names no place abroad nor any state ("Three Readington Township Boy Scouts ...") is a local paper's: its
    # post-office town stands, unless "the" or another name leads it ("on the Rhine", "Enemy Number One").
    # A text set in another state ("Charlotte, Mich. ... jumping into Grand River") gives an Iowa post office none.
    stated = {(name_key(cands[n].text), i) for n in towns for i in cands[n].ids
              if int(gid[i]) >= US_TOWN_BASE and _stated(gz, text, cands[n], i)}  # one sense per discourse
    # ... and it must name something American besides ("Drones struck targets near Silver Star" names nothing):
    # a US town of cities500, a county of a US state as a unit ("Knox County": "Nakuru County" is Kenya's), a US shape
    # of a local unit ("County Road 225", "the township board"), or a town with its state ("Lanexa, VA").
    home = not states and not any(_abroad(gz, c) for c in ctx) and (
        bool(stated) or any(code.startswith("a2:US.") for code in units) or any(_american(gz, c) for c in ctx)
        or _LOCAL_UNIT.search(text) is not None)
    for n in towns:
        c = cands[n]
        k = name_key(c.text)
        kept = [i for i in c.ids if int(gid[i]) < US_TOWN_BASE or "a1:" + gz.admin1[i] in states
                or (gz.admin2[i] and "a2:" + gz.admin2[i] in units) or (k, i) in stated
                or (home and not _THE_OR_NAME_BEFORE.search(text, max(0, c.start - 30), c.start))]
        if len(kept) < len(c.ids):
            c.ids = kept
            if not kept:
                c.hints["stray"] = 1.0  # the name was no place before these towns: dropped, not guessed
