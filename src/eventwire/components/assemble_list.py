"""The places of a told list around an event's place: list items, surrounding villages, axis villages."""

from __future__ import annotations

import re
from itertools import pairwise

from eventwire.components.assemble_link import decide, in_sentence
from eventwire.components.assemble_namesake import (
    COMPASS,
    ITEM_JOIN,
    ITEM_NAME,
    in_region_list,
    loaded_gazetteer,
    namesake_beside,
    within_km,
)
from eventwire.components.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from eventwire.components.town_line import ROAD_NAME
from eventwire.gazetteer.index import haversine_km
from eventwire.geoparsing.nearby import BEARING_WORD
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import Trigger, WorkDoc

# "Zaporizhzhia City, Mykolaiv City, and": a city named with its "City" is still one item of the list; a village
# the gazetteer lacks ("Bilohorivka, Vojevodivka, and Lysychansk") is an item between two.
# "Rubizhne (in Kharkiv, not Luhansk Oblast), Tsupivka, and Ternova", "Brazkhivka (25 km southwest of Izyum),
# Dovhenke (...), and ...": a parenthesis after an item is a note on it, and its places are no items.
# "near Andriivka, Luhansk Oblast (15km west of Svatove) and near Kuzemivka": the region that holds an item is a note
# on it too (`_containers`), not a list item.
# "near A and B, on the western outskirts of X City, and C", "on A east of X and B north of X": a bearing from a town
# after an item is a note on it too, and its town (an anchor, `_anchors`) is no item; so are "in A, some 12km south
# of X, and in B" and "near A to the south, B to the east, and C".
# "\b" keeps "north-east of" from reading as its tail "east of"; the compass word is the geoparser's (`nearby`).
_BEARING_OF = r"\b(?:(?:(?:about|approximately|some|roughly)\s+)?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|" \
    r"eight|nine|ten)[\s-]*(?:km|kilomet(?:er|re)s|mi|miles)\s+)?(?:(?:(?:directly|just|due)\s+)?" + BEARING_WORD + \
    r"\s+of|(?:on\s+the\s+)?(?:" + BEARING_WORD + r"|central)\s+outskirts\s+of)\s+(?:the\s+)?"
# "west of Nova Kakhovka": an anchor may be two capitalised words (as `nearby` reads an item).
_ANCHOR = ITEM_NAME + r"(?:\s+(?:City|" + ITEM_NAME + r"))?"
# "near A (8km south of X) in Y Oblast and near B": the region may follow the parenthesis.
# The pieces of a note: a bracket after an item, and a region told with its word ("Luhansk Oblast").
_PAREN_NOTE = r"(?:\s*\([^()]*\))?"
_REGION_TOLD = ITEM_NAME + r"\s+(?:Oblast|Province|Region)"
# "attacks on Nikopol on the T0401 highway and Marhanets", "near A and B on the T0814 highway and C": the road a
# village lies on is a note on it, as its region is; the list goes on past it.
# "near Zvanivka along the T0513 Siversk-Kostiantynivka highway and Spirne", "A and B, both situated along the
# Sloviansk-Kostiantynivka highway, and C": so is a road told by its two end towns, which are no items (`_roads`).
_ROAD_RE = re.compile(r"\b" + ROAD_NAME)
_ROAD_NOTE = r"(?:,?\s+(?:(?:both|all)\s+)?(?:(?:located|situated)\s+)?(?:on|along)\s+" + ROAD_NAME + r")?"
# A bare bearing: "to the north", "to the southwest".
_TO_BEARING = r"to\s+the\s+(?:north|south|east|west)(?:east|west)?"
_NOTE = r"(?:(?:,|\s+in)\s+" + _REGION_TOLD + r")?" + _PAREN_NOTE + r"(?:\s+in\s+" + _REGION_TOLD + r")?" \
    r"(?:,?\s+" + _BEARING_OF + _ANCHOR + r"|\s+" + _TO_BEARING + r")?" + _ROAD_NOTE
