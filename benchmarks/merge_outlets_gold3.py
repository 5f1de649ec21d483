"""Fresh cross-outlet merge gold windows (issue #5, session 10): a dev judge, labelled blind, per line, as data.

Three more two-day windows, chosen mechanically by `select_windows` (run this file to print them): the
two-day spans of the Gaza headline files with the most distinct `KW` headlines (by outlet and text),
taken greedily, none within 3 days of an existing window or of each other (the nearest days of two
windows at least 4 days apart; ties go to the earlier span). Every `KW` headline of a window (after the
(outlet, text) de-duplication of label_gaza, across all windows) was read and labelled from its text and
knowledge of the news only, by the rules of merge_outlets_gold.py and merge_outlets_gold2.py: the specific
occurrence it reports (facts, toll, blame, reactions or analysis that name it), or None (aggregate tolls,
analysis without a named occurrence, policy, generic bombardment, threats, occurrences outside the window
such as the 7 October attack seen from 8-9 October or the 17 October hospital blast, ambiguous or plural
references). Deadly accidents count as occurrences, as in the earlier sets (the Istanbul fire, the airdrop
deaths). Labels were fixed before any system output on these lines was seen (round 19, 2026-11-26).
The split "fresh" is scored on its own in the default run of merge_outlets.py: a dev judge of whether
rules found on train transfer, neither train nor held.
"""

from __future__ import annotations

from datetime import date, timedelta

# window id -> (first day, number of days); the output of select_windows() on the data of 2026-11-26
WINDOWS3: dict[str, tuple[str, int]] = {
    "oct08": ("2023-10-08", 2), "oct24": ("2023-10-24", 2), "may19": ("2024-05-19", 2),
}

