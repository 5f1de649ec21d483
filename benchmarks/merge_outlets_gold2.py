"""Second set of cross-outlet merge gold windows (issue #5), labelled blind, per line, as data.

Six more two-day windows, chosen mechanically (the two-day spans with the most `KW` headlines, none
within 3 days of an existing window or of each other). Every `KW` headline of a window (after the
(outlet, text) de-duplication of label_gaza, across all windows) was read and labelled from its text
and knowledge of the news only, by the rules of merge_outlets_gold.py: the specific violent occurrence
it reports (facts, toll, blame, reactions that name it), or None (aggregate tolls, analysis without a
named occurrence, policy, generic bombardment, threats or expectations of attacks not yet made,
occurrences outside the window, ambiguous or plural references). Occurrences outside Gaza (Iran's attack
on Israel, Lebanon, the West Bank, Yemen) count like any other. Labels were fixed before any system
output on these lines was seen (round s4, 2026-11-26).
"""

from __future__ import annotations

# window id -> (first day, number of days)
WINDOWS2: dict[str, tuple[str, int]] = {
    "apr13": ("2024-04-13", 2), "apr20": ("2024-04-20", 2), "may13": ("2024-05-13", 2),
    "mar13": ("2024-03-13", 2), "may07": ("2024-05-07", 2), "jun04": ("2024-06-04", 2),
}

# Held aside, fixed by a hash rule: int(sha1("eventwire-merge-s4:" + window)) % 3 == 0.
HELD2: frozenset[str] = frozenset({"may13", "mar13", "jun04"})

