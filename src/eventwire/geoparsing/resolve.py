"""Resolve recognised toponyms to gazetteer records using the whole article as context."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.gazetteer.sources import data_file, tsv_rows
from eventwire.geoparsing.boxes import Box, region_may_hold
from eventwire.geoparsing.coherence import city_readings, local_fit, spelt_alike
from eventwire.geoparsing.context import containers, named_units
from eventwire.geoparsing.county import bare_counties, seat_counties
from eventwire.geoparsing.district import district_city
from eventwire.geoparsing.footing import unfooted
from eventwire.geoparsing.given import SHORT_HEADS, expanded
from eventwire.geoparsing.hints import capital_phrases, local_hints
from eventwire.geoparsing.named import NamedUnits, town_names
from eventwire.geoparsing.nearby import ASIDE_KEEP, bearing_fits, closest_fit, distance, near_radius
from eventwire.geoparsing.nearness import Anchors, _near  # noqa: F401  (_near: tests import it from here)
from eventwire.geoparsing.readings import (
    contains,
    list_mates,
    near_spot,
    own_unit,
    stray_town,
    town_inside,
    towns_named,
    unit_or_city,
)
from eventwire.geoparsing.recognize import Candidate, at_sentence_start
from eventwire.geoparsing.sense import (
    focus_unit,
    foreign_subject,
    one_sense,
    province_towns,
    spelt_twin,
    units_holding_choices,
)
from eventwire.geoparsing.speakers import reactors
from eventwire.geoparsing.voters import context_voters

# How much of a unit's (summed) population counts as its prior: a town usually beats the same-named unit.
_FEATURE_WEIGHT = {"PCLI": 3.0, "PPLC": 4.0, "PPL": 1.0, "ADM1": 0.35, "ADM2": 0.12, "RGN": 1.0, "PEN": 1.0}
_UNIT_NAME = re.compile(r"\b(?:Oblast|Region|Province|Governorate|Krai|Raion|District|County|State)\b", re.I)
_NAME_VOTE_CAP = 2.0  # the most country votes one name (all its mentions together) may cast
_DEFINED_W = 2.5
_BESIDE_KM = 40.0  # a town this near a town stated as its container is that town's neighbour, kept
_COUNTYLESS_KM = 15.0  # a town of the stated state with no county code this near the county's point lies in it
_CLOSEST_FIT = 1.0  # the reading whose distance from the anchor is clearly nearest the stated one
_ONLY_READING_KM = 200.0  # how far a bearing aside may place a name's only reading
_OWN_TOWN = 20_000  # a town this big by its own name is not moved by a distance phrase that may be another's
_STAND_IN = 0.3  # the score of a stated container or a town in it standing in for a name no record of it fits
_BIG_CITY, _DWARF = 300_000, 30  # a namesake this many times smaller than a city this big earns no state bonus
_AREA_CODES = frozenset(("PCLI", "ADM1", "ADM2", "CONT", "RGN", "GULF", "SEA", "ISL"))
_NO_IDS: frozenset[int] = frozenset()


@dataclass(slots=True)
class Resolved:
    """A candidate span with its chosen record, score and ranked alternatives."""

    cand: Candidate
    best: int | None
    score: float
    ranked: list[int]
    guess: bool = False  # no record bears the name: `best` is the unit around it or the article's focus


_BARE_BONUS = 1.5  # beats a namesake town's main-name bonus, not "the city of Gaza" (town hint 1.5)


@lru_cache(maxsize=1)
def bare_names() -> dict[str, int]:
    """Name key → GeoNames id of the unit a bare name means in news ("Gaza" → the Gaza Strip)."""
    return {name_key(r[0]): int(r[1]) for r in tsv_rows(data_file("bare_names.tsv"))}


def _prior(gz: Gazetteer, i: int, key: str, acronym: bool, big_town: bool = False, main_bonus: float = 0.6,
           city_first: bool = False) -> float:
    fcode = gz.fcode[i]
    w = _FEATURE_WEIGHT.get(fcode, 1.0)
    pop = gz.pops[i]
    if fcode == "AIRB":
        pop = 50_000
    p = math.log10(pop * w + 100.0)
    main = gz.main_key(i)
    if main in town_names(key):  # the main name ("New York" for New York City), not an alias
        p += main_bonus
        if fcode == "ADM1" and not big_town:
            p += 0.8  # "Missouri", "Wales": the state, unless a city bears the name (Aleppo, Washington)
        elif city_first and gz.fclass[i] == "P" and pop >= 100_000:
            p += 0.8  # a bare "Donetsk" or "Sumy" is the city: the oblast goes by "Donetsk Oblast"
    elif main[:1] == key[:1] and abs(len(main) - len(key)) <= 2 and spelt_alike(main, key):
        # Another spelling of the main name ("Sloviansk" for Slovyansk) beats an old name of another town
        # (Nikopol was once Slaviansk): half the main name's bonus.
        p += main_bonus / 2
    if fcode == "PCLI":
        p += 2.0
    bare = bare_names().get(key)
    if bare is not None and int(gz.gid[i]) == bare:
        p += _BARE_BONUS
    if acronym and fcode not in _AREA_CODES:
        p -= 3.0  # "US", "EU": an acronym names a country or union, not the village Us
    return p


def _priors(gz: Gazetteer, c: Candidate, k: str, a: bool, main_bonus: float) -> dict[int, float]:
    """Record index → prior for each reading of the name, memoised on the gazetteer per name, casing and readings."""
    memo = gz.name_memos["priors"]
    sig = (k, a, main_bonus, tuple(c.ids))
    got = memo.get(sig)
    if got is not None:
        return got  # type: ignore[no-any-return]
    own_units = {gz.admin1[i] for i in c.ids if gz.fcode[i] == "ADM1"}
    # "Zaporizhzhia": the city is spelt "Zaporizhzhya" in the tables but is still the unit's namesake.
    big = any(gz.fclass[i] == "P" and gz.pops[i] >= 100_000 and (gz.main_key(i) in town_names(k) or (
        gz.admin1[i] in own_units and spelt_alike(gz.main_key(i), k))) for i in c.ids)
    # A unit whose usual name carries its unit word ("Donetsk Oblast"; not "New York") leaves the bare
    # name to its namesake city.
    city_first = big and any(
        gz.fcode[i] == "ADM1" and (un := (gz.admin1_name(gz.admin1[i]) or "").lower()) != k and un.startswith(k)
        for i in c.ids)
    pri = {i: _prior(gz, i, k, a, big, main_bonus, city_first) for i in c.ids}
    for i in pri:
        if gz.fclass[i] == "P" and gz.pops[i] >= 100_000 and gz.admin1[i] in own_units and (
                gz.main_key(i) not in town_names(k)) and spelt_alike(gz.main_key(i), k):
            # "Mykolaiv" is the city's own name too, spelt "Mykolayiv" in the tables: it takes the bonus the
            # unit's own name would have had.
            pri[i] += main_bonus + 0.8
    memo[sig] = pri
    return pri


def _holders(gz: Gazetteer, i: int) -> tuple[str, ...]:
    """The unit codes that hold record `i` (its country, admin-1, admin-2), the record's own unit left out."""
    fc = gz.fcode[i]
    return ("cc:" + gz.cc[i], *(("a1:" + gz.admin1[i],) if fc != "ADM1" else ()),
            *(("a2:" + gz.admin2[i],) if fc not in ("ADM1", "ADM2") else ()))


