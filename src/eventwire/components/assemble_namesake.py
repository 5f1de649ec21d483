"""Same-name villages: an event place read far from its paragraph's other places takes a nearer namesake."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from statistics import median
from typing import Any

from eventwire.components.assemble_link import decide, in_sentence
from eventwire.components.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from eventwire.components.trigger_status import CLAUSE_BREAK
from eventwire.gazetteer.index import haversine_km
from eventwire.gazetteer.normalize import name_key
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import Trigger, WorkDoc

_FAR_KM = 150.0  # an ISW axis paragraph spans about one front (≤ ~100 km); a namesake is usually far beyond
_NEAR_KM = 100.0
_BIG = 100_000  # a city this big is what a bare name means, unless its clause names only villages far off (`_big_namesake`)
_LOST_KM = 300.0  # a village reading this far from the paragraph's towns is another village of that name
_SMALL = 20_000


@lru_cache(maxsize=1)
def loaded_gazetteer() -> Any:
    """The process-wide gazetteer, or None without the geoparser."""
    try:
        from eventwire.gazetteer import load_gazetteer
    except ImportError:
        return None
    return load_gazetteer()


def paragraph(doc: WorkDoc, pos: int) -> tuple[int, int]:
    lo = doc.text.rfind("\n", 0, pos) + 1
    hi = doc.text.find("\n", pos)
    return lo, len(doc.text) if hi < 0 else hi


class _Paragraphs:
    """Places per paragraph start, listed once each; a bisect over the places' starts, sorted once per run."""

    def __init__(self, places: list[PlaceMention]) -> None:
        self.places = places
        self.order = sorted(range(len(places)), key=lambda k: places[k].start)
        self.starts = [places[k].start for k in self.order]
        self.lists: dict[int, list[PlaceMention]] = {}

    def between(self, lo: int, hi: int) -> list[PlaceMention]:
        """The places starting in [lo, hi), in `doc.places` order."""
        here = self.lists.get(lo)
        if here is None:
            picked = sorted(self.order[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)])
            here = self.lists[lo] = [self.places[k] for k in picked]
        return here


def paragraph_places(doc: WorkDoc, pos: int) -> list[PlaceMention]:
    """The places of the paragraph holding `pos`, in `doc.places` order."""
    # A long report asks about one paragraph many times: its places are listed once (the assembler drops this
    # per-run cache with its others).
    paragraphs = doc.meta.get("_paragraph_places")
    if not isinstance(paragraphs, _Paragraphs) or paragraphs.places is not doc.places:
        paragraphs = doc.meta["_paragraph_places"] = _Paragraphs(doc.places)
    return paragraphs.between(*paragraph(doc, pos))


def _context(doc: WorkDoc, p: PlaceMention, t: Trigger) -> tuple[list[tuple[float, float]], set[str], set[str]]:
    """Points of the other towns of the paragraph, and the regions its sentence and the paragraph name."""
    key = p.name or p.text
    towns: dict[Any, tuple[float, float]] = {}
    regions_sent: set[str] = set()
    regions_par: set[str] = set()
    sent = doc.sentences[t.sentence] if 0 <= t.sentence < len(doc.sentences) else None
    for q in paragraph_places(doc, t.start):
        if q.role == "demonym" or q.lat is None or q.lon is None:
            continue
        if (q.name or q.text) == key or q.text == p.text:
            continue  # the namesake itself (and its other mentions) is what is in question
        if (q.feature_code or "").startswith("ADM1") and q.admin1:
            regions_par.add(q.admin1)
            if sent is not None and sent.start <= q.start < sent.end:
                regions_sent.add(q.admin1)
        elif q.feature_class == "P":
            towns.setdefault(q.geonameid or q.name, (q.lat, q.lon))
    return list(towns.values()), regions_sent, regions_par


def _spread(pts: list[tuple[float, float]], lat: float, lon: float) -> float:
    return median(haversine_km(lat, lon, a, b) for a, b in pts)


def as_mention(gz: Any, p: PlaceMention, i: int) -> PlaceMention:
    """p read as gazetteer record i (the other readings kept as its alternatives)."""
    rec = gz.record(i)
    return p.model_copy(update={
        "geonameid": rec.geonameid, "name": rec.name, "lat": rec.lat, "lon": rec.lon,
        "country_code": rec.country_code, "admin1": gz.admin1_name(rec.admin1),
        "feature_class": rec.feature_class, "feature_code": rec.feature_code, "population": rec.population,
        "alternatives": [g for g in [p.geonameid or 0, *p.alternatives] if g and g != rec.geonameid]})


