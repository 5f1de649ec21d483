"""Candidates for supplied spans the recogniser did not find: variants, abbreviations, inner names."""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.gazetteer import Gazetteer
from eventwire.gazetteer.normalize import fold, name_key
from eventwire.gazetteer.sources import data_file, tsv_rows
from eventwire.geoparsing.recognize import Candidate, _common, demonyms

_POSSESSIVE = re.compile(r"['’]s?$")
_CA_PROVINCES = {"AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07", "ON": "08", "PE": "09",
                 "QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14"}  # GeoNames admin1 codes
_DROP_FIRST = frozenset("north south east west northern southern eastern western central upper lower greater "
                        "downtown metro rural suburban".split())
_REGION_ADJ = {"european": "europe", "african": "africa", "asian": "asia", "latin american": "latin america",
               "north american": "north america", "south american": "south america", "middle eastern": "middle east",
               "scandinavian": "scandinavia", "caribbean": "caribbean", "balkan": "balkans"}
# A span ending in one of these names a building, institution or street, not the place inside its name ("Buckland
# Elementary", "Rogers Centre", "Percy French Hotel"): it resolves like a name the gazetteer lacks (the unit the
# text puts it in, else the article's town), never to a namesake of its first word.
_FACILITY = re.compile(
    r"\b(?:Elementary|Middle|High|School|Academy|College|University|Club|Centre|Center|Hotel|Inn|Theatre|Theater|"
    r"Court|Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive|Mall|Plaza|Shops|Church|Cathedral|Hospital|"
    r"Clinic|Stadium|Arena|Library|Museum|Gallery|Restaurant|Cafe|Bar|Pub|Tower|Building|Hall|Station|Terminal|"
    r"Company|Corporation|Inc|Ltd|Society|Foundation|Institute|Bank|Gateway|Point|South|North|East|West|Area|"
    r"Reserve|Preserve)\.?$"
    r"|^(?:Hotel|Barangay|Restaurant|Cafe|Club)\s")  # "Hotel Kyjev", "Barangay Paciano Rizal"
_STREET = re.compile(r"\b(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Drive)\.?$")
# Former states that a supplied span may name (GeoWebNews codes them as their successor's country); the
# recogniser does not report them as places of its own.
_FORMER = {"soviet union": "RU", "the soviet union": "RU", "ussr": "RU", "u.s.s.r.": "RU"}
_HOME_NATION = {"English": "England", "Scottish": "Scotland", "Welsh": "Wales"}
_ABBREV = {"st": "saint", "st.": "saint", "ft": "fort", "ft.": "fort", "mt": "mount", "mt.": "mount",
           "pt.": "point", "n.": "north", "s.": "south", "e.": "east", "w.": "west"}


@lru_cache(maxsize=1)
def us_postal() -> dict[str, str]:
    """US state and Canadian province postal codes ("IN", "BC") → GeoNames admin1 codes ("US.IN")."""
    out = {row[0]: f"US.{row[0]}" for row in tsv_rows(data_file("us_states.tsv"))}
    out.update({k: f"CA.{v}" for k, v in _CA_PROVINCES.items()})
    return out


_LEADING = frozenset(("st", "st.", "ft", "ft.", "mt", "mt."))  # (not "n." or "w.": "N. Korea" is no alias check)
# First words whose key has a short and a long spelling ("St Albans", "St. Albans", "Saint Albans": one name).
SHORT_HEADS = _LEADING | {"saint", "fort", "mount"}


def expanded(key: str) -> str:
    """The key with its first word's abbreviation written out ("st. petersburg", "st petersburg" → "saint petersburg")."""
    first, _, rest = key.partition(" ")
    full = _ABBREV.get(first) if rest and first in _LEADING else None
    return f"{full} {rest}" if full else key


