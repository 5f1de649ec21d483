"""ACLED's regions and ISO numeric codes for ISO-2 codes (names: actors.acled_country)."""

from __future__ import annotations

import pycountry

from eventwire.components.actors import geonames_countries

_REGIONS: dict[str, str] = {
    "Middle East": "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "Caucasus and Central Asia": "AM AZ GE KG KZ TJ TM UZ",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Southeast Asia": "BN ID KH LA MM MY PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Northern Africa": "DZ EG EH LY MA SD TN",
    "Eastern Africa": "BI DJ ER ET KE KM MG MU MW MZ RE RW SC SO SS TZ UG YT ZM ZW",
    "Middle Africa": "AO CD CF CG CM GA GQ ST TD",
    "Southern Africa": "BW LS NA SZ ZA",
    "Western Africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
    "Central America": "BZ CR GT HN MX NI PA SV",
    "Caribbean": "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI",
    "South America": "AR BO BR CL CO EC FK GF GY PE PY SR UY VE",
    "North America": "BM CA GL PM US",
    "Oceania": "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS",
    "Antarctica": "AQ",
}
REGION_OF: dict[str, str] = {cc: region for region, codes in _REGIONS.items() for cc in codes.split()}

def region(cc: str | None) -> str:
    """ACLED region; Europe for the remaining European codes, '' when unknown."""
    if not cc:
        return ""
    cc = cc.upper()
    if cc in REGION_OF:
        return REGION_OF[cc]
    rec = geonames_countries().get(cc)
    return "Europe" if rec and rec.get("continentcode") == "EU" else ""


def iso_numeric(cc: str | None) -> int | None:
    """ISO 3166-1 numeric code, ACLED's `iso` column; None where ISO has none (Kosovo)."""
    if not cc:
        return None
    py = pycountry.countries.get(alpha_2=cc.upper())
    return int(py.numeric) if py else None
