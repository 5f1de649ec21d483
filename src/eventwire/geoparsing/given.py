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
_ABBREV = {"st": "saint", "st.": "saint", "ft": "fort", "ft.": "fort", "mt": "mount", "mt.": "mount",
           "pt.": "point", "n.": "north", "s.": "south", "e.": "east", "w.": "west"}


@lru_cache(maxsize=1)
def us_postal() -> dict[str, str]:
    """US state and Canadian province postal codes ("IN", "BC") → GeoNames admin1 codes ("US.IN")."""
    out = {row[0]: f"US.{row[0]}" for row in tsv_rows(data_file("us_states.tsv"))}
    out.update({k: f"CA.{v}" for k, v in _CA_PROVINCES.items()})
    return out


def _variants(key: str) -> list[str]:
    words = key.split(" ")
    out = [key.removeprefix("the "), _POSSESSIVE.sub("", key)]
    if words[0] in _ABBREV:
        out.append(" ".join([_ABBREV[words[0]], *words[1:]]))
    if len(words) > 1:
        out.append(" ".join(words[:-1]))
        if words[0] in _DROP_FIRST:  # "North Texas" → Texas, but "Fort Benning" is not Benning
            out.append(" ".join(words[1:]))
    for suffix in ("ns", "ians", "ans", "ers", "ites", "s"):  # "Minnesotans", "New Yorkers"
        if key.endswith(suffix) and len(key) > len(suffix) + 3:
            out.append(key[: -len(suffix)])
            out.append(key[: -len(suffix)] + "a")
    return [v for v in out if v and v != key]


def _inner(gz: Gazetteer, key: str) -> list[int]:
    """Records of the longest gazetteer name inside the span ("Cavan County Council" → Cavan County)."""
    best: tuple[int, int] | None = None
    common = _common()
    for end_idx, kid in gz.automaton.iter(key):
        end = end_idx + 1
        start = end - gz.key_len[kid]
        if (start == 0 or not key[start - 1].isalnum()) and (end == len(key) or not key[end].isalnum()):
            if gz.key_len[kid] >= 4 and key[start:end] not in common and (
                best is None or gz.key_len[kid] > gz.key_len[best[1]]
            ):
                best = (start, kid)
    return gz.key_candidates(best[1]) if best else []


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


def given_candidate(gz: Gazetteer, text: str, s: int, e: int) -> Candidate:
    """A candidate for the span `text[s:e]`; its `ids` are empty when nothing fits (resolution guesses)."""
    surface = text[s:e]
    city = landmark(gz, surface)
    if city is not None:
        return Candidate(s, e, surface, [city])
    ids = gz.candidates(surface)
    if ids:
        return Candidate(s, e, surface, ids)
    key = name_key(surface)
    dem = demonyms()
    if key in dem:
        return Candidate(s, e, surface, [], kind="demonym", country=dem[key])
    region = _REGION_ADJ.get(key.removesuffix("s"))
    if region is not None:  # "European", "Latin American": the continent or region, not a country in the text
        ids = [i for i in gz.candidates(region) if gz.fcode[i] in ("CONT", "RGN")]
        if ids:
            return Candidate(s, e, surface, ids)
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
