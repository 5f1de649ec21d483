"""The box of units a container chain states for a place ("X is a town in Y County, Z"), each link read to fit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.recognize import Candidate

UNIT_PREFIX = {"ADM1": "a1:", "ADM2": "a2:", "PCLI": "cc:"}
_ISLANDS = frozenset(("ISL", "ISLS"))
_FEATURES = frozenset(("CONT", "RGN", "ISL", "ISLS"))


@dataclass(slots=True)
class Box:
    """The units a text says contain a place, and the most specific of them."""

    a2: set[str] = field(default_factory=set)
    a1: set[str] = field(default_factory=set)
    cc: set[str] = field(default_factory=set)
    best: int | None = None
    stated: bool = False  # "is a town in", "district of": not a mere comma, which may be a list
    defined: bool = False  # "X is a town in Y": a definition, which overrides even a country's name
    near: int | None = None  # the town a distance phrase measures from ("40 km northeast of Saskatoon")
    near_km: float = 0.0
    near_dir: float | None = None  # its compass bearing, when the phrase gives one ("348 km east of Melbourne")
    near_aside: bool = False  # the phrase gives a bearing but no distance ("Sloboda, just south of Chernihiv")
    unit: bool = False  # "X is a state in ...": the definition says X is an admin unit or country, not a town
    past: bool = False  # a definition in the past tense after the opening sentence ("Galata was a colony of Genoa")
    relative: bool = False  # "lies 250 km south-east of Freetown": the chain starts at a town measured from
    best_key: str = ""  # the name whose reading `best` is ("Red Oak" in "... Fourth Street in Red Oak")

    @property
    def depth(self) -> int:
        """3 when an admin-2 unit is stated, 2 for admin-1, 1 for a country only."""
        return 3 if self.a2 else 2 if self.a1 else 1 if self.cc else 0

    def holds(self, gz: Gazetteer, i: int) -> int:
        """How deep record `i` lies inside the box (0: outside)."""
        if gz.admin2[i] and gz.admin2[i] in self.a2:
            return 3
        if gz.admin1[i] in self.a1:
            return 2
        return 1 if gz.cc[i] in self.cc else 0


def _unit_readings(gz: Gazetteer, c: Candidate) -> set[tuple[str, str]]:
    """The country and first-level-unit readings of a name: ("cc", "US"), ("a1", "US.GA")."""
    if c.kind == "demonym":
        return {("cc", c.country)} if c.country else set()
    out = {("cc", gz.cc[i]) for i in c.ids if gz.fcode[i] == "PCLI"}
    return out | {("a1", gz.admin1[i]) for i in c.ids if gz.fcode[i] == "ADM1" and gz.admin1[i]}


def frame(gz: Gazetteer, chain: list[Candidate], counties: set[int], core: int = 0,
          states_of: frozenset[int] = frozenset()) -> tuple[set[str], set[str]]:
    """The countries and first-level units a container chain states, each name read to fit the others."""
    # "Newton County, Georgia, United States": Georgia is the state that holds a Newton County, not the country.
    # `counties` (positions followed by "County"/"counties") state no unit of that level; the first `core` names are
    # the chain itself, the rest only the sentence around it; `states_of` (positions after "state of" or "province
    # of") read as the first-level unit when the name has one ("a city in the state of Georgia" is not the country).
    readings = [set() if n in counties else _unit_readings(gz, c) for n, c in enumerate(chain)]
    for n in states_of:
        if any(kind == "a1" for kind, _ in readings[n]):
            readings[n] = {r for r in readings[n] if r[0] == "a1"}
    countries: set[str] = set()
    states: set[str] = set()
    stated: set[str] = set()
    for n, rs in enumerate(readings):
        if n >= core > 0 and rs and any(gz.fclass[i] == "P" for i in chain[n].ids) and not any(
                _support(gz, r, chain[:n] + chain[n + 1 :]) for r in rs):
            continue  # "part of London's West End": a town name around the chain is no state (Anguilla's West End)
        if len(rs) > 1:
            others = [x for m, x in enumerate(chain) if m != n]
            best = max(_support(gz, r, others) for r in rs)
            rs = {r for r in rs if _support(gz, r, others) == best}
            if any(kind == "cc" for kind, _ in rs):
                rs = {r for r in rs if r[0] == "cc"}  # "west of Panama": the country, not its namesake province
        countries |= {code for kind, code in rs if kind == "cc"}
        states |= {code for kind, code in rs if kind == "a1"}
        if n < core and len(rs) == 1 and (r := next(iter(rs)))[0] == "a1" and _support(
                gz, r, [x for m, x in enumerate(chain) if m != n]):
            # "San Diego is a city in California, ... south of Los Angeles ... the border with Mexico": a state the
            # chain names, that another name of the sentence lies in, states its country; a country named later in
            # the sentence does not override it.
            stated.add(r[1].split(".")[0])
    countries |= stated
    if countries:
        states = {a for a in states if a.split(".")[0] in countries}
    return countries, states


def _support(gz: Gazetteer, r: tuple[str, str], others: list[Candidate]) -> int:
    """How many of `others` lie in the country or first-level unit reading `r` (("a1", "US.GA"))."""
    kind, code = r
    hit = 0
    for x in others:
        if x.kind == "demonym":
            hit += x.country == code.split(".")[0] if kind == "a1" else x.country == code
        elif kind == "cc":
            hit += any(gz.cc[i] == code for i in x.ids)
        else:
            hit += any(gz.admin1[i] == code or (gz.fcode[i] == "PCLI" and gz.cc[i] == code[:2]) for i in x.ids)
    return hit


_LEVEL = {"PCLI": 1, "ADM1": 2, "ADM2": 3}
# "in the (U.S.) state of Georgia", "in the State of Mexico": the name that follows is a first-level unit.
_STATE_OF = re.compile(r"\b(?:state|province)\s+of\s+(?:the\s+)?$", re.I)
_EXTRA_GAP = re.compile(r"(?:\b(?:in|of|within)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}|,\s*)$", re.I)


def _within(gz: Gazetteer, i: int, area: int) -> bool:
    """True when the admin unit `i` lies inside the country or first-level unit `area`."""
    fc = gz.fcode[area]
    return gz.cc[i] == gz.cc[area] and (fc == "PCLI" or (fc == "ADM1" and gz.admin1[i] == gz.admin1[area]))


def make_box(
    gz: Gazetteer, chain: list[Candidate], stated: bool, admin_next: set[int] | None = None,
    scope: list[Candidate] | None = None, qualifiers: set[int] | None = None, wider: list[Candidate] | None = None,
    text: str = "", around: dict[str, int] | None = None,
) -> Box | None:
    """The box a chain states; `admin_next`: chain positions followed by an admin word ("X County");
    `scope`: the rest of a definition sentence, whose countries and states narrow the chain's readings;
    `qualifiers`: positions that only qualify the next link ("the U.S. state of Iowa"); `wider`: names of the next
    sentences, which only frame (they stand in for nothing)."""
    box = Box(stated=stated)
    rest = [x for x in (scope or []) if all(x is not y for y in chain)]
    counties = {n for n in (admin_next or ()) if any(gz.fcode[i] == "ADM2" for i in chain[n].ids)}
    states_of = frozenset(n for n, c in enumerate(chain) if text and _STATE_OF.search(text, max(0, c.start - 30), c.start))
    countries, states = frame(gz, chain + rest + [x for x in wider or () if all(x is not y for y in chain)], counties,
                               len(chain), states_of)

    def fits(i: int) -> bool:  # "Hillsborough County, New Hampshire": the county in the state named
        if countries and gz.cc[i] not in countries:
            return False
        return not states or gz.fcode[i] in ("ADM1", "PCLI") or gz.admin1[i] in states

    best: tuple[int, int] | None = None  # (depth, record)
    seen: list[int] = []  # the chain's admin units, in order
    # The definition's later units stand in when no link of the chain fits ("in North Central Texas, in ...
    # Ellis County, Texas": "North Central" reads as a province of Sri Lanka, which the frame rules out).
    # Only a name the sentence places something in: "under both Spain and Mexico" states no container.
    # The next sentences' units too, when the frame rules out every reading of the chain ("... at the foot of
    # the Alps. It lies in the Savoie department ...": not the Australian shire).
    # (Only when the chain names no town: "a district of the city of New Orleans" keeps its city.)
    towny = any(gz.fclass[i] == "P" for c in chain for i in c.ids)
    more = [y for y in wider or () if all(y is not z for z in rest)] if not towny else []
    extra = [x for x in rest + more if x.kind != "demonym" and (
        not text or _EXTRA_GAP.search(text, max(0, x.start - 40), x.start)) and all(x is not y for y in chain)]
    for n, c in enumerate(chain + extra):
        if n >= len(chain) and best is not None:
            break
        units = [i for i in c.ids if gz.fcode[i] in UNIT_PREFIX and fits(i)]
        towns: list[int]
        if n in counties:
            units = [i for i in units if gz.fcode[i] == "ADM2"]  # "Washington, Carter, and Sullivan counties"
            towns = []
        elif any(gz.fcode[i] in ("ADM1", "PCLI") for i in units):  # "Arkansas" is the state, not its county
            units = [i for i in units if gz.fcode[i] in ("ADM1", "PCLI")]
            # The frame's reading: "Georgia" after "Newton County" is the state, "west of Panama" the country.
            units = [i for i in units if (gz.fcode[i] == "PCLI" and gz.cc[i] in countries)
                     or (gz.fcode[i] == "ADM1" and gz.admin1[i] in states)] or units
            towns = []
        elif admin_next and n in admin_next and any(gz.fcode[i] == "ADM2" for i in units):
            units = [i for i in units if gz.fcode[i] == "ADM2"]  # "Hughes County": the county, not a town
            towns = []
        elif any(gz.fcode[i] in _FEATURES for i in c.ids) and any(
                gz.fcode[i] in _FEATURES and gz.main_key(i) == name_key(c.text) for i in c.ids):
            towns = []  # "part of south-central Africa": the continent, not Mahdia (once called Africa)
            # "the chief village of the Juan Fernández Islands": an island (group) of one country holds its towns.
            units += [i for i in c.ids if gz.fcode[i] in _ISLANDS and gz.cc[i] and fits(i)
                     and gz.main_key(i) == name_key(c.text)]
        else:
            towns = [i for i in c.ids if gz.fclass[i] == "P" and fits(i)] if n < len(chain) else []
            own = name_key(c.text) if towns and units else ""
            if own and max(gz.pops[i] for i in towns) < max(
                    (gz.pops[i] for i in units if gz.main_key(i) == own), default=0):
                # "in East Devon": the county of 650,000, not a town of 11,000 in South Africa (but "the North
                # Atlantic" is no Atlantic County)
                towns = []
        if towns and (stated or (admin_next and n in admin_next)):
            # After a comma a town is more likely the next item of a list; "Litchfield County" (a county the
            # gazetteer lacks) is stood in for by its namesake town, which lies in it.
            # "in the municipality of Tubao, La Union, Philippines": the Tubao inside the next link's unit.
            later = {code for x in chain[n + 1 :] for i in x.ids if gz.fcode[i] in ("ADM1", "ADM2")
                     for code in (gz.admin1[i], gz.admin2[i] if gz.fcode[i] == "ADM2" else "") if code}
            # (Then the country the text's other names lie in: "Raleigh is a town northwest of St. Anthony ... in
            # Labrador" is by St. Anthony, Newfoundland, not the bigger one in Minnesota.)
            # (Among towns within a tenth of the biggest one's size: "London" stays London, England.)
            big = max(gz.pops[i] for i in towns)
            t = max(towns, key=lambda i: (gz.admin1[i] in later or gz.admin2[i] in later, gz.pops[i] * 10 >= big,
                                          (around or {}).get(gz.cc[i], 0), gz.pops[i]))
            units.append(t)
        for i in units:
            fc = gz.fcode[i]
            if gz.admin2[i] and (fc == "ADM2" or gz.fclass[i] == "P"):  # (a curated county has no code)
                box.a2.add(gz.admin2[i])
            if fc != "PCLI" and gz.admin1[i]:
                box.a1.add(gz.admin1[i])
            box.cc.add(gz.cc[i])
            # The nearest unit, then the most specific; a qualifier ranks with the unit it qualifies.
            d = {"ADM2": 3, "ADM1": 2, "PCLI": 1}.get(fc, 4) - 10 * (n + 1 if qualifiers and n in qualifiers else n)
            if best is None or d > best[0] or (d == best[0] and gz.pops[i] > gz.pops[best[1]]):
                best = (d, i)
                box.best_key = name_key(c.text)
            if fc in ("ADM1", "ADM2"):
                seen.append(i)
    if best is None:
        return None
    box.best = best[1]
    # "Rochester, Nevada, was a town in Pershing County": the most specific unit inside the nearest one.
    for i in seen:
        if _LEVEL[gz.fcode[i]] > _LEVEL.get(gz.fcode[box.best], 9) and _within(gz, i, box.best):
            box.best = i
            box.best_key = ""
    return box


def region_may_hold(gz: Gazetteer, box: Box, i: int) -> bool:
    """True when the box's unit name also reads as a region of record `i`'s country that has no admin-1.

    "Chamchamal in the Kurdistan region": the box is Iran's Kurdistan Province, yet Iraq's Kurdistan (a region the
    gazetteer gives no province, so no extent) may well hold the Iraqi town.
    """
    if not box.best_key or gz.fclass[i] not in ("P", "T") or gz.cc[i] == gz.cc[box.best or i]:
        return False
    return any(gz.fcode[r] == "RGN" and not gz.admin1[r] and gz.cc[r] == gz.cc[i]
               and gz.main_key(r) == box.best_key for r in gz.candidates(box.best_key))
