"""References to one violent event in reports about it: struck sites, killers, victims, and strikes that are no attack."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.lexicon import STOPPED_BEFORE
from eventwire.components.ships import ASHORE, SHIP, SHIP_OBJECT
from eventwire.pipeline.workdoc import Trigger, WorkDoc

# "strike on Iran's consulate in Damascus", "attack on a Gaza aid convoy": one struck site or place names one event.
_SITE = (r"(?:consulate|embassy|hospital|clinic|camp|tent\s+camp|convoy|school|mosque|church|market|shelter|"
         r"building|home|house|apartment|tower|bakery|aid\s+(?:workers?|team|convoy|site|trucks?)|team|"
         r"journalists?|ambulance|car|vehicle|refinery|base|airport|port|bridge|station|compound|headquarters)")
_TARGET = re.compile(r"\s+(?:on|at|against|in)\s+(?:(?:the|a|an|its|his|their|Iran[’']s|Israel[’']s)\s+)?"
                     r"(?P<words>(?:[\w’'-]+\s+){0,3}?)" + _SITE + r"\b", re.I)
_SITE_BEFORE = re.compile(r"\b" + _SITE + r"\s+(?:aid\s+)?$", re.I)  # "aid convoy strike", "hospital blast"
_BY_PARTY = re.compile(r"\s+by\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?")
_SINGULAR_HIT = re.compile(r"((?:air\s*)?strike|attack|bombing|blast)(?:\s+(?:on|at|against|in))?", re.I)


def place_in(doc: WorkDoc, a: int, b: int) -> bool:
    """A place (not a demonym) named from a to b: "after Rafah strike" names where."""
    return any(a <= p.start < b and p.role != "demonym" for p in doc.places)


def site_after(text: str, end: int) -> bool:
    """A struck site told right after a strike word: "strikes on aid convoy", "attack at a hospital"."""
    return _TARGET.match(text, end) is not None


def specific_target(doc: WorkDoc, t: Trigger) -> bool:
    """A singular strike or attack told with the site or place it hit: a reference to one event, not a pattern."""
    w = _SINGULAR_HIT.fullmatch(t.text)
    if w is None:
        return False
    text, end = doc.text, t.start + w.end(1)
    by = _BY_PARTY.match(text, end)  # "strike by Israel on Rafah camp"
    if _TARGET.match(text, by.end() if by else end) is not None or _SITE_BEFORE.search(text, max(0, t.start - 30),
                                                                                      t.start):
        return True
    if any(p.end == t.start - 1 and p.role != "demonym" and text[p.end] == " " for p in doc.places):
        return True  # "Rafah strike", "Damascus strike": a place named as the strike's attribute
    # "strike on Rafah", "attack in Damascus": a named place right after the preposition.
    on = re.match(r"\s+(?:on|at|against|in)\s+(?:the\s+)?", text[end : end + 20], re.I)
    return on is not None and any(p.start == end + on.end() for p in doc.places)


_CAPABILITY_BEFORE = re.compile(r"\b(?:long-range|precision|deep|stand-?off)\s+$", re.I)
# "the Joint Strike Fighter", "strike aircraft": a kind of aircraft, not an act.
_CAPABILITY_AFTER = re.compile(r"strikes?\s+(?:capabilit\w+|weapons?|systems?|assets?|groups?|packages?|means|"
                               r"complex(?:es)?|drones?|UAVs?|fighters?|aircraft|bombers?|jets?|eagles?)\b", re.I)


_ONE_ACT = re.compile(r"\b(?:a|an|the|this|that)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
_LABOUR = re.compile(r"(?:\b(?:hunger|general|labou?r|workers[’']?|union|teachers[’']?|doctors[’']?|nurses[’']?|"
                     r"miners[’']?|transport|rail|warning|nationwide|national|pilots[’']?|staff)\s+(?:\w+\s+)?|"
                     r"\bon\s+)$", re.I)
# "40,000 mineworkers observed the strike", "asked the workers to stage a strike": a labour strike.
_WALKOUT = re.compile(r"\b(?:\w*workers|unions?|strikers|picket\w*|walkouts?)", re.I)
# "Thousands join strike in Wales": joining a strike is a walkout, unless it is aimed ("Israel joined the strike on
# Iranian air defences" is a coalition's attack). Hiring hands "to offset a strike" makes up for a walkout.
_WALKOUT_VERB = re.compile(r"\b(?:(?:stage|staged|observed|called|call|go|went|on)\s+(?:the\s+|a\s+)?(?:\w+\s+)?"
                           r"strikes?|offset\s+(?:the\s+|an?\s+)?(?:\w+\s+)?strikes?|"
                           r"join(?:s|ed|ing)?\s+(?:the\s+|a\s+)?(?:\w+\s+)?strikes?"
                           r"(?!\s+(?:on|against)\b))\b", re.I)
# "a wildcat strike", "sympathy strikes", "a sit-down strike": walkout words, so the strike is a protest.
_GENERAL_STRIKE = re.compile(r"\b(?:hunger|general|labou?r|union|nationwide|national|warning|transport|wildcat|"
                             r"sympathy|sit-down)\s+$", re.I)


def no_attack_strike(text: str, s0: int, s1: int, t0: int, harm_near: bool, target: bool) -> bool:
    """True when "strike(s)" at t0 is a labour or hunger strike or a means of war ("long-range strike"), not an act."""
    cap = _CAPABILITY_BEFORE.search(text, max(s0, t0 - 16), t0)
    if cap is not None and _ONE_ACT.search(text, max(s0, cap.start() - 30), cap.start()):
        cap = None  # "a Ukrainian precision strike eliminated 20 soldiers": one strike, not a kind of weapon
    if cap is not None or _CAPABILITY_AFTER.match(text, t0):
        return True  # "tanks, artillery, long-range strike, and other materiel", "strike drones": a means, not an act
    if not text[t0 : t0 + 6].lower().startswith("strike"):
        return False
    if _GENERAL_STRIKE.search(text, max(s0, t0 - 14), t0):
        return True
    # Harm right next to the word, or a struck site, makes it an attack even with workers named ("kills 5 aid workers").
    return not harm_near and (_LABOUR.search(text, max(s0, t0 - 30), t0) is not None
                              or _WALKOUT_VERB.search(text, s0, s1) is not None
                              or (not target and _WALKOUT.search(text, s0, s1) is not None))


# A victim noun's post-modifier before its killing: "5 people working with a charity killed", "Three men who worked for
# a bakery were killed", "Four civilians from the same family killed": a lower-case -ing participle, a "who" clause
# whose verb is its own (not "who have been murdered", a tally's killing, nor "who were abducted", an act of its own)
# or a "from"/"with" phrase; each takes one to five more words, with no number, clause break ("and", "then"),
# reporting verb or casualty word.
VICTIM_POST_MOD = (r"\s+(?:who\s+(?:(?:had|were|was|have|has|are|is)\s+)?(?!(?:been|being|be|had|have|has|were|was|are|"
                   r"is)\b|(?:abduct|kidnap|arrest|detain|seiz|taken|took|held|hold|rescu|kill|shot|shoot|murder|slay|"
                   r"slain|wound|injur|massacr|execut|stabb|behead|lynch)\w*\b)[a-z]+|"
                   r"(?!(?:including|killing|during|according|injuring|wounding)\b)"
                   r"(?-i:[a-z]{3,}ing|[A-Z]{3,}ING)|from|with)\b"  # no mixed-case name ("Beijing"); all-caps wire copy
                   r"(?:\s+(?!(?:where|when|while|as|after|before|and|but|or|then|later|subsequently|said|says|say|told|"
                   r"reported|added|stated|who|which|that|were|was|are|is|killed|kills?|dead|died|shot|slain|murdered|"
                   r"injured|wounded|hurt|casualties|victims|deaths?)\b)(?!\d)[\w’'-]+){1,5}?")
_POST_MOD = rf"(?:{VICTIM_POST_MOD})?"

# "killed in Israeli attacks", "killed by Russian fire": an armed party named as the killer.
AGENT_AFTER = re.compile(r"\s+(?:\w+\s+){0,4}?(?:by|in|from|during)\s+(?:an?\s+|the\s+)?[A-Z][\w’'-]+\s+"
                          r"(?P<noun>attacks?|strikes?|airstrikes?|air\s+strikes?|fire|raids?|shelling|bombardment|"
                          r"gunfire|forces|troops|soldiers|military)\b")
# "Israel's killing of aid workers", "the killing of journalists in Gaza": conflict victims named with the killing.
_VICTIM_NOUN = (r"(?:aid\s+(?:workers?|seekers)|humanitarian\s+workers?|journalists?|Palestinians|civilians|"
                r"(?:[A-Z][\w-]+\s+){1,3}(?:workers|staff))")  # "World Central Kitchen workers"
_CONFLICT_VICTIMS = re.compile(r"\s+(?:of\s+)?(?:(?:at\s+least\s+)?(?P<toll>\d[\d,]*|dozens|scores|hundreds)\s+)?"
                               r"(?:[A-Z][\w-]+\s+)?" + _VICTIM_NOUN + r"\b(?P<where>.{0,60}?\b(?:in|near|at)\s+[A-Z])?")
# "Polish aid worker killed in Gaza", "aid workers from a charity killed in Gaza": the victims before the verb, the
# place after it.
_VICTIMS_BEFORE = re.compile(r"\b" + _VICTIM_NOUN + _POST_MOD +
                             r"\s+(?:were\s+|was\s+|are\s+|have\s+been\s+|has\s+been\s+)?$", re.I)


def armed_agent(doc: WorkDoc, t: Trigger, s0: int, s1: int) -> str:
    """How a killing names its conflict: "author" ("Israel's killing of", "killed in Israeli strikes"), "victims"
    ("the killing of 112 Palestinians", "aid worker killed in Gaza"), or "" (maybe ordinary crime)."""
    text = doc.text
    if any(re.fullmatch(r"(?:['’]s)?\s+", text[a.end : t.start]) for a in parties(doc, s0, t.start)):
        return "author"
    if AGENT_AFTER.match(text, t.end, s1):
        return "author"
    if t.text.lower().startswith(("killing", "shooting", "death")):
        v = _CONFLICT_VICTIMS.match(text, t.end, s1)
        if v is None:
            # "killings at Gaza aid site": the killing told with the place it happened at.
            at = re.match(r"\s+(?:at|in|near)\s+(?:the\s+)?", text[t.end : s1])
            return "victims" if at is not None and any(p.start == t.end + at.end() and p.role != "demonym"
                                                      for p in doc.places) else ""
        # "the killing of Gaza aid workers": a place naming the victims makes the reference specific too.
        placed = any(v.start() < p.start < v.end() and p.role != "demonym" for p in doc.places)
        # "denounces killing of medics, holds army responsible": a lone headline naming a party is the report.
        blamed = lone_headline(doc) and any(a.kind != "demonym" for a in parties(doc, s0, s1))
        return "victims" if v.group("toll") is not None or v.group("where") is not None or placed or blamed else ""
    if _VICTIMS_BEFORE.search(text, max(s0, t.start - 80), t.start) is not None and _PLACED_AFTER.match(text, t.end, s1):
        return "victims"
    if t.text.lower() == "killed" and headline_victim(doc, s0, s1, t.start, t.end):
        return "victims"  # "Prominent Somali youth leader killed in Mogadishu": a lone headline's victim and place
    return ""


def parties(doc: WorkDoc, s0: int, s1: int) -> list[Any]:
    """State, force, demonym and group mentions in a span (the actors stage runs before this one)."""
    return [a for a in doc.actors if s0 <= a.start < s1 and a.kind in ("state", "force", "demonym", "group")]


# Deaths no one inflicted, named in a headline ("Nightclub fire kills 29", "Bus crash kills 12").
MISHAP_HEAD = re.compile(r"\b(?:fires?|wildfires?|bushfires?|blaze|floods?|flooding|crash(?:es)?|collisions?|"
                         r"wrong-way|storms?|(?:earth)?quakes?|carbon\s+monoxide|(?:gas|chemical)\s+leaks?|drown\w*|"
                         r"electrocut\w*|hurricanes?|cyclones?|typhoons?|tornado(?:es)?|landslides?|mudslides?|"
                         r"avalanches?|heat(?:wave)?|stampedes?|collapses?|accidents?|disease|outbreak|covid|cholera|"
                         r"ebola|lightning|capsized?|sank|sinks|derail\w*|overdoses?|poisoning|virus|flu)\b", re.I)

# "Israeli fire kills 12 at food queue", "sniper fire kills boy", "troops open fire, killing 5": a force's or a
# weapon's fire is gunfire, not the blaze MISHAP_HEAD means ("Nightclub fire kills 29", "heavy fire guts market").
_GUNFIRE_BEFORE = re.compile(r"\b(?:army|troops?|forces|soldiers?|police|tanks?|snipers?|artillery|mortars?|rockets?|"
                             r"gun|machine[-\s]?gun|live|naval|enemy|cross|return(?:ed|s|ing)?|open(?:ed|s|ing)?)"
                             r"\s+$", re.I)


def _firing_party(doc: WorkDoc, a: Any, s0: int, s1: int) -> bool:
    """Whether a party named right before "fire" fired it rather than naming where a blaze was."""
    if a.kind in ("force", "group"):
        return True
    # "Bangladesh fire kills 45", "Turkish fire kills 29 in Istanbul": a land's own name or people before "fire" tell
    # where a blaze was; a people's fire that kills in another land ("Russian fire kills 4 in Kherson") is gunfire.
    return a.kind == "demonym" and a.country_code is not None and any(
        s0 <= p.start < s1 and p.role != "demonym" and p.country_code not in (None, a.country_code) for p in doc.places)


def mishap(doc: WorkDoc, s0: int, s1: int) -> bool:
    """A headline's span names a death no one inflicted (MISHAP_HEAD), not counting a party's or a weapon's fire."""
    text = doc.text
    for m in MISHAP_HEAD.finditer(text, s0, s1):
        if not m.group().lower().startswith("fire"):
            return True
        before = text[max(s0, m.start() - 30) : m.start()]
        party = any(a.end <= m.start() and not text[a.end : m.start()].strip() and _firing_party(doc, a, s0, s1)
                    for a in parties(doc, s0, m.start()))
        if not party and _GUNFIRE_BEFORE.search(before) is None:
            return True
    return False


