"""The KATOTTG register's rows (hromadas) and the choice of one for a name by its oblast or its context's places."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from eventwire.gazetteer import Gazetteer, haversine_km
from eventwire.gazetteer.normalize import name_keys
from eventwire.gazetteer.sources import data_file, tsv_rows
from eventwire.gazetteer.ukraine import loose_spellings, skeleton
from eventwire.model import PlaceMention


class Row(NamedTuple):
    """One hromada: its approximate point, uncertainty radius (km) and admin-1 code."""

    lat: float
    lon: float
    radius: float
    admin1: str


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, tuple[int, ...]], tuple[Row, ...]]:
    """Name key → the rows (hromadas) holding a settlement of that name; the rows."""
    rows: list[Row] = []
    names: list[str] = []
    owner: list[int] = []
    for r in tsv_rows(data_file("katottg_villages.tsv")):
        rows.append(Row(float(r[1]), float(r[2]), float(r[3]), r[4]))
        got = r[0].replace(";", "|").split("|")
        got += [v for g in got for v in loose_spellings(g)]
        names.extend(got)
        owner.extend([len(rows) - 1] * len(got))
    by_key: dict[str, set[int]] = defaultdict(set)
    for k, i in zip(name_keys(names), owner, strict=True):  # one fold pass; the memoised name_key stays the recogniser's
        by_key[k].add(i)
    return {k: tuple(sorted(v)) for k, v in by_key.items()}, tuple(rows)


@lru_cache(maxsize=1)
def loose_table() -> dict[str, dict[int, tuple[str, ...]]]:
    """Loose spelling key (`skeleton`) → row → the row's settlement names of that key ("Kochubeyevka" finds the
    Kochubeivka rows). `Geoparser.warm` loads it."""
    names: list[str] = []
    owner: list[int] = []
    for n, r in enumerate(tsv_rows(data_file("katottg_villages.tsv"))):
        got = r[0].replace(";", "|").split("|")
        names.extend(got)
        owner.extend([n] * len(got))
    out: dict[str, dict[int, set[str]]] = defaultdict(dict)
    for k, i, name in zip(skeleton("\x00".join(name_keys(names))).split("\x00"), owner, names, strict=True):
        out[k].setdefault(i, set()).add(name)
    # Tuples, not sets: tuples and dicts of strings drop out of the garbage collector's tracking (30k sets never do).
    return {k: {i: tuple(sorted(v)) for i, v in rows.items()} for k, rows in out.items()}


SENTENCE_KM = 40.0  # beyond its radius, how far a row may lie from a Ukrainian place the sentence names
PARAGRAPH_KM = 60.0  # likewise from one its paragraph names (a name one hromada alone holds)
CLEAR_KM = 20.0  # of several rows near the sentence's places, the nearest is taken when the next lies this much farther
_S = r"[ \u00a0\u2002]"
_DIR = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)"
_OBLAST = re.compile(rf",?{_S}*(?:in{_S}+)?(?:the{_S}+)?(?:{_DIR}{_S}+)?([A-Z][a-z]+){_S}+(?:Oblast|oblast|region)\b")
# The rest of a list whose last item an oblast follows: ", Zatoka, and Bilenke in Odesa Oblast".
_NAME = r"[A-Z][a-z'’]+(?:[ \u00a0\u2002-][A-Z][a-z'’]+){0,2}"
# Only "in" an oblast: in "X, Y, Sumy Oblast, and Z Oblast" the oblast is a list item of its own, not X's.
_IN_OBLAST = re.compile(rf",?{_S}*(?:all{_S}+)?in{_S}+(?:the{_S}+)?(?:{_DIR}{_S}+)?([A-Z][a-z]+){_S}+"
                        r"(?:Oblast|oblast|region)\b")
_LIST_OBLAST = re.compile(rf"(?:,?{_S}+(?:(?:and|or){_S}+)?{_NAME}){{1,8}}?(?={_IN_OBLAST.pattern})")
# ISW's comma form closes a list with "and": "Fedorivka, Volynske, and Stepne, Kherson Oblast" (all three in it).
_LIST_AND_OBLAST = re.compile(rf"(?:,{_S}+{_NAME}){{0,7}},?{_S}+(?:and|or){_S}+{_NAME}(?=,{_S}*{_NAME}{_S}+[Oo]blast\b)")


def _record_near(gz: Gazetteer, name: str, row: Row, km: float = 5.0) -> int | None:
    """The gazetteer's Ukrainian populated place called `name` nearest the row, within its radius + `km`, or None."""
    near = [(d, i) for i in gz.candidates(name) if gz.cc[i] == "UA" and gz.fclass[i] == "P"
            and (d := haversine_km(row.lat, row.lon, float(gz.lat[i]), float(gz.lon[i]))) <= row.radius + km]
    return min(near)[1] if near else None