# "file:line" -> occurrence label (None: left out), for every KW line of the windows.
_NONE = None
LABELS3: dict[str, str | None] = {
    # --- oct08 --- (mostly the 7 October attack, outside the window, and generic bombardment)
    # rafah_crossing_first: Israeli air raids disrupt the Rafah crossing (the first strikes on it)
    "gaza-news.txt:121": "rafah_crossing_first",
    # rafah_crossing_again: Israel hits the Rafah crossing again (a later strike)
    "gaza-news.txt:177": "rafah_crossing_again",
    # beit_hanoun_hospital: Israeli attacks force the Beit Hanoun hospital to stop working
    "gaza-news.txt:139": "beit_hanoun_hospital",
    "gaza-news.txt:97": _NONE, "gaza-news.txt:101": _NONE, "gaza-news.txt:122": _NONE, "gaza-news.txt:141": _NONE,
    "gaza-news.txt:124": _NONE, "gaza-news.txt:135": _NONE, "gaza-news.txt:119": _NONE, "gaza-news.txt:103": _NONE,
    "gaza-news.txt:98": _NONE, "gaza-news.txt:132": _NONE, "gaza-news.txt:118": _NONE, "gaza-news.txt:87": _NONE,
    "gaza-news.txt:83": _NONE, "gaza-news.txt:96": _NONE, "gaza-news.txt:109": _NONE, "gaza-news.txt:117": _NONE,
    "gaza-news.txt:91": _NONE, "gaza-news.txt:129": _NONE, "wsj-news-middleeast.txt:8": _NONE,
    "wsj-news-middleeast.txt:9": _NONE, "gaza-news.txt:174": _NONE, "gaza-news.txt:180": _NONE,
    "gaza-news.txt:154": _NONE, "gaza-news.txt:161": _NONE, "gaza-news.txt:175": _NONE, "gaza-news.txt:190": _NONE,
    "gaza-news.txt:163": _NONE, "gaza-news.txt:199": _NONE, "gaza-news.txt:166": _NONE, "gaza-news.txt:159": _NONE,
    "gaza-news.txt:192": _NONE, "gaza-news.txt:149": _NONE, "gaza-news.txt:153": _NONE, "gaza-news.txt:155": _NONE,
    "gaza-news.txt:195": _NONE, "gaza-news.txt:193": _NONE,
    # --- oct24 ---
    # dahdouh_family: Israeli strike kills the family of Al Jazeera's Gaza bureau chief (Wael al-Dahdouh)
    "gaza-news.txt:933": "dahdouh_family", "gaza-news.txt:918": "dahdouh_family",
    "gaza-news.txt:1014": "dahdouh_family",
    # ground_raid: Israeli troops and tanks raid northern Gaza overnight ahead of the invasion (and
    #   analyses that name "Israel's Gaza raid")
    "gaza-news.txt:926": "ground_raid", "gaza-news.txt:948": "ground_raid", "gaza-news.txt:985": "ground_raid",
    "gaza-news.txt:978": "ground_raid", "gaza-news.txt:968": "ground_raid", "gaza-news.txt:1015": "ground_raid",
    "gaza-news.txt:1006": "ground_raid",
    "gaza-news.txt:938": _NONE, "gaza-news.txt:955": _NONE, "gaza-news.txt:945": _NONE, "gaza-news.txt:929": _NONE,
    "gaza-news.txt:919": _NONE, "gaza-news.txt:924": _NONE, "gaza-news.txt:923": _NONE, "gaza-news.txt:949": _NONE,
    "wsj-news-middleeast.txt:90": _NONE, "wsj-news-middleeast.txt:91": _NONE, "wsj-news-middleeast.txt:93": _NONE,
    "gaza-news.txt:982": _NONE, "gaza-news.txt:986": _NONE, "gaza-news.txt:1012": _NONE, "gaza-news.txt:990": _NONE,
    "gaza-news.txt:1009": _NONE, "gaza-news.txt:1002": _NONE, "gaza-news.txt:1017": _NONE, "gaza-news.txt:976": _NONE,
    "gaza-news.txt:1013": _NONE, "gaza-news.txt:987": _NONE, "gaza-news.txt:973": _NONE, "gaza-news.txt:1003": _NONE,
    "gaza-news.txt:1007": _NONE, "gaza-news.txt:970": _NONE, "gaza-news.txt:996": _NONE, "gaza-news.txt:983": _NONE,
    "gaza-news.txt:992": _NONE, "wsj-news-middleeast.txt:95": _NONE,
    # --- may19 ---
    # raisi_crash: helicopter crash that killed Iran's president Raisi and his foreign minister, 19 May
    #   (the announcement, the recovery of bodies, mourning, analysis and obituaries that name it)
    "googlenews-bbc-gaza.txt:384": "raisi_crash", "googlenews-bbc-gaza.txt:385": "raisi_crash",
    "googlenews-bbc-gaza.txt:386": "raisi_crash", "cnn-news-israel-hamas-war.txt:2242": "raisi_crash",
    "cnn-news-israel-hamas-war.txt:2244": "raisi_crash", "wsj-news-middleeast.txt:604": "raisi_crash",
    "wsj-news-middleeast.txt:605": "raisi_crash", "wsj-news-middleeast.txt:606": "raisi_crash",
    # nuseirat_may19: Israeli strike on Nuseirat camp, central Gaza, 20 to 35 killed, 19 May
    "cnn-news-israel-hamas-war.txt:2191": "nuseirat_may19", "gaza-news.txt:9787": "nuseirat_may19",
    "gaza-news.txt:9759": "nuseirat_may19",
    # idf_two_soldiers: two Israeli soldiers killed in southern Gaza
    "cnn-news-israel-hamas-war.txt:2194": "idf_two_soldiers",
    # jenin_raid: Israeli raid on Jenin, seven Palestinians killed
    "googlenews-bbc-gaza.txt:401": "jenin_raid",
    # beit_lahia: Israeli bombardment of Beit Lahia, at least 12 dead
    "cnn-news-israel-hamas-war.txt:2208": "beit_lahia",
    # aid_queue_north: airstrike on Palestinians queuing for aid in northern Gaza
    "cnn-news-israel-hamas-war.txt:2231": "aid_queue_north",
    "gaza-news.txt:9792": _NONE, "cnn-news-israel-hamas-war.txt:2188": _NONE, "cnn-news-israel-hamas-war.txt:2189": _NONE,
    "cnn-news-israel-hamas-war.txt:2190": _NONE, "cnn-news-israel-hamas-war.txt:2196": _NONE, "gaza-news.txt:9784": _NONE,
    "gaza-news.txt:9739": _NONE, "gaza-news.txt:9789": _NONE, "gaza-news.txt:9777": _NONE, "gaza-news.txt:9742": _NONE,
    "gaza-news.txt:9753": _NONE, "gaza-news.txt:9790": _NONE, "googlenews-bbc-gaza.txt:400": _NONE,
    "gaza-news.txt:9857": _NONE, "cnn-news-israel-hamas-war.txt:2205": _NONE, "cnn-news-israel-hamas-war.txt:2239": _NONE,
    "cnn-news-israel-hamas-war.txt:2240": _NONE, "gaza-news.txt:9856": _NONE, "gaza-news.txt:9859": _NONE,
    "gaza-news.txt:9807": _NONE, "gaza-news.txt:9808": _NONE, "gaza-news.txt:9820": _NONE, "gaza-news.txt:9801": _NONE,
}


def _days(first: date, ndays: int) -> list[date]:
    return [first + timedelta(k) for k in range(ndays)]


def select_windows(heads: list[dict], kw: object, taken: list[tuple[str, int]], n: int = 3,
                   gap: int = 3) -> list[tuple[str, int]]:
    """The n two-day spans with the most distinct KW headlines, none within `gap` days of a taken window or each other."""
    per_day: dict[str, set[tuple[str, str]]] = {}
    for h in heads:
        if kw.search(h["text"]):  # type: ignore[attr-defined]
            per_day.setdefault(h["day"], set()).add((h["outlet"], h["text"]))
    first, last = date.fromisoformat(min(per_day)), date.fromisoformat(max(per_day))
    spans = [_days(first + timedelta(k), 2) for k in range((last - first).days)]
    counts = [len(set().union(*(per_day.get(d.isoformat(), set()) for d in s))) for s in spans]
    busy = [_days(date.fromisoformat(f), nd) for f, nd in taken]
    out: list[tuple[str, int]] = []
    for s, _ in sorted(zip(spans, counts, strict=True), key=lambda sc: (-sc[1], sc[0][0])):
        if all(min(abs((a - b).days) for a in s for b in t) > gap for t in busy):
            out.append((s[0].isoformat(), len(s)))
            busy.append(s)
            if len(out) == n:
                break
    return out


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from merge_outlets import gaza_headlines
    from merge_outlets_gold import KW, WINDOWS
    from merge_outlets_gold2 import WINDOWS2

    print(select_windows(gaza_headlines(), KW, list(WINDOWS.values()) + list(WINDOWS2.values())))
