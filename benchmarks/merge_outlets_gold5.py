"""Third fresh cross-outlet merge judge (issue #5, session 12): four more windows, labelled blind, per line, as data.

Chosen by merge_outlets_gold3.select_windows (run this file to print them) as the earlier fresh sets, with
every earlier window (train, held, fresh, fresh2) taken, asked for eight spans: dec17, apr08, nov05, jan19,
feb20, mar20, mar25, jan24. The first six were read in that order. nov05 (the 10,000 toll, Strip-wide
bombardment, the encirclement of Gaza City) and jan19 (the 25,000 toll, three singletons) hold no two
reports of one occurrence, so they were dropped after reading, before any system output; the four others
form the split "fresh3". Every `KW` headline of a window (after label_gaza's (outlet, text) de-duplication)
was read and labelled from its text and knowledge of the news only, by the rules of the earlier sets: the
specific occurrence it reports (facts, toll, blame, reactions or analyses that name it), or None (aggregate
tolls, generic or Strip-wide bombardment, plural references, policy, threats, occurrences outside the window).
An occurrence of the day before the window that its headlines tell as news counts (as fresh2's Columbia raid
of the night before); older ones do not (the hostages shot on 15 December, the 1 April aid convoy, the
29 February aid delivery, the bodies of earlier killings exhumed at al-Shifa or found in Khan Younis).
dec17, apr08 and feb20 hold several Gaza killings on the same days that name different victims or places
(the known false-join case). Labels were fixed before any system output on these lines was seen (round 24,
2026-11-26). The split "fresh3" is scored beside "fresh" and "fresh2" in the default run of merge_outlets.py.
"""

from __future__ import annotations

# window id -> (first day, number of days); read from select_windows() on the data of 2026-11-26
WINDOWS5: dict[str, tuple[str, int]] = {
    "dec17": ("2023-12-17", 2), "apr08": ("2024-04-08", 2), "feb20": ("2024-02-20", 2), "mar20": ("2024-03-20", 2),
}