# "file:line" -> occurrence label (None: left out), for every KW line of the windows.
_NONE = None
LABELS2: dict[str, str | None] = {
    # --- apr13 ---
    # iran_attack: Iran's drone, cruise and ballistic missile attack on Israel, night of 13/14 April 2024
    #   (interceptions, the injured girl, reactions that name it)
    "cnn-news-israel-hamas-war.txt:1270": "iran_attack", "cnn-news-israel-hamas-war.txt:1272": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1273": "iran_attack", "cnn-news-israel-hamas-war.txt:1276": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1279": "iran_attack", "cnn-news-israel-hamas-war.txt:1280": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1282": "iran_attack", "cnn-news-israel-hamas-war.txt:1284": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1285": "iran_attack", "cnn-news-israel-hamas-war.txt:1287": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1291": "iran_attack", "cnn-news-israel-hamas-war.txt:1295": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1296": "iran_attack", "cnn-news-israel-hamas-war.txt:1297": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1298": "iran_attack", "cnn-news-israel-hamas-war.txt:1299": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1300": "iran_attack", "cnn-news-israel-hamas-war.txt:1301": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1303": "iran_attack", "cnn-news-israel-hamas-war.txt:1304": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1305": "iran_attack", "cnn-news-israel-hamas-war.txt:1307": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1310": "iran_attack", "cnn-news-israel-hamas-war.txt:1312": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1313": "iran_attack", "cnn-news-israel-hamas-war.txt:1314": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1317": "iran_attack", "cnn-news-israel-hamas-war.txt:1320": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1322": "iran_attack", "cnn-news-israel-hamas-war.txt:1323": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1326": "iran_attack", "cnn-news-israel-hamas-war.txt:1330": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1334": "iran_attack", "cnn-news-israel-hamas-war.txt:1336": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1338": "iran_attack", "cnn-news-israel-hamas-war.txt:1340": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1342": "iran_attack", "cnn-news-israel-hamas-war.txt:1343": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1378": "iran_attack", "cnn-news-israel-hamas-war.txt:1379": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1380": "iran_attack", "cnn-news-israel-hamas-war.txt:1382": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1383": "iran_attack", "cnn-news-israel-hamas-war.txt:1385": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1389": "iran_attack", "cnn-news-israel-hamas-war.txt:1391": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1395": "iran_attack", "cnn-news-israel-hamas-war.txt:1396": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1398": "iran_attack", "cnn-news-israel-hamas-war.txt:1399": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1400": "iran_attack", "cnn-news-israel-hamas-war.txt:1402": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1404": "iran_attack", "cnn-news-israel-hamas-war.txt:1405": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1408": "iran_attack", "cnn-news-israel-hamas-war.txt:1409": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1410": "iran_attack", "cnn-news-israel-hamas-war.txt:1411": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1412": "iran_attack", "cnn-news-israel-hamas-war.txt:1413": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1414": "iran_attack", "cnn-news-israel-hamas-war.txt:1417": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1418": "iran_attack", "cnn-news-israel-hamas-war.txt:1419": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1422": "iran_attack", "cnn-news-israel-hamas-war.txt:1423": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1425": "iran_attack", "cnn-news-israel-hamas-war.txt:1427": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1430": "iran_attack", "cnn-news-israel-hamas-war.txt:1431": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1432": "iran_attack", "cnn-news-israel-hamas-war.txt:1436": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1437": "iran_attack", "cnn-news-israel-hamas-war.txt:1440": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1444": "iran_attack", "cnn-news-israel-hamas-war.txt:1445": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1446": "iran_attack", "cnn-news-israel-hamas-war.txt:1451": "iran_attack",
    "cnn-news-israel-hamas-war.txt:1454": "iran_attack", "cnn-news-israel-hamas-war.txt:1462": "iran_attack",
    "gaza-news.txt:7429": "iran_attack", "gaza-news.txt:7436": "iran_attack",
    "gaza-news.txt:7442": "iran_attack", "gaza-news.txt:7447": "iran_attack",
    "gaza-news.txt:7455": "iran_attack", "gaza-news.txt:7475": "iran_attack",
    "gaza-news.txt:7487": "iran_attack", "gaza-news.txt:7491": "iran_attack",
    "gaza-news.txt:7493": "iran_attack", "gaza-news.txt:7500": "iran_attack",
    "gaza-news.txt:7513": "iran_attack", "gaza-news.txt:7526": "iran_attack",
    "gaza-news.txt:7534": "iran_attack", "gaza-news.txt:7537": "iran_attack",
    "gaza-news.txt:7549": "iran_attack", "gaza-news.txt:7558": "iran_attack",
    "gaza-news.txt:7590": "iran_attack", "wsj-news-middleeast.txt:528": "iran_attack",
    "wsj-news-middleeast.txt:530": "iran_attack",
    # hezbollah_rockets: Hezbollah rocket salvo from Lebanon at Israeli positions (IDF air-defence HQ), 13
    #   April
    "cnn-news-israel-hamas-war.txt:1278": "hezbollah_rockets",
    "cnn-news-israel-hamas-war.txt:1316": "hezbollah_rockets", "gaza-news.txt:7490": "hezbollah_rockets",
    # baalbek_strike: Israeli strike on a Hezbollah weapons-manufacturing site in the Baalbek region, 14
    #   April
    "cnn-news-israel-hamas-war.txt:1433": "baalbek_strike",
    "cnn-news-israel-hamas-war.txt:1439": "baalbek_strike",
    # jaffa_usaid: USAID worker killed in Jaffa
    "cnn-news-israel-hamas-war.txt:1350": "jaffa_usaid",
    # westbank_teen: Israeli teen (14) missing from a West Bank outpost found dead, 13 April
    "cnn-news-israel-hamas-war.txt:1355": "westbank_teen",
    "cnn-news-israel-hamas-war.txt:1357": "westbank_teen",
    "cnn-news-israel-hamas-war.txt:1362": "westbank_teen", "gaza-news.txt:7428": "westbank_teen",
    "wsj-news-middleeast.txt:526": "westbank_teen",
    # settler_village: settlers storm a West Bank village (al-Mughayyir) after the teen's disappearance,
    #   killing a Palestinian
    "cnn-news-israel-hamas-war.txt:1361": "settler_village",
    "cnn-news-israel-hamas-war.txt:1366": "settler_village",
    "cnn-news-israel-hamas-war.txt:1369": "settler_village",
    # central_camp_journalists: Israeli strike on a central Gaza refugee camp (Nuseirat) wounding several
    #   journalists, 13 April
    "cnn-news-israel-hamas-war.txt:1371": "central_camp_journalists",
    # north_return: Israeli fire on displaced Palestinians trying to return to northern Gaza (5 killed),
    #   13/14 April
    "cnn-news-israel-hamas-war.txt:1386": "north_return", "gaza-news.txt:7469": "north_return",
    "gaza-news.txt:7501": "north_return", "gaza-news.txt:7518": "north_return",
    # apr13: left out (aggregate tolls, analysis, policy, generic bombardment, threats of future attacks,
    # occurrences outside the window, ambiguous or plural references)
    "cnn-news-israel-hamas-war.txt:1306": _NONE, "cnn-news-israel-hamas-war.txt:1324": _NONE,
    "cnn-news-israel-hamas-war.txt:1337": _NONE, "cnn-news-israel-hamas-war.txt:1346": _NONE,
    "cnn-news-israel-hamas-war.txt:1348": _NONE, "cnn-news-israel-hamas-war.txt:1349": _NONE,
    "cnn-news-israel-hamas-war.txt:1364": _NONE, "cnn-news-israel-hamas-war.txt:1365": _NONE,
    "cnn-news-israel-hamas-war.txt:1367": _NONE, "cnn-news-israel-hamas-war.txt:1370": _NONE,
    "cnn-news-israel-hamas-war.txt:1372": _NONE, "cnn-news-israel-hamas-war.txt:1421": _NONE,
    "cnn-news-israel-hamas-war.txt:1441": _NONE, "gaza-news.txt:7438": _NONE, "gaza-news.txt:7444": _NONE,
    "gaza-news.txt:7464": _NONE, "gaza-news.txt:7472": _NONE, "gaza-news.txt:7478": _NONE,
    "gaza-news.txt:7482": _NONE, "gaza-news.txt:7484": _NONE, "gaza-news.txt:7486": _NONE,
    "gaza-news.txt:7515": _NONE, "gaza-news.txt:7525": _NONE, "gaza-news.txt:7530": _NONE,
    "gaza-news.txt:7544": _NONE, "gaza-news.txt:7553": _NONE, "gaza-news.txt:7559": _NONE,
    "gaza-news.txt:7569": _NONE, "gaza-news.txt:7570": _NONE, "gaza-news.txt:7571": _NONE,
    "gaza-news.txt:7572": _NONE, "gaza-news.txt:7587": _NONE,
    # --- apr20 ---
    # nur_shams_raid: Israeli raid on Nur Shams refugee camp (Tulkarm), 19-21 April, 14 killed
    "cnn-news-israel-hamas-war.txt:1669": "nur_shams_raid",
    "cnn-news-israel-hamas-war.txt:1678": "nur_shams_raid",
    "cnn-news-israel-hamas-war.txt:1681": "nur_shams_raid",
    "cnn-news-israel-hamas-war.txt:1695": "nur_shams_raid",
    "cnn-news-israel-hamas-war.txt:1697": "nur_shams_raid", "gaza-news.txt:7912": "nur_shams_raid",
    # ambulance_settlers: ambulance driver killed by Israeli settlers in the West Bank, 20 April
    "cnn-news-israel-hamas-war.txt:1673": "ambulance_settlers",
    # lebanon_four: Israeli strikes on four locations in Lebanon overnight, 20/21 April
    "cnn-news-israel-hamas-war.txt:1701": "lebanon_four",
    # iraq_base_blast: explosions at an Iraqi (PMF) base, 3 wounded, Israel denies involvement, 19/20
    #   April
    "cnn-news-israel-hamas-war.txt:1684": "iraq_base_blast",
    # rafah_family_nine: Israeli strike on a Rafah house, nine of a family (six children) killed, night of
    #   19/20 April
    "gaza-news.txt:7938": "rafah_family_nine", "gaza-news.txt:7950": "rafah_family_nine",
    # rafah_night_22: Israeli strikes on Rafah homes, 22 killed incl. 18 children, night of 20/21 April
    #   (incl. the baby saved from her killed mother's womb)
    "gaza-news.txt:7889": "rafah_night_22", "gaza-news.txt:7892": "rafah_night_22",
    "gaza-news.txt:7893": "rafah_night_22", "gaza-news.txt:7894": "rafah_night_22",
    "gaza-news.txt:7895": "rafah_night_22", "gaza-news.txt:7898": "rafah_night_22",
    "gaza-news.txt:7900": "rafah_night_22", "gaza-news.txt:7910": "rafah_night_22",
    "gaza-news.txt:7922": "rafah_night_22", "gaza-news.txt:7934": "rafah_night_22",
    "gaza-news.txt:7942": "rafah_night_22", "gaza-news.txt:7962": "rafah_night_22",
    "gaza-news.txt:7991": "rafah_night_22", "gaza-news.txt:7995": "rafah_night_22",
    "gaza-news.txt:8020": "rafah_night_22",
    # gaza_city_residential: Israeli air attack on a residential area of Gaza City, 21 April
    "gaza-news.txt:7993": "gaza_city_residential",
    # apr20: left out (aggregate tolls, analysis, policy, generic bombardment, threats of future attacks,
    # occurrences outside the window, ambiguous or plural references)
    "cnn-news-israel-hamas-war.txt:1671": _NONE, "cnn-news-israel-hamas-war.txt:1674": _NONE,
    "cnn-news-israel-hamas-war.txt:1680": _NONE, "cnn-news-israel-hamas-war.txt:1683": _NONE,
    "cnn-news-israel-hamas-war.txt:1685": _NONE, "cnn-news-israel-hamas-war.txt:1700": _NONE,
    "cnn-news-israel-hamas-war.txt:1702": _NONE, "gaza-news.txt:7896": _NONE, "gaza-news.txt:7905": _NONE,
    "gaza-news.txt:7913": _NONE, "gaza-news.txt:7914": _NONE, "gaza-news.txt:7915": _NONE,
    "gaza-news.txt:7919": _NONE, "gaza-news.txt:7921": _NONE, "gaza-news.txt:7936": _NONE,
    "gaza-news.txt:7939": _NONE, "gaza-news.txt:7945": _NONE, "gaza-news.txt:7948": _NONE,
    "gaza-news.txt:7949": _NONE, "gaza-news.txt:7951": _NONE, "gaza-news.txt:7952": _NONE,
    "gaza-news.txt:7953": _NONE, "gaza-news.txt:7955": _NONE, "gaza-news.txt:7961": _NONE,
    "gaza-news.txt:7974": _NONE, "gaza-news.txt:7978": _NONE, "gaza-news.txt:7987": _NONE,
    "gaza-news.txt:7997": _NONE, "gaza-news.txt:8006": _NONE, "gaza-news.txt:8012": _NONE,
    "gaza-news.txt:8017": _NONE, "wsj-news-middleeast.txt:547": _NONE,
    # --- may07 ---
    # rafah_rockets: rockets (nearly 20) fired from Rafah, 7 May
    "cnn-news-israel-hamas-war.txt:1830": "rafah_rockets",
    # alexandria_shooting: shooting of an Israeli-Canadian businessman in Alexandria, Egypt, 7 May
    "googlenews-bbc-gaza.txt:157": "alexandria_shooting",
    # nazareth_raid: Israeli police raid on an Al Jazeera studio in Nazareth, 8 May
    "googlenews-bbc-gaza.txt:175": "nazareth_raid",
    # unrwa_jerusalem: arson attacks on the UNRWA compound in East Jerusalem, 7-8 May
    "googlenews-bbc-gaza.txt:182": "unrwa_jerusalem",
    # rafah_west_four: Israeli airstrikes kill 4 in a western Rafah neighbourhood, 8 May
    "cnn-news-israel-hamas-war.txt:1893": "rafah_west_four",
    # gaza_city_eight: 8 or more killed by an airstrike on Gaza City, 8 May
    "cnn-news-israel-hamas-war.txt:1895": "gaza_city_eight",
    # airdrop_deaths: two killed by a failed aid-airdrop parachute in northern Gaza
    "gaza-news.txt:9089": "airdrop_deaths",
    # may07: left out (aggregate tolls, analysis, policy, generic bombardment, threats of future attacks,
    # occurrences outside the window, ambiguous or plural references)
    "googlenews-bbc-gaza.txt:151": _NONE, "googlenews-bbc-gaza.txt:155": _NONE,
    "googlenews-bbc-gaza.txt:161": _NONE, "googlenews-bbc-gaza.txt:167": _NONE,
    "googlenews-bbc-gaza.txt:183": _NONE, "googlenews-bbc-gaza.txt:187": _NONE,
    "cnn-news-israel-hamas-war.txt:1828": _NONE, "cnn-news-israel-hamas-war.txt:1837": _NONE,
    "cnn-news-israel-hamas-war.txt:1839": _NONE, "cnn-news-israel-hamas-war.txt:1846": _NONE,
    "cnn-news-israel-hamas-war.txt:1849": _NONE, "cnn-news-israel-hamas-war.txt:1851": _NONE,
    "cnn-news-israel-hamas-war.txt:1855": _NONE, "cnn-news-israel-hamas-war.txt:1860": _NONE,
    "cnn-news-israel-hamas-war.txt:1869": _NONE, "cnn-news-israel-hamas-war.txt:1874": _NONE,
    "cnn-news-israel-hamas-war.txt:1878": _NONE, "cnn-news-israel-hamas-war.txt:1888": _NONE,
    "cnn-news-israel-hamas-war.txt:1892": _NONE, "cnn-news-israel-hamas-war.txt:1896": _NONE,
    "cnn-news-israel-hamas-war.txt:1899": _NONE, "cnn-news-israel-hamas-war.txt:1904": _NONE,
    "cnn-news-israel-hamas-war.txt:1908": _NONE, "cnn-news-israel-hamas-war.txt:1911": _NONE,
    "cnn-news-israel-hamas-war.txt:1918": _NONE, "gaza-news.txt:9026": _NONE, "gaza-news.txt:9027": _NONE,
    "gaza-news.txt:9034": _NONE, "gaza-news.txt:9044": _NONE, "gaza-news.txt:9056": _NONE,
    "gaza-news.txt:9071": _NONE, "gaza-news.txt:9074": _NONE, "gaza-news.txt:9076": _NONE,
    "gaza-news.txt:9084": _NONE, "gaza-news.txt:9103": _NONE, "gaza-news.txt:9109": _NONE,
    "gaza-news.txt:9114": _NONE, "gaza-news.txt:9126": _NONE,
    # --- may13 ---
    # un_vehicle_rafah: UN (DSS) vehicle hit in Rafah, Indian staff member Waibhav Anil Kale killed, 13
    #   May
    "googlenews-bbc-gaza.txt:264": "un_vehicle_rafah", "googlenews-bbc-gaza.txt:284": "un_vehicle_rafah",
    "cnn-news-israel-hamas-war.txt:2068": "un_vehicle_rafah",
    "cnn-news-israel-hamas-war.txt:2101": "un_vehicle_rafah",
    "cnn-news-israel-hamas-war.txt:2112": "un_vehicle_rafah", "gaza-news.txt:9391": "un_vehicle_rafah",
    "gaza-news.txt:9440": "un_vehicle_rafah", "gaza-news.txt:9477": "un_vehicle_rafah",
    # aid_trucks_attack: Israeli protesters attack Gaza-bound aid trucks in the West Bank (Tarqumiya), 13
    #   May
    "googlenews-bbc-gaza.txt:266": "aid_trucks_attack", "gaza-news.txt:9416": "aid_trucks_attack",
    "gaza-news.txt:9443": "aid_trucks_attack",
    # glasgow_protest: pro-Palestinian protest in Glasgow: police officer bitten, five injured
    "googlenews-bbc-gaza.txt:291": "glasgow_protest",
    # central_overnight: Israeli airstrikes overnight in central Gaza (Nuseirat), 36-40 killed, families
    #   under rubble, night of 13/14 May
    "cnn-news-israel-hamas-war.txt:2106": "central_overnight",
    "cnn-news-israel-hamas-war.txt:2107": "central_overnight",
    "cnn-news-israel-hamas-war.txt:2108": "central_overnight", "gaza-news.txt:9395": "central_overnight",
    # un_school_strike: Israeli strike on a UN school in Gaza said to be used by Hamas, 14 May
    "cnn-news-israel-hamas-war.txt:2105": "un_school_strike",
    # internet_point: Israeli attack on a Gaza City internet access point, scores hurt
    "gaza-news.txt:9493": "internet_point",
    # may13: left out (aggregate tolls, analysis, policy, generic bombardment, threats of future attacks,
    # occurrences outside the window, ambiguous or plural references)
    "googlenews-bbc-gaza.txt:265": _NONE, "googlenews-bbc-gaza.txt:269": _NONE,
    "googlenews-bbc-gaza.txt:279": _NONE, "googlenews-bbc-gaza.txt:280": _NONE,
    "googlenews-bbc-gaza.txt:286": _NONE, "cnn-news-israel-hamas-war.txt:2060": _NONE,
    "cnn-news-israel-hamas-war.txt:2067": _NONE, "cnn-news-israel-hamas-war.txt:2072": _NONE,
    "cnn-news-israel-hamas-war.txt:2073": _NONE, "cnn-news-israel-hamas-war.txt:2081": _NONE,
    "cnn-news-israel-hamas-war.txt:2098": _NONE, "cnn-news-israel-hamas-war.txt:2099": _NONE,
    "cnn-news-israel-hamas-war.txt:2110": _NONE, "cnn-news-israel-hamas-war.txt:2111": _NONE,
    "cnn-news-israel-hamas-war.txt:2114": _NONE, "cnn-news-israel-hamas-war.txt:2115": _NONE,
    "cnn-news-israel-hamas-war.txt:2116": _NONE, "cnn-news-israel-hamas-war.txt:2121": _NONE,
    "gaza-news.txt:9381": _NONE, "gaza-news.txt:9384": _NONE, "gaza-news.txt:9393": _NONE,
    "gaza-news.txt:9394": _NONE, "gaza-news.txt:9398": _NONE, "gaza-news.txt:9400": _NONE,
    "gaza-news.txt:9401": _NONE, "gaza-news.txt:9403": _NONE, "gaza-news.txt:9407": _NONE,
    "gaza-news.txt:9414": _NONE, "gaza-news.txt:9418": _NONE, "gaza-news.txt:9419": _NONE,
    "gaza-news.txt:9423": _NONE, "gaza-news.txt:9427": _NONE, "gaza-news.txt:9430": _NONE,
    "gaza-news.txt:9436": _NONE, "gaza-news.txt:9437": _NONE, "gaza-news.txt:9445": _NONE,
    "gaza-news.txt:9451": _NONE, "gaza-news.txt:9475": _NONE, "gaza-news.txt:9481": _NONE,
    "gaza-news.txt:9485": _NONE,
    # --- mar13 ---
    # unrwa_rafah_center: Israeli strike on the UNRWA food distribution centre in Rafah, 13 March (staffer
    #   killed, Hamas commander claimed)
    "cnn-news-israel-hamas-war.txt:388": "unrwa_rafah_center",
    "cnn-news-israel-hamas-war.txt:390": "unrwa_rafah_center",
    "cnn-news-israel-hamas-war.txt:437": "unrwa_rafah_center", "gaza-news.txt:6239": "unrwa_rafah_center",
    # kuwait_roundabout: Israeli fire on crowds awaiting aid at the Kuwait roundabout, Gaza City, 14 March
    #   (20-21 killed, 155 hurt)
    "cnn-news-israel-hamas-war.txt:416": "kuwait_roundabout",
    "cnn-news-israel-hamas-war.txt:417": "kuwait_roundabout", "gaza-news.txt:6222": "kuwait_roundabout",
    "gaza-news.txt:6270": "kuwait_roundabout", "gaza-news.txt:6287": "kuwait_roundabout",
    "gaza-news.txt:6288": "kuwait_roundabout", "gaza-news.txt:6293": "kuwait_roundabout",
    "gaza-news.txt:6315": "kuwait_roundabout",
    # aid_seekers_six: Israeli forces kill six in an earlier attack on aid seekers, 13 March
    "gaza-news.txt:6229": "aid_seekers_six",
    # us_yemen_mar13: US strikes destroy 4 drones and a surface-to-air missile in Houthi areas of Yemen
    "cnn-news-israel-hamas-war.txt:380": "us_yemen_mar13",
    "cnn-news-israel-hamas-war.txt:443": "us_yemen_mar13",
    # us_yemen_mar14: US raids on Houthi-held Yemen; 9 anti-ship missiles and 2 drones destroyed
    "cnn-news-israel-hamas-war.txt:414": "us_yemen_mar14",
    # houthi_warship: Houthi ballistic missile fired at a US warship, missed
    "cnn-news-israel-hamas-war.txt:401": "houthi_warship",
    # vessel_explosion: vessel reports an explosion near Yemen (UKMTO), 14 March
    "cnn-news-israel-hamas-war.txt:438": "vessel_explosion",
    # tyre_strike: Israeli strike kills a Hamas operative in Lebanon (Tyre), 13 March
    "cnn-news-israel-hamas-war.txt:392": "tyre_strike",
    # jenin_raid: Israeli raid on Jenin, 2 Palestinians killed
    "cnn-news-israel-hamas-war.txt:393": "jenin_raid",
    # checkpoint_stabbing: stabbing at a checkpoint near Jerusalem, two security personnel wounded,
    #   15-year-old attacker died
    "cnn-news-israel-hamas-war.txt:395": "checkpoint_stabbing",
    "cnn-news-israel-hamas-war.txt:399": "checkpoint_stabbing",
    # shuafat_boy: border police officer kills a 12-year-old at Shuafat camp, Jerusalem
    "cnn-news-israel-hamas-war.txt:403": "shuafat_boy",
    # north_jerusalem_two: 2 Palestinians killed, 3 wounded by IDF fire north of Jerusalem
    "cnn-news-israel-hamas-war.txt:405": "north_jerusalem_two",
    # mar13: left out (aggregate tolls, analysis, policy, generic bombardment, threats of future attacks,
    # occurrences outside the window, ambiguous or plural references)
    "cnn-news-israel-hamas-war.txt:385": _NONE, "cnn-news-israel-hamas-war.txt:389": _NONE,
    "cnn-news-israel-hamas-war.txt:394": _NONE, "cnn-news-israel-hamas-war.txt:407": _NONE,
    "cnn-news-israel-hamas-war.txt:421": _NONE, "cnn-news-israel-hamas-war.txt:427": _NONE,
    "cnn-news-israel-hamas-war.txt:440": _NONE, "cnn-news-israel-hamas-war.txt:442": _NONE,
    "cnn-news-israel-hamas-war.txt:448": _NONE, "cnn-news-israel-hamas-war.txt:451": _NONE,
    "gaza-news.txt:6235": _NONE, "gaza-news.txt:6238": _NONE, "gaza-news.txt:6248": _NONE,
    "gaza-news.txt:6252": _NONE, "gaza-news.txt:6255": _NONE, "gaza-news.txt:6266": _NONE,
    "gaza-news.txt:6271": _NONE, "gaza-news.txt:6281": _NONE, "gaza-news.txt:6297": _NONE,
    "gaza-news.txt:6307": _NONE, "gaza-news.txt:6309": _NONE, "gaza-news.txt:6311": _NONE,
    "gaza-news.txt:6312": _NONE,
    # --- jun04 ---
    # nuseirat_school: Israeli strike on the UNRWA (al-Sardi) school shelter in Nuseirat, night of 5/6
    #   June (27-40 killed)
    "gaza-news.txt:10689": "nuseirat_school", "gaza-news.txt:10751": "nuseirat_school",
    "gaza-news.txt:10753": "nuseirat_school", "gaza-news.txt:10760": "nuseirat_school",
    "gaza-news.txt:10767": "nuseirat_school", "gaza-news.txt:10773": "nuseirat_school",
    "gaza-news.txt:10776": "nuseirat_school", "gaza-news.txt:10777": "nuseirat_school",
    "gaza-news.txt:10784": "nuseirat_school", "gaza-news.txt:10807": "nuseirat_school",
    # central_offensive: Israeli ground and air offensive launched on central Gaza (Bureij, east Deir al-
    #   Balah), 4-5 June
    "gaza-news.txt:10685": "central_offensive", "gaza-news.txt:10697": "central_offensive",
    "gaza-news.txt:10706": "central_offensive", "gaza-news.txt:10754": "central_offensive",
    "gaza-news.txt:10797": "central_offensive",
    # hezbollah_drones: Hezbollah explosive-drone attack on northern Israel (Hurfeish), 10 injured, 5 June
    "cnn-news-israel-hamas-war.txt:2565": "hezbollah_drones",
    "cnn-news-israel-hamas-war.txt:2566": "hezbollah_drones",
    # base_explosion: explosion at an Israeli military base, 9 soldiers injured, 5 June
    "cnn-news-israel-hamas-war.txt:2587": "base_explosion",
    # beirut_embassy: gunman opens fire at the US embassy in Lebanon, 5 June
    "cnn-news-israel-hamas-war.txt:2576": "beirut_embassy",
    "cnn-news-israel-hamas-war.txt:2577": "beirut_embassy",
    "cnn-news-israel-hamas-war.txt:2583": "beirut_embassy", "wsj-news-middleeast.txt:635": "beirut_embassy",
    # jerusalem_march: Jerusalem Day flag march through east Jerusalem, 5 June
    "gaza-news.txt:10762": "jerusalem_march", "gaza-news.txt:10822": "jerusalem_march",
    # jun04: left out (aggregate tolls, analysis, policy, generic bombardment, threats of future attacks,
    # occurrences outside the window, ambiguous or plural references)
    "cnn-news-israel-hamas-war.txt:2570": _NONE, "cnn-news-israel-hamas-war.txt:2581": _NONE,
    "gaza-news.txt:10691": _NONE, "gaza-news.txt:10692": _NONE, "gaza-news.txt:10699": _NONE,
    "gaza-news.txt:10704": _NONE, "gaza-news.txt:10707": _NONE, "gaza-news.txt:10718": _NONE,
    "gaza-news.txt:10723": _NONE, "gaza-news.txt:10725": _NONE, "gaza-news.txt:10739": _NONE,
    "gaza-news.txt:10742": _NONE, "gaza-news.txt:10764": _NONE, "gaza-news.txt:10782": _NONE,
    "gaza-news.txt:10789": _NONE, "gaza-news.txt:10791": _NONE, "gaza-news.txt:10794": _NONE,
    "gaza-news.txt:10795": _NONE, "gaza-news.txt:10798": _NONE, "gaza-news.txt:10799": _NONE,
    "gaza-news.txt:10806": _NONE, "gaza-news.txt:10820": _NONE,
}
