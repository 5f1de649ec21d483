"""Second look at village names: the places and units named in the same sentence decide between namesakes."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable
from difflib import SequenceMatcher

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.borders import BORDER_AFTER
from eventwire.geoparsing.named import town_names
from eventwire.geoparsing.nearby import UNIT_PAIR_NEXT
from eventwire.geoparsing.recognize import Candidate

_VILLAGE = 50_000  # a name whose every town reading is smaller than this is a village name
_AREA = frozenset(("PCLI", "ADM1", "ADM2", "CONT", "RGN", "ISL"))
# `[.!?;]\s+(?=[A-Z“"(])|\n` opened by one class of its first characters: the engine skips to them at C speed.
_SENT_END = re.compile(r"[.!?;\n](?:(?<=[.!?;])\s+(?=[A-Z“\"(])|(?<=\n))")
_FAR_KM = 150.0  # no reading this near the sentence's places: the name is a village the gazetteer lacks
_NEAR_KM = 40.0  # ... or this near the place it is said to lie "near" (or the village beside it in a list)
_BESIDE_KM = 25.0  # a village reading this near a sure place of its sentence lies beside it ...
_APART_KM = 30.0  # ... when every other reading lies at least this far (and 1.5 times as far) from them all
# A unit written as such ("Kherson Oblast", "the Belgorod region"): a bare name beside it is its capital city.
_UNIT_WORD = r"\s+(?:Oblast|oblast|Region|region|Province|province|Governorate|governorate|Krai|krai)\b"
_UNIT_AFTER = re.compile(_UNIT_WORD)


def _km(gz: Gazetteer, i: int, j: int) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (gz.lat[i], gz.lon[i], gz.lat[j], gz.lon[j]))
    a = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(a, 1.0)))


def _closeness(km: float) -> float:
    return 1.0 if km < 40 else 0.5 if km < 100 else 0.0


def _sentences(text: str) -> list[int]:
    """Start offsets of the sentences (and lines) of `text`."""
    return [0] + [m.end() for m in _SENT_END.finditer(text)]


def _is_village(gz: Gazetteer, sc: dict[int, float]) -> bool:
    towns = [i for i in sc if gz.fclass[i] == "P"]
    # A district named after a town ("Vasylivka Raion") does not make the name a unit's.
    units = any(gz.fcode[i] in _AREA and gz.fcode[i] != "ADM2" for i in sc)
    return bool(towns) and not units and max(gz.pops[i] for i in towns) < _VILLAGE


def _sure(gz: Gazetteer, sc: dict[int, float]) -> bool:
    """A name with one town reading, or a town's name, anchors its neighbours; a margin does not (namesake
    villages side by side win by supporting each other)."""
    return sum(gz.fclass[i] == "P" for i in sc) <= 1 or not _is_village(gz, sc)


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# The text between two members of one list: gaps and the names between them.
_LIST_RUN = re.compile(rf"(?:{_LIST_GAP.pattern})(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:{_LIST_GAP.pattern}))*")
# "Volodymyrivka, Vasylivka, and Myronivka near Popasna" ("... and Vasylivka—all settlements around Popasna"): the
# list before "near X" lies near X.
_NEAR_GAP = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*"
                       r"(?:\s*[,—–(]\s*(?:all|both)\s+(?:settlements|villages|towns)\s+|\s*,?\s+)"
                       r"(?:near|around|outside|by|close\s+to|in\s+the\s+vicinity\s+of)\s+(?:the\s+)?")


_COMPASS_GAP = re.compile(_NEAR_GAP.pattern.split("(?:\\s*[,—–(]")[0]
                          + r"(?:\s*[,—–(]\s*(?:(?:all|both)\s+)?(?:(?:situated|located|lying)\s+)?|\s*,?\s+)"
                          r"(?:(?:just|about|roughly|approximately)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
                          r"(?:ern)?\s+(?:outskirts\s+)?of\s+(?:the\s+)?")
_COMPASS_KM = 100.0  # a village said to lie "southwest of X" may lie farther from X than one "near X"


# A list of places is introduced as such ("fighting around X, Y, and Z"); "Hurricanes Harvey, Irma and Maria" is not.
_LIST_INTRO = re.compile(
    r"\b(?:in|at|near|around|on|toward|towards|from|between|outside|to|into|through|past|shelled|struck|"
    r"attacked|(?:re)?captured|liberated|retook|seized|including|hit|targeted|"
    r"(?:area|vicinity|direction|outskirts)\s+of)\s+(?:the\s+)?"
    r"(?:(?:nearby|neighbou?ring|surrounding)\s+)?(?:(?:settlements?|villages?|towns?)\s+of\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$")


# "in Butler, Clark and Warren counties": every name of a list that ends in a plural unit word is a unit.
_UNITS_AFTER = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*"
    r"\s+(?:counties|oblasts|regions|provinces|districts|raions|governorates|states)\b", re.I)
# "on the Kharkiv Oblast-Russian border", "near the Luhansk Oblast border": a unit named as one side of a line is no
# container (its places lie on either side). A pair of units is borders.py's; not a front line (its places lie in the
# unit), nor "the Kharkiv Oblast border area/villages", which lie inside the unit.
_LINE_AFTER = re.compile(r"(?:(?:\s+(?:oblast|region))?-(?-i:[A-Z])[\w'’]+)?(?:" + BORDER_AFTER.pattern + r")(?<!line)s?\b"
                         r"(?!\s+(?:areas?|zones?|regions?|settlements|villages|towns|communities|districts|raions?|"
                         r"hromadas?)\b)", re.I)


def _names_line(text: str, d: Candidate) -> bool:
    """True when unit mention `d` is one side of a border ("the Kharkiv Oblast-Russian border"), not half a pair."""
    return (_LINE_AFTER.match(text, d.end) is not None and text[d.start - 1 : d.start] != "-"
            and UNIT_PAIR_NEXT.match(text, d.end) is None)


def _same_unit(gz: Gazetteer, i: int, j: int) -> bool:
    return bool(gz.admin1[i]) and gz.admin1[i] == gz.admin1[j] and gz.cc[i] == gz.cc[j]


def _tied(gz: Gazetteer, text: str, c: Candidate, d: Candidate, j: int) -> str:
    """"near" when place `d` (read as `j`) is what village `c` is said to lie near or beside in a list, "list" when
    both are in one list, "compass" when `c` is said to lie in some direction of it ("Vodyane, all situated
    southwest of Donetsk City"), else ""."""
    if d.start > c.end and d.start - c.end < 150:
        if _NEAR_GAP.fullmatch(text, c.end, d.start):
            return "near"
        if _COMPASS_GAP.fullmatch(text, c.end, d.start):
            return "compass"
    gap = (c.end, d.start) if d.start > c.end else (d.end, c.start)
    if gz.pops[j] >= _VILLAGE or gap[1] - gap[0] > 300:
        return ""
    # Any two villages of one list lie together, not only next-door ones ("recaptured Oleksandrivka, Fedorivka,
    # Ukrainka, Shestakovo, Peremoha, Tsirkuny": all by Tsirkuny); "list" anchors a stand-in, not a unit's bonus.
    tie = "near" if _LIST_GAP.fullmatch(text, *gap) else "list" if _LIST_RUN.fullmatch(text, *gap) else ""
    return tie if tie and _LIST_INTRO.search(text, max(0, min(c.start, d.start) - 200), min(c.start, d.start)) else ""


def _beside(gz: Gazetteer, sc: dict[int, float], best_km: dict[int, float]) -> int | None:
    """The town reading within _BESIDE_KM of a sure place when every other one lies well away, else None."""
    towns = sorted((best_km[i], i) for i in sc if gz.fclass[i] == "P")
    if len(towns) < 2 or towns[0][0] > _BESIDE_KM or towns[1][0] < max(_APART_KM, 1.5 * towns[0][0]):
        return None
    return towns[0][1]


def _backed(gz: Gazetteer, text: str, c: Candidate, by_sent: dict[int, list[tuple[Candidate, str]]],
            chosen: dict[str, int], k: str, g: int, km: Callable[[int, int], float]) -> bool:
    """True when another town of `c`'s paragraph lies within _FAR_KM of reading `g`."""
    lo, hi = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.end) % (len(text) + 1)
    return any(km(chosen[m], g) <= _FAR_KM for own in by_sent.values() for d, m in own
               if lo <= d.start < hi and m != k and m in chosen and chosen[m] != g and gz.fclass[chosen[m]] == "P")