def _variants(key: str) -> list[str]:
    words = key.split(" ")
    out = [key.removeprefix("the "), _POSSESSIVE.sub("", key)]
    if words[0] in _ABBREV:
        out.append(" ".join([_ABBREV[words[0]], *words[1:]]))
    if len(words) > 1:
        out.append(" ".join(words[:-1]))
        if words[0] in _DROP_FIRST:  # "North Texas" → Texas, but "Fort Benning" is not Benning
            out.append(" ".join(words[1:]))
    if key.endswith("ians") and len(key) > 7:
        out.append(key[:-3] + "o")  # "Ontarians": Ontario (before "Ontar", an alias of a Spanish town)
    for suffix in ("ns", "ians", "ans", "ers", "ites", "s"):  # "Minnesotans", "New Yorkers"
        if key.endswith(suffix) and len(key) > len(suffix) + 3:
            out.append(key[: -len(suffix)])
            out.append(key[: -len(suffix)] + "a")
    for suffix in ("ans", "an"):  # "Texan", "Kansans": the state; "Alaskan", "Californian" come from "n"
        if key.endswith(suffix) and len(key) > len(suffix) + 2:
            out.append(key[: -len(suffix)] + "as")
    if key.endswith("an") and len(key) > 5:
        out.append(key[:-1])
    return [v for v in out if v and v != key]


# Feature words that name a place only with the name before them: inside "Aleutian Islands" or "Zion National Park"
# they are not the Islands district of Hong Kong nor National Park, New Jersey.
_GENERIC = frozenset("""island islands isle isles valley mountain mountains mount creek lake lakes river park national
    rock rocks bay hill hills head point springs falls forest beach harbor harbour canyon coast peninsula gulf sea
    desert plains ridge heights gardens square bridge lakeshore""".split())


def _generic(name: str) -> bool:
    """True when every word of `name` is a feature word ("islands", "national park")."""
    return all(w in _GENERIC for w in name.split(" "))


def _inner(gz: Gazetteer, key: str) -> list[int]:
    """Records of the longest gazetteer name inside the span ("Cavan County Council" → Cavan County)."""
    best: tuple[int, int] | None = None
    common = _common()
    for end_idx, kid in gz.automaton.iter(key):
        end = end_idx + 1
        start = end - gz.key_len[kid]
        if (start == 0 or not key[start - 1].isalnum()) and (end == len(key) or not key[end].isalnum()):
            if gz.key_len[kid] >= 4 and key[start:end] not in common and not _generic(key[start:end]) and (
                best is None or gz.key_len[kid] > gz.key_len[best[1]]
            ):
                best = (start, kid)
    return gz.key_candidates(best[1]) if best else []


def _strong_inner(gz: Gazetteer, key: str) -> list[int]:
    """Records of the first name inside the span that can be a country, a state or a city of 100,000."""
    common = _common()
    best: tuple[int, int, int] | None = None  # (start, -length, key id)
    for end_idx, kid in gz.automaton.iter(key):
        end = end_idx + 1
        start = end - gz.key_len[kid]
        if (start and key[start - 1].isalnum()) or (end < len(key) and key[end].isalnum()):
            continue
        if gz.key_len[kid] < 4 or key[start:end] in common or (best is not None and (start, -gz.key_len[kid]) >= best[:2]):
            continue
        ids = gz.key_candidates(kid)
        name = key[start:end]  # its own name, not an alias ("Robert Trent Jones" is not Trento)
        if any((gz.fcode[i] in ("PCLI", "ADM1") or (gz.fclass[i] == "P" and gz.pops[i] >= 100_000))
               and gz.main_key(i) == name for i in ids):
            best = (start, -gz.key_len[kid], kid)
    return gz.key_candidates(best[2]) if best else []


@lru_cache(maxsize=4)
def _landmarks(gz: Gazetteer) -> dict[str, int]:
    """Folded landmark name ("white house", "european commission") → the record of its city."""
    out: dict[str, int] = {}
    for names, city, cc in tsv_rows(data_file("landmarks.tsv")):
        key = name_key(city)
        recs = [i for i in gz.candidates(city) if gz.cc[i] == cc and gz.fclass[i] == "P" and gz.main_key(i) == key]
        if recs:
            best = max(recs, key=lambda i: (gz.fcode[i] == "PPLC", gz.pops[i]))
            out.update((name_key(n), best) for n in names.split("|"))
    return out