# "file:line" -> occurrence label (None: left out), for every KW line of the windows.
_NONE = None
LABELS5: dict[str, str | None] = {
    # --- dec17 ---
    # hospital_girl: a 12-year-old girl killed by a tank shell at a Gaza hospital (Nasser, Khan Younis), 17 December
    "gaza-news.txt:3021": "hospital_girl", "gaza-news.txt:3051": "hospital_girl",
    # church_women: two Christian women (mother and daughter) shot at the Gaza City church compound, 16 December
    "gaza-news.txt:3036": "church_women", "gaza-news.txt:3029": "church_women",
    # french_worker: a French foreign-ministry employee killed by an Israeli strike in Rafah (death announced)
    "gaza-news.txt:3048": "french_worker", "gaza-news.txt:3044": "french_worker", "gaza-news.txt:3064": "french_worker",
    # hospital_raid_north: the raid on a north Gaza hospital (Kamal Adwan) as it ended: people buried, dogs set on
    #   the wounded
    "gaza-news.txt:3047": "hospital_raid_north", "gaza-news.txt:3061": "hospital_raid_north",
    # jabalia_110: strikes on Jabalia, 110 killed (health ministry)
    "gaza-news.txt:3073": "jabalia_110",
    # baby_rafah: a baby girl born 17 days earlier killed with her brother in a strike, 18 December
    "gaza-news.txt:3083": "baby_rafah",
    # hospital_raid_dec18: a raid on "one of the last functioning hospitals" in north Gaza, 18 December (told as new)
    "gaza-news.txt:3085": "hospital_raid_dec18",
    # left out: the hostages shot on 15 December (outside), the UN call on deaths at a hospital (which raid is not
    #   named), a grandfather's account (date not named), Red Sea attacks (plural), tolls, generic bombardment
    "gaza-news.txt:3067": _NONE, "wsj-news-middleeast.txt:243": _NONE, "wsj-news-middleeast.txt:242": _NONE,
    "gaza-news.txt:3032": _NONE, "gaza-news.txt:3030": _NONE, "gaza-news.txt:3065": _NONE, "gaza-news.txt:3058": _NONE,
    "gaza-news.txt:3016": _NONE, "gaza-news.txt:3037": _NONE, "gaza-news.txt:3017": _NONE, "gaza-news.txt:3053": _NONE,
    "gaza-news.txt:3063": _NONE, "wsj-news-middleeast.txt:244": _NONE, "gaza-news.txt:3098": _NONE,
    "gaza-news.txt:3091": _NONE, "gaza-news.txt:3115": _NONE, "gaza-news.txt:3113": _NONE, "gaza-news.txt:3082": _NONE,
    "gaza-news.txt:3088": _NONE, "gaza-news.txt:3084": _NONE, "gaza-news.txt:3104": _NONE,
    "wsj-news-middleeast.txt:247": _NONE,
    # --- apr08 ---
    # haniyeh_sons: an Israeli airstrike in Gaza kills three sons and grandchildren of Hamas leader Ismail Haniyeh
    "gaza-news.txt:7325": "haniyeh_sons", "gaza-news.txt:7330": "haniyeh_sons", "gaza-news.txt:7343": "haniyeh_sons",
    "gaza-news.txt:7329": "haniyeh_sons", "gaza-news.txt:7315": "haniyeh_sons", "gaza-news.txt:7342": "haniyeh_sons",
    # eid_strike_14: 14 killed by an Israeli airstrike before Eid (Al-Aqsa Martyrs Hospital, central Gaza)
    "cnn-news-israel-hamas-war.txt:1115": "eid_strike_14",
    # camp_mayor: the mayor of a central Gaza refugee camp killed by the Israeli military
    "cnn-news-israel-hamas-war.txt:1135": "camp_mayor",
    # hezbollah_commander: a Hezbollah commander killed in an overnight Israeli strike (Lebanon)
    "cnn-news-israel-hamas-war.txt:1094": "hezbollah_commander",
    # sea_dome_drone: a drone brought down by the maritime "Dome" air defence, its first use
    "cnn-news-israel-hamas-war.txt:1138": "sea_dome_drone",
    # left out: the aid-worker strike of 1 April and the 29 February aid delivery (outside), bodies exhumed at
    #   al-Shifa or found in Khan Younis (earlier killings), a prisoner's death in custody (illness), threats, tolls
    "cnn-news-israel-hamas-war.txt:1095": _NONE, "cnn-news-israel-hamas-war.txt:1097": _NONE,
    "cnn-news-israel-hamas-war.txt:1105": _NONE, "cnn-news-israel-hamas-war.txt:1133": _NONE, "gaza-news.txt:7332": _NONE,
    "gaza-news.txt:7280": _NONE, "cnn-news-israel-hamas-war.txt:1118": _NONE, "cnn-news-israel-hamas-war.txt:1125": _NONE,
    "cnn-news-israel-hamas-war.txt:1137": _NONE, "cnn-news-israel-hamas-war.txt:1144": _NONE,
    "cnn-news-israel-hamas-war.txt:1079": _NONE, "cnn-news-israel-hamas-war.txt:1083": _NONE,
    "cnn-news-israel-hamas-war.txt:1082": _NONE, "cnn-news-israel-hamas-war.txt:1154": _NONE,
    "cnn-news-israel-hamas-war.txt:1108": _NONE, "cnn-news-israel-hamas-war.txt:1114": _NONE,
    "gaza-news.txt:7303": _NONE, "gaza-news.txt:7279": _NONE, "gaza-news.txt:7268": _NONE, "gaza-news.txt:7288": _NONE,
    "gaza-news.txt:7305": _NONE, "gaza-news.txt:7277": _NONE, "gaza-news.txt:7273": _NONE, "gaza-news.txt:7349": _NONE,
    # --- feb20 ---
    # msf_shelter: Israeli forces attack the MSF staff and family shelter in al-Mawasi, two killed, six injured
    "gaza-news.txt:5301": "msf_shelter", "gaza-news.txt:5333": "msf_shelter", "gaza-news.txt:5355": "msf_shelter",
    "gaza-news.txt:5357": "msf_shelter",
    # rafah_family: an Israeli strike on a home in Rafah kills a large family, 20 February (Reuters)
    "gaza-news.txt:5273": "rafah_family", "gaza-news.txt:5280": "rafah_family",
    # left out: strikes on central Gaza, the north and south, Rafah (plural, tolls of a day), the siege of Nasser
    #   Hospital (a condition), attacks on police (plural), a headline whose lead is the WHO warning, tolls, policy
    "gaza-news.txt:5320": _NONE, "gaza-news.txt:5351": _NONE, "gaza-news.txt:5332": _NONE, "gaza-news.txt:5324": _NONE,
    "gaza-news.txt:5289": _NONE, "gaza-news.txt:5325": _NONE, "gaza-news.txt:5337": _NONE, "gaza-news.txt:5322": _NONE,
    "gaza-news.txt:5292": _NONE, "gaza-news.txt:5339": _NONE, "gaza-news.txt:5318": _NONE, "gaza-news.txt:5330": _NONE,
    "gaza-news.txt:5276": _NONE, "gaza-news.txt:5281": _NONE, "gaza-news.txt:5307": _NONE, "gaza-news.txt:5297": _NONE,
    "gaza-news.txt:5277": _NONE, "gaza-news.txt:5282": _NONE, "wsj-news-middleeast.txt:415": _NONE,
    "gaza-news.txt:5349": _NONE, "gaza-news.txt:5356": _NONE, "gaza-news.txt:5335": _NONE,
    # --- mar20 ---
    # shifa_raid: the Israeli raid on al-Shifa hospital, going on in the window (its third and fourth days):
    #   killings, detentions, arrests, accounts and analyses that name it
    "cnn-news-israel-hamas-war.txt:609": "shifa_raid", "cnn-news-israel-hamas-war.txt:618": "shifa_raid",
    "cnn-news-israel-hamas-war.txt:626": "shifa_raid", "cnn-news-israel-hamas-war.txt:627": "shifa_raid",
    "cnn-news-israel-hamas-war.txt:631": "shifa_raid", "gaza-news.txt:6551": "shifa_raid", "gaza-news.txt:6546": "shifa_raid",
    "gaza-news.txt:6572": "shifa_raid", "cnn-news-israel-hamas-war.txt:650": "shifa_raid",
    "cnn-news-israel-hamas-war.txt:660": "shifa_raid", "cnn-news-israel-hamas-war.txt:667": "shifa_raid",
    "cnn-news-israel-hamas-war.txt:668": "shifa_raid",
    # girl_begs: a strike kills a Gazan girl's whole family; she begs rescuers to save her brother first (BBC, twice)
    "gaza-news.txt:6539": "girl_begs", "gaza-news.txt:6609": "girl_begs",
    # houthi_drone_usv: US and coalition forces destroy a Houthi drone and an unmanned surface vessel (CENTCOM)
    "cnn-news-israel-hamas-war.txt:604": "houthi_drone_usv", "cnn-news-israel-hamas-war.txt:671": "houthi_drone_usv",
    # houthi_missiles: one unmanned surface vessel and two anti-ship ballistic missiles destroyed (another interception)
    "cnn-news-israel-hamas-war.txt:644": "houthi_missiles",
    # jenin_mar20: 3 or more militants killed in an Israeli raid on Jenin
    "cnn-news-israel-hamas-war.txt:615": "jenin_mar20",
    # rafah_commanders: an airstrike in Rafah said to kill 4 senior Hamas members (disputed)
    "cnn-news-israel-hamas-war.txt:624": "rafah_commanders",
    # left out: 4 fighters killed in a West Bank operation (where not named: Jenin or another), a drone video of an
    #   earlier killing, tolls, hunger, analysis, a Rafah threat
    "cnn-news-israel-hamas-war.txt:665": _NONE, "gaza-news.txt:6591": _NONE, "gaza-news.txt:6550": _NONE,
    "gaza-news.txt:6567": _NONE, "cnn-news-israel-hamas-war.txt:623": _NONE, "cnn-news-israel-hamas-war.txt:634": _NONE,
    "gaza-news.txt:6521": _NONE, "gaza-news.txt:6605": _NONE, "gaza-news.txt:6587": _NONE,
}


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from merge_outlets import gaza_headlines
    from merge_outlets_gold import KW, WINDOWS
    from merge_outlets_gold2 import WINDOWS2
    from merge_outlets_gold3 import WINDOWS3, select_windows
    from merge_outlets_gold4 import WINDOWS4

    taken = [*WINDOWS.values(), *WINDOWS2.values(), *WINDOWS3.values(), *WINDOWS4.values()]
    print(select_windows(gaza_headlines(), KW, taken, n=8))