def _unnamed_abroad(gz: Gazetteer, named: NamedUnits, spot: int, top: int, key: str) -> bool:
    """True when no other name than `key` (or `spot`'s own) names a unit holding `spot`, while one names `top`'s
    country or state.

    A stand-in ("X is a village in Y District"; "X lies 20 km from Y") read in a country the text never names is
    likelier a namesake of the stated unit than the place: the name's own reading in a country the text names stays.
    """
    if gz.fcode[spot] == "PCLI":  # a country stated as the container names itself
        return False
    units, own = named.units, gz.main_key(spot)
    unit = {"ADM1": "a1:" + gz.admin1[spot], "ADM2": "a2:" + gz.admin2[spot]}.get(gz.fcode[spot])
    if unit and any(k != key and len(gz.candidates(k)) == 1 for k in units.get(unit, ())):
        return False  # a unit stated by a name only it bears ("Donetsk Oblast") names where it lies, as a country does
    return not any(k not in (key, own) for code in _holders(gz, spot) for k in units.get(code, ())) and any(
        k != key and not k.startswith("~")  # a demonym ("Russian troops") names the side, not where the place lies
        for code in ("cc:" + gz.cc[top], "a1:" + gz.admin1[top]) for k in units.get(code, ()))


def _unit_count(units: dict[str, Counter[str]], code: str, key: str) -> int:
    # Mentions of other names that can be this unit ("Tehama County" for a town in US.CA.103).
    c = units.get(code)
    return 0 if not c else sum(n for k, n in c.items() if k != key)