class _Towns:
    """The populated places of a mention list, found by offset (bisect when the list is in text order)."""

    def __init__(self, mentions: list[PlaceMention]):
        self.towns = [m for m in mentions if m.feature_class == "P"]
        self.starts = [m.start for m in self.towns]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:], strict=False))

    def within(self, lo: int, hi: int) -> list[PlaceMention]:
        """The towns starting in [lo, hi), in list order."""
        if not self.ordered:
            return [m for m in self.towns if lo <= m.start < hi]
        return self.towns[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


def _pick(gz: Gazetteer, text: str, s: int, e: int, ids: tuple[int, ...], rows: tuple[Row, ...],
          ua: list[PlaceMention] | _Towns, explicit: bool = False) -> Row | None:
    """The one row the context places the name in, or None (with `explicit`, the oblast or a place in the same
    sentence must pick it)."""
    cands = [rows[i] for i in ids]
    ob = _oblast_at(text, e)
    if ob is not None:
        unit = _admin1_of(gz, ob.group(1))
        if unit is None:
            return None
        inside = [r for r in cands if r.admin1 == unit]
        if inside or ob.start() == e:
            cands = inside
        else:  # a list's oblast, told after its last item, need not be every item's: "X, Y, and Z, Zaporizhia Oblast"
            ob = None  # with no X row there leaves X to its sentence
    if ob is not None and len(cands) == 1:
        return cands[0]  # "X, Kharkiv Oblast": the text's own word
    towns = ua if isinstance(ua, _Towns) else _Towns(ua)
    in_sent = towns.within(*_bounds(text, s, ".!?\n"))
    by_sent = sorted((d, n) for n, r in enumerate(cands) if (d := _dist(r, in_sent)) <= r.radius + SENTENCE_KM)
    if len(by_sent) == 1 or (by_sent and by_sent[1][0] - by_sent[0][0] >= CLEAR_KM):
        return cands[by_sent[0][1]]  # "X near Izyum", "Y and X": the one row near, or clearly the nearest
    if len(cands) == 1 and not explicit and _near(cands[0], towns.within(*_bounds(text, s, "\n")), PARAGRAPH_KM):
        return cands[0]  # a name one hromada alone holds (in the oblast named), near a place of its paragraph
    return None  # a name several hromadas hold needs the oblast or a place beside it


def _oblast_at(text: str, e: int, lists: bool = True) -> re.Match[str] | None:
    """The oblast named right after a name ("X, Kharkiv Oblast", "X in northern Kherson Oblast") or, with `lists`,
    after the last item of the list it opens ("X, Y, and Z in Odesa Oblast")."""
    ob = _OBLAST.match(text, e)
    if ob is None and lists and (rest := _LIST_OBLAST.match(text, e)) is not None:
        ob = _IN_OBLAST.match(text, rest.end())
    if ob is None and lists and (rest := _LIST_AND_OBLAST.match(text, e)) is not None and "Oblast" not in rest.group():
        ob = _OBLAST.match(text, rest.end())  # no item is an oblast of its own ("X, Donetsk Oblast, and Y, ...")
    return ob


def _dist(r: Row, mentions: list[PlaceMention]) -> float:
    """Distance (km) from the row's point to the nearest of `mentions` (infinite when there is none)."""
    # A degree apart is over 70 km: farther than any threshold here, so the great circle is not worked out.
    return min((haversine_km(r.lat, r.lon, m.lat, m.lon) for m in mentions  # type: ignore[arg-type]
                if abs(r.lat - m.lat) < 1.5 and abs(r.lon - m.lon) < 2.0), default=math.inf)  # type: ignore[operator]


def _near(r: Row, mentions: list[PlaceMention], km: float) -> bool:
    return _dist(r, mentions) <= r.radius + km


def _bounds(text: str, pos: int, stops: str) -> tuple[int, int]:
    """The span around `pos` between the nearest stop characters."""
    a = max(text.rfind(c, 0, pos) for c in stops) + 1
    ends = [i for c in stops if (i := text.find(c, pos)) >= 0]
    return a, min(ends) if ends else len(text)


def _admin1_of(gz: Gazetteer, word: str) -> str | None:
    """The Ukrainian admin-1 code an oblast's name ("Kharkiv") names."""
    for i in gz.candidates(word + " Oblast") or gz.candidates(word):
        if gz.cc[i] == "UA" and gz.fcode[i] == "ADM1":
            return gz.admin1[i]
    return None


def _record_mention(gz: Gazetteer, article_id: str, s: int, e: int, name: str, i: int) -> PlaceMention:
    """A mention of the gazetteer's record `i` under the text's spelling."""
    r = gz.record(i)
    return PlaceMention(article_id=article_id, start=s, end=e, text=name, geonameid=r.geonameid, name=r.name,
                        lat=r.lat, lon=r.lon, country_code=r.country_code, admin1=gz.admin1_name(r.admin1),
                        feature_class=r.feature_class, feature_code=r.feature_code, population=r.population,
                        score=0.3, role="mentioned")


def _mention(gz: Gazetteer, article_id: str, s: int, e: int, name: str, row: Row, told_code: str,
             spelt: str | None = None) -> PlaceMention:
    """A mention at the row's approximate point, shaped like a point told by an offset phrase, named `spelt` when
    the text writes it otherwise."""
    return PlaceMention(article_id=article_id, start=s, end=e, text=name, geonameid=None, name=spelt or name, lat=row.lat,
                        lon=row.lon, country_code="UA", admin1=gz.admin1_name(row.admin1), feature_class="P",
                        feature_code=told_code, population=0, score=0.3, role="mentioned",
                        radius_km=row.radius)
