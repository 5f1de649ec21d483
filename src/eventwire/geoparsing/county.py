"""A county named with and without its unit word ("DeKalb County ... DeKalb police") is one name."""

from __future__ import annotations

from eventwire.gazetteer import Gazetteer

_SUFFIXES = (" county", " parish")
_OWN_CITY = 100_000  # a town this big is named by its own name ("Orange County ... Orange" may be either)
_LEAD = 0.5


def stem(key: str) -> str:
    """The name without its county word: "dekalb county" → "dekalb"; other names unchanged."""
    for s in _SUFFIXES:
        if key.endswith(s) and len(key) > len(s):
            return key[: -len(s)]
    return key


def _named_states(gz: Gazetteer, shared: dict[str, dict[int, float]]) -> set[str]:
    """The first-level units the text names (names whose best reading is one)."""
    tops = (max(sc, key=lambda i: sc[i]) for sc in shared.values() if sc)
    return {gz.admin1[i] for i in tops if gz.fcode[i] == "ADM1" and gz.admin1[i]}


def _anchors(gz: Gazetteer, shared: dict[str, dict[int, float]]) -> tuple[set[str], set[str]]:
    """Admin2 codes of the one-reading towns; admin1 codes of the one-reading "X County" names."""
    # (A unit not named "X County" is no anchor: "City of Richmond" read as Virginia's independent city.)
    counties: set[str] = set()
    states: set[str] = set()
    for k, sc in shared.items():
        if len(sc) == 1:
            (i,) = sc
            if gz.fclass[i] == "P" and gz.admin2[i]:
                counties.add(gz.admin2[i])
            # A town anchors only its own county: its state would let a passing birthplace ("born in Valdosta")
            # move "Harris County ... in Houston" out of Texas.
            if gz.admin1[i] and gz.fcode[i] == "ADM2" and stem(k) != k:
                states.add(gz.admin1[i])
    return counties, states


def seat_counties(gz: Gazetteer, shared: dict[str, dict[int, float]]) -> None:
    """A county name of many states reads as the one holding a one-reading town, else in a one-reading county's state."""
    # "DANIELSVILLE - Madison County commissioners": Danielsville lies only in Georgia, so the Georgia county,
    # not the largest Madison County (Alabama); "in Muscogee and Harris counties": Muscogee County is only in
    # Georgia, so Harris County is the Georgia one, not Texas'. Two readings so held, or none, change nothing, and
    # a reading in another state the text names wins ("Orange County, California ... in Kissimmee").
    anchors: tuple[set[str], set[str]] | None = None
    named: set[str] = set()
    for k, sc in shared.items():
        if len(sc) < 2:
            continue
        top = max(sc, key=lambda i: sc[i])
        if stem(k) == k and gz.fcode[top] != "ADM2":  # (a bare name read as a county: "Muscogee and Harris counties")
            continue
        if anchors is None:  # (built once, lazily: most texts name no county)
            anchors = _anchors(gz, shared)
            if not anchors[0] and not anchors[1]:
                return
            named = _named_states(gz, shared)
        units = [i for i in sc if gz.fcode[i] == "ADM2"]
        hits = [i for i in units if gz.admin2[i] in anchors[0]] or [i for i in units if gz.admin1[i] in anchors[1]]
        if len(hits) == 1 and hits[0] != top and not any(gz.admin1[i] in named for i in units if i != hits[0]):
            sc[hits[0]] = sc[top] + _LEAD


def bare_counties(gz: Gazetteer, shared: dict[str, dict[int, float]]) -> None:
    """A bare name whose "X County" the text names reads as that county, not a small namesake town in another state."""
    # "Police in DeKalb County, Georgia ... DeKalb police": the county, not DeKalb, Illinois. A town in the county's
    # own state, a town in a state the text names ("Kent County, Delaware ... Kent, Ohio"), or a city of 100k keeps
    # its reading.
    named = _named_states(gz, shared)
    for k, sc in shared.items():
        if not sc or stem(k) != k:  # (a county name itself)
            continue
        county = next((shared[k + s] for s in _SUFFIXES if shared.get(k + s)), None)
        if county is None:
            continue
        unit = max(county, key=lambda i: county[i])
        top = max(sc, key=lambda i: sc[i])
        if unit in sc and top != unit and gz.fclass[top] == "P" and gz.pops[top] < _OWN_CITY and (
                gz.fcode[top] != "PPLC" and gz.admin1[top] not in (gz.admin1[unit], *named)):
            sc[unit] = sc[top] + _LEAD
