"""Labelling rules of the cross-outlet merge gold (benchmarks/gold/merge/outlets.jsonl), kept as data.

Gaza headlines (../shared/data/news/gaza_news_headlines: gaza-news.txt of many publishers via Google
News, googlenews-bbc-gaza.txt, wsj-news-middleeast.txt, the CNN live-blog post titles): in six
two-day windows around strikes that many outlets covered, every headline that matches the violence
keyword filter `KW` was read and labelled with the specific violent occurrence it refers to (its
facts, its toll, blame or reactions that name it). Labels come from the window's `RULES` (first
matching pattern wins) and the per-line `OVERRIDES` written after reading each headline; a line
whose label is None is left out: aggregate tolls ("death toll passes 37,000"), analysis, generic
bombardment, occurrences outside the window (October 7 retrospectives) and ambiguous references
("refugee camp strikes", plural). Distinct occurrences of the same window at the same place
(the 26 May Rafah tent-camp strike and the 28 May strike on the tents west of Rafah) are the hard
negatives. Labels were fixed before any change to the merger (round 5, 2026-11-25).
"""

from __future__ import annotations

import re

KW = re.compile(r"kill|strike|struck|bomb|attack|blast|explo|dead|death|massacre|shell|raid|missile|drone|"
                r"rocket|open fire|opened fire|fire on|shot|shoot|wounded|injur|casualt|slain|died|dies|\bhit", re.I)

# window id -> (first day, number of days)
WINDOWS: dict[str, tuple[str, int]] = {
    "oct17": ("2023-10-17", 2), "oct31": ("2023-10-31", 2), "feb29": ("2024-02-29", 2),
    "apr01": ("2024-04-01", 2), "may26": ("2024-05-26", 2), "jun08": ("2024-06-08", 2),
}

RULES: dict[str, list[tuple[str, str]]] = {
    "oct17": [(r"hospital (blast|explosion|strike|attack)|hit gaza hospital|gaza hospital|al-ahli|site hit",
               "ahli_hospital")],
    "oct31": [(r"jabalia", "jabalia_oct31")],
    "feb29": [(r"seven (captives|hostages)|7 hostages", "hostages_claim"),
              (r"aid (convoy|trucks|site|seekers|distribution|delivery)|aid-convoy|seeking (food|aid)|food line|"
               r"waiting for (food|an aid)|awaiting aid|food killings|flour massacre|food aid|aid chaos|"
               r"gaza aid attack|convoy rush", "flour")],
    "apr01": [(r"consulate|damascus", "damascus_consulate"), (r"shifa", "shifa_raid"),
              (r"aid worker|world central kitchen|\bwck\b|josé andrés|aid convoy|aid team|aid strike|"
               r"food aid charity|humanitarian workers|relief workers|aid group halts|charities halt|"
               r"aid workers'|ngo aid team", "wck_convoy")],
    "may26": [(r"\b21\b.*(killed|reported)", "rafah_may28"),
              (r"rafah (tent )?camp|tent camp|camp in rafah|rafah refugee camp|displaced (palestinians )?in rafah|"
               r"camp for displaced|displacement camp|rafah strike|strike (on|in) rafah|rafah airstrike|"
               r"airstrike (on|in) rafah|attack (on|in) rafah|rafah attack|safe zone|"
               r"tragic (mistake|mishap|error|accident)|deaths at camp|encampment|"
               r"airstrike in rafah|strikes on rafah|strike at camp", "rafah_tent_may26"),
              (r"egypt(ian)? (soldier|security|military)|border incident|egypt-gaza border", "egypt_border"),
              (r"rockets?\b|sirens", "tel_aviv_rockets"), (r"kuwaiti hospital", "rafah_hospital")],
    "jun08": [(r"hostage|captive|nuseirat|central gaza|rescue|raid|deadliest day|\b274\b|\b210\b|\b226\b",
               "nuseirat_jun8")],
}