def local_fit(gz: Gazetteer, text: str, cands: list[Candidate], shared: dict[str, dict[int, float]],
              boxed: set[str]) -> set[str]:
    """Re-rank village names by the places of their own sentence (in place, one sense per name).

    "Mykolaivka and Vrubivka": the Mykolaivka 20 km from Vrubivka, not the bigger one in Donetsk Oblast. A
    village whose every reading lies far from its sentence's places ("Myronivka near Popasna") is one the
    gazetteer lacks: the place it is near (or the unit its sentence names) is the best guess. Returns the names
    given such a guess; `boxed` names (a container is stated for them) keep what their container decided.
    """
    memo: dict[tuple[int, int], float] = {}

    def km(i: int, j: int) -> float:  # a long report pairs the same readings many times
        d = memo.get((i, j))
        if d is None:
            d = memo[(i, j)] = _km(gz, i, j)
        return d

    starts = _sentences(text)
    by_sent: dict[int, list[tuple[Candidate, str]]] = {}
    for c in cands:
        if c.kind != "demonym" and c.ids and "river" not in c.hints:  # "near the Dnipro River" is no town
            by_sent.setdefault(bisect_right(starts, c.start), []).append((c, name_key(c.text)))
    chosen = {k: max(sc, key=lambda i: sc[i]) for k, sc in shared.items() if sc}
    sure = {k for k, sc in shared.items() if sc and _sure(gz, sc)}
    bonus: dict[str, dict[int, float]] = {}
    fallback: dict[str, int] = {}
    lacks: dict[str, int] = {}  # per name, the sentences that place none of its readings
    beside: dict[str, int] = {}  # per name, its one reading near the place it is said to lie near
    besides: dict[str, int] = {}  # ... and the sentences that say so
    seen: dict[str, int] = {}
    for n_sent, own in by_sent.items():
        mates = own
        anchored = any(m in sure for _, m in own)
        if not anchored and n_sent >= 2 and text[starts[n_sent - 1] - 1 : starts[n_sent - 1]] != "\n":
            # A list of villages alone in its sentence: the sentence before it (same paragraph) sets the scene.
            mates = own + by_sent.get(n_sent - 1, [])
        for c, k in own:
            sc = shared.get(k)
            if not sc or not _is_village(gz, sc) or "admin" in c.hints or _UNITS_AFTER.match(text, c.end):
                continue  # "Navarro and Ellis counties" are counties
            seen[k] = seen.get(k, 0) + 1
            units = {gz.admin1[chosen[m]] for _, m in mates if m != k and m in chosen and gz.fcode[chosen[m]] == "ADM1"}
            # Nearest in the text first: the list mate next door is the better stand-in (see `fallback`).
            points = [(chosen[m], 1.0 if m in sure else 0.5, _tied(gz, text, c, d, chosen[m]))
                      for d, m in sorted(mates, key=lambda dm: abs(dm[0].start - c.start))
                      if m != k and m in chosen and gz.fcode[chosen[m]] not in _AREA]
            if not units and not points:
                continue
            add = bonus.setdefault(k, {})
            # Only sure places measure how far a reading is: two wrong namesakes side by side support each other.
            best_km = {i: min((km(i, j) for j, w, _ in points if w == 1.0), default=math.inf) for i in sc}
            beside_i = _beside(gz, sc, best_km)
            for i in sc:
                b = 1.5 if gz.admin1[i] in units else 0.0
                # The one reading beside the sentence's sure places: the village meant, not a bigger namesake that
                # the coarse closeness below scores as just as near ("Mykolaivka" by Bakhmut, not by Slovyansk).
                b += 2.0 if i == beside_i else 0.0
                # In the same unit as the place it is near or listed with ("Mykolaivka and Vrubivka").
                b += 1.0 if any(tied in ("near", "compass") and w == 1.0 and _same_unit(gz, i, j)
                              for j, w, tied in points) else 0.0
                b += min(sum(w * _closeness(km(i, j)) for j, w, _ in points), 2.0)
                add[i] = add.get(i, 0.0) + b
            if k in boxed or sum(gz.fclass[i] == "P" for i in sc) < 2 or any(gz.admin1[i] in units for i in sc):
                continue  # a name with one town reading is that town ("Izyum" far from Kharkiv is still Izyum)
            # A reading in the anchor's own unit is the village meant, even a little farther off.
            near = [j for j, w, is_near in points if is_near and w == 1.0
                    and not any(_same_unit(gz, i, j) for i in sc)]
            # A stated unit ("all settlements in northern Kherson Oblast") counts only when written as a unit.
            stated = [(gz.admin_idx[gz.admin1[chosen[m]]], _names_line(text, d)) for d, m in mates if m != k
                      and m in chosen and gz.fcode[chosen[m]] == "ADM1" and gz.admin1[chosen[m]] in gz.admin_idx
                      and ("admin" in d.hints or re.search(_UNIT_WORD, " " + d.text))]
            written = [u for u, line in stated if not line]
            sides = [u for u, line in stated if line]
            lim = (_NEAR_KM if any(t in ("near", "list") for j, w, t in points if j in near) else _COMPASS_KM) if near \
                else _FAR_KM
            close = [i for i in sc if gz.fclass[i] == "P" and min(km(i, j) for j in near) <= lim] if near else []
            if len(close) == 1 and "near" in [t for j, w, t in points if j in near]:
                # "Volodymyrivka ... near Popasna" with one reading 12 km from Popasna (a village the front table
                # placed, with a token population): that reading, not a bigger namesake far off.
                beside.setdefault(k, close[0])
                besides[k] = besides.get(k, 0) + 1
            if sides and not near and not written and all(best_km[i] > lim for i in sc):
                # A village by a unit's border lies near the unit, on either side: its reading nearest the unit when
                # one lies within reach ("Terny near the Kharkiv Oblast border": by Lyman, not by Dnipro), else the
                # unit stands in.
                side_km = {i: min(km(i, u) for u in sides) for i in sc if gz.fclass[i] == "P"}
                nearest = min(side_km, key=lambda i: side_km[i], default=None)
                if nearest is not None and side_km[nearest] <= _FAR_KM:
                    beside.setdefault(k, nearest)
                    besides[k] = besides.get(k, 0) + 1
                else:
                    written = sides
            if (near or written) and all(best_km[i] > lim for i in sc):
                # The place it is near or listed with, else the unit its sentence names: any is nearer than a
                # namesake hundreds of km away.
                # Only a guess in the country of one of its readings: a list mate misread abroad is no anchor. A mate
                # farther down the list must lie near another town of the paragraph ("north of Izyum around Pryshyb,
                # Bohorodychne, and Majaky": not Mayaky by Odesa).
                listed = {j for j, w, t in points if t == "list"}
                guess = next((g for g in [*near, *written] if any(gz.cc[i] == gz.cc[g] for i in sc) and (
                    g not in listed or _backed(gz, text, c, by_sent, chosen, k, g, km))), None)
                if guess is not None:
                    fallback.setdefault(k, guess)
                    lacks[k] = lacks.get(k, 0) + 1
    for k, add in bonus.items():
        sc = shared[k]
        for i, b in add.items():
            sc[i] += b / seen[k]
    for k, i in beside.items():
        if 2 * besides[k] > seen[k]:  # one sense per discourse, as below
            shared[k][i] = max(shared[k].values()) + 0.5
    stood: set[str] = set()
    for k, guess in fallback.items():
        sc = shared[k]
        # One sense per discourse: most of the name's sentences must agree (Vasylivka, Zaporizhzhia is real too).
        if 2 * lacks[k] > seen[k] and all(_km(gz, i, guess) > _NEAR_KM for i in sc if gz.fclass[i] == "P"):
            sc[guess] = max(sc.values()) + 0.5
            stood.add(k)
    return stood


