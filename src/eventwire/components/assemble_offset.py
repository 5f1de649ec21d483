"""Places told by their offset from a town ("Solodke, 30km southwest of Donetsk City"): the village, not the town."""

from __future__ import annotations

import math
import re
from typing import Any

from eventwire.components.assemble_link import decide
from eventwire.components.assemble_namesake import loaded_gazetteer, namesakes
from eventwire.components.assemble_scene import TARGET_NOUN, possessive, target_demonym
from eventwire.components.lexicon import MONTH_NAMES, NEAR_VILLAGE, OIL_SITE, SHIP, WEEKDAY_NAMES, WORKS
from eventwire.gazetteer.index import haversine_km
from eventwire.geoparsing import TOLD_POINT
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import Trigger, WorkDoc

BEARING = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270,
           "northwest": 315}
_DIR = r"(?:north|south)(?:-?(?:east|west))?|east|west"
# "about 30 km (19 miles) southeast of": the told distance and its direction, shared by _OFFSET and _SITE_OFFSET.
# A distance's qualifiers, one list for _DISTANCE and _ACT_OFFSET ("less than" ends in "than").
_QUALIFIER = r"about|approximately|roughly|around|just|some|nearly|within|over|under|less\s+than|more\s+than"
_DISTANCE = (r"(?:(?:" + _QUALIFIER + r")\s+)?"
             r"(?P<n>\d{1,3}(?:\.\d)?)\s*(?P<unit>kms?|kilomet(?:er|re)s?|(?:nautical\s+)?miles?|nm)(?:\s*\([^()]{1,25}\))?\s+"
             r"(?:due\s+|to\s+the\s+)?(?P<dir>" + _DIR + r")(?:ern)?\s+")
# ", about 30 km southeast of ", " (7km southwest of the ": it ends where the anchor town starts; the name before
# it is the village so placed.
_OFFSET = re.compile(
    r"[,(-]?\s*(?P<both>both\s+)?(?:(?:located|situated|which\s+is)\s+)?" + _DISTANCE + r"(?:of|from)\s+(?:the\s+)?$", re.I)
# "Komyshuvakha (northeast of Bakhmut)": a direction with no distance, in parentheses, puts the village near the
# town; ISW's unmeasured offsets lie within about 5-20 km (gold README: axes lie within the 25 km allowed).
# "shelled Dovhenke to the south of Izyum" says the same without parentheses, and "attacks toward
# Brovary, just east of Kyiv" after a comma (there only for a place a goal word names: see _GOAL).
_NEAR = re.compile(r"(?:(?:\(|(?P<comma>,))\s*(?:(?P<just>just|directly|immediately)\s+|(?:further|farther|slightly)\s+)?"
                   r"(?:to\s+the\s+)?|\s+to\s+the\s+)(?P<dir>" + _DIR + r")(?:ern)?\s+of\s+(?:the\s+)?$", re.I)