# "around Vesele (6 km north of Soledar) and near Pidhorodne", "a ground attack near Nevelske and toward
# Pervomaiske", "assaults in the direction of Stelmakhivka and in the direction of Nadiia": a place word may open the
# next item; so may "on" or "in" after a comma and "and" ("attacks on Bucha and
# Irpin, and on Makariv", "strikes north of Orikhiv, and in Kherson and Sumy oblasts").
# "struck targets in Kyiv as well as in Rivne, Zhytomyr, and Lviv oblasts": "as well as" joins items as "and" does;
# "in western Donetsk and southern Zaporizhia Oblasts": a compass word before an item keeps it one.
# "near Kurdyumivka, west of Avdiivka near Hryhorivka, and ...": a bearing from a town may open the next item.
# "attacks on X, to the west near A and to the north near B and C": so may a bare bearing before "near" (a
# sub-list of the same act).
# "...; south of X near A and B; and near C": the General Staff's last segment, opened by "; and near", is one more item.
_ITEM_SEP = _NOTE + r"\s*(?:,\s*(?:(?:and|or|as\s+well\s+as)\s+)?|\s(?:and|or|as\s+well\s+as)\s+|;\s+and\s+(?=(?:near|around)\s))" \
    r"(?:(?:" + _BEARING_OF + _ANCHOR + r"|" + _TO_BEARING + r")\s+(?=(?:near|around)\s))?" \
    r"(?:(?:near|around|toward|" \
    r"towards|in\s+the\s+directions?\s+of|(?<=,\sand\s)(?:on|in)|(?<=\swell\sas\s)(?:on|in))\s+)?(?:the\s+)?" \
    r"(?:" + COMPASS + r"\s+)?"
# "in Idlib countryside and Hama city": an area word after an item keeps it one item of the list; so does "itself"
# ("repelled assaults near Bakhmut itself and near Klishchiivka").
# "Polohy, Kam’yanka-Dniprov’ska, and Melitopol": a mention followed by "-Capital" is the first half of a name the
# gazetteer read in part (one constant for `_LIST_GAP`, which steps over the rest, and `_PART_READ`).
_NAME_REST = r"-[A-Z][\w’']+"
_LIST_GAP = re.compile(r"(?:" + _NAME_REST + r")?(?:\s+(?:City|city|town|countryside|outskirts|itself))?" + _ITEM_SEP + r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?" + _ITEM_SEP + r"){0,2}")
_PARENS = re.compile(r"\([^()]*\)")
_COMPASS = re.compile(r"\b" + COMPASS + r"\s+$")
# The first half of a name read in part carries the list on but is no place of it (`_part_read`).
_PART_READ = re.compile(_NAME_REST)
# "attacked Sumy itself and Okhtyrka residents fled", "not Bakhmut itself and Chasiv Yar remained calm": after
# "itself", a place followed by a finite verb (maybe after its people) is the subject of a new clause, no list item.
_ITSELF = re.compile(r"\s+itself\b")
# "shelled Kharkiv as well as Sumy residents said": so after "as well as", which joins a clause as often as an item.
_AS_WELL_AS = re.compile(r"\bas\s+well\s+as\b")
_CLAUSE_AFTER = re.compile(r"(?:\s*\([^()]*\))?\s+(?:(?:city\s+)?(?:residents|forces|troops|units|authorities|officials|"
                           r"civilians|people|defenders|police|officers)\s+)?(?:(?:also|still|then|later)\s+)?(?:[a-z]+ed|is|was|were|are|has|"
                           r"have|had|remains?|stays?|holds?|fled|fell|came|went|saw|lies|lay|keeps?|kept|said|says?|told)\b")
# "shelled Kherson; and near Mykolaiv, Ukrainian forces shot down drones": after ";", a place followed by a comma
# and a lower-case word, by "the" or by a clause (`_CLAUSE_AFTER`) opens a new clause, no last segment of the list.
_OPENS_CLAUSE = (r"(?:\s*\([^()]*\))?\s*,\s+(?!and\b|or\b)(?:[A-Z][\w’'-]*\s+)*[a-z]|\s+the\s|"
                 + _CLAUSE_AFTER.pattern)