# A headline's bare passive names the victim right before "killed" ("presidential guard killed in Kabul"), or with a
# post-modifier ("four people working for a charity killed in Gaza").
_HEAD_VICTIM = re.compile(r"\b(?:leaders?|guards?|officials?|officers?|soldiers?|policem[ae]n|members?|people|"
                          r"staff|staffers?|volunteers?|famil(?:y|ies)|relatives|"
                          r"teens?|teenagers?|students?|brothers?|sons?|chiefs?|commanders?|elders?|clerics?|"
                          r"imams?|activists?|workers?|villagers|residents|civilians?|children|women|girls?|boys?|"
                          r"journalists?|reporters?|medics?|doctors?|nurses?|farmers?|shepherds?|pilgrims?|"
                          r"worshippers)" + _POST_MOD + r"\s+$", re.I)

_PLACED_AFTER = re.compile(r"\s+(?:in|near|at)\s+(?:(?:north|south|east|west|central|northern|southern|eastern|"
                           r"western)\s+)?[A-Z]")


# "Website attacked in Paris by hackers", "Minister verbally attacked in X": no armed attack.
_NOT_ARMED_TARGET = re.compile(r"\b(?:hack\w*|cyber\w*|websites?|online|ransomware|servers?|verbally)\b", re.I)