# "toward Brovary, east of Kyiv", "fighting in Bila Hora, just southeast of Lysychansk": the place the act is at or
# goes to; not "shelled positions from Belgorod, north of Kharkiv" nor "assaults southeast of Izyum, east of Siversk".
_GOAL = re.compile(r"\b(?:toward|towards|into|to|on|at|near|in|around|outside)\s+(?:the\s+)?$", re.I)
_NEAR_KM, _JUST_KM = 12.0, 5.0
# "assaults within 10km northwest of Avdiivka near Orlivka", "north of Bakhmut near Berkhivka and Soledar": the bearing
# told before the villages measures them as "Orlivka (10km northwest of Avdiivka)" does.
_LEAD_KM = re.compile(r"\b" + _DISTANCE + r"of\s+(?:the\s+)?$", re.I)
_LEAD_DIR = re.compile(r"(?<![\w-])(?:to\s+the\s+)?(?P<dir>" + _DIR + r")(?:ern)?\s+of\s+(?:the\s+)?$", re.I)
_THEN_NEAR = re.compile(r"(?:\s+City)?(?:\s*\([^()]*\))?,?\s+(?i:" + NEAR_VILLAGE + r")\s+(?=[A-Z])")
_MORE = re.compile(r"(?:,\s+(?:and\s+)?|,?\s+and\s+)(?=[A-Z])")
_MILE, _NAUTICAL = 1.609, 1.852
# "... in northern gulf, some 80 km west of": a sea after the names is no part of them.
_WATERS = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|upper|lower)\w*\s+)?(?i:gulf|sea|waters)$")
# "Malynivka, Zaporizhia Oblast (…)", "Novoplatonivka in Kharkiv Oblast (40km north of Svatove)"
_REGION = re.compile(r"(?:,\s*|\s+in\s+)(?:[A-Z][\w’'-]+\s+){1,2}(?:Oblast|Raion|Krai|Region|Province|Governorate)$")
_TOWN = 10_000
_AREA = re.compile(r"\b(?:Oblast|Raion|Krai|Region|Province|Governorate|Oblasts)$")
_ITEM = r"[A-Z][^\W\d_][\w’'-]*(?:[ -][A-Z][\w’'-]*)?"
_NAME = re.compile("(" + _ITEM + ")$")
_LEAD_ITEM = re.compile(_ITEM)
_BOTH = re.compile(r"((?:" + _ITEM + r",\s+){0,3}" + _ITEM + r"),?\s+and\s+$")
_LIST_KM, _FRONT_KM = 40.0, 150.0
_CALENDAR = re.compile(f"(?:{WEEKDAY_NAMES}|{MONTH_NAMES})")
# "fired ... at the Sassan gas rig 90 miles north of Qatar", "attacked the platform some 90 miles north of": an
# unnamed (or unlisted) site told by its measured offset from a place; the told point beats any country's point.
_SITE = (r"(?:" + OIL_SITE + r"|fields?|terminal|base|post|outpost|camp|village|hamlet|" + SHIP + r"|"
         r"convoy|station|depot|positions|targets?|area)")
# The words between "of" and the anchor are lower-case ("the town of"): an unread name there is no filler.
_SITE_OFFSET = re.compile(r"\b" + _SITE + r"\s+" + _DISTANCE + r"(?:of|from)\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+){0,3}$", re.I)
# "blew up a power pylon 40 km north of Managua": works told by their offset from a town lie at that point on land too
# (a pylon or a pipeline is no front whose extent the offset tells; gold README: a site takes the text's offset).
_WORKS_OFFSET = re.compile(r"\b" + WORKS + r"\s+" + _DISTANCE + r"(?:of|from)\s+(?:the\s+)?(?:(?-i:[a-z]+)\s+){0,3}$",
                           re.I)
# "a bulk carrier was struck by a missile 57 nautical miles northwest of Hodeidah": the act itself told by its measured
# offset from the town picked; a lower-case word before the distance, so no village is named there (_OFFSET's case).
_ACT_OFFSET = re.compile(r"(?<![\w,(])(?!(?:" + _QUALIFIER + r"|than)\s)"
                         r"(?-i:[a-z]+)\s+" + _DISTANCE + r"(?:of|from)\s+(?:the\s+)?$", re.I)
# Only at sea, where no village can be named: on land a measured offset with no village tells a front's extent ("pushed
# Russian forces roughly 40 km east of Kharkiv City"), which the gold labels at the town or at a village told nearby.
# The object noun does not tell the sea (oil fields, rigs, fuel tankers and river boats are on land too); the sea
# cues do: nautical miles, an island anchor, or "off" a coast or place ("off the Yemeni coast, 60 miles south of").
_OFF_COAST = re.compile(r"\boff\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}(?:coast(?:line)?|shores?)\b", re.I)
_OFF_PLACE = re.compile(r"\boff\s+(?:the\s+)?$", re.I)
_NM = re.compile(r"(?<![a-z])nm\b")
# Countries small enough that a distance told from their name places a point ("120 miles east of Bahrain"); from a
# larger country's centre it does not ("15 km west of Iran" is on its border, not 15 km from its middle).
_SMALL_COUNTRY = frozenset({"BH", "QA", "KW", "LB", "CY", "SG", "MT", "BN", "LU"})


# "artillery fire on the Inhulskyi and Korabelnyi districts of Mykolaiv City": a city's district is told at
# the city (gold: labelled there), and its name read alone is a far namesake. Not a town's raion ("the Melitopol
# district of Zaporizhzhia Oblast"): the town is the place.
_DISTRICT_OF = re.compile(r"(?:\s+and\s+[A-Z][\w’'-]+)?\s+(?:micro)?(?:districts?|neighbou?rhoods?)\s+of\s+(?:the\s+)?")

