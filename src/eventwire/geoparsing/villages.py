"""Ukrainian villages the gazetteer lacks, placed approximately from the KATOTTG table (a fallback).

data/gazetteer/katottg_villages.tsv (tools/katottg_villages.py) lists every settlement of Ukraine's official
codifier with its hromada's approximate point. In a text about Ukraine (MIN_UA Ukrainian places or more):
- a capitalised name the gazetteer holds no record of becomes a mention at that point when the context picks one
  row: the oblast named after it ("X, Kharkiv Oblast"), a Ukrainian place in the same sentence ("X near Izyum",
  "X and Shumy"), or, for a name one hromada alone holds, a Ukrainian place in the same paragraph;
- a village read as a far namesake moves to the row its oblast or sentence picks, or to the gazetteer's namesake near
  that row (a town of FAR_POP people keeps its record unless another oblast is named);
- an oblast told after a list holds for every item ("Lebedivka, Sanzheika, and Zatoka in Odesa Oblast"); a name
  the table holds in another spelling is read by a loose key (`ukraine.skeleton`: "Zagradivka", "Kochubeyevka"), at
  the gazetteer's record of the row's own spelling when one lies near;
- a village read far from every place of its paragraph moves to the one row near the paragraph's area ("west of
  Kyiv ... recaptured Kapitanivka");
- a name one typing slip from a settlement of a hromada near its sentence's places is read there (`typos`:
  "Avdiika", "Dovehenke"); a name resolution placed at a stand-in (the country, an oblast, the focus town) is read
  from the table too; a village told "near" a town inside its hromada takes the town's point;
- a village read far from every place of its report section (the lines under a heading such as "Supporting Effort
  #2—Southern Axis") moves to the row that clearly most of the section's places lie near.
`village_rows` reads the table and picks a row for a name.
`Geoparser(villages=False)` (`places.gazetteer.v1` with `villages = false`) leaves it out. docs/benchmarks.md, rounds 35
42 and 43.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from eventwire.gazetteer import Gazetteer, haversine_km
from eventwire.gazetteer.normalize import name_key
from eventwire.gazetteer.ukraine import skeleton
from eventwire.geoparsing import borders, listchain, typos
from eventwire.geoparsing.lowercase import word_counts
from eventwire.geoparsing.recognize import common_set
from eventwire.geoparsing.spans import Spans
from eventwire.geoparsing.village_rows import (
    _S,
    PARAGRAPH_KM,
    SENTENCE_KM,
    Row,
    _bounds,
    _dist,
    _mention,
    _near,
    _oblast_at,
    _pick,
    _record_mention,
    _record_near,
    _Towns,
    loose_table,
    table,
)
from eventwire.model import PlaceMention

MIN_UA = 3  # a text naming fewer Ukrainian places is not about Ukraine: nothing is read there
FAR_POP = 10_000  # a Ukrainian town this big keeps its name: texts name it far more than any village namesake
AREA_FAR_KM = 150.0  # a reading this far from every other place of its paragraph is a namesake the area may move
SECTION_MIN = 3  # places of a section (outside the sentence) a row must lie near for the section to pick it
SECTION_CLEAR = 2  # the row a section picks has this many times the places of the next row
LINE_MAX = 6000  # a line longer than this (characters) is a text without line breaks, not a paragraph
# A capitalised word of a name: "Nova", "Zoria", "Mykhailo-Kotsiubynske"; up to three.
# (The capital first, then the look back: a leading class lets the engine skip to capitals at C speed.)
_CAP = re.compile(rf"[A-Z](?<![\w'’-].)[a-z'’]+(?:-[A-Z][a-z'’]+)*(?:{_S}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*){{0,2}}")
# Words before a place: "near X", "captured X", "X and Y" (the list case needs a place beside it, below).
_CUE = frozenset("""near in at toward towards from around outside of into to on captured seized took attacked
shelled struck liberated recaptured entered fought held retook reached advanced village settlement villages
settlements""".split())
_LIST = frozenset(("and", "or", ","))
_QUARTER = re.compile(rf"\b(?:neighbou?rhood|quarter|district|suburb|microdistrict)s?{_S}+of{_S}+(?:the{_S}+)?$")
_NEAR_NEXT = re.compile(rf"{_S}+near{_S}+(?:the{_S}+)?(?:(?:town|city|village|settlement){_S}+of{_S}+)?")
NEAR_KM = 10.0  # the radius of a village told near a town
_ENGLISH = 1_000  # a word this common in English is no word of a misspelt village ("Ukrainian General Staff")
_WORDS = re.compile(r"[ \u00a0\u2002-]")
# Or a word after it: "the Stryapivka-Soledar area", "in the Shumy direction".
_AREA = re.compile(rf"(?:-[A-Z][a-z'’]+)*{_S}+(?:area|direction|axis|sector|outskirts|line|front)\b")
_PREV = re.compile(rf"(\w+|,){_S}*(?:the{_S}+(?:village|settlement)s?{_S}+of{_S}+)?$")
# A place the paragraph sets its events by: "counterattacks west of Kyiv", "northwest of the Kharkiv".
_BEARING = re.compile(rf"\b(?:north|south|east|west)(?:-?(?:east|west))?{_S}+of{_S}+(?:the{_S}+)?$")
# A report's section heading: a short line of its own with no final full stop, or a line opening with the
# "effort—Name" shape (older reports run the text on after it); markdown or HTML markup may precede it. "Supporting
# Effort #2—Southern Axis (Russian objective: ...)", "Russian Main Effort—Eastern Ukraine", "Ukrainian
# Counteroffensives—Southern and Eastern Ukraine", "Southern Ukraine:"; the sections that follow the fronts ("Activity
# in Russian-occupied Areas") end the last front's. Case counts: "Ukrainian counteroffensives continued" is no heading.
_HEADING = re.compile(r"^(?:#{1,6}[ \t]*|<h\d[^>\n]*>[ \t]*|\*\*)?(?:(?:Russian|Ukrainian)\s+)?(?:(?i:(?:Main|Supporting|"
                      r"Subordinate)\s+(?:main\s+|supporting\s+)?effort)\b[^\n]{0,12}?[\u2014\u2013-]\s*[A-Z#]|"
                      r"(?:Counteroffensives\b|(?:(?:North|South)(?:east|west)?(?:ern)?|"
                      r"East(?:ern)?|West(?:ern)?)\s+Ukraine:|Key\s+Takeaways|(?:Russian\s+)?Mobilization\s+and\s+[Ff]orce|"
                      r"Activit(?:y|ies)\s+in\s+Russian-[Oo]ccupied)(?=[^\n]{0,400}(?<![.!?])(?:\n|$)))", re.M)
# A word after a name that makes it no village: "the Azov Sea coastline", "the Druzhba pipeline".
_FEATURE = re.compile(rf"{_S}+(?:[Ss]ea|pipeline|[Rr]iver|gully|[Ss]pit|[Rr]eservoir|[Cc]anal)\b")
_OFFSET = re.compile(rf",?{_S}*(?:(?:about|around|approximately|roughly|some|nearly|over){_S}+)?\d+{_S}*(?:km|kilometers)\b")


def add_villages(gz: Gazetteer, text: str, mentions: list[PlaceMention], told_code: str) -> list[PlaceMention]:
    """`mentions` with a mention for each Ukrainian village the gazetteer lacks that the context places."""
    ua = _ua(mentions)
    if len(ua) < MIN_UA:
        return mentions
    # Far namesakes move first: a village read 200 km off is no context for its list mates.
    out = _area_moves(gz, text, mentions, ua, told_code)
    if out != mentions:
        ua = _ua(out)
    moved = _section_moves(gz, text, out, ua, told_code)
    if moved != out:
        out, ua = moved, _ua(moved)
    out = _far_namesakes(gz, text, out, ua, told_code)
    ua = _ua(out)
    rows = table()[1]
    # A name the gazetteer lacks that resolution placed at the country or a stated oblast ("the town of Kutuzivka"
    # at Ukraine) stands in for a place: the register may read it, and the stand-in then goes.
    named = Counter(name_key(m.name or "") for m in out)  # a focus town is a name other mentions resolve to
    stand = {id(m) for m in out if _stand_in(gz, text, m, named)}
    taken = Spans((m.start, m.end) for m in out if id(m) not in stand)
    ends = {m.end for m in out}
    aid = mentions[0].article_id if mentions else ""
    towns = _Towns(ua)
    sections = _sections(text)
    starts = [a for a, _ in sections]
    new: list[PlaceMention] = []
    for match in _CAP.finditer(text):
        base = match.start()
        exact = _viable(gz, match.group())
        spans = exact or _loose_viable(gz, match.group())
        if not spans and _slip_spans(gz, match.group()):
            slip = _slip(gz, text, base, match.group(), aid, ends, taken, towns, told_code)
            if slip is not None:
                new.append(slip)
                taken.add(slip.start, slip.end)
                ends.add(slip.end)
        if not spans and (got := listchain.held(gz, match.group())) and listchain.listed(text, base, ends) \
                and not taken.overlaps(base, match.end()):
            new.extend(listchain.item(gz, text, base, match.group(), got, rows, towns, aid, told_code, taken, ends))
        for rs, rend, name, ids in spans:
            s, e = base + rs, base + rend
            if taken.overlaps(s, e):
                continue
            if (not _cued(text, s, ends) and not _AREA.match(text, e)) or _from_abroad(text, s, e):
                continue
            row = _pick(gz, text, s, e, ids, rows, towns)
            if row is None and _oblast_at(text, e) is None:  # else the section's places, when they clearly pick one
                row = _section_pick(ids, rows, towns.within(*sections[bisect_right(starts, s) - 1]))
                if row is not None and not _near(row, towns.within(*_bounds(text, s, "\n")), PARAGRAPH_KM):
                    row = None  # and a place of its paragraph lies near it ("towards Mikolayiv ... Odesa")
            if row is not None:
                rec = None if exact else _spelt_record(gz, name, ids, rows, row)
                new.append(_mention(gz, aid, s, e, name, _anchored(text, e, row, towns, stand), told_code) if rec is None
                           else _record_mention(gz, aid, s, e, name, rec))
                taken.add(s, e)
                ends.add(e)
            break  # the longest span that is a name decides; its shorter parts are not read again
    if new and stand:
        read = Spans((m.start, m.end) for m in new)
        out = [m for m in out if id(m) not in stand or not read.overlaps(m.start, m.end)]
    return sorted([*out, *new], key=lambda m: m.start) if new else out


def _from_abroad(text: str, s: int, e: int) -> bool:
    """Whether the name at text[s:e] is told as the origin of fire from Russia (`borders.from_abroad`)."""
    ob = _oblast_at(text, e, False)
    return borders.from_abroad(text, s, e, ob.group(1) if ob is not None else None)


def _stand_in(gz: Gazetteer, text: str, m: PlaceMention, named: Counter[str]) -> bool:
    """Whether a mention is a Ukrainian place (the country, an oblast, a town the text names) standing in for a name
    the gazetteer holds no record of; never a demonym ("Ukrainian") nor a part of a town ("the district of X, west of
    Y"). A town is a stand-in only where another mention also resolves to it."""
    return m.country_code == "UA" and m.role != "demonym" and m.text != m.name \
        and ((m.feature_code or "").startswith("PCL") or m.feature_code == "ADM1" or named[name_key(m.name or "")] > 1) \
        and name_key(m.text) != name_key(m.name or "") \
        and not gz.candidates(m.text) and not _QUARTER.search(text, max(0, m.start - 30), m.start)


def _anchored(text: str, e: int, row: Row, towns: _Towns, stand: set[int]) -> Row:
    """The row, or the point of the town a name is told near ("the village of Molodova near Staryi Saltiv") when that
    town lies inside the row's radius (and is no stand-in): a hromada's point may lie tens of km off its village."""
    near = _NEAR_NEXT.match(text, e)
    if near is None:
        return row
    at = [m for m in towns.within(near.end(), near.end() + 1)
          if m.lat is not None and m.lon is not None and id(m) not in stand]
    if not at or haversine_km(row.lat, row.lon, at[0].lat, at[0].lon) > row.radius:  # type: ignore[arg-type]
        return row
    return Row(at[0].lat, at[0].lon, min(row.radius, NEAR_KM), row.admin1)  # type: ignore[arg-type]


def _slip(gz: Gazetteer, text: str, base: int, run: str, aid: str, ends: set[int], taken: Spans, towns: _Towns,
          told_code: str) -> PlaceMention | None:
    """A mention for the longest cued span of a run that is one typing slip from a settlement of a hromada near a
    Ukrainian place of its sentence ("Avdiika, near Donetsk city"), when the sentence picks one such hromada."""
    for rs, rend, name, key in _slip_spans(gz, run):
        s, e = base + rs, base + rend
        if taken.overlaps(s, e):
            continue
        in_sent = towns.within(*_bounds(text, s, ".!?\n"))
        if not in_sent:
            return None
        rows = table()[1]
        got = typos.slips(key, typos.rows_near(tuple((m.lat, m.lon) for m in in_sent)))  # type: ignore[misc]
        if not got or typos.spoken(text, s, e) or (not _cued(text, s, ends) and not _AREA.match(text, e)) \
                or _from_abroad(text, s, e):
            continue  # (the cue's search costs most)
        row = _pick(gz, text, s, e, tuple(sorted(got)), rows, towns, explicit=True)
        if row is None:
            continue
        spelt = next(got[i] for i in got if rows[i] == row)
        rec = _record_near(gz, spelt, row, SENTENCE_KM)
        if rec is None:  # the register's spelling names it; the text keeps the slip
            return _mention(gz, aid, s, e, name, row, told_code, spelt)
        return _record_mention(gz, aid, s, e, name, rec)
    return None


@lru_cache(maxsize=1 << 16)
def _slip_spans(gz: Gazetteer, run: str) -> tuple[tuple[int, int, str, str], ...]:
    """The spans of a run `_slip` may read, with their loose keys: the whole run, or a part of a hyphenated pair
    ("the Beryslav-Nova Kahkovka area"), never a word of a longer name ("Siverskyi Donets River", "Ternovi Posy");
    long enough, no common or English word, one slip from a register name, no name the gazetteer holds."""
    common, counts, out = common_set(), word_counts(), []
    for rs, rend in _sub_spans(run, 0, len(run)):
        if (rs, rend) != (0, len(run)) and "-" not in run[max(0, rs - 1) : rend + 1]:
            continue
        name = run[rs:rend]
        k = name_key(name)
        if len(k) >= typos.MIN_LEN and k not in common and all(counts.get(w, 0) < _ENGLISH for w in _WORDS.split(k)) \
                and typos.near_keys(key := skeleton(k)) and not gz.candidates(name):
            out.append((rs, rend, name, key))
    return tuple(out)


def _ua(mentions: list[PlaceMention]) -> list[PlaceMention]:
    return [m for m in mentions if m.country_code == "UA" and m.lat is not None and m.feature_class in ("P", "A")]


@lru_cache(maxsize=1 << 16)
def _loose_viable(gz: Gazetteer, run: str) -> tuple[tuple[int, int, str, tuple[int, ...]], ...]:
    """Like `_viable`, by the loose spelling key: "Zagradivka", "Kochubeyevka", "Sanzheika" (Russian or news
    spellings of names the table holds in KMU form)."""
    loose, common = loose_table(), common_set()
    out = []
    for s, e in _sub_spans(run, 0, len(run)):
        name = run[s:e]
        k = name_key(name)
        got = loose.get(skeleton(k)) if len(k) >= 5 and k not in common else None
        if got and not gz.candidates(name):
            out.append((s, e, name, tuple(sorted(got))))
    return tuple(out)


def _spelt_record(gz: Gazetteer, name: str, ids: tuple[int, ...], rows: tuple[Row, ...], row: Row) -> int | None:
    """The gazetteer's Ukrainian populated place that the picked row's own spelling of a loosely spelt name names,
    within SENTENCE_KM beyond the row's radius ("Sanzheika" → the record of Sanzhiika), or None. (A record's point
    is finer than the hromada's.)"""
    spelt = loose_table().get(skeleton(name_key(name)), {})
    own = {n for r in ids if rows[r] == row for n in spelt.get(r, ())}
    found = [i for n in own if (i := _record_near(gz, n, row, SENTENCE_KM)) is not None]
    return min(found, key=lambda i: haversine_km(row.lat, row.lon, float(gz.lat[i]), float(gz.lon[i])), default=None)


@lru_cache(maxsize=1 << 16)
def _viable(gz: Gazetteer, run: str) -> tuple[tuple[int, int, str, tuple[int, ...]], ...]:
    """The spans of a capitalised run (offsets in it, in `_sub_spans` order) that name a KATOTTG settlement the
    gazetteer has no record of: what `add_villages` reads, less the tests that depend on the text around the run.
    (Reports repeat their runs, "Russian forces", "Kharkiv Oblast": each is worked out once.)"""
    keys, common = table()[0], common_set()
    out = []
    for s, e in _sub_spans(run, 0, len(run)):
        name = run[s:e]
        k = name_key(name)
        ids = keys.get(k)
        if ids is not None and len(k) >= 5 and k not in common and not gz.candidates(name):
            out.append((s, e, name, ids))
    return tuple(out)


def _far_namesakes(gz: Gazetteer, text: str, mentions: list[PlaceMention], ua: list[PlaceMention],
                   told_code: str) -> list[PlaceMention]:
    """A village read as a far namesake ("Sosnivka" 160 km off) moves to the one row its context picks, when no
    Ukrainian populated place of the name in the gazetteer lies near that context."""
    first = _moves(gz, text, mentions, ua, told_code, set())
    # A mover is no context for a bigger place: "the Petrivka direction, southeast of Vysokopillya" read with a far
    # Petrivka pulled the town to Petrivka's oblast, while Petrivka itself moved to the town.
    moved = {id(mentions[n]): mentions[n].population or 0 for n in first}
    out = list(mentions)
    for n, new in first.items():
        pop = mentions[n].population or 0
        shy = {k for k, p in moved.items() if p < pop}
        again = _moves(gz, text, [mentions[n]], ua, told_code, shy).get(0) if shy else new
        if again is not None:
            out[n] = again
    return out


def _area_moves(gz: Gazetteer, text: str, mentions: list[PlaceMention], ua: list[PlaceMention],
                told_code: str) -> list[PlaceMention]:
    """A village read far from everything its paragraph names moves to the one row near the paragraph's area
    ("counterattacks west of Kyiv ... recaptured Kapitanivka": not the Kirovohrad namesake 190 km off)."""
    anchors = [m for m in ua if m.feature_class == "P" and _BEARING.search(text, max(0, m.start - 30), m.start)]
    if not anchors:
        return mentions
    keys, rows = table()
    out = list(mentions)
    towns = _Towns(ua)
    for n, m in enumerate(mentions):
        if not _movable(m, told_code):
            continue
        ids = keys.get(name_key(m.text))
        if ids is None:
            continue
        p0, p1 = _bounds(text, m.start, "\n")
        area = [a for a in anchors if p0 <= a.start < p1]
        here = Row(m.lat, m.lon, 0, "")  # type: ignore[arg-type]  # `_movable`: it has a point
        if not area or _dist(here, area) <= AREA_FAR_KM:
            continue
        near = [rows[i] for i in ids if _near(rows[i], area, PARAGRAPH_KM)]
        if len(near) != 1 or _oblast_at(text, m.end) is not None:
            continue
        s0, s1 = _bounds(text, m.start, ".!?\n")
        # Its sentence's villages that the area may move too are no support ("Kapitanivka, Dmytrivka": both far).
        support = [x for x in towns.within(p0, p1) if x is not m and (
            not s0 <= x.start < s1 or (x.population or 0) >= FAR_POP or not _has_row_near(keys, rows, x.text, area))]
        if _dist(here, support) <= AREA_FAR_KM:
            continue  # near a place of the paragraph: resolution's reading stands
        out[n] = _placed_at(gz, m, near[0], told_code)
    return out


def _movable(m: PlaceMention, told_code: str) -> bool:
    """A resolved village mention (not a told point, not a town of FAR_POP) that a context move may place anew."""
    return m.feature_class == "P" and m.lat is not None and m.lon is not None and m.role == "mentioned" \
        and m.feature_code != told_code and (m.population or 0) < FAR_POP


def _placed_at(gz: Gazetteer, m: PlaceMention, row: Row, told_code: str, km: float = 5.0) -> PlaceMention:
    """The mention moved to the row: the gazetteer's record of its name within the row's radius + `km`, else the row."""
    rec = _record_near(gz, m.text, row, km)
    return _mention(gz, m.article_id, m.start, m.end, m.text, row, told_code) if rec is None \
        else _record_mention(gz, m.article_id, m.start, m.end, m.text, rec)


def _sections(text: str) -> list[tuple[int, int]]:
    """The spans of a report's sections: from each heading line to the next (the whole text when it has none)."""
    starts = [m.start() for m in _HEADING.finditer(text)]
    if not starts or starts[0] > 0:
        starts.insert(0, 0)
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def _section_moves(gz: Gazetteer, text: str, mentions: list[PlaceMention], ua: list[PlaceMention],
                   told_code: str) -> list[PlaceMention]:
    """A village read far from every place of its paragraph and section (outside its own sentence) moves to the
    row that clearly most of those places lie near ("Supporting Effort #2—Southern Axis ... airstrikes in
    Volodymyrivka and Poltavka": not the Donetsk namesakes 300 km east)."""
    keys, rows = table()
    towns = _Towns(ua)
    sections = _sections(text)
    starts = [a for a, _ in sections]
    out = list(mentions)
    for n, m in enumerate(mentions):
        if not _movable(m, told_code):
            continue
        k = name_key(m.text)
        ids = keys.get(k)
        if ids is None or _oblast_at(text, m.end) is not None or _FEATURE.match(text, m.end):
            continue
        row = _section_row(text, m, k, ids, rows, towns, sections[bisect_right(starts, m.start) - 1])
        if row is None:
            continue
        out[n] = _placed_at(gz, m, row, told_code, SENTENCE_KM)
    return out


def _section_row(text: str, m: PlaceMention, k: str, ids: tuple[int, ...], rows: tuple[Row, ...], towns: _Towns,
                 section: tuple[int, int]) -> Row | None:
    """The row the places of the mention's paragraph, else of its section, clearly pick, when its reading lies far
    from all of them; or None."""
    if _OFFSET.match(text, m.end):
        return None  # told by its distance from a place ("Bezimenne, about 20km east of Mariupol")
    s0, s1 = _bounds(text, m.start, ".!?\n")
    here = Row(m.lat, m.lon, 0, "")  # type: ignore[arg-type]
    para = _bounds(text, m.start, "\n")
    if para[1] - para[0] > LINE_MAX:
        # One line this long is a text without line breaks, not a paragraph: a window around the mention stands for
        # paragraph and section, so the scan stays linear in the text.
        para = section = (max(para[0], m.start - LINE_MAX // 2), min(para[1], m.start + LINE_MAX // 2))
    for lo, hi in (para, section):
        # Its sentence's villages are no support: a list read far together ("Volodymyrivka, Poltavka") holds itself;
        # a town there does.
        context = [x for x in towns.within(lo, hi) if name_key(x.text) != k
                   and (not s0 <= x.start < s1 or (x.population or 0) >= FAR_POP)]
        if _dist(here, context) <= AREA_FAR_KM:
            return None  # near a place of the paragraph or section: resolution's reading stands
        row = _section_pick(ids, rows, context)
        if row is not None:
            return row
    return None


def _section_pick(ids: tuple[int, ...], rows: tuple[Row, ...], context: list[PlaceMention]) -> Row | None:
    """The row that clearly most of `context` (a section's places) lie near, or None."""
    counts = sorted(((sum(_near(rows[i], [x], PARAGRAPH_KM) for x in context), i) for i in ids), reverse=True)
    if counts and counts[0][0] >= SECTION_MIN and (len(counts) == 1 or counts[1][0] * SECTION_CLEAR <= counts[0][0]):
        return rows[counts[0][1]]
    return None


def _has_row_near(keys: dict[str, tuple[int, ...]], rows: tuple[Row, ...], name: str,
                  area: list[PlaceMention]) -> bool:
    return any(_near(rows[i], area, PARAGRAPH_KM) for i in keys.get(name_key(name), ()))


def _moves(gz: Gazetteer, text: str, mentions: list[PlaceMention], ua: list[PlaceMention], told_code: str,
           shy: set[int]) -> dict[int, PlaceMention]:
    """Index → new mention for each of `mentions` read as a far namesake, with the `ua` places (less `shy` ids) as
    context."""
    keys, rows = table()
    out: dict[int, PlaceMention] = {}
    ua = [x for x in ua if id(x) not in shy]
    ua_keys = [name_key(x.text) for x in ua]
    contexts: dict[str, _Towns] = {}
    for n, m in enumerate(mentions):
        if m.feature_class != "P" or m.lat is None or m.role != "mentioned" or m.feature_code == told_code:
            continue
        k = name_key(m.text)
        ids = keys.get(k)
        if ids is None:
            continue
        oblast = _oblast_at(text, m.end, (m.population or 0) < FAR_POP)
        if oblast is None and m.country_code == "UA" and (m.population or 0) >= FAR_POP:
            continue  # a Ukrainian town keeps its name unless the text names an oblast ("Makiivka, Luhansk Oblast")
        context = contexts.get(k)
        if context is None:  # a long report names its villages often: the other names' towns, once per name
            context = contexts[k] = _Towns([x for x, xk in zip(ua, ua_keys, strict=True) if xk != k])
        row = _pick(gz, text, m.start, m.end, ids, rows, context, explicit=True)
        if row is None:
            continue
        if (m.population or 0) >= FAR_POP and gz.admin1_name(row.admin1) == m.admin1:
            continue  # the oblast named is the town's own
        rec = _record_near(gz, m.text, row, SENTENCE_KM)
        if rec is None:
            out[n] = _mention(gz, m.article_id, m.start, m.end, m.text, row, told_code)
        elif haversine_km(row.lat, row.lon, m.lat, m.lon) > row.radius + SENTENCE_KM:  # type: ignore[arg-type]
            # The gazetteer holds the namesake the context picks, but resolution read a far one (list mates read
            # far together: "Kapitanivka, Dmytrivka" both in Kirovohrad Oblast): that record.
            out[n] = _record_mention(gz, m.article_id, m.start, m.end, m.text, rec)
    return out


def _sub_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A capitalised run's word spans, longest first from its first word, then from its later words."""
    run = text[start:end]
    if " " not in run and "-" not in run and "\u00a0" not in run and "\u2002" not in run:
        return [(start, end)]  # one plain word: most runs
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", run)]
    spans = [(words[i][0], words[j][1]) for i in range(len(words)) for j in range(len(words) - 1, i - 1, -1)]
    # "the Stryapivka-Soledar area": each part of a hyphenated pair may be a village, after the whole.
    parts = [(m.start() + a, m.end() + a) for a, b in words if "-" in text[a:b] for m in re.finditer(r"[^-]+", text[a:b])]
    return spans + parts


def _cued(text: str, s: int, ends: set[int]) -> bool:
    """A word before the name says it is a place, or it stands in a list beside a place (`ends`: where the places
    found so far end)."""
    m = _PREV.search(text, max(0, s - 60), s)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _CUE:
        return True
    if word not in _LIST:
        return False
    # "seized Nova Kamyanka and Stryapivka": the item before the "and" or comma is a place.
    before = m.start()
    return any(before - d in ends for d in range(4))