def attacked_at(doc: WorkDoc, t: Trigger, s1: int) -> bool:
    """A lone headline's bare passive attack with its place: "MSF convoy attacked in Gaza", "Shops attacked in X"."""
    s0 = doc.sentences[t.sentence].start
    return lone_headline(doc) and t.text.lower() == "attacked" and _PLACED_AFTER.match(doc.text, t.end, s1) is not None \
        and _NOT_ARMED_TARGET.search(doc.text, s0, s1) is None


# "Gaza war live: Nurses killed amid hunger", "War in Sudan updates: ...": a live feed's label names a war and
# its place, and the killing told under it happened there, unless it is a tally or a retelling ("since", a year,
# "during the war", "remembered"). A bare place label ("Thailand: workers killed on a farm abroad") names the
# story's subject, often the victims' home, not the scene, so it places nothing.
_LABEL_PLACE = re.compile(r"(?=[^:|\n]{0,50}?\b(?:war|conflict|offensive|fighting|live|updates)\b)"
                          r"[^:|\n]{2,50}?\s*[:|]\s+", re.I)
_AFTER_LABELLED = re.compile(r"\s*(?:$|(?:amid|while|as|when|after|during|in|near|at|by)\b)", re.I)
_TALLY = re.compile(r"\b(?:since|so\s+far|this\s+year|last\s+year|tops|passe[sd]|surpass\w*|(?:19|20)\d\d|"
                    r"during\s+(?:the\s+)?(?:war|conflict|offensive)|(?:war|conflict)\s+(?:enters|marks|turns)|"
                    r"remembered|honou?red|mourned|named|recalled|commemorated)\b", re.I)


