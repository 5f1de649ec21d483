"""Fourth fresh cross-outlet merge judge (issue #5, session 34): three windows around large events, labelled blind, per line.

The held judge is dominated by one event told by many headlines; the earlier fresh judges hold none that large.
These windows were chosen for their largest single occurrence instead of their keyword-headline count alone:
among the two-day spans whose days are all more than 3 days from every earlier window (train, held, fresh,
fresh2, fresh3; select_windows ranks them, run this file to print its top twelve), the candidate days'
headlines were read and the spans holding the most headlines of one occurrence kept, one per kind of event:
dec24 (a mass-casualty air strike on a refugee camp, with a toll that grows across outlets: 68, 70, 106),
jan22 (an attack that killed 21 soldiers, told as the 24 of the day by most outlets, and the encirclement
of a city announced after it), feb11 (a night hostage-rescue raid with covering strikes, tolls 67 to 100).
No span of the data clears the brief's 15 headlines for one occurrence: the headline files hold about 10
KW headlines a day before March 2024, and the CNN blog posts (from 29 February) fall almost wholly on days
within 3 days of earlier windows; the largest occurrence found in a free span is jan22's (9 headlines).
Spans read and not kept: nov06, nov15, nov19 and dec06 (tolls, generic bombardment, hospitals in general),
jan20 (the 25,000 toll), jan02 (a Beirut killing and an Iran bombing, 2-3 headlines each), jan11 (Yemen
strikes, 4 headlines over three days), jan28 (a drone attack in Jordan, 2), mar25 (the Security Council
vote; small strikes), apr24 (a baby's death in an incubator days after the strike, 8 headlines, and bodies
of earlier killings).
Every `KW` headline of a window (after label_gaza's (outlet, text) de-duplication) was read and labelled from
its text and knowledge of the news only, by the rules of merge_outlets_gold5.py: the specific occurrence it
reports (facts, toll, blame, reactions or analyses that name it), or None (aggregate tolls, generic or
Strip-wide bombardment, plural references, policy, threats, occurrences outside the window). No extractor
or merger output on these lines was seen before or after labelling (round of session 34, 2026-11-28).
Rule-silent decisions: a headline that tells two occurrences takes the one it leads with (the encirclement
of Khan Younis "after 24 soldiers killed" is the encirclement); a day's toll of soldiers "killed in one
day" is the central-Gaza blast that killed most of them, as the outlets tell it; a quoted "massacre" whose
place the headline does not name is None even when one massacre dominates the day; an attack on a UN
shelter "housing 800" is kept apart from the attack on a UN training centre that drew a US rebuke (the
sizes differ; which facility is not certain).
"""

from __future__ import annotations

# window id -> (first day, number of days); chosen by reading (see above), all more than 3 days from earlier windows
WINDOWS6: dict[str, tuple[str, int]] = {
    "dec24": ("2023-12-24", 2), "jan22": ("2024-01-22", 2), "feb11": ("2024-02-11", 2),
}