# A day told after the place is skipped first ("; and near X on May 9 Russian aircraft struck Y"); past it, names
# and a lower-case word with no comma open the clause too.
_ON_DAY = r"\s+on\s+(?:" + WEEKDAY_NAMES + "|" + MONTH_NAMES + r")(?:\s+\d{1,2}\b)?"
_SEGMENT_CLAUSE = re.compile(r"(?:" + _ON_DAY + r")?(?:" + _OPENS_CLAUSE + ")|" + _ON_DAY
                             + r"\s+(?!and\b|or\b)(?:[A-Z][\w’'-]*\s+)+[a-z]")
# ", and in/on X" opens a list item only if X closes the list: "..., and on Makariv, west of Kyiv" or "..., and in
# Dnipropetrovsk and Mykolaiv oblasts" do; "shelled Kharkiv, and in Izium officials reported calm" opens a clause.
# So does "and in X" with no comma (only a town and a region join so: "west of Hulyaipole and in Mykolaiv Oblast").
_AND_IN_ON = re.compile(r"(?:,\s*|\s)and\s+(?:on|in)\s+(?:the\s+)?$")
_CLOSES = re.compile(r"(?:\s+(?:City|city|[Oo]blasts?|[Rr]aions?|[Pp]rovinces?))?(?:\s*[.,;:()]|\s*$|\s+(?:and|or|on|in|from)\s)")
# "around Lyman, Svatove (east of Kupiansk), and from Horlivka": a list goes on past its second place.
_MORE_ITEMS = re.compile(_NOTE + r"\s*,\s*(?:and|or)\s")


def place_list(doc: WorkDoc, t: Trigger, place: PlaceMention | None) -> list[PlaceMention | None]:
    """The picked place and the places coordinated with it ("Siversk, Soledar, and Bakhmut")."""
    # Same kind of place, same country, joined only by commas and "and": "Kharkiv, Ukraine" is one place.
    if place is None:
        return [place]
    s = doc.sentences[t.sentence]
    notes = [m.span() for m in _PARENS.finditer(doc.text, s.start, s.end)]
    here = sorted((p for p in in_sentence(doc, "places", t.sentence) if p.role != "demonym"
                   and (p.geonameid or p.name) and (p.start == place.start or not any(a < p.start < b for a, b in notes))),
                  key=lambda p: p.start)
    held = _containers(doc, here) | _anchors(doc, here) | _roads(doc.text, here, s.start, s.end)
    here = [p for p in here if p.start == place.start or p.start not in held]
    key = place.geonameid or place.name
    # The picked mention may be a later one of the same place ("assaults on Marinka, Pobieda, and Vuhledar
    # and probably gained some ground in Marinka"): a list around another mention of it counts too.
    # Not a list told before the trigger when the trigger has the place for its own object after it: "encircled
    # Chernihiv, Nizhyn, and Pryluky and have been shelling Pryluky" shells Pryluky alone.
    same = sorted((k for k, p in enumerate(here) if p.start == place.start or (p.geonameid or p.name) == key
                   and not (p.end <= t.start and place.start >= t.end)),
                  key=lambda k: here[k].start != place.start)
    if not same or here[same[0]].start != place.start:
        return [place]

    def joins(a: PlaceMention, b: PlaceMention) -> bool:
        # "Kyiv, Sumy, and Chernihiv Oblasts": a capital's name read as its town is still one of the regions.
        cls = "A" if in_region_list(doc, b) else b.feature_class
        # "strikes north of Orikhiv and in Kherson and Dnipropetrovsk Oblasts" with a region picked: the town
        # before the regions is an item too, so a town and a region are tried as a mixed pair whichever is picked.
        a_cls = "A" if in_region_list(doc, a) or (a.feature_code or "").startswith("ADM1") else a.feature_class
        # "..., and in Donetsk and Luhansk oblasts civilians were evacuated": the list closes after the last region.
        shut = _REGIONS_AFTER.match(doc.text, b.end)
        if _AND_IN_ON.search(doc.text, a.end, b.start) and not _CLOSES.match(doc.text, shut.end() if shut else b.end):
            return False
        if (cls != place.feature_class or a_cls != place.feature_class) and _mixed(doc, here, a, b):
            return True
        if _COMPASS.search(doc.text, a.end, b.start) and not cls == a_cls == "A":
            return False  # "around Izyum and eastern Zaporizhia Oblast": a compass word joins regions only
        if ";" in doc.text[a.end:b.start] and _SEGMENT_CLAUSE.match(doc.text, b.end):
            return False  # "; and near Kupiansk, Ukrainian troops advanced": the segment opens a clause
        if (_ITSELF.match(doc.text, a.end) or _AS_WELL_AS.search(doc.text, a.end, b.start)
                or _ROAD_RE.search(doc.text, a.end, b.start)) and _CLAUSE_AFTER.match(doc.text, b.end):
            # "attacked Sumy itself and Okhtyrka residents fled", "shelled Izium on the M03 highway and Balakliia
            # police said": the next place opens a clause
            return False
        # "struck Kyiv as well as Rivne, Lviv, and Volyn oblasts": past a town-and-region step, the regions run on.
        same_kind = cls == place.feature_class or cls == a_cls == "A" and (a.feature_code or "")[:3] != "PCL"
        return (same_kind and b.country_code == place.country_code
                and (b.feature_code or "")[:3] != "PCL" and _LIST_GAP.fullmatch(doc.text, a.end, b.start) is not None)

    members: list[PlaceMention] = []
    for i in same:
        lo = hi = i
        while lo > 0 and joins(here[lo - 1], here[lo]):
            lo -= 1
        while hi + 1 < len(here) and joins(here[hi], here[hi + 1]):
            hi += 1
        members = [p for p in here[lo : hi + 1] if (p.feature_code or "")[:3] != "PCL"
                   and (p.start == place.start or not _part_read(doc, here, p))]
        if len(members) > 1:
            break
    if len(members) == 2 and not re.search(r"\b(?:and|or|as well as|City)\b", doc.text[members[0].end : members[1].start]) \
            and _MORE_ITEMS.match(doc.text, members[1].end) is None:
        return [place]  # "Rafah, Gaza": a town and the area it lies in, not two places
    members = [place if p.start == place.start else p for p in members]  # the picked reading (maybe a namesake)
    if len(members) > 1 and not any(p is place for p in members) and \
            not any(p.text == place.text for p in members):
        # "assaults on Avdiivka itself; ... near Vodiane (3km south of Avdiivka) and Tonenke": the list
        # holds a village read as the picked town, so the town itself is one more place.
        members = [place, *members]
    if len(members) < 2:
        members = [place]
    members = _aimed_cut(doc, members, place)
    members = _with_within(doc, here, _with_other_areas(doc, here, _with_surrounding(doc, here, members)))
    return [*_coherent(doc, here, members, place)] if len(members) > 1 else [place]