def _labelled_place(doc: WorkDoc, s0: int, s1: int, t1: int) -> bool:
    """A place named in the lone headline's war label ("Gaza war: ...") with the killing not told as a tally."""
    label = _LABEL_PLACE.match(doc.text, s0, t1)
    return label is not None and place_in(doc, s0, label.end()) and _AFTER_LABELLED.match(doc.text, t1, s1) is not None \
        and _TALLY.search(doc.text, s0, s1) is None


def headline_victim(doc: WorkDoc, s0: int, s1: int, t0: int, t1: int) -> bool:
    """A lone headline's bare passive killing with its victim and place: "Youth Leader Shot Dead in Mogadishu"."""
    text = doc.text
    return lone_headline(doc) and (_PLACED_AFTER.match(text, t1, s1) is not None or _labelled_place(doc, s0, s1, t1)) \
        and _HEAD_VICTIM.search(text, max(s0, t0 - 80), t0) is not None and not mishap(doc, s0, s1)


def lone_headline(doc: WorkDoc) -> bool:
    """The whole document is one short headline (a UCDP source line, a feed title)."""
    if len(doc.sentences) != 1:
        return False
    s = doc.sentences[0]
    return len(doc.text[s.start : s.end].split()) <= 25


def headline_toll(doc: WorkDoc, t: Trigger, s0: int, s1: int) -> bool:
    """A lone headline's killing told with its count and no mishap: "Herders kill 10 in Kogi", "3 dead in Juba"."""
    if not lone_headline(doc) or mishap(doc, s0, s1):
        return False
    # The count sits next to the word: "kill 10", "Ten killed", "among six killed", "1 dead, 20 injured".
    return any(t.start - 40 <= n.end <= t.start or t.end <= n.start <= t.end + 15 for n in doc.numbers
               if s0 <= n.start < s1)