def city_readings(gz: Gazetteer, text: str, keys: list[str], shared: dict[str, dict[int, float]],
                  skip: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Name → (admin-1 unit, its capital) for names that are both, when the text writes the unit as a unit.

    "Kherson Oblast ... west of Kherson": the bare name is the city; `skip` holds curated bare-name rules (Gaza).
    """
    out: dict[str, tuple[int, int]] = {}
    for k in set(keys):
        sc = shared.get(k)
        if not sc or k in skip:
            continue
        units = [i for i in sc if gz.fcode[i] == "ADM1"]
        if not units:
            continue
        a = units[0]
        # The tables keep no capital codes: the unit's namesake city of 100k people stands for its capital.
        caps = [i for i in sc if gz.fclass[i] == "P" and gz.pops[i] >= 100_000 and gz.admin1[i] == gz.admin1[a]
                and (spelt_alike(gz.main_key(i), k) or gz.main_key(i) in town_names(k))]  # "New York City"
        if not caps:
            continue
        out[k] = (a, max(caps, key=lambda i: gz.pops[i]))
    return out


def spelt_alike(a: str, b: str) -> bool:
    """Two spellings of one name ("Mykolaiv"/"Mykolayiv"), not an old name ("Dnipropetrovsk" for Dnipro)."""
    return SequenceMatcher(None, a, b).ratio() >= 0.8


_LONG_TEXT = 50_000  # above this, `writes_unit` asks an index of the text's unit words instead of scanning it
_ENDS_MAX = 64
_unit_ends: list[tuple[str, frozenset[str]]] = []  # (the text, every string up to 64 characters before a unit word)


def _written_units(text: str) -> frozenset[str]:
    """Every string of up to 64 characters that ends where a unit word follows (after whitespace), in `text`."""
    last = next(iter(_unit_ends), None)  # (one slot, replaced whole: safe to read while another thread fills it)
    if last is not None and last[0] is text:
        return last[1]
    ends: set[str] = set()
    for m in _UNIT_AFTER.finditer(text):
        # `_UNIT_AFTER.match` holds at each whitespace character before the word: finditer gives the run's first.
        word = m.start() + len(m.group()) - len(m.group().lstrip())
        for q in range(m.start(), word):
            ends.update(text[max(0, q - n) : q] for n in range(1, _ENDS_MAX + 1) if n <= q)
    entry = (text, frozenset(ends))
    _unit_ends[:] = [entry]
    return entry[1]


def writes_unit(text: str, surface: str) -> bool:
    """True when `text` names `surface` as a unit somewhere ("Kherson Oblast", "the Kherson region")."""
    if len(text) > _LONG_TEXT and 0 < len(surface) <= _ENDS_MAX:
        return surface in _written_units(text)  # a long document: one pass over its unit words, not one per name
    # Each occurrence checked with one compiled pattern: a pattern per surface costs a compile per name.
    p = text.find(surface)
    while p >= 0:
        if _UNIT_AFTER.match(text, p + len(surface)):
            return True
        p = text.find(surface, p + 1)
    return False