# A county-like unit told with its name ("DuPage County", "Chuhuiv Raion"; not gazetteer.ustowns._COUNTY_WORD).
_UNIT_WORD = re.compile(r"\b(?:County|Parish|Borough|District|Raion)$")


def _part_read(doc: WorkDoc, here: list[PlaceMention], p: PlaceMention) -> bool:
    """Whether the mention is the first half of a hyphenated name read in part ("Kam’yanka" of "Kam’yanka-Dniprov’ska")."""
    # "in the Davydiv Brid-Bilohirka direction": when the second half is a place too, the pair is an axis of two places.
    return _PART_READ.match(doc.text, p.end) is not None and not any(q.start == p.end + 1 for q in here)


_NOTE_IN = re.compile(r"\s*\([^()]*\)\s+in\s+")


def _containers(doc: WorkDoc, here: list[PlaceMention]) -> set[int]:
    """Starts of the regions named right after a town or county they hold ("Andriivka, Luhansk Oblast", "Andriivka
    in Luhansk Oblast", "Andriivka (15km west of Svatove) in Luhansk Oblast", "DuPage County, Illinois")."""
    # "in Cook County as well as DuPage County, Illinois": the state holding a county told as one is its note, no
    # item; "in Chuhuiv, Kharkiv, and Kupyansk raions" names no county before "Kharkiv", so Kharkiv stays an item.
    return {b.start for a, b in pairwise(here) if (a.feature_class == "P" or (a.feature_code or "").startswith("ADM2")
                                                    and _UNIT_WORD.search(a.text) is not None)
            and (b.feature_code or "").startswith("ADM1")
            and a.admin1 and a.admin1 == b.name and (doc.text[a.end : b.start].strip() in (",", "in")
                                                     or _NOTE_IN.fullmatch(doc.text, a.end, b.start) is not None)}