# "Israel strikes warehouse in Lebanon's Tyre district", "IDF says it struck Hezbollah site in Lebanon": a lone
# headline's party striking something at a named place is one attack; "strikes deal", "strikes back" are not.
_SAYS_IT = re.compile(r"\s+(?:(?:says|said|claims|claimed)\s+(?:it|they)\s+)?$", re.I)
_NOT_HIT = re.compile(r"\s+(?:a\s+|an\s+)?(?:deals?|agreements?|accords?|bargains?|pacts?|tones?|chords?|balance|"
                      r"notes?|pose|gold|oil|lucky|out|back\s+(?:at\s+)?(?:critics|claims)|"
                      # "U.S. Strikes Won't Achieve ...", "U.S. Strikes Give Yemen's Houthis ...": a noun before its verb.
                      r"will|won[’']t|would|could|can|may|might|must|should|are|were|have|had|gives?|fail|show|spark)\b",
                      re.I)


def party_strikes(doc: WorkDoc, t: Trigger, s0: int, s1: int) -> bool:
    """A lone headline's "<party> strikes/struck <something> in <place>": the party's attack on that place."""
    if not lone_headline(doc) or t.text.lower() not in ("strikes", "struck") or _NOT_HIT.match(doc.text, t.end, s1):
        return False
    if not any(_SAYS_IT.fullmatch(doc.text, a.end, t.start) for a in parties(doc, s0, t.start) if a.kind != "demonym"):
        return False
    return place_in(doc, t.end + 1, s1)