# "file:line" -> label (None: left out), after reading each headline of the window.
_NONE = None
OVERRIDES: dict[str, str | None] = {
    # oct17
    "gaza-news.txt:608": _NONE, "gaza-news.txt:624": _NONE, "gaza-news.txt:641": _NONE,
    "gaza-news.txt:642": _NONE, "gaza-news.txt:638": _NONE, "wsj-news-middleeast.txt:57": _NONE,
    "gaza-news.txt:590": _NONE, "gaza-news.txt:636": "westbank_teens_oct17", "gaza-news.txt:628": _NONE,
    "gaza-news.txt:664": _NONE, "gaza-news.txt:678": _NONE, "gaza-news.txt:691": "khan_younis_oct18",
    "gaza-news.txt:701": _NONE, "gaza-news.txt:680": _NONE, "gaza-news.txt:661": _NONE,
    "gaza-news.txt:656": _NONE, "gaza-news.txt:651": _NONE, "gaza-news.txt:654": _NONE,
    # oct31
    "gaza-news.txt:1267": "jabalia_nov1", "gaza-news.txt:1287": _NONE, "gaza-news.txt:1332": _NONE, "wsj-news-middleeast.txt:115": _NONE,
    # feb29
    "gaza-news.txt:5640": "flour", "gaza-news.txt:5674": "flour", "gaza-news.txt:5705": "flour",
    "gaza-news.txt:5743": "flour", "gaza-news.txt:5672": "flour", "gaza-news.txt:5657": "flour", "cnn-news-israel-hamas-war.txt:11": "flour",
    "cnn-news-israel-hamas-war.txt:7": _NONE, "cnn-news-israel-hamas-war.txt:31": _NONE,
    "cnn-news-israel-hamas-war.txt:23": _NONE,
    # apr01
    "cnn-news-israel-hamas-war.txt:847": "aqsa_strike_apr1", "gaza-news.txt:6987": "istanbul_fire_apr2",
    "gaza-news.txt:6991": _NONE, "cnn-news-israel-hamas-war.txt:880": _NONE, "gaza-news.txt:7002": _NONE,
    "gaza-news.txt:7014": _NONE, "cnn-news-israel-hamas-war.txt:913": "wck_convoy",
    "gaza-news.txt:6959": "wck_convoy", "gaza-news.txt:6967": "wck_convoy", "gaza-news.txt:6980": "wck_convoy",
    "gaza-news.txt:6943": "wck_convoy", "gaza-news.txt:6951": "wck_convoy", "gaza-news.txt:6973": "wck_convoy",
    "gaza-news.txt:7004": "wck_convoy", "gaza-news.txt:7009": "wck_convoy", "gaza-news.txt:6948": "wck_convoy",
    "cnn-news-israel-hamas-war.txt:894": "wck_convoy", "cnn-news-israel-hamas-war.txt:869": "wck_convoy",
    "gaza-news.txt:7025": "wck_convoy", "gaza-news.txt:7028": "wck_convoy",
    "cnn-news-israel-hamas-war.txt:910": "wck_convoy", "cnn-news-israel-hamas-war.txt:906": "wck_convoy",
    "cnn-news-israel-hamas-war.txt:857": "wck_convoy", "cnn-news-israel-hamas-war.txt:860": "wck_convoy",
    # may26
    "gaza-news.txt:10237": "rafah_may28", "gaza-news.txt:10284": "rafah_may28",
    "cnn-news-israel-hamas-war.txt:2355": "rafah_tent_may26", "googlenews-bbc-gaza.txt:550": "egypt_border",
    "gaza-news.txt:10169": "rafah_hospital", "gaza-news.txt:10279": "rafah_hospital",
    "googlenews-bbc-gaza.txt:539": "rafah_tent_may26", "gaza-news.txt:10164": "rafah_tent_may26",
    "gaza-news.txt:10159": "rafah_tent_may26", "gaza-news.txt:10238": _NONE, "gaza-news.txt:10157": _NONE,
    "gaza-news.txt:10190": _NONE, "gaza-news.txt:10172": _NONE, "gaza-news.txt:10176": _NONE,
    "gaza-news.txt:10199": "kfc_baghdad_may26", "gaza-news.txt:10205": _NONE, "gaza-news.txt:10188": _NONE,
    "googlenews-bbc-gaza.txt:547": _NONE, "gaza-news.txt:10287": _NONE, "gaza-news.txt:10276": _NONE,
    "gaza-news.txt:10290": _NONE, "gaza-news.txt:10247": _NONE, "cnn-news-israel-hamas-war.txt:2367": _NONE,
    "cnn-news-israel-hamas-war.txt:2361": "rubble_strike_may26", "cnn-news-israel-hamas-war.txt:2372": "school_drone_may26",
    "cnn-news-israel-hamas-war.txt:2377": "overnight_six_may27", "cnn-news-israel-hamas-war.txt:2389": "girl_north_may27",
    "cnn-news-israel-hamas-war.txt:2395": _NONE, "cnn-news-israel-hamas-war.txt:2411": _NONE,
    "googlenews-bbc-gaza.txt:567": "westminster_protest_may27", "gaza-news.txt:10223": _NONE,
    "googlenews-bbc-gaza.txt:569": _NONE, "gaza-news.txt:10286": _NONE,
    "wsj-news-middleeast.txt:622": "rafah_tent_may26", "gaza-news.txt:10158": "rafah_tent_may26",
    "cnn-news-israel-hamas-war.txt:2354": "rafah_tent_may26", "gaza-news.txt:10183": "rafah_tent_may26",
    "cnn-news-israel-hamas-war.txt:2378": "rafah_tent_may26", "cnn-news-israel-hamas-war.txt:2384": "rafah_tent_may26",
    "cnn-news-israel-hamas-war.txt:2387": "rafah_tent_may26", "cnn-news-israel-hamas-war.txt:2380": "rafah_tent_may26",
    "cnn-news-israel-hamas-war.txt:2393": "rafah_tent_may26", "cnn-news-israel-hamas-war.txt:2401": "rafah_tent_may26",
    "cnn-news-israel-hamas-war.txt:2405": "rafah_tent_may26", "cnn-news-israel-hamas-war.txt:2406": "rafah_tent_may26",
    "cnn-news-israel-hamas-war.txt:2408": "rafah_tent_may26", "cnn-news-israel-hamas-war.txt:2398": "rafah_tent_may26",
    "gaza-news.txt:10249": "rafah_tent_may26", "gaza-news.txt:10271": "rafah_tent_may26",
    "gaza-news.txt:10246": "rafah_tent_may26", "gaza-news.txt:10211": "rafah_tent_may26",
    "gaza-news.txt:10216": "rafah_tent_may26", "googlenews-bbc-gaza.txt:540": "rafah_tent_may26",
    "googlenews-bbc-gaza.txt:533": "rafah_tent_may26", "googlenews-bbc-gaza.txt:536": "rafah_tent_may26",
    "gaza-news.txt:10170": "rafah_tent_may26", "gaza-news.txt:10197": "rafah_tent_may26",
    "gaza-news.txt:10204": "rafah_tent_may26", "gaza-news.txt:10168": "rafah_tent_may26",
    "googlenews-bbc-gaza.txt:532": "rafah_tent_may26", "googlenews-bbc-gaza.txt:535": "rafah_tent_may26",
    "gaza-news.txt:10195": "rafah_tent_may26", "gaza-news.txt:10259": "rafah_tent_may26",
    "gaza-news.txt:10257": "rafah_tent_may26", "gaza-news.txt:10291": "rafah_tent_may26",
    "cnn-news-israel-hamas-war.txt:2382": "rafah_tent_may26", "cnn-news-israel-hamas-war.txt:2356": "rafah_tent_may26",
    "cnn-news-israel-hamas-war.txt:2364": "tel_aviv_rockets",
    # jun08
    "cnn-news-israel-hamas-war.txt:2667": "family_central_jun8", "cnn-news-israel-hamas-war.txt:2659": _NONE,
    "gaza-news.txt:11022": _NONE, "gaza-news.txt:11105": _NONE, "gaza-news.txt:11106": _NONE,
    "cnn-news-israel-hamas-war.txt:2670": _NONE, "gaza-news.txt:11118": _NONE, "gaza-news.txt:11191": _NONE,
    "gaza-news.txt:11199": _NONE, "gaza-news.txt:11156": "spain_protest_jun9", "gaza-news.txt:11197": _NONE,
    "cnn-news-israel-hamas-war.txt:2692": "aden_ships_jun9", "cnn-news-israel-hamas-war.txt:2690": _NONE,
    "gaza-news.txt:11028": "nuseirat_jun8", "gaza-news.txt:11035": "nuseirat_jun8",
    "gaza-news.txt:11024": "nuseirat_jun8", "gaza-news.txt:11126": "nuseirat_jun8",
    "gaza-news.txt:11168": "nuseirat_jun8", "gaza-news.txt:11130": "nuseirat_jun8",
    "cnn-news-israel-hamas-war.txt:2684": "nuseirat_jun8", "cnn-news-israel-hamas-war.txt:2683": "nuseirat_jun8",
    "gaza-news.txt:11181": "nuseirat_jun8", "gaza-news.txt:11157": "nuseirat_jun8",
    "gaza-news.txt:11177": "nuseirat_jun8", "gaza-news.txt:11127": "nuseirat_jun8",
}