_ADJECTIVAL = re.compile(r"(?:sk|tsk)(?:yi|yy|iy|ii|y)$")


def _district_city(doc: WorkDoc, p: PlaceMention) -> PlaceMention | None:
    """The city whose district p names ("the Kyivskyi district of Kharkiv City"), else None."""
    m = _DISTRICT_OF.match(doc.text, p.end)
    city = None if m is None else next((q for q in doc.places if q.start == m.end() and q.lat is not None
                                        and q.lon is not None and q.feature_class == "P"), None)
    if city is None or city.start == p.start:
        return None
    if p.lat is not None and p.lon is not None and \
            haversine_km(p.lat, p.lon, city.lat, city.lon) <= 15.0:  # type: ignore[arg-type]
        return city  # read inside the city: the city is the place told, and its list goes on after it
    if (p.population or 0) >= _TOWN and not _ADJECTIVAL.search(p.text):
        return None  # a town's raion; an adjectival name is a city district (Donetsk's Kyivskyi, a PPL of 139,000)
    return city


def _own_front(q: PlaceMention, lat: float, lon: float, km: float) -> bool:
    """A list name read on the same front but well away from the told point is a place of its own, not the offset's
    ("Bilohorivka and Mayorsk (5km east of Toretsk)" with Bilohorivka read in Luhansk Oblast); further off than one front,
    the reading is a far namesake ("Fedorivka and Shestakove, 30km east of Kharkiv" read in Zaporizhia Oblast)."""
    if q.lat is None or q.lon is None:
        return False
    return max(_LIST_KM, km) < haversine_km(q.lat, q.lon, lat, lon) <= _FRONT_KM


def _country_of(p: PlaceMention, anchor: PlaceMention) -> bool:
    """p is the anchor's country: "struck Iran's oilfields ..., some 80 km west of Kharg island" tells a point in it."""
    return (p.feature_code or "").startswith("PCL") and p.country_code == anchor.country_code


def _per_km(unit: str | None) -> float:
    """Kilometres in one told unit ("km", "mile", "nautical miles", "nm" as maritime notices write them)."""
    u = (unit or "").lower()
    return _NAUTICAL if u.startswith("nautical") or u == "nm" else _MILE if u.startswith("mile") else 1.0