def namesakes(gz: Any, p: PlaceMention) -> list[int]:
    """Record indices of the other towns of that name: the geoparser's alternatives, then the gazetteer's."""
    out: list[int] = []
    for gid in p.alternatives:
        i = gz.by_gid.get(gid)
        if i is not None:
            out.append(i)
    # The geoparser keeps only its best few readings; the village the paragraph means may be further down.
    out += gz.candidates(p.text)
    seen = {p.geonameid}
    res = []
    for i in out:
        g = int(gz.gid[i])
        if g not in seen and gz.fclass[i] == "P":
            seen.add(g)
            res.append(i)
    return res


def nearer_namesake(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """The reading of `p` near the paragraph's towns (and named region) when the geoparser's lies far from them."""
    if p is None or p.feature_class != "P" or p.lat is None or p.lon is None or p.role == "demonym":
        return p
    gz = loaded_gazetteer()
    if gz is None:
        return p
    if p.geonameid not in gz.by_gid:
        # A village row of the register ("Andriivka" by Bakhmut) has the gazetteer's namesakes too, for its clause.
        return _clause_namesake(doc, gz, p) or p
    if (p.population or 0) >= _BIG:
        return _big_namesake(doc, gz, p)
    towns, said, regions = _context(doc, p, t)
    if p.admin1 in said or not towns and not said:
        return p  # "Mykhailivka (just north of Melitopol), Zaporizhia Oblast": the sentence says which one
    if (mate := _clause_namesake(doc, gz, p)) is not None:
        return mate
    here = _spread(towns, p.lat, p.lon) if towns else None
    if here is not None and here <= _FAR_KM:
        return _common_name(doc, gz, p, towns)
    # One other town is weak evidence: the namesake must then lie close to it.
    near = _NEAR_KM if len(towns) >= 2 else _NEAR_KM / 2
    best: tuple[bool, bool, float, int] | None = None
    for i in namesakes(gz, p):
        region = gz.admin1_name(gz.admin1[i])
        d = _spread(towns, float(gz.lat[i]), float(gz.lon[i])) if towns else 0.0
        if d > near or here is None and region not in said:
            continue  # a namesake must lie near the paragraph's towns, or in the region its sentence names
        key = (region not in said, region not in regions, d, i)
        if best is None or key < best:
            best = key
    if best is None:
        if here is not None and here > _LOST_KM and len(towns) >= 2 and (p.population or 0) < _SMALL and \
                min(haversine_km(p.lat, p.lon, a, b) for a, b in towns) > _FAR_KM:
            # "repelled an advance on Orikhove and Svitlychne" with the only Orikhove 500 km away in Crimea: the
            # village meant is one the gazetteer lacks, and the far one is surely not it. A town near any of the
            # paragraph's ("hit Mykolaiv City, Ochakiv, Marhanets, and Kherson City") is not in question.
            decide(doc, p, "unplaced", f"{p.text!r} read in {p.admin1} lies {here:.0f} km from the paragraph's "
                   "towns, and no namesake lies near them")
            return None
        return p
    alt = as_mention(gz, p, best[3])
    why = f"in {alt.admin1}, the region named" if here is None else f"median {best[2]:.0f} km from them"
    decide(doc, p, "relocated", f"{p.text!r} read in {p.admin1} lies {here or 0:.0f} km from the paragraph's "
           f"towns; the namesake {why}")
    return alt


# "artillery fire south of Barvinkove and shelling of Nikopol and Velykyi Burluk", "an air raid on a Kamianske
# some way north of Vasylkivka": a city's name told in one clause with villages of a front far from it means the village
# by them (gold dev). Not "struck Lviv and Mykolaiv" (a town of the clause is no village), "shelled Nikopol, while ...
# near Barvinkove" (another clause), "Nikopol, Dnipropetrovsk Oblast" or "Zaporizhzhia City" (the text says which).
_SENT_FAR_KM = 100.0  # the city lies this far from every town of its clause
_SENT_NEAR_KM = 40.0  # and a namesake this close to one of them
# Where a clause ends: ", while", ", some 100 km from", ", and fighting continued", ", and Ukrainian forces", "; ".
# Its twin assemble_scene.CLAUSE_OPENING cuts clauses for the scene rule; this one also cuts at a lower-case comma
# clause and a relative word. CLAUSE_BREAK brings ";", ":", "but", "while" and "whereas".
_CLAUSE_EDGE = re.compile(CLAUSE_BREAK + r"|\s[–—]\s|\s--\s|,\s+(?:and\s+|but\s+)?(?!(?:and|or|on|in|at|near|around|"
                          r"toward|towards|to|into|the|including)\b)(?=[a-z])|,\s+and\s+(?:[A-Z][\w’'-]+\s+){1,2}"
                          r"(?:forces|troops|units|officials|authorities|partisans)\b|\b(?:as|which|who|where|when|"
                          r"after|before|although|though|since|because)\b")


def _clause_towns(doc: WorkDoc, p: PlaceMention) -> list[PlaceMention] | None:
    """The other towns of `p`'s clause ("fired on Nikopol and Novopavlivka"); None when its sentence names p's own
    region."""
    si = doc.sentence_of(p.start)
    here = in_sentence(doc, "places", si)
    if any(q.feature_code == "ADM1" and q.admin1 == p.admin1 for q in here):
        return None  # "Nikopol, Dnipropetrovsk Oblast": the sentence says which
    s = doc.sentences[si]
    lo, hi = s.start, s.end
    for m in _CLAUSE_EDGE.finditer(doc.text, s.start, s.end):
        if m.end() <= p.start:
            lo = m.end()
        elif m.start() >= p.end:
            hi = m.start()
            break
    return [q for q in here if lo <= q.start < hi and q.feature_class == "P" and q.role != "demonym"
            and q.lat is not None and q.lon is not None and (q.name or q.text) != (p.name or p.text)]


def _big_namesake(doc: WorkDoc, gz: Any, p: PlaceMention) -> PlaceMention:
    """A big city's reading, or its namesake beside the villages of its clause when the city lies far from all."""
    if _CITY_AFTER.match(doc.text, p.end):
        return p  # "Zaporizhzhia City": the text says the city
    mates = _clause_towns(doc, p)
    if not mates or any((q.population or 0) >= _SMALL for q in mates) or min(
            _km(p, q) for q in mates) <= _SENT_FAR_KM:
        return p  # "Lviv and Mykolaiv", "Nikopol and Marhanets": cities told together, or a village near the city
    # The namesake bears the name itself: an alias hit ("Mykolaiv" → Mykolaivka) is another place.
    alt = namesake_beside(gz, p, mates, km=_SENT_NEAR_KM)
    if alt is None:
        return p
    decide(doc, p, "relocated", f"{p.text!r} read as the city in {p.admin1} lies over {_SENT_FAR_KM:.0f} km from "
           f"every village of its clause; the namesake in {alt.admin1} lies within {_SENT_NEAR_KM:.0f} km of one")
    return alt


def _km(p: PlaceMention, q: PlaceMention) -> float:
    """Distance between two placed mentions (callers have checked both have coordinates)."""
    return haversine_km(p.lat or 0.0, p.lon or 0.0, q.lat or 0.0, q.lon or 0.0)


def within_km(p: PlaceMention, q: PlaceMention, km: float) -> bool:
    """True when both mentions have coordinates and lie at most `km` apart."""
    return p.lat is not None and p.lon is not None and q.lat is not None and q.lon is not None and _km(p, q) <= km


_MATE_FAR_KM = 50.0  # a village read this far from every town of its own clause ...
_MATE_NEAR_KM = 25.0  # ... while a namesake lies this near a village listed with it
# (geoparsing.coherence._BESIDE_KM is the geoparser's candidate-level twin of _MATE_NEAR_KM, also 25 km.)


def _clause_namesake(doc: WorkDoc, gz: Any, p: PlaceMention) -> PlaceMention | None:
    """The namesake beside the villages listed with `p` when `p`'s reading lies far from every town of its clause,
    else None: one report names two Lozoves, and a list ("shelled Lozove, Bila Krynytsya and Andriivka") keeps to one
    front, so the per-document sense of the name loses to the list's company."""
    if (p.population or 0) >= _SMALL:
        return None  # a town is what its name means; only a village has namesakes that a list can pick between
    mates = _clause_towns(doc, p)
    # Any town of the clause near the reading keeps it: "Andriivka near Bakhmut" was read from that anchor.
    if not mates or min(_km(p, q) for q in mates) <= _MATE_FAR_KM:
        return None
    # Only villages listed with p are company to move beside: a city may be the speaker's (geoparsing round 44), and
    # "shelled X on Tuesday and struck Y" is two acts, not a list.
    listed = [q for q in mates if (q.population or 0) < _SMALL and _one_list(doc, p, q)]
    alt = namesake_beside(gz, p, listed) if listed else None
    if alt is not None:
        decide(doc, p, "relocated", f"{p.text!r} read in {p.admin1} lies over {_MATE_FAR_KM:.0f} km from every "
               f"town of its clause; the namesake in {alt.admin1} lies within {_MATE_NEAR_KM:.0f} km of a village "
               f"listed with it")
    return alt


def _one_list(doc: WorkDoc, p: PlaceMention, q: PlaceMention) -> bool:
    """Whether `p` and `q` are items of one list: only list joins and other item names lie between them."""
    a, b = (p, q) if p.start < q.start else (q, p)
    return _LIST_GAP.fullmatch(doc.text, a.end, b.start) is not None


def namesake_beside(gz: Any, p: PlaceMention, mates: list[PlaceMention], km: float = _MATE_NEAR_KM) -> PlaceMention | None:
    """`p` read as its namesake nearest `mates` when that lies within `km` of one of them, else None."""
    placed = [(q.lat, q.lon) for q in mates if q.lat is not None and q.lon is not None]
    if not placed:
        return None
    names = {name_key(p.text), name_key(p.name or p.text)}  # the namesake bears the name itself, not an alias
    near = [(min(haversine_km(float(gz.lat[i]), float(gz.lon[i]), a, b) for a, b in placed), i)
            for i in namesakes(gz, p) if gz.cc[i] == p.country_code and gz.main_key(i) in names]
    d, i = min(near, default=(None, -1))
    return None if d is None or d > km else as_mention(gz, p, i)


_COMMON = 8  # "Oleksandrivka", "Mykolaivka", "Vasylivka": names that many villages of one country bear
_CLOSE_KM = 30.0
_TOLD_AFTER = re.compile(r"[^.;]{0,50}?\b\d{1,3}(?:\.\d)?\s*(?:km|kilomet)", re.I)


def _common_name(doc: WorkDoc, gz: Any, p: PlaceMention, towns: list[tuple[float, float]]) -> PlaceMention | None:
    """A village of a common name read over 30 km from every town of its paragraph: the namesake beside one of
    them, else no place (a guess among many namesakes is more often wrong than right; gold dev)."""
    if _TOLD_AFTER.match(doc.text, p.end):
        return p  # "Oleksandrivka, a village about 30 km west of Lyman": the text says where
    if len(towns) < 2 or (p.population or 0) >= _SMALL or p.lat is None or p.lon is None or min(
            haversine_km(p.lat, p.lon, a, b) for a, b in towns) <= _CLOSE_KM:
        return p
    same = [i for i in namesakes(gz, p) if gz.cc[i] == p.country_code]
    if len(same) + 1 < _COMMON:
        return p
    near = [(min(haversine_km(float(gz.lat[i]), float(gz.lon[i]), a, b) for a, b in towns), i) for i in same]
    d, i = min(near) if near else (None, -1)
    if d is not None and d <= _CLOSE_KM:
        alt = as_mention(gz, p, i)
        decide(doc, p, "relocated", f"{p.text!r} is a common name read far from the paragraph's towns; the namesake "
               f"{d:.0f} km from one of them")
        return alt
    decide(doc, p, "unplaced", f"{p.text!r} is a common name read over {_CLOSE_KM:.0f} km from every town of the "
           "paragraph, and no namesake lies near one")
    return None


# "Shahed drones in attacks on Kyiv, Dnipropetrovsk, Poltava, and Zaporizhia Oblasts", "launched missiles at Kyiv,
# Sumy, and Chernihiv Oblasts": every name of a list that "Oblasts" closes is a region, though the capital's name
# alone reads as the city (unlabelled ISW).
# "in western Donetsk and southern Zaporizhia Oblasts", "in Donetsk and central Zaporizhia oblasts": a compass word
# may stand before a region of the list (one constant, shared with the list parser, keeps both in step).
COMPASS = r"(?:(?:north|south|east|west)(?:east|west)?ern|central)"
# A list's joint before its next item ("X, Y", "X, and Y", "X and Y") and an item's capitalised word: shared with the
# list parser's told-region gap (`assemble_list._TOLD_GAP`), so both read a run of items alike.
ITEM_JOIN = r"(?:,\s*(?:and\s+)?|\s+and\s+)"
ITEM_NAME = r"[A-Z][\w’'-]+"
# The text between two items of one list: joins, other items ("Bila Krynytsya") and a preposition ("and near").
_LIST_PREP = r"(?:(?:near|in|around|at|on|of)\s+)?"
_LIST_GAP = re.compile(ITEM_JOIN + _LIST_PREP + r"(?:(?:" + ITEM_NAME + r"\s+){0,2}" + ITEM_NAME + ITEM_JOIN
                       + _LIST_PREP + r")*")
_OBLAST_LIST = re.compile(r"(?:" + ITEM_JOIN + r"(?:" + COMPASS + r"\s+)?" + ITEM_NAME + r")*"
                          r"\s+(?:[Oo]blasts|[Pp]rovinces|[Rr]egions)\b")


def _region_of_list(doc: WorkDoc, p: PlaceMention) -> int | None:
    """Gazetteer index of the region a town reading names inside a list of regions, else None."""
    m = None if p.feature_class not in ("P", "A") or p.role == "demonym" else _OBLAST_LIST.match(doc.text, p.end)
    gz = loaded_gazetteer() if m is not None else None
    if m is None or gz is None:
        return None
    # "Kyiv ... Oblasts" is Kyiv Oblast, not the city's own region (Kyiv City): the closing word says which.
    word = m.group(0).split()[-1]
    kind = word[:5].lower()
    regions = [i for name in (p.text, f"{p.text} {word[:-1].capitalize()}") for i in gz.candidates(name)
               if gz.fcode[i] == "ADM1" and gz.cc[i] == p.country_code]
    regions.sort(key=lambda i: kind not in (gz.admin1_name(gz.admin1[i]) or "").lower())
    if not regions or p.feature_class == "A" and (int(gz.gid[regions[0]]) == p.geonameid
                                                   or kind not in (gz.admin1_name(gz.admin1[regions[0]]) or "").lower()):
        return None  # a region read already, and no better one of that kind
    return regions[0]


# "Kherson Oblast and Mykolaiv City": a list mate that is a region must not make the city its namesake region; the
# word "City" after the name says which (ISW writes "Mykolaiv City", "Zaporizhia City" for the oblast capitals).
_CITY_AFTER = re.compile(r"[ \u00a0]+City\b")


def _city_of_unit(doc: WorkDoc, p: PlaceMention) -> int | None:
    """Gazetteer index of the town a region reading names when "City" follows it ("Mykolaiv City"), else None."""
    if p.feature_code != "ADM1" or not _CITY_AFTER.match(doc.text, p.end) or (gz := loaded_gazetteer()) is None:
        return None
    towns = [i for i in gz.candidates(p.text) if gz.fclass[i] == "P" and gz.cc[i] == p.country_code
             and gz.admin1_name(gz.admin1[i]) == p.admin1]
    return max(towns, key=lambda i: gz.pops[i], default=None)


# "struck a freighter in the Red Sea": a water body told with "the" (Sudan's "Red Sea" state is told with "State").
_THE_WATER = re.compile(r"\b[Tt]he\s+(?:(?:north|south|east|west|central|upper|lower)\w*\s+)?$")
_WATER_NAME = re.compile(r"(?:Sea|Gulf|Ocean|Strait|Straits)$")
_WATER = frozenset(("SEA", "GULF", "OCN", "STRT", "CHN", "BAY"))
# The water only when no noun follows the name: "in the Red Sea on Friday", "in the Red Sea, killing", "in the Red Sea
# and the Gulf of Aden"; "the Red Sea region / city / coast / hills" is the region ("the Red Sea region of Sudan").
_BARE_AFTER = re.compile(r"\s*(?:[.,;:!?)\u2013\u2014]|$)|\s+(?:(?i:on|off|in|at|near|to|from|by|for|with|after|before|since|"
                         r"during|as|when|while|where|between|late|early|earlier|overnight|yesterday|today|last|this|"
                         r"and\s+the)\b|(?:" + WEEKDAY_NAMES + "|" + MONTH_NAMES + r")\b)")


def _water_of_unit(doc: WorkDoc, p: PlaceMention) -> int | None:
    """Gazetteer index of the sea a region reading shares its name with when told as "the Red Sea", else None."""
    if not (p.feature_code or "").startswith("ADM") or not _WATER_NAME.search(p.text) or \
            not _THE_WATER.search(doc.text, max(0, p.start - 16), p.start) or not _BARE_AFTER.match(doc.text, p.end) or \
            (gz := loaded_gazetteer()) is None:
        return None
    return next((i for i in gz.candidates(p.text) if gz.fcode[i] in _WATER), None)


def in_region_list(doc: WorkDoc, p: PlaceMention) -> bool:
    """True for a town reading that is one of a list of regions ("Kyiv, Sumy, and Chernihiv Oblasts")."""
    return _region_of_list(doc, p) is not None


# "in the Chuhuiv Raion", "Kupiansk district": a second-level unit told by its seat town's name and a unit word.
_RAION = re.compile(r"([A-Z][\w’'-]+)[ \u00a0]+(?:[Rr]aion|[Rr]ayon|[Dd]istrict)\b")
_SEAT_KM = 60.0  # a raion's seat lies inside it, so well within this of the unit's point


def _raion_seat(doc: WorkDoc, p: PlaceMention) -> tuple[int, int] | None:
    """Gazetteer index of the town a raion is named after ("in the Chuhuiv Raion" → Chuhuiv) and where the unit's
    name ends, else None."""
    if p.feature_code != "ADM2" or p.lat is None or p.lon is None:
        return None
    # The unit word is inside the mention ("Chuhuiv Raion") or right after it ("Nikopol district").
    m = _RAION.fullmatch(p.text)
    if m is None and (m := _RAION.match(doc.text, p.start)) is not None and m.group(1) != p.text:
        m = None
    gz = loaded_gazetteer() if m is not None else None
    if m is None or gz is None:
        return None
    towns = [(haversine_km(p.lat, p.lon, float(gz.lat[i]), float(gz.lon[i])), i) for i in gz.candidates(m.group(1))
             if gz.fclass[i] == "P" and gz.cc[i] == p.country_code and gz.admin1_name(gz.admin1[i]) == p.admin1]
    d, i = min(towns, default=(None, -1))
    return (i, p.start + m.end() - m.start()) if d is not None and d <= _SEAT_KM else None


def region_reading(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """The region of a town read in a list of regions ("Kyiv, Sumy, and Chernihiv Oblasts"); a raion's seat town."""
    # ACLED places an event known only to its district at the district's main town ("shelled settlements in Chuhuiv
    # Raion" is Chuhuiv); the event gold does the same.
    seat = None if p is None else _raion_seat(doc, p)
    if p is not None and seat is not None:
        decide(doc, p, "relocated", f"{p.text!r} is a raion named after its seat town")
        # The mention spans the unit's whole name ("Nikopol district"): the event is known to the district only.
        return as_mention(loaded_gazetteer(), p, seat[0]).model_copy(
            update={"end": seat[1], "text": doc.text[p.start : seat[1]]})
    city = None if p is None else _city_of_unit(doc, p)
    if p is not None and city is not None:
        decide(doc, p, "relocated", f"{p.text!r} is followed by 'City': the town, not the region {p.name!r}")
        return as_mention(loaded_gazetteer(), p, city)
    sea = None if p is None else _water_of_unit(doc, p)
    if p is not None and sea is not None:
        decide(doc, p, "relocated", f"{p.text!r} is told with 'the': the water, not the region {p.name!r}")
        return as_mention(loaded_gazetteer(), p, sea)
    i = None if p is None else _region_of_list(doc, p)
    if p is None or i is None:
        return p
    decide(doc, p, "relocated", f"{p.text!r} is one of a list of regions, not the town {p.name!r}")
    return as_mention(loaded_gazetteer(), p, i)