def _acronym(text: str) -> bool:
    """Whether a name is written as an acronym ("UK", "N.Y."): its priors are read as one (`_priors`)."""
    return text.isupper() and len(text.replace(".", "")) <= 4


def _first_reading(gz: Gazetteer, p: dict[int, float], units: dict[str, Counter[str]], key: str) -> int:
    """The reading a name's priors and the text's other named admin-1 units favour (the first pass's choice)."""
    return max(p, key=lambda i: p[i] + 2.0 * bool(_unit_count(units, "a1:" + gz.admin1[i], key)))


def _context_voters(gz: Gazetteer, text: str, cands: list[Candidate], ctx: list[Candidate],
                    units: dict[str, Counter[str]], main_bonus: float,
                    prior_memo: dict[tuple[str, bool], dict[int, float]]) -> list[tuple[Candidate, int | None, str]]:
    """`voters.context_voters`, each name read by its priors (kept in `prior_memo`) and the text's named units."""
    def first_of(c: Candidate, k: str) -> int:
        a = _acronym(c.text)
        p = prior_memo.get((k, a))
        if p is None:
            p = prior_memo[(k, a)] = _priors(gz, c, k, a, main_bonus)
        return _first_reading(gz, p, units, k)
    return context_voters(gz, text, cands, ctx, first_of)


def written_out(gz: Gazetteer, cands: list[Candidate], keys: list[str], inside: dict[int, Box]) -> None:
    """A short-headed name ("Mt. Vernon", "Ft. Wayne") with no reading in its stated state or county takes the
    readings of its written-out form that lie there ("Mt. Vernon, Ohio": Mount Vernon, Ohio)."""
    # GeoNames lists "Mt. Vernon" as an alias of Illinois's Mount Vernon alone; the main names are compared written
    # out (round 101), but a reading the alias lacks was never a candidate. Only where no own reading fits a stated
    # container: given to every short-headed name, they moved WikToR's "St. Louis" to the Seychelles (s23).
    extra: dict[str, list[int]] = {}
    for n, box in inside.items():
        k, c = keys[n], cands[n]
        if k.partition(" ")[0] not in SHORT_HEADS or box.best is None or box.unit or box.depth < 2 or box.relative \
                or max((box.holds(gz, i) for i in c.ids), default=0) >= box.depth:
            continue
        if k not in extra:
            extra[k] = [i for i in gz.candidates(expanded(k)) if i not in c.ids and box.holds(gz, i) >= box.depth]
    for c, k in zip(cands, keys, strict=True):
        if extra.get(k):  # one sense per discourse: every mention of the name reads the same records
            c.ids = c.ids + [i for i in extra[k] if i not in c.ids]