def _roads(text: str, here: list[PlaceMention], start: int, end: int) -> set[int]:
    """Starts of the places of `here` naming a road in the span start..end ("the T0513 Siversk-Kostiantynivka highway")."""
    return {p.start for m in _ROAD_RE.finditer(text, start, end) for p in here if m.start() < p.start < m.end()}


# The bearing must open a note on the item before ("A, about 10km east of X", "A (...) northeast of X") or open the
# next item before "near" (", west of X near B"); a bearing after a verb or a noun ("struck targets east of X and Y")
# places the act itself, and X stays a place.
_OPENS_NOTE = re.compile(_PAREN_NOTE + r"(?:,|\s+in\s+" + _REGION_TOLD + r")?\s*" + _BEARING_OF)
_OPENS_ITEM = re.compile(_PAREN_NOTE + r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)" + _BEARING_OF)
_NEAR_AFTER = re.compile(r"(?:\s+City)?\s+(?:near|around)\s")
_RADIUS = re.compile(r"\bwithin\s+(?:a\s+|about\s+|approximately\s+)?\d")
_LIST_GOES_ON = re.compile(r"(?:\s+City)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?=near\s|around\s))(?:(?:near|around|in|on)\s+)?[A-Z]")


def _anchors(doc: WorkDoc, here: list[PlaceMention]) -> set[int]:
    """Starts of the towns a bearing note inside a list measures from ("..., northeast of Bakhmut and Klishchiivka")."""
    # "within a 20km radius north of X near A and ...": a radius keeps its town X (`_with_within`).
    return {p.start for k, p in enumerate(here) if 0 < k < len(here) - 1
            and (_OPENS_NOTE.fullmatch(doc.text, here[k - 1].end, p.start) is not None
                 or _OPENS_ITEM.fullmatch(doc.text, here[k - 1].end, p.start) is not None
                 and _NEAR_AFTER.match(doc.text, p.end) is not None)
            and _RADIUS.search(doc.text, here[k - 1].end, p.start) is None
            and _LIST_GOES_ON.match(doc.text, p.end) is not None}


# "strikes on Toretsk and Ukrainian lines in the nearby villages of Druzhba, Zalizne, and Pivnichne",
# "shelled Toretsk and nearby villages of Shcherbynivka": the town and the villages named around it are all hit.
_SURROUNDING = re.compile(r"\s*,?\s+and\s+(?:(?:Ukrainian|Russian)\s+positions\s+in\s+)?(?:the\s+)?(?:surrounding|nearby|"
                          r"neighbou?ring|adjacent)\s+(?:settlements|villages|towns)\s+(?:of|including|such\s+as)\s+"
                          r"(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*,\s*){0,2}")


def _with_surrounding(doc: WorkDoc, here: list[PlaceMention], members: list[PlaceMention]) -> list[PlaceMention]:
    """The list widened across "X and the surrounding settlements of A, B, and C", either way from the picked one."""
    first, last = members[0], members[-1]
    k_last = next((k for k, p in enumerate(here) if p.start == last.start), None)
    k_first = next((k for k, p in enumerate(here) if p.start == first.start), None)
    if k_last is not None and k_last + 1 < len(here) and _SURROUNDING.fullmatch(doc.text, last.end, here[k_last + 1].start):
        k = k_last + 1
        while k + 1 < len(here) and _LIST_GAP.fullmatch(doc.text, here[k].end, here[k + 1].start) is not None:
            k += 1
        return [*members, *(p for p in here[k_last + 1 : k + 1] if p.feature_class == "P")]
    if k_first is not None and k_first > 0 and _SURROUNDING.fullmatch(doc.text, here[k_first - 1].end, first.start) \
            and here[k_first - 1].feature_class == "P":
        return [here[k_first - 1], *members]
    return members