# "Russian forces continued to strike areas on the west bank, including Kherson City", "Ukrainian forces reportedly
# struck rear areas in Luhansk Oblast", "reported Russian strikes around the Donetsk City area": an armed force (a
# force noun up to four words before the strike word, or a people's name right before the noun) and a town or region
# named after it in the same clause. The gold codes such strikes with the means unstated as shelling (README).
_FORCE_BEFORE = re.compile(r"\b(?:forces|troops|military|army|units)\s+(?:[a-z’'-]+\s+){0,3}$")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|which|who|after|as|although)\b|\b(?:said|says|claimed|denied)\b")
_STRIKE_WORD = re.compile(r"(?:strikes?|struck|striking)", re.I)
# "troops were struck by lightning": a force that is struck is no striker (a passive attack has rules of its own).
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are|get|got)\s+$", re.I)
# Idioms and movement senses _NOT_HIT (headline phrasing) misses: "struck a blow", "struck a conciliatory note",
# "struck camp", "struck north from X", "struck first"; and a vehicle or a fist hitting one person ("struck a
# pedestrian").
# "struck camp" has no article ("struck a refugee camp" is a strike); "struck north of X" names where it hit.
_NOT_STRIKE = re.compile(r"\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){0,2}(?:blow|note|tone|chord|nerve)\b|\s+camp\b|"
                         r"\s+(?:north|south|east|west)(?:east|west)?\b(?!\s+of\b)|\s+(?:first|toward|towards)\b|"
                         r"\s+(?:a|an|the)\s+(?:pedestrian|cyclist|man|woman|boy|girl|child|person)\b", re.I)
# "struck a tanker off Odesa", "struck grain ships in the Black Sea": a ship or offshore rig struck at sea, the town
# only a reference point (a ship in a port or on a river may stand for the town, as in assemble_sea.at_sea).
_BARE_SHIPS = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?" + SHIP, re.I)


def force_strikes_place(doc: WorkDoc, t: Trigger, s0: int, s1: int) -> bool:
    """A bare strike word told as an armed force's act on a named town or region of its clause."""
    text = doc.text
    if _STRIKE_WORD.fullmatch(t.text) is None or _NOT_HIT.match(text, t.end, s1) or _NOT_STRIKE.match(text, t.end, s1):
        return False
    if _PASSIVE_AUX.search(text, max(s0, t.start - 12), t.start) or STOPPED_BEFORE.search(text, max(s0, t.start - 30), t.start):
        return False
    force = _FORCE_BEFORE.search(text, max(s0, t.start - 50), t.start) is not None or (
        t.text.lower() == "strikes" and any(a.kind == "demonym" and not text[a.end : t.start].strip()
                                            for a in parties(doc, s0, t.start)))
    if not force:
        return False
    stop = _CLAUSE_BREAK.search(text, t.end, s1)
    end = min(stop.start() if stop else s1, t.end + 130)
    if (SHIP_OBJECT.match(text, t.end, end) or _BARE_SHIPS.match(text, t.end, end)) and not ASHORE.search(text, t.end, end):
        return False
    return any(t.end < p.start < end and p.role != "demonym" and p.lat is not None
               and not (p.feature_code or "").startswith("PCL") for p in doc.places)


# "U.S.-Led Coalition Launches Strikes on Houthi Rebel Targets in Yemen", "Israel launches more strikes in Gaza": a
# party's launched strikes at a named place. (A bombardment alone, and "intensifies strikes", were tried too: in the
# Gaza headlines a bombardment is as often named by a protest or a reaction as told as news, round 27.)
_LAUNCHED = re.compile(r"\b(?:launch(?:es|ed|ing)?|carr(?:y|ies|ied)\s+out)\s+(?:new\s+|fresh\s+|more\s+|further\s+|"
                       r"wave\s+of\s+|waves\s+of\s+)?$", re.I)


# "launches retaliatory strikes toward Lebanon": the trigger holds its adjective, the strikes are the same.
_LAUNCHED_STRIKES = re.compile(r"(?:retaliatory\s+)?strikes?", re.I)


def party_launches(doc: WorkDoc, t: Trigger, s0: int, s1: int) -> bool:
    """A lone headline's strikes launched by a named party, with a place named."""
    text = doc.text
    if not lone_headline(doc) or _LAUNCHED_STRIKES.fullmatch(t.text) is None or \
            not _LAUNCHED.search(text, max(s0, t.start - 30), t.start):
        return False
    # "Kenyan doctors launch retaliatory strikes": workers who launch strikes walk out, as on the plain "strikes" path.
    if _LABOUR.search(text, max(s0, t.start - 30), t.start) or _WALKOUT.search(text, s0, s1):
        return False
    if not any(a.end <= t.start for a in parties(doc, s0, s1)):
        return False
    return place_in(doc, s0, s1)