def resolve(
    gz: Gazetteer, text: str, cands: list[Candidate], setting: str | None = None,
    context: list[Candidate] | None = None, main_bonus: float = 0.6,
) -> list[Resolved]:
    """Choose a record for each toponym; demonyms resolve to their country.

    `context` is every candidate recognised in the text (defaults to `cands`): the admin units
    and countries it names steer the choice for `cands`. Mentions with the same name share one
    reading (one sense per discourse), and a mention always gets a best guess: the unit that
    contains it ("X is a town in Y County") or the article's focus when no record matches.
    `main_bonus`: what a record gains when the name is its own (main) name, not one of its other names.
    """
    ctx = cands if context is None else context
    keys = [name_key(c.text) for c in cands]
    for c in cands:
        c.hints.update(local_hints(text, c))
    if "capital" in text:
        capital_phrases(gz, text, cands, cands if context is None else context)
    # "Egypt condemns Israel's strike on Rafah": the reacting country names no setting (Rafah is in Gaza).
    react = {(ctx[n].start, ctx[n].end) for n in reactors(gz, text, ctx)}
    units = named_units(gz, [c for c in ctx if (c.start, c.end) not in react] if react else ctx)
    inside = containers(gz, text, cands, ctx)
    key_box: dict[str, Box] = {}
    key_def: dict[str, Box] = {}
    for n in sorted(inside, key=lambda n: cands[n].start):
        # One sense per discourse: a container stated once holds every mention, and the first definition
        # ("Dayton is a ghost town in Lake County, Oregon") outranks later loose matches ("Dayton was the
        # heart of the valley until Alder, a mill town of ...").
        key_box.setdefault(keys[n], inside[n])
        if inside[n].defined and ((old := key_def.get(keys[n])) is None or (old.past and not inside[n].past)):
            # "The citadel of Galata was a colony of ... Genoa ... Galata is a quarter ... in Istanbul": what a place
            # is outranks what it was.
            key_def[keys[n]] = inside[n]
    inside = {n: key_def.get(k) or inside.get(n) or key_box[k] for n, k in enumerate(keys)
              if inside.get(n) or k in key_box}
    written_out(gz, cands, keys, inside)
    unfooted(gz, text, cands, ctx, units)  # a US post-office town needs its state or county in the text
    acr = [_acronym(c.text) for c in cands]
    # Mentions repeat (a long report names Kharkiv 40 times): priors are computed once per name and casing.
    prior_memo: dict[tuple[str, bool], dict[int, float]] = {}
    priors: list[dict[int, float]] = []
    for c, k, a in zip(cands, keys, acr, strict=True):
        pri = prior_memo.get((k, a))
        if pri is None:  # the priors depend on the name and its readings alone: kept across texts (never changed)
            pri = prior_memo[(k, a)] = _priors(gz, c, k, a, main_bonus)
        priors.append(pri)
    # First pass: priors and named units, to learn the article's countries, admin units and places.
    first: list[int | None] = []
    first_memo: dict[int, int | None] = {}
    for p, k in zip(priors, keys, strict=True):
        if id(p) not in first_memo:
            first_memo[id(p)] = _first_reading(gz, p, units, k) if p else None
        first.append(first_memo[id(p)])
    votes: dict[str, float] = defaultdict(float)
    admin_votes: dict[str, float] = defaultdict(float)
    # What each name contributed: a name repeated ten times must not vote for its own first reading.
    own_votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    own_admin: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    voters = list(zip(cands, first, keys, strict=True))
    # Only where the context is more than the spans: `resolve_given`, and `parse`'s call for its gaps (`_unknown_instead`),
    # whose gaps have no readings to score, so there the voters would be looked up for nothing.
    if context is not None and context is not cands and any(c.ids for c in cands):
        voters += _context_voters(gz, text, cands, ctx, units, main_bonus, prior_memo)
    for c, b, k in voters:
        if b is not None and gz.admin1[b]:
            admin_votes[gz.admin1[b]] += 1.0
            own_admin[k][gz.admin1[b]] += 1
        if react and (c.start, c.end) in react:
            continue
        if c.kind == "demonym" and c.country:
            own_votes[k][c.country] += 0.5
        elif b is not None and gz.cc[b]:
            own_votes[k][gz.cc[b]] += 1.0 if gz.fcode[b] != "PCLI" else 1.5
    for per in own_votes.values():
        for cc, v in per.items():
            # "Russian forces" 81 times must not outvote the units a report names: one name's say is capped.
            per[cc] = min(v, _NAME_VOTE_CAP)
            votes[cc] += per[cc]
    if setting:
        votes[setting] += 2.0
    total = sum(votes.values()) or 1.0
    # A long report repeats its names: each (point, name) is one anchor row counted as often as it occurs, so the
    # nearness below costs per distinct place, not per mention (the counts are the same).
    anchor_rows = Counter((gz.lat[b], gz.lon[b], k) for b, k in zip(first, keys, strict=True)
                          if b is not None and gz.fcode[b] not in _AREA_CODES)
    anchors = Anchors(anchor_rows)
    # Per-record columns and unit counts bound once: the scoring loop below runs per record of every name.
    g_cc, g_a1, g_a2, g_fcode, g_fclass, main_key = gz.cc, gz.admin1, gz.admin2, gz.fcode, gz.fclass, gz.main_key
    named = NamedUnits(gz, units, ctx)
    others_named, a1_weight, a2_named = named.others, named.a1_weight, named.a2_named

    scores: list[dict[int, float]] = []
    score_memo: dict[tuple, dict[int, float]] = {}
    near_memo: dict[tuple[str, int], list[float]] = {}  # (name, id of its priors) → anchors near each reading
    stand_in: set[str] = set()  # names whose stated container stands in for them (no record of theirs lies in it)
    measured: set[str] = set()  # names placed at the town a distance phrase measures from ("Dibrova, 5km SW of X")
    # A sentence's subject owns the distance its sentence gives ("Elmsett is a village ... eight miles west of
    # Ipswich"); a name in mid-sentence may not ("Lyman ... Kreminna, some 20-30 km east of ...").
    subjects = {keys[n] for n, b in inside.items() if b.near is not None and (
        cands[n].start == 0 or at_sentence_start(text, cands[n].start))}
    for n, (c, pri) in enumerate(zip(cands, priors, strict=True)):
        if c.kind == "demonym" or not pri:
            scores.append({})
            continue
        # Same name, casing, local hints and container: the same scores (the first pass is per name too).
        subject = keys[n] in subjects
        sig = (keys[n], acr[n], tuple(sorted(c.hints.items())), id(inside.get(n)), subject)
        if sig in score_memo:
            scores.append(score_memo[sig])
            continue
        ids = list(pri)
        k = keys[n]
        # Nearness only scores towns: a name with no town reading (a country, a region) skips the haversine.
        near = near_memo.get((k, id(pri)))
        if near is None:  # (per name and reading set: its mentions differ only in hints and containers)
            near = near_memo[(k, id(pri))] = anchors.counts(gz, ids, k) if len(anchors) and any(
                g_fclass[i] == "P" for i in ids) else [0.0] * len(ids)
        box = inside.get(n)
        ov, oa = own_votes[k], own_admin[k]
        hints = c.hints
        # A definition ("X is a county of Kansas, a U.S. state") is surer than "X, Y" or "X in Y".
        box_w = _DEFINED_W if box is not None and box.defined else 1.5
        h_admin, h_town, h_cap, h_based = hints.get("admin"), hints.get("town"), hints.get("capital"), hints.get("based")
        h_part = hints.get("in_part")
        # (A firm's city: only for names that are towns alone; "a Georgia Democrat" is the state.)
        h_org = hints.get("org") if not any(g_fcode[i] in ("PCLI", "ADM1") for i in ids) else None
        # "PANAMA" in a story from Panama City is still the country: its own name earns no dateline bonus.
        home_name = setting is not None and any(g_fcode[i] == "PCLI" and g_cc[i] == setting for i in ids)
        sc: dict[int, float] = {}
        # "St. Petersburg" is Saint Petersburg's own name, written short: it earns the context a main name earns (the
        # tables write "St Albans" and "Saint Paul", so both sides are compared written out).
        k_full = expanded(k) if k.partition(" ")[0] in SHORT_HEADS else None
        mains = {i for i in ids if (mk := main_key(i)) == k or (k_full is not None and expanded(mk) == k_full)}
        # "moved here from Boston" in a story that names N.Y. once: a state named elsewhere does not pull a city of
        # 300,000 to a namesake thirty times smaller (Boston, New York; New Philadelphia, Ohio), nor to a namesake
        # county of that size (the county of St. Paul, Alberta, beside the town).
        largest = max((gz.pops[i] for i in mains if g_fclass[i] == "P"), default=0)
        dwarfs = {i for i in ids if (g_fclass[i] == "P" or g_fcode[i] == "ADM2" and gz.pops[i]) and gz.pops[i] * _DWARF < largest
                  } if largest >= _BIG_CITY else set()
        # A container the text states for this very name outranks a co-mention elsewhere ("Toro is a town in Valle
        # del Cauca, Colombia" ... "Zamora", Spain): the co-mention bonuses go only to the readings it holds deepest.
        depths = {i: box.holds(gz, i) for i in ids} if box is not None else {}
        shallow: set[int] | frozenset[int] = _NO_IDS  # readings the stated container holds less deep than another
        if box is not None and (box.stated or box.defined) and not box.relative:
            deepest = max(depths.values())
            shallow = {i for i, d in depths.items() if d < deepest}
        for i, nr in zip(ids, near, strict=True):
            s = pri[i]
            cc = g_cc[i]
            v = votes.get(cc, 0.0) - ov[cc]
            if h_org is None:  # "Cambridge Analytica" in a US story: a firm's city is not the story's country
                s += 2.5 * max(v, 0.0) / total
            elif g_fclass[i] == "P" and gz.pops[i] >= 100_000:
                s += 1.0
            a1, a2, fc, fcl = g_a1[i], g_a2[i], g_fcode[i], g_fclass[i]
            if cc == setting and fc != "PCLI" and not home_name:
                s += 1.5  # the dateline's country: "SAN JOSE" in a story filed from San Salvador is in El Salvador
            w = 1.0 if i in mains else 0.4  # an alternate name ("Missouri" for Bozeman) earns less from context
            named_ok = i not in shallow
            if a1:
                va = admin_votes.get(a1, 0.0) - oa[a1]
                s += 0.8 * min(max(va, 0.0), 2.0)
                if fc != "ADM1" and i not in dwarfs and named_ok:
                    s += 2.0 * w * a1_weight("a1:" + a1, k)
            if a2 and fc != "ADM2" and named_ok and a2_named("a2:" + a2, k):
                s += 2.5 * w
            if cc and fc != "PCLI" and h_org is None and named_ok and others_named("cc:" + cc, k):
                s += 1.0 * w
            if h_admin is not None and fc.startswith("ADM"):
                s += h_admin
            if h_town is not None and fcl == "P":
                s += h_town
            if h_part is not None and fcl == "P" and i in mains and named_ok and others_named("cc:" + cc, k) and any(
                    g_fcode[j] == "ADM1" and g_a1[j] == a1 for j in ids) and province_towns(gz).get(a1) == i:
                # Only the main town of the same-named province, by its own name ("Kidal in northern Mali"): a state
                # so placed stays the state ("Wyoming in the western US" is not Wyoming, Michigan; Balkh province's
                # main town is Mazar-i-Sharif, not Balkh).
                s += h_part
            if h_based is not None and fcl == "P" and (fc == "PPLC" or gz.pops[i] >= 100_000):
                s += 1.5
            if fc == "PPLC" and (h_cap is not None or hints.get("capital_of:" + cc)):
                # (Three when the sentence names the country's capital: "In Washington, ... in the U.S. capital".)
                s += 2.0 if h_cap is not None else 3.0
            if fcl == "P":
                s += 0.6 * min(nr, 3) / 3
            if box is not None:
                depth_in = depths[i]
                s += box_w * depth_in
                if box.defined and depth_in and depth_in == box.depth:
                    s += 1.5  # "Pasadena is a town in ... Newfoundland, Canada": the definition outweighs the rest
                if box.unit and fc in _AREA_CODES:
                    s += 2.0  # "New York is a state in the northeast of the United States": the state, not the city
            sc[i] = s
        box = inside.get(n)
        fits_near: set[int] = set()
        if box is not None and box.near is not None:
            # "Aberdeen ... 40 km northeast of Saskatoon": the readings that fit the stated distance.
            # (News distances are rough: "480 km to the northeast of Bogota" for a town to its northwest. A
            # projected point only places a name with no reading that fits, below.)
            # (An aside's reading lies in the stated direction and unit; a name's only reading in the anchor's
            # country may lie farther off in that direction: "Hlukhiv and Baturyn, west of Sumy".)
            only = box.near_aside and sum(gz.cc[i] == gz.cc[box.near] for i in sc) == 1
            reach = _ONLY_READING_KM if only else near_radius(box.near_km)
            fits_near = {i for i in sc if distance(gz, i, box.near) <= reach and not (box.near_aside and (
                (box.near_dir is not None and not bearing_fits(gz, i, box.near, box.near_dir))
                or (box.best is not None and box.holds(gz, i) < box.depth)))}
            for i in fits_near:
                sc[i] += 2.0
            if (closest := closest_fit(gz, fits_near, box.near, box.near_km)) is not None:
                sc[closest] += _CLOSEST_FIT  # "Zaitseve (8km southeast of Bakhmut)": the one 9 km off, not 22 km
        own_top = max(sc, key=lambda i: sc[i])
        # (A town far off that a distance is measured from does not stand in: "Bo ... lies 250 km south-east of
        # Freetown"; "a hamlet 11 km southwest of Enniskillen" is as good as Enniskillen.)
        if box is not None and box.best is not None and (box.stated or box.depth >= 2) and not box.unit and not (
                box.relative and box.near_km > 100):
            top = max(sc, key=lambda i: sc[i])
            # "toward Kyiv in Baturyn": a capital or a city of a million is not inside a town named after "in".
            big_top = gz.fcode[top] == "PPLC" or gz.pops[top] >= 1_000_000
            # A country's name is overridden only by a definition stating an admin unit ("Chile is a hamlet
            # in Wayne County, New York").
            # (A state alone does so only in a country the text names: "Montserrat is a Caribbean island ... in the
            # Leeward Islands" is not French Polynesia's.)
            if (gz.fcode[top] != "PCLI" or (box.defined and gz.fcode[box.best] in ("ADM1", "ADM2") and (
                    box.depth >= 3 or others_named("cc:" + gz.cc[box.best], k)))) and (
                box.defined or gz.fcode[top] != "ADM1") and not (
                big_top and not box.defined
            ) and max(box.holds(gz, i) for i in sc) < box.depth and not contains(gz, top, box.best) and not (
                gz.fclass[top] in ("P", "T") and gz.cc[top] == gz.cc[box.best] and (
                    not gz.admin1[top] or (box.depth == 3 and not gz.admin2[top] and gz.admin1[top] in box.a1
                                           and distance(gz, top, box.best) <= _COUNTYLESS_KM))
            ) and not region_may_hold(gz, box, top) and not (  # "Kamoke, a town close to Lahore in the east": a town beside the stated one
                gz.fclass[box.best] == "P" and gz.fclass[top] == "P" and distance(gz, top, box.best) <= _BESIDE_KM
            ) and not _unnamed_abroad(gz, named, box.best, top, k):
                # (A town GeoNames codes to no province ("Perquin, Morazan"), or an island, may well lie in the
                # stated one; so may a town of the stated state coded to no county, near the county's point:
                # "Zelenogorsk ... in Kurortny District of ... St. Petersburg".) No record of this name lies inside
                # its stated container: the container is the best guess.
                sc[box.best] = sc[top] + 0.5
                stand_in.add(keys[n])
        # A unit is not what "within 10 km of Kherson" measures ("... in Kherson Oblast within 10 km of ...").
        if box is not None and box.near is not None and not fits_near and gz.fcode[own_top] != "PCLI" and not (
                h_admin is not None or _UNIT_NAME.search(c.text)) and not (
            gz.fcode[own_top] == "PPLC" or gz.pops[own_top] >= 1_000_000
            or any(gz.fclass[i] == "P" and (gz.pops[i] >= 100_000 or (
                gz.pops[i] >= _OWN_TOWN and main_key(i) == k and not subject)
                or (box.near_aside and gz.pops[i] >= ASIDE_KEEP and gz.cc[i] == gz.cc[box.near]))  # (nor an aside one of 20k)
                   and not (box.defined and not box.holds(gz, i))
                   and not (box.near_aside and box.best is not None and box.holds(gz, i) < box.depth)
                   for i in sc)
        ) and not _unnamed_abroad(gz, named, (spot := near_spot(gz, box, subject)), own_top, k):
            # (Nor a town of 20k by its own name: "Izyum ... Svatove and Horoshe, just 30-40 km west of ...")
            # No reading of the name lies that near: the town it is measured from is the best guess (a city of
            # 100k is not: "westward advances from Donetsk ... 20 km north of Kharkiv" measures something else).
            sc[spot] = max(sc.values()) + 0.5
            measured.add(keys[n])
        if setting and setting in gz.country_idx and all(gz.cc[i] != setting for i in sc):
            top = max(sc, key=lambda i: sc[i])
            own_cc = votes.get(gz.cc[top], 0.0) - own_votes[k][gz.cc[top]]
            if gz.fclass[top] == "P" and gz.fcode[top] != "PPLC" and gz.pops[top] < 100_000 and own_cc <= 0:
                # A small foreign namesake nothing else in the text supports: the dateline's country is the better guess.
                sc[gz.country_idx[setting]] = sc[top] + 0.1
        score_memo[sig] = sc
        scores.append(sc)
    shared = units_holding_choices(gz, one_sense(keys, scores))
    seat_counties(gz, shared)
    bare_counties(gz, shared)
    for c, ck in zip(cands, keys, strict=True):
        if ck in measured:
            c.hints["measured"] = 1.0  # "Pavlivka, approximately 52km southwest of Donetsk City": a place, kept
    for k in local_fit(gz, text, ctx if context is not None else cands, shared, {keys[n] for n in inside}):
        for c, ck in zip(cands, keys, strict=True):
            if ck == k:
                c.hints["near_guess"] = 1.0  # a village the gazetteer lacks, placed at its sentence's anchor
                c.hints["stood_in"] = 1.0  # ... under its own name (see `geoparsing._own_name`)
    cities = city_readings(gz, text, keys, shared, bare_names())
    focus = focus_unit(gz, ctx, keys, shared)
    towns = towns_named(gz, ctx, shared)
    by_start = {d.start: d for d in ctx}
    # The name a text opens with ("The X"): its foreign-namesake guess, asked once (-1: not yet).
    openers: dict[str, int | None] = {name_key(c.text): -1 for c in ctx if c.start <= 4 and c.ids}
    out: list[Resolved] = []
    ranked_memo: dict[str, list[int]] = {}
    for n, c in enumerate(cands):
        if c.kind == "demonym":
            idx = gz.country_idx.get(c.country or "")
            out.append(Resolved(c, idx, 0.9 if idx is not None else 0.0, [idx] if idx is not None else []))
            continue
        sc = shared.get(keys[n]) or {}
        if (city := district_city(gz, text, c, by_start, shared)) is not None:  # "Kyivskyi District of Kharkiv City"
            c.hints["near_guess"] = 1.0  # kept at the city the text names (not a village by the district's name)
            out.append(Resolved(c, city, 0.6, [city, *(i for i in sorted(sc, key=lambda i: -sc[i])[:5] if i != city)]))
            continue
        if not sc and c.kind != "demonym" and (twin := spelt_twin(gz, keys[n], shared)) is not None:
            # "Klishchivka" in a report that also writes "Klishchiivka": another spelling of a name the text resolves.
            out.append(Resolved(c, twin, 0.3, [twin]))
            continue
        if not sc:
            # A name the gazetteer lacks: the town it is measured from, the unit stated around it, else the focus.
            box = inside.get(n)
            guess = near_spot(gz, box, keys[n] in subjects) if box is not None and box.near is not None else (
                box.best if box is not None and box.stated and box.best is not None else focus)
            if box is not None and guess is not None and guess == box.best and gz.fclass[guess] == "P" and (
                    own := shared.get(box.best_key)):
                # "... at 1400 West Main Street in Red Oak": the Red Oak the article reads (Iowa), not the
                # name's biggest town.
                guess = max(own, key=lambda i: own[i])
            if guess is not None and ((box is not None and guess == box.best) or (
                    guess == focus and gz.fcode[focus] == "ADM1"  # a country's most named town is no guess
                    and len(c.text) > 5 and not c.text.isupper()  # "N.L." is the province
                    and not gz.main_key(focus).startswith(keys[n][: max(4, len(keys[n]) - 2)]))):  # "Abkhaz"
                # "Wegmans", "Patriot High": the town the article names most in its state or country, not the
                # state's middle.
                guess = town_inside(gz, guess, towns, keys[n])
            out.append(Resolved(c, guess, 0.05 if guess is not None else 0.0, [] if guess is None else [guess], True))
            continue
        ranked = ranked_memo.get(keys[n])  # one shared score table per name: sorted once (never mutated)
        if ranked is None:
            ranked = ranked_memo[keys[n]] = sorted(sc, key=lambda i: -sc[i])
        own_box = inside.get(n)
        if own_box is not None and own_box.stated and not own_box.defined and own_box.depth == 2 and (
                own_box.holds(gz, ranked[0]) < 2):
            # "Rubizhne (in Kharkiv, not Luhansk Oblast)": a unit stated for this mention outranks the name's
            # usual reading in the rest of the report (one sense per discourse yields to the text).
            held = [i for i in ranked if own_box.holds(gz, i) >= 2 and i in c.ids]
            if held:
                ranked = [held[0], *(i for i in ranked if i != held[0])]
                out.append(Resolved(c, ranked[0], 0.7, ranked[:6]))
                continue
        if keys[n] in cities:
            ranked = unit_or_city(gz, text, c, cities[keys[n]], ranked, list_mates(gz, text, c, ctx, shared))
        elif gz.fclass[ranked[0]] == "P" and (unit := own_unit(gz, keys[n], sc)) is not None and list_mates(
                gz, text, c, ctx, shared) == "unit":
            ranked = [unit, *(i for i in ranked if i != unit)]  # "England and Wales": the unit, not a village
        if keys[n] in stand_in and (box := inside.get(n)) is not None and ranked[0] == box.best and (
                box.best not in c.ids):  # "Kherson Oblast" held by itself is no village standing in
            # A village the gazetteer misplaces, in a big state: a town the article names in that state is nearer.
            town = town_inside(gz, ranked[0], towns, keys[n])
            # The container itself stands in at the same low score: no record of the name lies in it.
            out.append(Resolved(c, town, _STAND_IN, [town, *(i for i in ranked[:5] if i != town)]))
            continue
        if own_box is None and focus is not None and named.units.get("a1:" + gz.admin1[focus]) and (
                local := stray_town(gz, focus, ranked, towns, keys[n])) is not None:  # (the state named by name)
            out.append(Resolved(c, local, 0.2, [local, *ranked[:5]]))
            continue
        if keys[n] in openers:
            if openers[keys[n]] == -1:  # (one answer per name: its readings are shared)
                openers[keys[n]] = foreign_subject(gz, ctx, keys[n], sc, shared)
            if (guess := openers[keys[n]]) is not None:
                # Given as a place, the text's own unit is the best guess; found alone, the name is likely no place
                # at all ("Nissan", "Monsanto" opening a story): `parse` drops it.
                c.hints["stray"] = 1.0
                out.append(Resolved(c, guess, _STAND_IN, [guess, *ranked[:5]], True))
                continue
        margin = sc[ranked[0]] - (sc[ranked[1]] if len(ranked) > 1 else sc[ranked[0]] - 3.0)
        out.append(Resolved(c, ranked[0], round(1.0 / (1.0 + math.exp(-2.0 * margin)), 3), ranked[:6]))
    return out