# General Staff summaries: "repelled assaults near Soledar and Bakhmutske; and within 22km south of Bakhmut near Opytne
# and Klishchiivka": each "and within N km <dir> of Town near ..." segment lists more places of the same act; the town
# only measures them.
_WITHIN_MORE = re.compile(_NOTE + r"\s*[;,]?\s+and\s+within\s+(?:a\s+)?\d+\s*(?:km|kilometers)(?:\s+radius)?\s+"
                          r"(?:north|south|east|west)\w*\s+of\s+(?:the\s+)?")
_WITHIN_NEAR = re.compile(r"(?:\s+City)?\s+near\s+(?:the\s+)?")


def _with_within(doc: WorkDoc, here: list[PlaceMention], members: list[PlaceMention]) -> list[PlaceMention]:
    """The list widened across each "; and within N km <dir> of Town near A, B" segment after its last place."""
    out = list(members)
    while (k := next((k for k, p in enumerate(here) if p.start == out[-1].start), None)) is not None \
            and k + 2 < len(here) and _WITHIN_MORE.fullmatch(doc.text, out[-1].end, here[k + 1].start) \
            and _WITHIN_NEAR.fullmatch(doc.text, here[k + 1].end, here[k + 2].start):
        j = k + 2
        while j + 1 < len(here) and _LIST_GAP.fullmatch(doc.text, here[j].end, here[j + 1].start) is not None:
            j += 1
        added = [p for p in here[k + 2 : j + 1] if p.feature_class == "P"]
        if not added:
            break
        out += added
    return out


# "near Kreminna and in the direction of Lyman, Sloviansk and Kramatorsk", "near Stelmakhivka and in the direction of
# Dnipro": "in the direction of" names where an assault went or only where it aimed, a city far behind the line. An
# item it opens (and the items after it in its segment) is a place of the act only with the General Staff's distance
# note ("in the direction of Nadiia (16km west of Svatove)") or within _AIM_KM of the item before it.
_AIM_KM = 25.0
_AIMED = re.compile(r"\b(?:in\s+the\s+directions?\s+of|near|around|toward|towards|in|on)\b")
_DISTANCE_NOTE = re.compile(r"\s*\(\s*(?:about\s+|approximately\s+|some\s+)?\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres)\s+"
                            r"(?:north|south|east|west)\w*\s+of\s+")


def _aimed_cut(doc: WorkDoc, members: list[PlaceMention], place: PlaceMention) -> list[PlaceMention]:
    """The run of the list holding the picked place, cut where an "in the direction of" item is far and unmeasured."""
    runs: list[list[PlaceMention]] = [[members[0]]]
    aimed = False
    for a, b in pairwise(members):
        opener = [m.group(0) for m in _AIMED.finditer(doc.text, a.end, b.start)]
        if opener:
            aimed = "direction" in opener[-1]
        near = within_km(a, b, _AIM_KM)
        if aimed and not near and _DISTANCE_NOTE.match(doc.text, b.end) is None:
            runs.append([])
        runs[-1].append(b)
    return next((r for r in runs if any(p.start == place.start for p in r)), members)


# "hit Kherson City, Nikopol, and other areas in Dnipropetrovsk Oblast": the unnamed places are one
# region-level event (gold README: "limited fighting in other parts of Donetsk").
_OTHER_AREAS = re.compile(r"(?:\s+City)?\s*,?\s+and\s+(?:the\s+)?(?:several\s+|various\s+)?other\s+(?:areas|settlements|parts|towns|"
                          r"villages|places|cities|communities)\s+(?:in|of|across|throughout)\s+(?:the\s+)?")


def _with_other_areas(doc: WorkDoc, here: list[PlaceMention], members: list[PlaceMention]) -> list[PlaceMention]:
    """The list with the region of "X and other areas in Y Oblast" added after its last town."""
    last = members[-1]
    k = next((k for k, p in enumerate(here) if p.start == last.start), None)
    if k is None or k + 1 >= len(here) or not (here[k + 1].feature_code or "").startswith("ADM1"):
        return members
    if _OTHER_AREAS.fullmatch(doc.text, last.end, here[k + 1].start) is None:
        return members
    return [*members, here[k + 1]]