# "Heavy clashes break out in the Idlib countryside", "clashes erupt in Damascus", "ongoing clashes in the
# countryside of Damascus": clashes told as happening at a named place are a fight, though no party is named.
_CLASHES_TOLD = re.compile(r"\b(?:fierce|heavy|violent|ongoing|renewed|intense|fresh|armed)\s+clashes\b|"
                           r"\bclashes\s+(?:erupt\w*|broke\s+out|break\s+out|take\s+place|took\s+place|rag(?:e|es|ed|ing)|"
                           r"continu\w+|intensif\w+)\b|"
                           # "FOUR REBELS DIED AND SIX MORE WERE HURT IN CLASHES LAST NIGHT IN
                           # USULUTAN": the dead and wounded of clashes tell them as happening.
                           r"\b(?:killed|wounded|injured|died)\s+(?:in|during)\s+clashes\b", re.I)


_HEAD_START = re.compile(r"\s*(?:[\w’'-]+(?:\s+[\w’'-]+)?\s*[:|]\s*)?(?:new\s+|renewed\s+|more\s+)?", re.I)
_IN_PLACE = re.compile(r"\s+(?:during\s+(?:the\s+)?night\s+|overnight\s+)?(?:in|near|around|at)\s+", re.I)


def clashes_told(doc: WorkDoc, s0: int, s1: int, t0: int, t1: int) -> bool:
    """Plural clashes told as happening ("erupt", "fierce", "ongoing") with a town named after them."""
    if doc.text[t0:t1].lower() != "clashes":
        return False
    m = _CLASHES_TOLD.search(doc.text, max(s0, t0 - 20), min(s1, t1 + 20))
    if m is not None:
        told = m.start() <= t0 < m.end()
    else:  # "Clashes in Hums and Quneitra countryside": the headline is the report
        told = lone_headline(doc) and _HEAD_START.fullmatch(doc.text, s0, t0) is not None \
            and _IN_PLACE.match(doc.text, t1) is not None
    return told and any(t1 < p.start < s1 and p.role != "demonym" and not (p.feature_code or "").startswith("PCL")
                        for p in doc.places)


# "Over 150 Syrians died yesterday, Tuesday", "140 were killed yesterday, among them 40 members of the
# army", "23 Armed Oppositions ... Killed Across The Country": a headline that counts a day's dead over a whole
# country, with no act and no place, sums up many events (README: tallies are not labelled); it is not one event.
_DAY_TOLL = re.compile(r"\b(?:today|yesterday|tonight|last\s+night|in\s+(?:the\s+)?(?:past\s+|last\s+)?24\s+hours|"
                       r"across\s+the\s+country|nationwide|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
ACT_NAMED = re.compile(r"\b(?:attack\w*|strikes?|struck|airstrikes?|clash\w*|bomb\w*|shell\w*|raids?|fight(?:s|ing)?|"
                       r"battles?|explosions?|blasts?|ambush\w*|operations?|assault\w*|massacre\w*|fire|gunfire|"
                       r"shot|shooting|missiles?|rockets?|drones?|mortars?|artillery)\b", re.I)


def day_toll(doc: WorkDoc, s0: int, s1: int, t0: int, t1: int) -> bool:
    """A lone headline's dead of a day across a country, told with no act and no place."""
    if not lone_headline(doc) or doc.text[t0:t1].lower() not in ("killed", "dead", "died", "die", "kill", "kills"):
        return False
    if ACT_NAMED.search(doc.text, s0, s1) or not _DAY_TOLL.search(doc.text, s0, s1):
        return False
    return not place_in(doc, s0, s1)


def country_losses(doc: WorkDoc, s0: int, s1: int, t0: int, t1: int) -> bool:
    """A lone headline's losses of an armed side told with no place below its country: a tally, not one fight."""
    # "SYRIA: Kurdish forces suffer dozens of deaths" may sum up a country's fights, like a day's dead across it;
    # "Taliban militants suffer heavy casualties in ... Ghazni" names where the fight was.
    if not lone_headline(doc) or not re.match(r"suffer|casualties|losses", doc.text[t0:t1], re.I):
        return False
    return not any(s0 <= p.start < s1 and p.role != "demonym" and not (p.feature_code or "").startswith("PCL")
                   for p in doc.places)