# "file:line" -> occurrence label (None: left out), for every KW line of the windows.
_NONE = None
LABELS6: dict[str, str | None] = {
    # --- dec24 ---
    # maghazi: the Israeli air strike on Maghazi refugee camp, central Gaza, on Christmas Eve (68, 70, then 106 dead)
    "gaza-news.txt:3346": "maghazi", "gaza-news.txt:3347": "maghazi", "gaza-news.txt:3333": "maghazi",
    "gaza-news.txt:3329": "maghazi", "gaza-news.txt:3372": "maghazi",
    # us_iraq_dec25: US strikes on drone facilities of Iran-backed militias in Iraq
    "wsj-news-middleeast.txt:267": "us_iraq_dec25",
    # left out: an unnamed "massacre" leading a bombardment headline, bombardment of the central camps (plural),
    #   a school killing of mid-December (outside), the Pope's and Netanyahu's words, tolls, visas, shipping attacks
    "gaza-news.txt:3336": _NONE, "gaza-news.txt:3340": _NONE, "gaza-news.txt:3343": _NONE, "gaza-news.txt:3351": _NONE,
    "gaza-news.txt:3352": _NONE, "gaza-news.txt:3348": _NONE, "gaza-news.txt:3334": _NONE, "gaza-news.txt:3331": _NONE,
    "gaza-news.txt:3338": _NONE, "gaza-news.txt:3359": _NONE, "gaza-news.txt:3365": _NONE, "gaza-news.txt:3373": _NONE,
    "gaza-news.txt:3362": _NONE, "gaza-news.txt:3358": _NONE, "wsj-news-middleeast.txt:269": _NONE,
    # --- jan22 ---
    # soldiers_blast: 21 Israeli soldiers killed when buildings they were mining blew up in central Gaza, 22 January
    #   (told as the day's 24 by most outlets: the deadliest day for the army)
    "gaza-news.txt:4361": "soldiers_blast", "gaza-news.txt:4348": "soldiers_blast", "gaza-news.txt:4380": "soldiers_blast",
    "gaza-news.txt:4343": "soldiers_blast", "gaza-news.txt:4369": "soldiers_blast", "gaza-news.txt:4365": "soldiers_blast",
    "gaza-news.txt:4347": "soldiers_blast", "gaza-news.txt:4345": "soldiers_blast",
    "wsj-news-middleeast.txt:341": "soldiers_blast",
    # khan_younis_encircled: the army says it has encircled (besieged) Khan Younis
    "gaza-news.txt:4363": "khan_younis_encircled", "gaza-news.txt:4418": "khan_younis_encircled",
    # un_training_centre: an attack on a UN refuge (training centre) in Gaza that the US deplored and Israel denied
    "gaza-news.txt:4395": "un_training_centre", "gaza-news.txt:4412": "un_training_centre",
    # un_shelter_800: several killed in an attack on a UN shelter housing 800 in southern Gaza
    "gaza-news.txt:4404": "un_shelter_800",
    # us_iraq_jan23: US airstrikes on an Iran-backed group and its facilities in Iraq
    "wsj-news-middleeast.txt:340": "us_iraq_jan23",
    # left out: a day's toll in Khan Younis, bombardment of Khan Younis and its hospitals (a condition), the
    #   25,000 toll and other tolls, doctors' work, analysis, a visit, children's lives
    "gaza-news.txt:4346": _NONE, "gaza-news.txt:4359": _NONE, "gaza-news.txt:4375": _NONE, "gaza-news.txt:4364": _NONE,
    "gaza-news.txt:4371": _NONE, "gaza-news.txt:4352": _NONE, "gaza-news.txt:4350": _NONE, "gaza-news.txt:4417": _NONE,
    "gaza-news.txt:4422": _NONE, "gaza-news.txt:4405": _NONE,
    # --- feb11 ---
    # rafah_rescue: the night raid in Rafah that freed two hostages, under strikes that killed 67 to 100 Palestinians
    "gaza-news.txt:5005": "rafah_rescue", "gaza-news.txt:4995": "rafah_rescue", "gaza-news.txt:4994": "rafah_rescue",
    "gaza-news.txt:4986": "rafah_rescue", "gaza-news.txt:4984": "rafah_rescue", "gaza-news.txt:5013": "rafah_rescue",
    # nasser_snipers: Israeli snipers kill three at Nasser Hospital (health ministry)
    "gaza-news.txt:5006": "nasser_snipers",
    # left out: earlier Rafah attacks (a report on them), strikes increasing in Rafah (plural), flight from Rafah,
    #   fears and statements about Rafah, an unnamed "massacre", tolls, paramedics, arms sales
    "gaza-news.txt:4977": _NONE, "gaza-news.txt:5000": _NONE, "gaza-news.txt:4992": _NONE, "gaza-news.txt:4979": _NONE,
    "gaza-news.txt:4997": _NONE, "gaza-news.txt:5038": _NONE, "gaza-news.txt:5020": _NONE, "gaza-news.txt:5024": _NONE,
    "gaza-news.txt:5032": _NONE, "gaza-news.txt:5029": _NONE,
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
    from merge_outlets_gold5 import WINDOWS5

    taken = [*WINDOWS.values(), *WINDOWS2.values(), *WINDOWS3.values(), *WINDOWS4.values(), *WINDOWS5.values()]
    print(select_windows(gaza_headlines(), KW, taken, n=12))
