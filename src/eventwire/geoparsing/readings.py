"""Choosing among a name's readings with the text around it: unit or city, list mates, distance phrases, and the
town an article names most inside a unit."""

from __future__ import annotations

import re
from bisect import bisect_left

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.boxes import Box
from eventwire.geoparsing.coherence import writes_unit
from eventwire.geoparsing.named import town_names
from eventwire.geoparsing.nearby import projected
from eventwire.geoparsing.recognize import Candidate

_PROJECT_KM = 60.0  # a shorter distance from a name in mid-sentence keeps its anchor town (`near_spot`)


def near_spot(gz: Gazetteer, box: Box, subject: bool = False) -> int:
    """Where a distance phrase puts a place: the town nearest the projected point when the phrase gives a
    direction ("348 km east of Melbourne"), else the town it measures from.

    A short distance from a name in mid-sentence keeps its anchor town: the event coder places "Dibrova, 5km
    southwest of Kreminna" at the told point itself when it sees the anchor. A sentence's subject ("Zzyxville is
    ... 40 km northeast of Saskatoon") is projected at any distance.
    """
    assert box.near is not None
    if box.near_dir is None or (box.near_km < _PROJECT_KM and not subject):
        return box.near
    spot = projected(gz, box.near, box.near_km, box.near_dir)
    return box.near if spot is None else spot


_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or)\s+")


def list_mates(gz: Gazetteer, text: str, c: Candidate, ctx: list[Candidate],
               shared: dict[str, dict[int, float]]) -> str | None:
    """"city" when the names listed right beside `c` are cities ("Washington, New York and Boston"), "unit" when
    they are first-level units ("Missouri, New York, North Carolina"; "England and Wales"), else None."""
    pos = bisect_left(ctx, c.start, key=lambda x: x.start)  # `ctx` is in text order
    if pos >= len(ctx) or ctx[pos].start != c.start:
        return None
    kinds = set()
    for j, before in ((pos - 1, True), (pos + 1, False)):
        if not 0 <= j < len(ctx) or not ctx[j].ids:
            continue
        m = ctx[j]
        gap = _LIST_GAP.fullmatch(text, m.end, c.start) if before else _LIST_GAP.fullmatch(text, c.end, m.start)
        if gap is None:
            continue
        mk = name_key(m.text)
        # A context name the caller did not ask about has no scores: its largest reading stands for it.
        sc = shared.get(mk) or {i: float(gz.pops[i]) for i in m.ids}
        top = max(sc, key=lambda i: sc[i])
        # A mate that is a city of 100k by its own name ("Washington", "Boston") is a city, whatever the mate's
        # own reading; a unit after a comma is the container, not a mate ("Tbilisi, Georgia").
        own = town_names(mk)
        city = any(gz.fclass[i] == "P" and gz.pops[i] >= 100_000 and gz.main_key(i) in own for i in sc)
        unit = gz.fcode[top] == "ADM1" and not city and (before or "," not in gap.group())
        kinds.add("city" if city else "unit" if unit else "")
    return kinds.pop() if len(kinds) == 1 and "" not in kinds else None


def own_unit(gz: Gazetteer, key: str, sc: dict[int, float]) -> int | None:
    """The first-level unit that bears the name as its own ("Wales"), if the name has one."""
    return next((i for i in sc if gz.fcode[i] == "ADM1" and gz.main_key(i) == key), None)


def unit_or_city(
    gz: Gazetteer, text: str, c: Candidate, pair: tuple[int, int], ranked: list[int], mates: str | None = None
) -> list[int]:
    """A name that is both a unit and its capital: "Kherson Oblast" the unit, "Kherson City" and a bare "Kherson"
    beside a written "Kherson Oblast" the city (one sense per discourse does not hold across the two).

    Only a choice inside that unit is switched: "the city of Cairo" in a story about Georgia stays Cairo, Georgia.
    """
    unit, city = pair
    if gz.admin1[ranked[0]] != gz.admin1[unit] or gz.cc[ranked[0]] != gz.cc[unit]:
        return ranked
    if "admin" in c.hints or mates == "unit":
        pick = unit
    elif "town" in c.hints or "capital" in c.hints or mates == "city" or writes_unit(text, c.text):
        pick = city
    else:
        return ranked
    return [pick, *(i for i in ranked if i != pick)]


def towns_named(
    gz: Gazetteer, ctx: list[Candidate], shared: dict[str, dict[int, float]]
) -> dict[str, tuple[int, list[int]]]:
    """Name → (mentions, town readings) for the names the article uses: a resolved name's chosen town, else
    every town reading of a context name."""
    out: dict[str, tuple[int, list[int]]] = {}
    for c in ctx:
        if not c.ids:
            continue
        k = name_key(c.text)
        if k in out:
            out[k] = (out[k][0] + 1, out[k][1])
            continue
        sc = shared.get(k)
        ids = [max(sc, key=lambda i: sc[i])] if sc else c.ids
        out[k] = (1, [i for i in ids if gz.fclass[i] == "P"])
    return out


def town_inside(gz: Gazetteer, area: int, towns: dict[str, tuple[int, list[int]]], key: str) -> int:
    """The town the article names most often inside a state or country `area` (else `area` itself).

    "Mogo is a town in New South Wales ... south of Batemans Bay": Batemans Bay is nearer than the state's middle.
    """
    if gz.fcode[area] not in ("ADM1", "PCLI"):
        return area
    best: tuple[int, int, int] | None = None
    for k, (n, ids) in towns.items():
        if k == key:
            continue
        for i in ids:
            if contains(gz, area, i) and (best is None or (n, gz.pops[i]) > best[:2]):
                best = (n, int(gz.pops[i]), i)
    return best[2] if best is not None else area


def contains(gz: Gazetteer, area: int, i: int) -> bool:
    """True when record `i` lies inside the country or admin unit `area`.

    "Virginia is a state in the South Atlantic region": a container inside the name's own reading is misread.
    """
    fc = gz.fcode[area]
    if fc == "PCLI":
        return gz.cc[i] == gz.cc[area] and i != area
    if fc == "ADM1":
        return gz.admin1[i] == gz.admin1[area] and i != area
    return fc == "ADM2" and gz.admin2[i] == gz.admin2[area] and i != area


_STRAY_POP = 20_000  # a town this small read outside the article's state is likelier a local place the tables lack
_NAMESAKE_CC = frozenset(("US", "CA"))


def stray_town(gz: Gazetteer, focus: int | None, ranked: list[int], towns: dict[str, tuple[int, list[int]]],
               key: str) -> int | None:
    """The article's main town in its state, for a small town whose every reading lies outside that state.

    "Bob Gibbs, from Lakeville" in an Ohio story: Lakeville, Ohio is not in the tables; Lakeville, Minnesota is
    no better a guess than the town the story names most in Ohio.
    """
    if focus is None or gz.fcode[focus] != "ADM1" or not ranked:
        return None
    top = ranked[0]
    # (North America only, where one small-town name recurs in many states or provinces: a war report names
    # villages across several oblasts, and "St Andrews" in a London story is still the Scottish town.)
    if gz.fclass[top] != "P" or gz.pops[top] >= _STRAY_POP or gz.cc[top] != gz.cc[focus] or gz.cc[top] not in _NAMESAKE_CC:
        return None
    if any(contains(gz, focus, i) for i in ranked) or sum(gz.fclass[i] == "P" for i in ranked) < 2:
        return None  # (a name only one town bears is that town: "Kreminna" in a report on Donetsk Oblast)
    town = town_inside(gz, focus, towns, key)
    return town if town != focus else None