def landmark(gz: Gazetteer, surface: str) -> int | None:
    """The city of a landmark, seat or district that news names for it ("the White House" → Washington)."""
    return _landmarks(gz).get(name_key(surface))


def _region_first(key: str) -> str | None:
    """The region an institution's name opens with: "European Investment Bank" → Europe, "African National
    Congress" → Africa (the place its name says, as for "Cambridge Analytica")."""
    for adj, region in _REGION_ADJ.items():
        if key.startswith(adj + " ") and len(key) > len(adj) + 3:
            return region
    return None


def given_candidate(gz: Gazetteer, text: str, s: int, e: int) -> Candidate:
    """A candidate for the span `text[s:e]`; its `ids` are empty when nothing fits (resolution guesses)."""
    surface = text[s:e]
    city = landmark(gz, surface)
    if city is not None:
        return Candidate(s, e, surface, [city])
    former = _FORMER.get(name_key(surface))
    if former is not None and former in gz.country_idx:  # a span given as a place: the state's seat today
        return Candidate(s, e, surface, [gz.country_idx[former]])
    nation = _HOME_NATION.get(surface)
    if nation is not None:  # "the English city of Salisbury": a span of its own is England, not English, Indiana
        ids = [i for i in gz.candidates(nation) if gz.fcode[i] == "ADM1" and gz.cc[i] == "GB"]
        if ids:
            return Candidate(s, e, surface, ids)
    if text[max(0, s - 4) : s].lower() == "the " and (ids := gz.candidates("the " + surface)):
        return Candidate(s, e, surface, ids)  # "in the Gulf": the curated "the Gulf", not Gulf County
    ids = gz.candidates(surface)
    if ids:
        return Candidate(s, e, surface, ids)
    key = name_key(surface)
    dem = demonyms()
    for k in (key, key.removesuffix("s")):  # "Czechs": the table keeps no plural for "-ch" demonyms
        if k in dem:
            return Candidate(s, e, surface, [], kind="demonym", country=dem[k])
    if text[e : e + 1] == "." or (ids := gz.candidates(surface + ".")) == []:
        ids = []  # "D-Calif" without its dot: the AP abbreviation "Calif."
    if ids and all(gz.fcode[i] == "ADM1" for i in ids):
        return Candidate(s, e, surface, ids)
    region = _REGION_ADJ.get(key.removesuffix("s")) or _region_first(key)
    if region is not None:  # "European", "Latin American": the continent or region, not a country in the text
        ids = [i for i in gz.candidates(region) if gz.fcode[i] in ("CONT", "RGN")]
        if ids:
            return Candidate(s, e, surface, ids)
    if " " in surface and _FACILITY.search(surface):
        # "Arizona State University", "Seoul Central District Court": a state, country or city of 100k the name
        # opens with; "Buckland Elementary", "Rogers Centre": no place (a person's or a small town's name).
        street = _STREET.search(surface) is not None  # "333 Victoria St.": streets are named after places anywhere
        return Candidate(s, e, surface, [] if street else _strong_inner(gz, fold(key)))
    code = us_postal().get(surface.strip(" ."))
    if code and code in gz.admin_idx:
        return Candidate(s, e, surface, [gz.admin_idx[code]])
    for v in _variants(key):
        if v not in _common() and (ids := gz.candidates(v)):
            return Candidate(s, e, surface, ids)
    if ids := _inner(gz, fold(key)):
        return Candidate(s, e, surface, ids)
    for word in key.split(" "):
        if word in dem:
            return Candidate(s, e, surface, [], kind="demonym", country=dem[word])
    return Candidate(s, e, surface, [])