def _destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point `km` from (lat, lon) along `bearing` degrees (great circle)."""
    r = km / 6371.0
    b, p1, l1 = math.radians(bearing), math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540) % 360 - 180


def bearing_to(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial great-circle bearing in degrees from the first point to the second."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(y, x)) % 360


def _same_side(p: PlaceMention, anchor: PlaceMention, lat: float, lon: float) -> bool:
    """True when the reading lies in the told direction from the anchor ("Izyum (southeast of Kharkiv)")."""
    if p.lat is None or p.lon is None or anchor.lat is None or anchor.lon is None:
        return False
    d = haversine_km(p.lat, p.lon, anchor.lat, anchor.lon)
    if d <= 8.0:
        return True  # too close for a bearing to mean anything
    if d > _FRONT_KM:
        return False  # "Kamyanka (south of Izyum)" read near Odesa: an unmeasured offset is one front, not a country
    told = bearing_to(anchor.lat, anchor.lon, lat, lon)
    got = bearing_to(anchor.lat, anchor.lon, p.lat, p.lon)
    return abs((got - told + 180) % 360 - 180) <= 67.5


def places_in(doc: WorkDoc, si: int) -> list[PlaceMention]:
    """doc.places starting in sentence si, in doc.places order; unlike assemble_link.in_sentence, group-named places
    too, and rebuilt when doc.places is replaced or changes length (the trigger stage runs before assemble's index)."""
    # Indexed once per document (long reports); the trigger stage leaves the index in doc.meta, assemble drops it.
    idx = doc.meta.get("_all_places_by_sentence")
    if not isinstance(idx, tuple) or idx[0] is not doc.places or idx[1] != len(doc.places):
        by: dict[int, list[PlaceMention]] = {}
        for p in doc.places:
            by.setdefault(doc.sentence_of(p.start), []).append(p)
        idx = doc.meta["_all_places_by_sentence"] = (doc.places, len(doc.places), by)
    return list(idx[2].get(si, []))


def _offsets(doc: WorkDoc, t: Trigger) -> list[tuple[int, int, int, float, float, float, PlaceMention, bool]]:
    """(name start, name end, phrase start, lat, lon, km, anchor, shared) for each "X, N km <direction> of <town>" in the
    sentence; km is negative for a direction told with no distance ("Komyshuvakha (northeast of Bakhmut)"); shared
    is true for "both" and for the names told before the last ("A and B (40km south of": A)."""
    cache: dict[int, Any] = doc.meta.setdefault("_offsets", {})
    if t.sentence in cache:
        return cache[t.sentence]  # type: ignore[no-any-return]
    s = doc.sentences[t.sentence]
    sent = doc.text[s.start : s.end]
    if "km" not in sent and "kilomet" not in sent and "(" not in sent and "th of " not in sent and \
            "st of " not in sent and " to the " not in sent:
        cache[t.sentence] = []
        return []  # most sentences tell no distance: skip the scan of the story's places
    if not any(c.islower() for c in sent):
        cache[t.sentence] = []
        return []  # all capitals (wire copy): a village's name cannot be told from the words before it
    anchors = {p.start: p for p in places_in(doc, t.sentence) if p.lat is not None
               and p.lon is not None and (p.feature_class == "P" or p.feature_code == "ISL") and p.role != "demonym"}
    at = {q.start: q for q in places_in(doc, t.sentence)}
    out = []
    for p in anchors.values():
        # The phrase ends where the anchor town starts; look back for it from there.
        lo = max(s.start, p.start - 120)
        m = _OFFSET.search(doc.text, lo, p.start) or _NEAR.search(doc.text, lo, p.start)
        if m is None or m.groupdict().get("both") and (p.name or "")[:1].lower() != p.text[:1].lower():
            continue  # "both ... of Svatove" with Svatove read as Kupyansk: a pair's point needs its own anchor
        before = doc.text[max(s.start, m.start() - 80) : m.start()].rstrip(" ,(")
        # "Polovynkyne, Luhansk Oblast (56km southeast of Svatove)": the village is the name before its region.
        before = _REGION.sub("", before).rstrip(" ,(")
        before = _WATERS.sub("", before)  # "rigs at Sirri, Lavan and Abuzar in the southern gulf, some 60 km"
        name = _NAME.search(before.rstrip("-"))  # "Virnopillya- (18km ...)": a typo's hyphen is no part of it
        if name is None or _AREA.search(name.group(1)) or re.search(r"\d", name.group(1)) or \
                _CALENDAR.fullmatch(name.group(1)):
            continue  # "in western Donetsk Oblast (57km southwest of ...)": a region is no village; nor "on Tuesday"
        end = max(s.start, m.start() - 80) + len(before.rstrip("-"))
        start = end - len(name.group(1))
        bearing = BEARING[m.group("dir").lower().replace("-", "")]
        km = float(m.group("n")) if "n" in m.re.groupindex else _JUST_KM if m.group("just") else _NEAR_KM
        km *= _per_km(m.groupdict().get("unit"))
        lat, lon = _destination(p.lat, p.lon, km, bearing)  # type: ignore[arg-type]
        own = at.get(start)
        if m.groupdict().get("comma") and not (
                _GOAL.search(doc.text, max(s.start, start - 12), start) and own is not None
                and own.geonameid != p.geonameid and own.country_code == p.country_code
                and _same_side(own, p, lat, lon)):
            # "from Belgorod, north of Kharkiv", "near Lyman, east of Lyman near Terny"; and a comma is
            # weaker than parentheses: "an attack on Rubizhne, south of Kharkiv" read in Luhansk Oblast stays there.
            continue
        both = bool(m.groupdict().get("both"))
        out.append((start, end, m.start(), lat, lon, km if "n" in m.re.groupindex else -km, p, both))
        # "taking Pavlivka and Vremivka (about 30km west of ...)": a measured offset told right after a
        # list of names places the names before the last too. The last keeps the tight tolerance unless "both" is
        # told: the wider one kept misreads 30-60 km off ("Novopil and Vremivka, about 90km southwest of").
        pair = _BOTH.search(before, 0, start - max(s.start, m.start() - 80))
        if pair is None or not (both or "n" in m.re.groupindex and not doc.text[end : m.start()].strip(" ,(")):
            continue
        for item in re.finditer(r"[^,]+", pair.group(1)):
            first = max(s.start, m.start() - 80) + pair.start(1) + item.start() + len(item.group()) - len(item.group().lstrip())
            last = first + len(item.group().strip())
            q = at.get(first)
            if (q.text if q is not None else doc.text[first:last]).lower() == p.text.lower() or \
                    _AREA.search(doc.text[first:last]) or (
                    q is not None and not both and _own_front(q, lat, lon, km)):
                continue  # "Bakhmut and Siversk (30km north of Bakhmut)": the anchor is no village the offset measures
            out.append((first, last, last, lat, lon, km, p, True))  # cut = its end: the next name is no region of it
    cache[t.sentence] = out
    return out


def _leads(doc: WorkDoc, t: Trigger) -> list[tuple[int, int, float, float, float, bool, PlaceMention]]:
    """(name start, name end, lat, lon, km, measured, anchor) for each village told after its bearing in the sentence
    ("within 10km northwest of Avdiivka near Orlivka"; km is the told distance, or _NEAR_KM when none is told)."""
    cache: dict[int, Any] = doc.meta.setdefault("_leads", {})
    if t.sentence in cache:
        return cache[t.sentence]  # type: ignore[no-any-return]
    s = doc.sentences[t.sentence]
    out: list[tuple[int, int, float, float, float, bool, PlaceMention]] = []
    sent = doc.text[s.start : s.end]
    if "th of " not in sent and "st of " not in sent and "rn of " not in sent:
        cache[t.sentence] = out
        return out  # no bearing told ("north of", "southwest of"): skip the scan
    for p in places_in(doc, t.sentence):
        if p.lat is None or p.lon is None or p.feature_class != "P" or p.role == "demonym":
            continue
        m = _LEAD_KM.search(doc.text, max(s.start, p.start - 60), p.start) or \
            _LEAD_DIR.search(doc.text, max(s.start, p.start - 30), p.start)
        after = None if m is None else _THEN_NEAR.match(doc.text, p.end, s.end)
        if m is None or after is None:
            continue
        measured = "n" in m.re.groupindex
        km = float(m.group("n")) * _per_km(m.group("unit")) if measured else _NEAR_KM
        lat, lon = _destination(p.lat, p.lon, km, BEARING[m.group("dir").lower().replace("-", "")])
        at = after.end()
        for _ in range(8):
            name = _LEAD_ITEM.match(doc.text, at, s.end)
            if name is None:
                break
            if not _AREA.search(name.group()) and name.group().lower() != p.text.lower():
                out.append((name.start(), name.end(), lat, lon, km, measured, p))
            more = _MORE.match(doc.text, name.end(), s.end)
            if more is None:
                break
            at = more.end()
    cache[t.sentence] = out
    return out


def _lead_place(doc: WorkDoc, t: Trigger, p: PlaceMention) -> PlaceMention:
    """The village told after its bearing, when the picked place is the bearing's town (the village unread or read as
    the town) or a reading of the village off the front ("northwest of Svatove near Nadiya" read near Odesa); else p."""
    for start, end, lat, lon, km, measured, anchor in _leads(doc, t):
        # "within 37km southwest of Avdiivka near Pisky": the distance bounds the villages, so any reading within it
        # and a front's width stands (ISW's bearings of long lists are loose: a near reading is trusted over them);
        # further out an unmeasured bearing still keeps a reading on its side ("west of Mosul near Tal Afar").
        if p.start == anchor.start or p.start == start and (
                p.lat is None or p.lon is None or p.feature_class != "P"
                or p.geonameid is not None and p.geonameid == anchor.geonameid
                or haversine_km(p.lat, p.lon, anchor.lat, anchor.lon) > km + _LIST_KM  # type: ignore[arg-type]
                and (measured or not _same_side(p, anchor, lat, lon))):
            return _placed(doc, p, doc.text[start:end], start, end, lat, lon, km, anchor)
    return p


def offset_place(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """The village an offset phrase places, when the picked place is its anchor town or a far namesake of it."""
    if p is None or not 0 <= t.sentence < len(doc.sentences):
        return p
    city = _district_city(doc, p)
    if city is not None:
        decide(doc, p, "relocated", f"{p.text!r} is a district of {city.text!r}: placed at the city")
        return city
    site = _site_point(doc, t, p)
    if site is not None:
        return site
    for start, end, cut, lat, lon, told_km, anchor, shared in _offsets(doc, t):
        km = abs(told_km)
        if told_km < 0 and p.start == start and p.lat is not None and p.geonameid != anchor.geonameid:
            # No distance told: the direction alone tells a far namesake ("Komyshuvakha (northeast of Bakhmut)" read
            # 40 km west of it) from a right reading at any distance ("Izyum (southeast of Kharkiv)").
            if _same_side(p, anchor, lat, lon):
                return p
        elif p.start == anchor.start or end < p.start < cut or (
                p.start == start and p.geonameid is not None and p.geonameid == anchor.geonameid):
            # The anchor (or the village read as the anchor town), or the region named after the village ("Yahidne,
            # Kharkiv Oblast (28km northwest of Kupyansk)"), is picked only because the village is missing or
            # misread: the village it is.
            if told_km < 0:
                own = next((q for q in doc.places if q.start == start and q.lat is not None), None)
                if own is not None and own.geonameid != anchor.geonameid and _same_side(own, anchor, lat, lon):
                    return own  # "Izyum (southeast of Kharkiv)" with Kharkiv picked: Izyum's own reading
        elif p.start == start and p.lat is not None and p.lon is not None:
            # A town's reading is trusted further: "Polohy (60km southeast of Zaporizhia)" rounds its distance.
            # Not a town read from an alias ("Spirne" as Slovyansk): its distance says the alias is wrong.
            town = (p.population or 0) >= _TOWN and (p.name or "")[:4].lower() == p.text[:4].lower()
            # One distance told for two villages ("both about 40km southeast of") fits each only roughly.
            if haversine_km(p.lat, p.lon, lat, lon) <= (max(50.0, km) if town else max(25.0, km * (0.75 if shared else 0.5))):
                return p  # the reading agrees with what the text says of it
        elif not (told_km > 0 and cut >= t.end and _country_of(p, anchor)):
            continue
        return _placed(doc, p, doc.text[start:end], start, end, lat, lon, km, anchor)
    return _lead_place(doc, t, p)


def _owner(doc: WorkDoc, t: Trigger) -> str | None:
    """The country whose site the act hit ("shelled an Iranian oil platform"), told with this act or, for "fired on
    that platform", with the nearest act before it; not the attacker's ships nor a site of another paragraph's story."""
    for q in places_in(doc, t.sentence):
        # "fired 1,000 shells at Iran's Rostam oil rig": a country's possessive on the act's site.
        if q.start >= t.end and (q.feature_code or "").startswith("PCL") and (end := possessive(doc, q)) is not None \
                and TARGET_NOUN.match(doc.text, end):
            return q.country_code
    before = sorted((u for u in doc.triggers if u.start < t.start), key=lambda u: -u.start)
    for u in [t, *before]:
        dem = target_demonym(doc, u, None)
        if dem is not None:
            return dem.country_code
    return None


def _anchor(doc: WorkDoc, q: PlaceMention) -> bool:
    """q can anchor a site's offset: a town or island, or a small country told by its own name ("east of Bahrain";
    not "south of Lebanon's capital", nor an unread name the geoparser took for a country)."""
    if q.lat is None or q.lon is None or q.role == "demonym":
        return False
    if q.feature_class == "P" or q.feature_code == "ISL":
        return True
    return (q.feature_code or "").startswith("PCL") and q.country_code in _SMALL_COUNTRY and \
        q.text.lower() == (q.name or "").lower() and not possessive(doc, q)


def _at_sea(doc: WorkDoc, t: Trigger, q: PlaceMention, m: re.Match[str]) -> bool:
    """True when an offset from q is told at sea: in nautical miles, from an island, or "off" a coast or place."""
    unit = m.group("unit").lower()
    if unit.startswith("nautical") or unit == "nm" or q.feature_code == "ISL":
        return True
    s = doc.sentences[t.sentence]
    return _OFF_COAST.search(doc.text, s.start, q.end) is not None or any(
        u.start <= q.start and u.role != "demonym" and _OFF_PLACE.search(doc.text, max(s.start, u.start - 10), u.start)
        for u in places_in(doc, t.sentence))


def _site_point(doc: WorkDoc, t: Trigger, p: PlaceMention) -> PlaceMention | None:
    """The point a site (or the act) told after the trigger by its measured offset lies at, when only a country was
    picked, or the offset's own anchor at sea: "shelled the platform some 90 miles north of Qatar" is neither Iran
    nor Bahrain, and "struck 57 nautical miles northwest of Hodeidah" is not Hodeidah."""
    country = (p.feature_code or "").startswith("PCL")
    rest = doc.text[t.end : doc.sentences[t.sentence].end].lower()
    if "miles" not in rest and "km" not in rest and "kilomet" not in rest and _NM.search(rest) is None:
        return None
    for q in places_in(doc, t.sentence):
        if q.start < t.end or not _anchor(doc, q) or not country and q.start != p.start:
            continue  # a town picked: only its own offset, and only at sea (below)
        lo = max(t.end, q.start - 100)
        # The works may end the trigger itself ("blew up a power pylon"), so they are looked for from its start; they
        # come first, as "a power station 30 km north of" is works, not one of the sites read only at sea.
        w = _WORKS_OFFSET.search(doc.text, max(t.start, q.start - 100), q.start)
        m = w or _SITE_OFFSET.search(doc.text, lo, q.start)
        act = m is None
        if act:
            m = _ACT_OFFSET.search(doc.text, lo, q.start)
            if m is not None and (any(t.end <= u.start < m.start() and u.role != "demonym"
                                      for u in places_in(doc, t.sentence))
                                  or any(a.start == q.start for *_, a, _ in _offsets(doc, t))):
                # "hit a tanker off Das Island and steamed on 20 miles north of Qatar": the first place is where;
                # "rigs at Cyrus and Ardeshir in the southern gulf, about 50 miles west of": the named fields are.
                continue
        if m is None or (act or not country) and m is not w and not _at_sea(doc, t, q, m):
            continue  # on land the offsets of named villages (_offsets) decide
        km = float(m.group("n")) * _per_km(m.group("unit"))
        lat, lon = _destination(q.lat, q.lon, km, BEARING[m.group("dir").lower().replace("-", "")])  # type: ignore[arg-type]
        name = " ".join(doc.text[m.start("n") : q.end].split())
        # No owner told: the picked country only where the anchor is a town of it (a point 190 km off Bahrain lies
        # in no country the text names).
        town = q.feature_class == "P" or q.feature_code == "ISL"
        cc = _owner(doc, t) or (p.country_code if town and q.country_code == p.country_code else None)
        decide(doc, p, "relocated", f"the site is told as {name!r}: placed there, not at {p.name or p.text!r}")
        return p.model_copy(update={
            "start": m.start("n"), "end": q.end, "text": name, "geonameid": None, "name": name, "lat": round(lat, 4),
            "lon": round(lon, 4), "country_code": cc, "admin1": None, "feature_class": "P",
            "feature_code": TOLD_POINT, "population": 0, "alternatives": [], "radius_km": round(max(2.0, 0.4 * km), 1)})
    return None


def _placed(doc: WorkDoc, p: PlaceMention, name: str, start: int, end: int, lat: float, lon: float, km: float,
            anchor: PlaceMention) -> PlaceMention:
    """The gazetteer's namesake near the told point, else the point itself under the village's name."""
    gz = loaded_gazetteer()
    probe = p.model_copy(update={"text": name, "geonameid": None, "alternatives": []})
    near = []
    if gz is not None:
        for i in namesakes(gz, probe):
            d = haversine_km(lat, lon, float(gz.lat[i]), float(gz.lon[i]))
            if d <= max(15.0, km / 3):
                near.append((d, i))
    if near:
        i = min(near)[1]
        rec = gz.record(i)
        out = p.model_copy(update={
            "start": start, "end": end, "text": name, "geonameid": rec.geonameid, "name": rec.name, "lat": rec.lat,
            "lon": rec.lon, "country_code": rec.country_code, "admin1": gz.admin1_name(rec.admin1),
            "feature_class": rec.feature_class, "feature_code": rec.feature_code, "population": rec.population,
            "radius_km": None, "alternatives": []})
    else:
        out = p.model_copy(update={
            "start": start, "end": end, "text": name, "geonameid": None, "name": name, "lat": round(lat, 4),
            "lon": round(lon, 4), "country_code": anchor.country_code, "admin1": anchor.admin1,
            "feature_class": "P", "feature_code": TOLD_POINT, "population": 0, "alternatives": [],
            "radius_km": round(max(2.0, 0.4 * km), 1)})  # an 8-point bearing is +-22.5 degrees: 0.4 km per km
    decide(doc, p, "relocated", f"{name!r} is told as {km:g} km from {anchor.text!r}: placed there, not at "
           f"{p.name or p.text!r} ({p.admin1})")
    return out