_LIST_KM = 150.0
# "Ochakiv, Mykolaiv Oblast", "Ochakiv in Mykolaiv Oblast", "Bilozerka and Novoraisk, Kherson Oblast": the gap from an
# item to the oblast told for it holds only more items.
_TOLD_GAP = re.compile(r"(?:" + ITEM_JOIN + ITEM_NAME + r"(?:\s+" + ITEM_NAME + r")?)*(?:,\s*|\s+in\s+)")
# "shelled Mykolaiv City and Kherson Oblast": a town told with its "City" is still the list's town (as in _LIST_GAP).
_AND_GAP = re.compile(r"(?:\s+(?:Oblasts?|Provinces?|Regions?|City))?,?\s+(?:and|as\s+well\s+as)\s+(?:in\s+)?")
_REGION_WORD = re.compile(r"\s+(?:Oblasts?|Provinces?|Regions?)\b")
# "in Mykolaiv and Dnipropetrovsk oblasts", "in Rivne, Lviv, and Volyn oblasts": the region word told once, after the
# last of the regions.
_REGIONS_AFTER = re.compile(r"(?:,\s*[A-Z][\w’'-]+)*,?\s+and\s+[A-Z][\w’'-]+\s+(?:[Oo]blasts|[Pp]rovinces|[Rr]egions)\b")


def _mixed(doc: WorkDoc, here: list[PlaceMention], a: PlaceMention, b: PlaceMention) -> bool:
    """True for "shelled Kherson, Sumy, Kharkiv Oblasts, and Nikopol": regions and a town, one list."""
    if a.country_code != b.country_code or _AND_GAP.fullmatch(doc.text, a.end, b.start) is None:
        return False  # "Kryvyi Rih, Dnipropetrovsk Oblast": a bare comma gives the town its region
    kinds = {"A" if in_region_list(doc, p) or (p.feature_code or "").startswith("ADM1") else p.feature_class
             for p in (a, b)}
    region = a if (a.feature_code or "").startswith("ADM1") or in_region_list(doc, a) else b
    town = b if region is a else a
    if doc.text.startswith(" City", a.end) and town.admin1 is not None and town.admin1 == region.admin1:
        return False  # "Kharkiv City and Kharkiv Oblast": the town's own oblast adds no area (gold README)
    said = _REGION_WORD.match(doc.text, region.end) is not None or _REGION_WORD.search(" " + region.text) is not None \
        or (region.feature_code or "").startswith("ADM1") and _REGIONS_AFTER.match(doc.text, region.end) is not None
    if kinds != {"A", "P"} or not said and not in_region_list(doc, region):
        return False
    # "Vovchansk, Kharkiv Oblast, and Kupiansk": an oblast that is a note on the town before it opens no list.
    k = next((i for i, p in enumerate(here) if p.start == region.start), 0)
    return not (k > 0 and here[k - 1].feature_class == "P" and doc.text[here[k - 1].end : region.start].strip() == ",")


