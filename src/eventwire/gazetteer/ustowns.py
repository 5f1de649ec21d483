"""US post-office towns below cities500, from the zipcodes package (USPS names, GeoNames postal-code points).

zipcodes (PyPI, MIT licence) compiles its data into its extension: names, county and ZIP type from
unitedstateszipcodes.org's free database, points from GeoNames' US postal codes (CC BY 4.0), active ZIPs from
USPS ZIP Locale Detail (public domain). Only facts are read: a town's name, state, county and point.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources

from eventwire.gazetteer import sources as S
from eventwire.gazetteer.index import haversine_km

US_TOWN_BASE = 96_000_000  # their own id range: curated ids (from SYNTHETIC_BASE up) keep their numbers
NEAR_KM = 10.0  # a cities500 town of the same name this near is the same place
CLUSTER_KM = 25.0  # ZIPs of one name and state farther apart than this are different towns

# The 50 states and DC: territories are GeoNames countries of their own (PR, GU), military codes are no place.
_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split())
# USPS abbreviations ("Vly Cottage", "Monroe Twp", "Airway Hgts", "E Smethport", "George AFB"): a capital and
# one to four consonants, a lone letter, a word in capitals.
_ABBREV = re.compile(r"\b(?:[B-DF-HJ-NP-TV-Z](?:[b-df-hj-np-tv-z]{1,2}|[b-df-hj-np-tv-xz]{3,4})|[A-Z]{2,})\b|\b[A-Z](?=\s|$)|\d|[^\w .'-]")
# Unit words in accepted alternative names ("Woodland Washington County", "Lemoore Naval Air Station"): an
# address form, not how text names a town.
_NOT_TOWN = re.compile(r"\b(?:Township|County|Naval|Air|Base|Station|University|College|Hospital|Mall|Service)\b")
# A campus or base post office, whatever the ZIP calls its own city ("State University", "Luke Air Force Base"):
# text names the institution ("Arizona State University", "Tufts Univ"), not a town.
# A UNIQUE ZIP is one organisation's ("Philip Morris", "Sallie Mae", "Gannett"); a MILITARY one is no place.
_TOWN_ZIPS = frozenset(("STANDARD", "PO BOX"))
_INSTITUTION = re.compile(r"\bUniv(?:ersity)?$|\b(?:Base|Naval|Service|Hospital)\b")


_COUNTY_WORD = re.compile(r" (?:County|Parish|Borough|Census Area|City and Borough|Municipality)$")
SURNAMES = 5_000  # the census's most common surnames: a town so named ("Rogers", "Goodwin") is read as a person


def _wordy(key: str) -> bool:
    """A one-word name that is an English word ("Orient", "Bureau") or a common first name or surname ("Susan",
    "Ford"): text uses it for other things far more often than for a village of unknown size."""
    if " " in key:
        return False
    from eventwire.geoparsing.lowercase import census_names, word_counts

    return key in word_counts() or key in census_names()[0] or key in _surnames()


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """The SURNAMES most common US census surnames (the package's list is by frequency), folded."""
    text = (resources.files("names") / "dist.all.last").read_text(encoding="ascii")
    return frozenset(line.split(" ", 1)[0].lower() for line in text.splitlines()[:SURNAMES])


def _clusters(points: list[tuple[float, float, str]]) -> list[list[tuple[float, float, str]]]:
    """Points grouped greedily: each joins the first group whose first point lies within CLUSTER_KM."""
    groups: list[list[tuple[float, float, str]]] = []
    for p in points:
        for g in groups:
            if haversine_km(g[0][0], g[0][1], p[0], p[1]) <= CLUSTER_KM:
                g.append(p)
                break
        else:
            groups.append([p])
    return groups


def _within(a: str, b: str) -> bool:
    """`a`'s letters come in order in `b`, from the same first letter."""
    it = iter(b)
    return a[:1] == b[:1] and all(ch in it for ch in a)


def _cut(n: str, m: str) -> bool:
    """`n` is USPS's shortening of `m`, another name of its ZIP: each word cut ("Cockysvil", "Staffordsvlle", "New
    Marlborou") or a short word of `m`'s initials ("Vab": Virginia Beach); not a word of `m` ("Newton", "Windsor")
    nor `m` spaced otherwise ("Mckinney", "Dewitt")."""
    nw, mw = n.lower().split(), m.lower().split()
    if "".join(nw) == "".join(mw) or any(mw[i:i + len(nw)] == nw for i in range(len(mw))):
        return False
    if len(nw) == len(mw):
        return all(_within(a, b) for a, b in zip(nw, mw, strict=True))
    return len(nw) == 1 < len(mw) and len(nw[0]) <= 2 * len(mw) + 1 and _within(nw[0], "".join(mw)) \
        and _within("".join(w[0] for w in mw), nw[0])


def zip_towns(rows: Iterable[dict]) -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """(town name, state) → (lat, lon, county) of the town and PO box ZIP codes that name it (their own city or an
    accepted one)."""
    out: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    rows = [r for r in rows if r["state"] in _STATES and r["lat"] and r["long"] and r["zip_code_type"] in _TOWN_ZIPS]
    cities = {(r["city"], r["state"]) for r in rows}  # "Newbury" is its own ZIP's town, not "Newburyport" cut
    for r in rows:
        p = (float(r["lat"]), float(r["long"]), r["county"] or "")
        names = [r["city"], *r["acceptable_cities"]]
        for name in (r["city"], *(a for a in r["acceptable_cities"] if not _NOT_TOWN.search(a))):
            if name and not _ABBREV.search(name) and not _INSTITUTION.search(name) and (
                    (name, r["state"]) in cities or not any(_cut(name, m) for m in names if m)):
                out[(name, r["state"])].append(p)
    return out


def us_towns(cities: list[dict], county_code: dict[tuple[str, str], str], key: Callable[[str], str],
             rows: Iterable[dict] | None = None) -> list[S.Place]:
    """Populated places for the ZIP towns no US cities500 town of the same name lies near (population 0: the
    convention for a place of unknown size, so a real cities500 town of the name always has the larger prior).
    `county_code` maps (admin-1 code "US.NY", county name) to its admin-2 code; `key` is the name-key function."""
    from eventwire.geoparsing.lowercase import census_names, word_counts

    if not word_counts() or not census_names()[0]:  # without them ~6,000 word and person names become towns
        raise RuntimeError("US towns: pyspellchecker's English word list or the census names are unavailable")
    if rows is None:
        import zipcodes

        rows = zipcodes.list_all()
    near: dict[str, list[tuple[float, float]]] = defaultdict(list)
    bearers: Counter[str] = Counter()  # how many cities500 towns bear each main name, worldwide
    for c in cities:
        bearers[key(c["name"])] += 1
        if c["countrycode"] == "US":
            for n in {c["name"], *c["alternatenames"]}:
                near[key(n)].append((c["latitude"], c["longitude"]))
    # A county of its state bears the name ("Oconee" in Georgia): the resolver puts a town before the same-named
    # unit, and text naming it means the county far more often than a post office elsewhere in the state.
    counties = {(a1, key(_COUNTY_WORD.sub("", n))) for a1, n in county_code}
    # A seat or landmark news names for its city ("Kremlin spokesman ...", "Wall Street"): never a post office.
    landmarks = {key(n) for row in S.tsv_rows(S.data_file("landmarks.tsv")) for n in row[0].split("|")}
    out: list[S.Place] = []
    for (name, st), pts in sorted(zip_towns(rows).items()):
        k = key(name)
        # A name one cities500 town bears is the resolver's sure anchor ("DANIELSVILLE - Madison County ...": the
        # county of Georgia's Danielsville); a post office of the name elsewhere would make it ambiguous.
        if _wordy(k) or (f"US.{st}", k) in counties or bearers[k] == 1 or k in landmarks:
            continue
        for g in _clusters(sorted(pts)):
            pt = (sum(p[0] for p in g) / len(g), sum(p[1] for p in g) / len(g))
            if any(haversine_km(*pt, *q) <= NEAR_KM for q in near.get(k, ())):
                continue
            a1 = f"US.{st}"
            seat = Counter(p[2] for p in g).most_common(1)[0][0]  # the county most of its ZIPs lie in
            out.append(S.Place(US_TOWN_BASE + len(out), name, round(pt[0], 4), round(pt[1], 4), "US", "P", "PPL", 0,
                               admin1=a1, admin2=county_code.get((a1, seat), ""),
                               names={name}))
    return out