def _coherent(doc: WorkDoc, here: list[PlaceMention], members: list[PlaceMention],
              place: PlaceMention) -> list[PlaceMention]:
    """Listed places near the list's middle: a far one moves to its namesake by the core, else is left out."""
    pts = [p for p in members if p.lat is not None and p.lon is not None]
    if len(pts) < 3:
        return list(members)
    # The middle of the region most of the sentence's towns lie in ("shelled A, B, and C northwest of Slovyansk"):
    # the namesakes read wrongly scatter across others. Ties go to the region the story names most.
    regions: list[str | None] = [p.admin1 for p in here if p.feature_class == "P" and p.admin1]
    story: list[str | None] = [p.admin1 for p in doc.places if p.admin1]
    # A full tie goes to the region the list names first (a set here made the pick hang on the hash seed).
    common = max(dict.fromkeys(p.admin1 for p in pts), key=lambda r: (regions.count(r), story.count(r)))
    if regions.count(common) < 2:
        return list(members)  # no region holds most of the list: which reading is wrong is unknown
    core = [p for p in pts if p.admin1 == common]
    lats = sorted(p.lat for p in core if p.lat is not None)
    lons = sorted(p.lon for p in core if p.lon is not None)
    mid_lat, mid_lon = lats[len(lats) // 2], lons[len(lons) // 2]
    # Only a small village is suspect; cities and regions in one list may lie far apart ("Nikopol, Zaporizhia
    # City, and Mykolaiv City").
    # "shelled Nikopol and Marhanets, Dnipropetrovsk Oblast, and Ochakiv, Mykolaiv Oblast": an item whose reading lies
    # in the oblast told for it is placed by the text itself, however far from the rest. Told for it means reached
    # through list items only ("Ochakiv, Mykolaiv Oblast", "A and B in Kherson Oblast"); an oblast of a later clause
    # ("shelled Vuhledar and Novomykolaivka, and conducted airstrikes in Zaporizhia Oblast") places nothing.
    told = sorted((r.start, r.name) for r in in_sentence(doc, "places", doc.sentence_of(place.start))
                  if (r.feature_code or "").startswith("ADM1"))
    kept = [p if p.lat is None or p.lon is None or p is place or p.feature_code != "PPL"
            or (p.population or 0) >= 20000 or haversine_km(p.lat, p.lon, mid_lat, mid_lon) <= _LIST_KM
            or _told_for(doc, told, p) == p.admin1 else _beside_core(doc, p, core) for p in members]
    return [p for p in kept if p is not None]


def _beside_core(doc: WorkDoc, p: PlaceMention, core: list[PlaceMention]) -> PlaceMention | None:
    """A far list item read as its namesake beside the list's core (a Lozove listed with villages on the Inhulets: the
    Lozove there, not the one west of Donetsk City), else None (the item is left out)."""
    gz = loaded_gazetteer()
    alt = None if gz is None else namesake_beside(gz, p, core)
    if alt is not None:
        decide(doc, p, "relocated", f"{p.text!r} read in {p.admin1} lies far from its list; the namesake in "
               f"{alt.admin1} lies beside it")
    return alt


def _told_for(doc: WorkDoc, told: list[tuple[int, str]], p: PlaceMention) -> str | None:
    """The oblast the text tells for a list item: the first one after it, reached through list items only."""
    at, name = next(((at, name) for at, name in told if at > p.start), (0, None))
    return name if name and _TOLD_GAP.fullmatch(doc.text, p.end, at) is not None else None


# "positional fights west of Horlivka near Zalizne and north of Horlivka around Shumy",
# "hitting positions south of Lyman near Torske": a town told as a direction is the axis; the village named
# "near" it on that axis is where the fight was (gold README: direction from a town, label the village).
_AXIS_NEAR = re.compile(r"\b(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s+City)?)"
                        r"(?:\s*\([^()]*\))?,?\s+(?:near|around|in\s+the\s+vicinity\s+of|in\s+the\s+area\s+of)\s+(?=[A-Z])")


def axis_villages(doc: WorkDoc, t: Trigger, place: PlaceMention | None) -> list[PlaceMention]:
    """The villages named "near" a direction from the picked town after the trigger, one per axis, else none."""
    if place is None or place.feature_class != "P":
        return []
    s = doc.sentences[t.sentence]
    here = [p for p in in_sentence(doc, "places", t.sentence) if p.role != "demonym" and p.feature_class == "P"]
    out: list[PlaceMention] = []
    for m in _AXIS_NEAR.finditer(doc.text, t.end, s.end):
        # The first axis must be the picked town's, or hold the picked village ("assaults northwest of Svatove near
        # Novoselivske and south of Kreminna near Bilohorivka"): another town's direction is another matter.
        if not out and place.start != m.end() and not any(p.start == m.start(1) and p.text == place.text for p in here):
            return []
        x = next((p for p in here if p.start == m.end()), None)
        if x is not None:
            out.append(x)
    first = _AXIS_NEAR.search(doc.text, t.end, s.end)
    if out and first is not None and place.start < first.start():
        # "repelled assaults on Avdiivka; north of Avdiivka near Berdychi": the town told on its own is fought
        # over too, besides the villages on its axes.
        out.insert(0, place)
    return out


