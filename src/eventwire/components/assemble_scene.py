"""Is a place where the act was: battles, axes, borders, fronts, names, outlets and frames; the fallback place."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

import numpy as np

from eventwire.components.assemble_link import SPEECH_VERB_NEXT, dateline_end, in_sentence
from eventwire.components.assemble_namesake import loaded_gazetteer, paragraph_places
from eventwire.components.lexicon import OIL_SITE, SHIP
from eventwire.geoparsing.event_location import SOURCE_IN, bordered, is_actor, no_setting
from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import Trigger, WorkDoc

# "forces withdrawn from the Battle of Kyiv": a named battle is history, its place is not where this happens.
_NAMED_BATTLE = re.compile(r"\bBattle\s+(?:of|for)\s+(?:the\s+)?$")
# "operations on the Izyum and Severodonetsk axes": an axis is a direction of advance, not a place of fighting.
# Unlike "direction" (`_named_direction`), "axis" drops a town of any size and each end of a hyphenated line: the gold
# README labels "the X-Y direction" at both towns and a small town's direction at the town, and has no such rule for
# an axis, so the two are kept apart.
_AXIS = re.compile(r"(?:-[A-Z][\w’'-]+|\s+and\s+[\w’'-]+)?\s+ax(?:is|es)\b")  # also "the Izyum-Slovyansk axis"
# "near the Kharkiv-Donetsk Oblast border": two regions naming a boundary, not the city of either.
# "on the Sumy-Kharkiv border", "along the Sumy-Kharkiv and Kharkiv-Luhansk Oblast border" (gold dev).
_BORDER_AFTER = re.compile(r"(?:-[A-Z][\w’'-]+)?(?:\s+and\s+[A-Z][\w’'-]+(?:-[A-Z][\w’'-]+)?)?(?:\s+[Oo]blasts?)?\s+borders?\b")
# "south of Kupiansk near the Luhansk Oblast border": one region's boundary is no place either.
_BORDER_BEFORE = re.compile(r"[A-Z][\w’'-]+-$|\bthe\s+$")
# "shelling ... along the line of contact", "throughout the Southern Axis": a front with no town named.
FRONT = re.compile(r"\b(?:line\s+of\s+contact|front\s*lines?|entire\s+front|(?:Southern|Northern|Eastern|Western)\s+"
                    r"(?:Axis|axis|direction)|throughout\s+the\s+(?:region|country|oblast)|"
                    # "limited ground assaults across all axes", "attacks in several directions" (unlabelled ISW)
                    r"(?:across|along|on|in)\s+(?:all|multiple|several|many|both|each)\s+(?:of\s+the\s+)?"
                    r"(?:axes|directions|fronts|sectors))\b", re.I)


def front_only(doc: WorkDoc, si: int) -> bool:
    """True when a sentence places its event on a front ("along the line of contact") and names no place."""
    s = doc.sentences[si]
    named = [p for p in in_sentence(doc, "places", si) if p.role != "demonym" and (p.geonameid or p.name)
             and not not_where(doc, p)]
    if not named:
        return FRONT.search(doc.text, s.start, s.end) is not None
    # "ground attacks near the Sumy-Kharkiv Oblast border": a border zone is no region either (gold README,
    # "Region-level events"); an official's title ("Oblast Head") still names the region.
    return all(on_border(doc, p) and _TITLE_AFTER.match(doc.text, p.end) is None for p in named)


# "Occupation Administration Head Vladimir Saldo", "occupation official Vladimir Rogov": a title, then a given name
# the gazetteer holds as a town, then the surname (unlabelled ISW).
_TITLE_BEFORE = re.compile(r"\b(?:[Hh]ead|[Oo]fficials?|[Gg]overnor|[Mm]ayor|[Pp]resident|[Mm]inister|[Cc]ommander|"
                           r"[Ss]pokes(?:person|man|woman)|[Dd]eputy|[Cc]hairman|[Ss]ecretary|[Mm]ilblogger|[Bb]logger|"
                           r"[Dd]irector|[Cc]hief|[Ll]eader|[Aa]dministration|[Oo]mbudsman|[Pp]rosecutor|General|"
                           r"Colonel|Major|cited)\s*,?\s+$")
_SURNAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)(?:['’]s)?(?:\s|[,.;:)]|$)")
_NOT_SURNAME = frozenset({"Oblast", "Oblasts", "City", "Raion", "District", "Region", "Krai", "Republic", "Nuclear",
                          "Power", "Plant", "Airport", "Bridge", "Patriarchate", "Axis", "Direction", "Province",
                          "Governorate", "Military", "Civil", "Civilian", "Occupation", "Administration", "People"})


def _given_name(doc: WorkDoc, p: PlaceMention) -> bool:
    """True when the place is a person's given name: a title before it and a surname after it."""
    text = doc.text
    m = _SURNAME_AFTER.match(text, p.end)
    if m is None or _TITLE_BEFORE.search(text, max(0, p.start - 40), p.start) is None:
        return False
    return m.group(1) not in _NOT_SURNAME and not any(q.start == m.start(1) for q in doc.places)


# A firm named after its home city or country acts anywhere: "the head of the Bank of Osaka office in Chile was
# shot", "a Kenya Airways jet was hijacked over Sudan"; an institution named after a town ("Kabul University",
# "Tokyo Stock Exchange") is in that town, so a firm's place is dropped only when another place is told near it.
# Capitalised: "the left bank of the Dnipro" is one.
_FIRM_BEFORE = re.compile(r"(?<![Ww]est\s)(?<![Ee]ast\s)(?<![Ll]eft\s)(?<![Rr]ight\s)\b(?:Bank|BANK|Banco|BANCO|Banque|"
                          r"BANQUE)\s+(?:of|OF|de|DE|do|DO|du|DU|di|DI)\s+(?:the\s+|THE\s+)?$")
_FIRM_AFTER = re.compile(r"\s+(?:Air\s*(?:lines|ways)|Air\s+Lines|Stock\s+Exchange|Chamber\s+of\s+Commerce)\b", re.I)


def in_firm_name(doc: WorkDoc, p: PlaceMention) -> bool:
    """True when the place is part of a firm's name ("Bank of Tokyo", "Kenya Airways", "Tokyo Stock Exchange") and
    another place is told in its sentence or the two before ("... of Bank of Tokyo in Peru"): alone, the firm is
    likely in its own town ("a bomb exploded outside the Bank of Baghdad")."""
    text = doc.text
    if _FIRM_BEFORE.search(text, max(0, p.start - 24), p.start) is None and _FIRM_AFTER.match(text, p.end) is None:
        return False
    si = doc.sentence_of(p.start)
    return any(q.text != p.text and q.role not in ("demonym", "metonym")
               for k in range(max(0, si - 2), si + 1) for q in in_sentence(doc, "places", k))


# "on the Baghdad-Basra highway": a route named by its two ends, not where along it.
# "Kyiv-Pasazhyrskyi railway station" is a station named after its city, in the city.
_ROUTE_AFTER = re.compile(r"(?:-[A-Z][\w’'-]+)?\s+(?:highway|motorway|expressway|road|railway(?!\s+station)|rail\s+line|"
                          r"pipeline)s?\b")
_ROUTE_BEFORE = re.compile(r"\b[A-Z][\w’'-]+-$")


def in_route_name(doc: WorkDoc, p: PlaceMention) -> bool:
    """True for an end of a route's name ("Amarah on the Baghdad-Basra highway") when its sentence tells another place."""
    text = doc.text
    m = _ROUTE_AFTER.match(text, p.end)
    b = _ROUTE_BEFORE.search(text, max(0, p.start - 30), p.start)
    if m is None or (not m.group(0).startswith("-") and b is None):
        return False
    lo = p.start if b is None else b.start()  # the route's name: neither of its ends is another place
    return any(not lo <= q.start < m.end() and q.text != p.text and q.role not in ("demonym", "metonym")
               for q in in_sentence(doc, "places", doc.sentence_of(p.start)))


# "a drone strike on a college dormitory ..., which Moscow blamed on Kyiv": the capital blamed is who acted.
# "blamed the attack on Odesa on Russia": the first "on" names the target, so only the last one is who is blamed.
_BLAMED_ON = re.compile(r"\b(?:blam(?:ed|es|ing)|pinned)\s+(?:it\s+|the\s+\w+\s+(?:on\s+[A-Z][\w’'-]+\s+)?)?on\s+$",
                        re.I)
_ON_NEXT = re.compile(r"\s+on\s+[A-Z]")


# "A Baghdad war communique said", "Tehran radio reported", "the Moscow daily Izvestia said": the place names an
# outlet, which tells of an act elsewhere. The verb of telling follows the outlet at once (at most its name between):
# "shelled the Kabul radio station ..., killing two guards, police said" is where; so is "the Goma radio stations said
# to be close to the rebels" ("said to be" describes the station, it reports nothing).
_OUTLET_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:war|military|army|official|state|state-run|state-owned|government|"
                           r"evening|morning|daily)\s+)?(?:communiques?|communiqués?|(?:radio|television|TV)(?:\s+stations?)?|"
                           r"newspapers?|daily|news\s+agency|press\s+agency|broadcasts?)\b(?=(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
                           + SPEECH_VERB_NEXT.pattern + r"(?!\s+to\b))", re.I)


# "North of Baghdad, gunmen killed a recruit ... in the Baquba area": a direction phrase opening the sentence frames
# the region; the town the sentence names after it is where the act was.
_FRAME_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:[Jj]ust\s+|[Ff]urther\s+)?(?:North|South|East|West)(?:-?(?:east|west))?"
                           r"(?:ern)?\s+of\s+(?:the\s+)?$")


# "said in a statement from Erbil": where the news came from, beside `SOURCE_IN`'s "a spokesman in Kirkuk".
_STATEMENT_FROM = re.compile(r"\b(?:statement|communiqu[eé]|officials?)\s+(?:issued\s+)?(?:in|at|from)\s+(?:the\s+)?$",
                             re.I)


def framing(doc: WorkDoc, p: PlaceMention) -> bool:
    """True for the place of a sentence-opening direction phrase when a town is told later in its sentence."""
    text = doc.text
    if _FRAME_BEFORE.search(text, max(0, p.start - 40), p.start) is None or not text[p.end : p.end + 1] == ",":
        return False
    # A town in a reporting clause ("..., a spokesman in Kirkuk said") is the speaker's, not the act's.
    return any(q.start > p.end and (q.feature_class == "P" or (q.feature_code or "").startswith(("ADM2", "ADM3")))
               and q.role not in ("demonym", "metonym") and q.text != p.text
               and not told_from(text, q) for q in in_sentence(doc, "places", doc.sentence_of(p.start)))


def told_from(text: str, q: PlaceMention) -> bool:
    """True for a place in a reporting clause: "a spokesman in Kirkuk", "a statement from Erbil", "Kirkuk police said"."""
    return SOURCE_IN.search(text, max(0, q.start - 60), q.start) is not None or \
        _STATEMENT_FROM.search(text, max(0, q.start - 40), q.start) is not None or \
        SPEECH_VERB_NEXT.match(text, q.end) is not None


# "Tehran radio said Iraqi jets bombed the capital": with no other place told, "the city" or "the capital" after an
# outlet's town is that town.
_ITS_TOWN = re.compile(r"\bthe\s+(?:city|capital)\b(?!\s+of\b)")


def outlet_town(doc: WorkDoc, p: PlaceMention) -> bool:
    """True when an outlet's town is the only place of its sentence and the act is told at "the city" after it."""
    si = doc.sentence_of(p.start)
    cut = dateline_end(doc)
    return _ITS_TOWN.search(doc.text, p.end, doc.sentences[si].end) is not None and not any(
        q.start != p.start and q.start >= cut and q.role not in ("demonym", "metonym")
        for q in in_sentence(doc, "places", si))


# "monitored|received (by ...) in X" with no report noun before it: a post only when the act is placed elsewhere in
# the sentence. Not "explosions were heard in X": a sound heard is where the act was.
_HEARD_TAIL = r"(?:monitored|received)\s+(?:by\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,4})?(?:in|at)\s+$"
_HEARD_IN = re.compile(r"\b" + _HEARD_TAIL, re.I)
# "reports received in Bogota", "IRNA, monitored by the BBC in London": a report's own noun (or the outlet's
# apposition) says the place only heard it; "wounded soldiers were received in Mosul" may be where the act was.
_REPORT_HEARD = re.compile(r"(?:\b(?:reports?|dispatch(?:es)?|broadcasts?|agency|radio|news)|,)\s+" + _HEARD_TAIL, re.I)
# "In Tehran, an army spokesman said Iranian jets hit ... at Iraq's Kirkuk field": the sentence opens on
# the speaker's town, and the act is told after the speech verb.
_IN_FRAME = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+$")
_SPEAKER_SAID = re.compile(r",(?:\s+[\w.’'-]+){1,5}?" + SPEECH_VERB_NEXT.pattern)


def reporting_post(doc: WorkDoc, p: PlaceMention) -> bool:
    """True for the town a report was received in, or heard or told in when its act is placed elsewhere in the sentence."""
    text = doc.text
    if _HEARD_IN.search(text, max(0, p.start - 60), p.start) is not None:  # a _REPORT_HEARD match is one too
        if _REPORT_HEARD.search(text, max(0, p.start - 60), p.start) is not None:
            return True
        after = p.end  # "wounded soldiers were received in Mosul after a bomber attacked": Mosul holds the act too
    else:
        m = _SPEAKER_SAID.match(text, p.end) if _IN_FRAME.search(text, max(0, p.start - 30), p.start) else None
        if m is None:
            return False
        after = m.end()
    # "said Russian forces shelled the city": a nationality is no other place, as in `framing`; nor is a country
    # ("said Israeli strikes killed 12, while Hamas fired rockets at Israel"), which holds the speaker's town.
    return any(q.start >= after and q.role not in ("demonym", "metonym") and q.text != p.text
               and not (q.feature_code or "").startswith("PCL")
               for q in in_sentence(doc, "places", doc.sentence_of(p.start)))


# "a U.S.-flagged tanker", "the United States-flag ship", "an American-owned ship", "a U.S.-reflagged tanker": a
# ship's flag or owner, not where; not a place the verb goes on from ("a farm near Hebron owned by a family").
_SHIP_FLAG = re.compile(r"(?:-\s?|\s+)(?:(?:re)?flag(?:ged)?\b|(?:owned|registered)\b"
                        r"(?!\s+(?:by|with|in|at|as|to|for|under|on|from|since|and|or)\b))", re.I)
# "the U.S. frigate Dauntless", "a British oil tanker", "U.S. warships": a country or people right before a ship, its
# flag; a town, port or sea there ("Lagos ferry", "Red Sea ships") is where the ship was.
_FLAG_BEFORE_SHIP = re.compile(r"\.?\s+(?:(?:oil|cargo|container|bulk|merchant|naval|navy|grain|gas|fuel|chemical|"
                               r"fishing|patrol|passenger|commercial|research|guided-missile)\s+)?(?:war)?" + SHIP + r"\b")
# "the tanker Sea Isle City", "the frigate Stark", "the tanker Coral Lisbon": a ship's name, not a town (the name's
# last word may be one; the words before it are capitalised).
# A determiner opens the ship's noun phrase: in a headline ("missile hits ship Gulf of Aden") the place follows bare.
_SHIP_NAMED = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:\S+\s+){0,3}?" + SHIP +
                         r"\s+(?-i:[A-Z][\w’'-]*\s+){0,2}$", re.I)


def not_where(doc: WorkDoc, p: PlaceMention) -> bool:
    """True when the place names a battle, an axis, a route, a person, a firm, an outlet, who is blamed, a ship's
    flag or a country named as what the places told border, not where."""
    # The assembler asks about each place of a long report many times (once per trigger near it), and the answer
    # reads only the text and mentions it never changes: kept per run. The place is stored with its answer so that
    # its id cannot be reused by another object while the cache lives.
    memo = doc.meta.get("_not_where")
    if memo is None:
        return _not_where(doc, p)
    hit = memo.get(id(p))
    if hit is None:
        hit = memo[id(p)] = (p, _not_where(doc, p))
    return hit[1]  # type: ignore[no-any-return]


def _flag_before_ship(doc: WorkDoc, p: PlaceMention) -> bool:
    """True for a country or people named right before a ship noun: the ship's flag."""
    land = p.role == "demonym" or (p.feature_code or "").startswith("PCL")
    return land and _FLAG_BEFORE_SHIP.match(doc.text, p.end) is not None


def _not_where(doc: WorkDoc, p: PlaceMention) -> bool:
    return reporting_post(doc, p) or _SHIP_FLAG.match(doc.text, p.end) is not None or \
        _flag_before_ship(doc, p) or \
        _SHIP_NAMED.search(doc.text, max(0, p.start - 60), p.start) is not None or _NAMED_BATTLE.search(doc.text, max(0, p.start - 16), p.start) is not None or \
        _OUTLET_AFTER.match(doc.text, p.end) is not None and not outlet_town(doc, p) or framing(doc, p) or \
        _AXIS.match(doc.text, p.end) is not None or _given_name(doc, p) or in_firm_name(doc, p) or \
        in_route_name(doc, p) or _BLAMED_ON.search(doc.text, max(0, p.start - 50), p.start) is not None \
        and _ON_NEXT.match(doc.text, p.end) is None or _named_direction(doc, p) or bordered(doc.text, p)


# "local fighting continued in the Mykolayiv direction", "advances in the Zaporizhia City direction": a direction named
# after a city is an axis of advance tens of km long, like "the Izyum axis" (gold dev: the villages named carry it).
# A small town's direction ("in the Avdiivka direction") lies within the 25 km the gold's direction rule allows, and
# "the Velyki Prokhody-Pytomnyk direction" is a line labelled at each town; "in the direction of X" is at X. Its twin
# for "axis" (`_AXIS`) tests neither size nor line (see there).
_DIRECTION_CITY = 100_000
# "the Kherson and the Zaporizhia directions" names two; "Kharkiv and the Izyum direction" names a city and one axis.
_DIRECTION_AFTER = re.compile(r"(?:\s+City)?(?:\s+and\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s+City)?\s+directions|"
                              r"\s+directions?)\b")
_LINE_BEFORE = re.compile(r"-[A-Z][\w’'-]*\s+and\s+$")  # "the Kreminna-Lysychansk and Lyman directions"


def _direction_shape(doc: WorkDoc, p: PlaceMention) -> bool:
    """True for a city naming a direction of advance ("in the Mykolayiv direction"), not a line between two towns."""
    text = doc.text
    return (p.population or 0) >= _DIRECTION_CITY and _DIRECTION_AFTER.match(text, p.end) is not None \
        and text[max(0, p.start - 1) : p.start] != "-" and text[p.end : p.end + 1] != "-" \
        and _LINE_BEFORE.search(text, max(0, p.start - 40), p.start) is None


def _named_direction(doc: WorkDoc, p: PlaceMention) -> bool:
    """True for a city naming a direction of advance when another settlement of its paragraph can carry the act."""
    if not _direction_shape(doc, p):
        return False
    # The gold README labels the direction's town "only where no settlement named in the same paragraph carries that
    # attack": alone ("shelled Kherson and attacked positions in the Kherson direction") the city is the place.
    si = doc.sentence_of(p.start)
    s = doc.sentences[si]
    key = p.name or p.text
    carried = False
    own = _told_days(doc, si)
    for q in paragraph_places(doc, p.start):
        if q.feature_class != "P" or q.role == "demonym" or q.lat is None or (q.name or q.text) == key or \
                _direction_shape(doc, q):
            continue
        if s.start <= q.start < s.end:
            return True
        # "fighting near Snihurivka on June 3. Fighting also took place in the Kherson direction on June 2": a town
        # told on another day carries another act, not this one.
        if not carried:
            other = _told_days(doc, doc.sentence_of(q.start))
            carried = not own or not other or any(a <= d and c <= b for a, b in own for c, d in other)
    # A carrier told only in another sentence: dropping the city must not leave this one's act at its country
    # ("attacked Ukrainian positions in the Kherson direction" would fall to Ukraine).
    return carried and not any(q.role == "demonym" or (q.feature_code or "").startswith("PCL")
                               for q in in_sentence(doc, "places", si))


def _told_days(doc: WorkDoc, si: int) -> list[tuple[date, date]]:
    """The days (first, last) sentence si tells ("on June 2", "June 2-3")."""
    return [(d.start_date, d.end_date or d.start_date) for d in in_sentence(doc, "dates", si)
            if d.start_date is not None and d.precision == "day"]


# "Dnipropetrovsk Oblast Head Valentyn Reznichenko reported": the place in an official's title.
_TITLE_AFTER = re.compile(r"(?:\s+Oblast)?\s+(?:Head|Governor|Mayor|(?:Regional\s+|Oblast\s+|City\s+)?(?:Military\s+|State\s+)*"
                          r"Administration|Council|Prosecutor)\b")


def on_border(doc: WorkDoc, p: PlaceMention) -> bool:
    """True for a region naming a boundary ("near the Kharkiv-Donetsk Oblast border") or an official's title."""
    text = doc.text
    if _TITLE_AFTER.match(text, p.end) is not None:
        return True
    m = _BORDER_AFTER.match(text, p.end)
    # "the Kharkiv Oblast border with Sumy and Luhansk Oblasts": the regions along it are where.
    paired = text[p.end : p.end + 1] == "-" or text[max(0, p.start - 1) : p.start] == "-"
    return m is not None and ("blast" in (p.text + m.group(0)).lower() or paired) and (
        text[p.end : p.end + 1] == "-" or _BORDER_BEFORE.search(text, max(0, p.start - 30), p.start) is not None) \
        and not text.startswith(" with", m.end())


_THE_TOWN = re.compile(r"\bthe\s+(?:city|town|village|settlement)\b(?!\s+of\b)")


def country_before_trigger(doc: WorkDoc, t: Trigger, p: PlaceMention) -> bool:
    """True for a country right before the trigger or acting on it ("A U.S. attack", "Israel struck"), anywhere in
    a story; `assemble_where.acting_country` is the stricter test for a lead's country when nothing else is told."""
    return (p.feature_code or "").startswith("PCL") and p.end <= t.start and (
        not doc.text[p.end : t.start].strip() or is_actor(doc.text, p, (t.start, t.end)))


def target_demonym(doc: WorkDoc, t: Trigger, other: str | None) -> PlaceMention | None:
    """A demonym after the trigger that says whose its target is ("attacked three Iranian oil rigs"), of a country
    other than `other`; not an agent ("attacked by Iranian gunboats")."""
    return next((p for p in in_sentence(doc, "places", t.sentence) if p.role == "demonym" and p.start > t.end
                 and p.country_code and p.country_code != other and _TARGET_GAP.fullmatch(doc.text, t.end, p.start)
                 and TARGET_NOUN.match(doc.text, p.end) and not is_actor(doc.text, p, (t.start, t.end))), None)


# A target that lies in its country: "Iranian oil rigs", "a Kuwaiti port", "Iranian territory" (not its people:
# "the murder of Spanish priests" was in El Salvador; nor an embassy or a ship abroad).
TARGET_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:" + OIL_SITE + r"|installations?|"
                         r"facilit(?:y|ies)|positions?|bases?|territory|soil|coast(?:line)?|waters|villages?|towns?|"
                         r"cit(?:y|ies)|ports?|outposts?|border\s+posts?|refiner(?:y|ies)|terminals?|islands?|"
                         r"airfields?|airports?)\b", re.I)
# The trigger's object: a few words, none that opens another role ("broke out between Palestinian guerrillas and",
# "raided by Iranian gunboats", "seized from Canadian missionaries") or names a landmark nearby ("a bomb exploded
# today near the Chilean television facilities" in a story from Santiago).
_TARGET_GAP = re.compile(r"(?:\s+(?!(?:between|by|with|from|among|as|after|while|when|than|said|says|near|outside|"
                         r"beside|behind)\b)[\w’'-]+){0,4}\s+", re.I)


def possessive(doc: WorkDoc, p: PlaceMention) -> int | None:
    """Where the "'s" ends after a place told as an owner ("Baghdad's term", "Afghanistan's border"), else None."""
    return p.end + 2 if doc.text[p.end : p.end + 2] in ("'s", "’s") else None


def fallback_location(doc: WorkDoc, t: Trigger) -> PlaceMention | None:
    """Nearest place in the trigger's sentence (towns before demonyms), else in the two sentences before."""
    s = doc.sentences[t.sentence]
    # "aid workers killed by Israeli strike", "the US is responsible": in a headline, which has no sentence before to
    # fall back on, an agent or the party blamed is never where. In a story's body the agent's land keeps the act
    # with the story's other events (MUC dev: dropping it there split them).
    here = [p for p in in_sentence(doc, "places", t.sentence) if p.start < s.end and (p.geonameid or p.name)
            and not not_where(doc, p) and not (t.sentence == 0 and no_setting(doc.text, p))]
    marked = [p for p in here if p.role == "event_location"]
    if marked:
        return marked[0]
    named = [p for p in here if p.role not in ("demonym", "metonym")]  # "US condemns ...": the speaker, not the place
    if named:
        # The most specific place wins ("strikes across Ukraine ... including the capital Kyiv"), then the nearest.
        cut = dateline_end(doc)
        best = min(named, key=lambda p: (p.feature_class != "P", abs(p.start - t.start)))
        if best.start < cut:
            # "ROME, May 2 - Chadian troops killed 210 Sudanese ... near the Sudanese airstrip of Kutum in
            # eastern Chad": a place the lead tells with the act beats the bureau's town (and a target's owner),
            # unless it only holds that town ("SANTIAGO - ... the head of the Bank of Osaka office in Chile was shot").
            # "to seize Khartoum's main airstrip in eastern Chad": a possessive names the owner, not where.
            # "N'DJAMENA - ... captured an air base in northern Chad": a country told by a part the town lies outside
            # does not only hold the bureau's town; it is where.
            told = [p for p in named if p.start >= cut and (not holds(p, best) or other_part(doc.text, p, best))
                    and not told_from(doc.text, p)
                    and not is_actor(doc.text, p, (t.start, t.end)) and not past_clause(doc.text, t, p)
                    and not possessive(doc, p)
                    and own_locative(doc.text, t, p) and not _CAPITAL.fullmatch(p.text)]
            if told:
                return min(told, key=lambda p: (p.feature_class != "P", abs(p.start - t.start)))
        if best.start < cut or country_before_trigger(doc, t, best):
            # "DOHA, May 7 - Unknown jets struck two Iranian gas rigs": the dateline is the bureau, and
            # in "A French strike on a Libyan fuel depot" the country acts: the target's country is where.
            target = target_demonym(doc, t, None if best.start < cut else best.country_code)
            if target is not None:
                return target
        return best
    # "a Ukrainian drone attack that targeted Russian air bases": the demonym after the trigger is the target.
    dem = [p for p in here if p.start > t.end]
    if dem:
        return dem[0]
    for back in (1, 2):
        prev = [p for p in in_sentence(doc, "places", t.sentence - back) if p.role != "demonym"
                and (p.geonameid or p.name) and not _given_name(doc, p)]
        if prev:
            # "Russian troops may have taken Tokmak, north of Melitopol. ... claimed to have taken the town":
            # the town the sentence before is about, not the region that locates it (unlabelled ISW). Only for
            # "the city": otherwise the last place told is the nearer (MUC dev).
            towns = [p for p in prev if p.feature_class == "P"] if _THE_TOWN.search(doc.text, s.start, s.end) else []
            return towns[-1] if towns else prev[-1]
    return None


# "in northern Chad", "in southeastern Iraq", "across western Sudan": a compass part of a country or region.
_PART_OF = re.compile(r"\b(?:in|across|into)\s+(?:the\s+)?(?:far\s+)?(?P<dir>(?:north|south)?-?(?:east|west)?)(?:ern)?\s+$",
                      re.I)
_PART_DEG = 0.5


@cache
def _country_extents() -> dict[str, tuple[float, float, float, float]]:
    """Each country's (south, north, west, east) extent: the 0.5th to 99.5th percentile of its towns' points (a stray
    record or a far island does not stretch it); empty without a gazetteer."""
    gz = loaded_gazetteer()
    if gz is None:
        return {}
    towns = np.array([f == "P" for f in gz.fclass])
    cc, lat, lon = np.array(gz.cc)[towns], gz.lat[towns], gz.lon[towns]
    order = np.argsort(cc, kind="stable")
    cc, lat, lon = cc[order], lat[order], lon[order]
    codes, first = np.unique(cc, return_index=True)
    out: dict[str, tuple[float, float, float, float]] = {}
    for code, a, b in zip(codes.tolist(), first.tolist(), [*first.tolist()[1:], len(cc)], strict=True):
        if b - a >= 20:  # fewer towns tell no extent; the country's point decides (_in_part)
            (s0, n0), (w0, e0) = np.percentile(lat[a:b], [0.5, 99.5]), np.percentile(lon[a:b], [0.5, 99.5])
            out[code] = (float(s0), float(n0), float(w0), float(e0))
    return out


def _in_part(d: str, country: PlaceMention, town: PlaceMention) -> bool:
    """True when `town` lies in the compass part `d` of `country` ("north", "southeast"): in the told third of the
    country's extent; a region, or a country with few towns, by half a degree past its point."""
    lat, lon = town.lat or 0.0, town.lon or 0.0
    ext = _country_extents().get(country.country_code or "") if (country.feature_code or "").startswith("PCL") else None
    if ext is None:
        lo_lat = hi_lat = country.lat or 0.0
        lo_lon = hi_lon = country.lon or 0.0
        n, s, e, w = hi_lat + _PART_DEG, lo_lat - _PART_DEG, hi_lon + _PART_DEG, lo_lon - _PART_DEG
    else:
        # A third of the span measured from the told edge: Tehran (51.4 E) is no "western Iran", whose towns span
        # 45-61 E, though it lies west of Iran's single point (53 E).
        south, north, west, east = ext
        n, s = north - (north - south) / 3, south + (north - south) / 3
        e, w = east - (east - west) / 3, west + (east - west) / 3
    return ("north" not in d or lat >= n) and ("south" not in d or lat <= s) and \
        ("east" not in d or lon >= e) and ("west" not in d or lon <= w)


def _outside(d: str, country: PlaceMention, town: PlaceMention) -> bool:
    """True when `town` lies outside the told compass part `d` of `country` ("north-east"); False without points."""
    if None in (country.lat, country.lon, town.lat, town.lon):
        return False
    return not _in_part(d.lower().replace("-", ""), country, town)


def other_part(text: str, country: PlaceMention, town: PlaceMention) -> bool:
    """True when the text sets its act in a compass part of `country` ("in northern Chad") and `town` lies outside it
    (N'Djamena, in Chad's south)."""
    m = _PART_OF.search(text, max(0, country.start - 30), country.start)
    return m is not None and bool(m.group("dir")) and _outside(m.group("dir"), country, town)


# "raided south Lebanon", "in northern Haiti", "in the eastern part of Chad", "in the north of Mali": a compass
# word before the country. The bare "of" needs "the": "50 km north of Mali" lies outside it. Not one pattern with
# _PART_OF: that one needs "in"/"across"/"into" and reads no "part of" (its callers differ).
_COMPASS_BEFORE = re.compile(r"\b(?:(?P<dir>(?:north|south)-?(?:east|west)?|east|west)(?:ern)?\s+(?:(?:parts?|regions?|"
                             r"sectors?|areas?|zones?|half)\s+of\s+(?:the\s+)?)?|the\s+(?:far\s+)?(?P<of>(?:north|south)"
                             r"-?(?:east|west)?|east|west)\s+of\s+(?:the\s+)?)$", re.I)


def part_told(text: str, country: PlaceMention, town: PlaceMention) -> bool:
    """True when the text sets the act in a compass part of `country` ("south Lebanon") that `town` lies outside."""
    m = _COMPASS_BEFORE.search(text, max(0, country.start - 40), country.start)
    if m is None:
        return False
    if town.country_code != country.country_code:
        return True  # a bureau abroad ("JERUSALEM - jets raided south Lebanon") lies in no part of the country
    return _outside(m.group("dir") or m.group("of"), country, town)


def holds(p: PlaceMention, town: PlaceMention) -> bool:
    """True when `p` is the country or the admin-1 region that holds `town`."""
    fc = p.feature_code or ""
    return p.country_code == town.country_code and (fc.startswith("PCL") or fc == "ADM1" and p.admin1 == town.admin1)


# A place told as where: "on Mindanao island", "in northern Chad", "near the Indian Ocean city of Durban"; not a
# country naming people ("the murder of two U.S. missionaries", "U.S. journalist"). The words between the preposition
# and the place are a noun phrase: not "in a dispute with Syria", "near the road to Syria", "at the embassy of Iraq".
_AT_PLACE = re.compile(r"\b(?:in|near|at|on|off|outside|around|across|into|inside)\s+(?:the\s+)?(?:(?:city|town|"
                       r"village|province|region|district|state|islands?|base|coast|desert|port|area|mountains|hills|"
                       r"jungles?|valley|outskirts|suburbs|north|south|east|west|cent(?:re|er)|heart)\s+of\s+|(?!\d|(?:to|"
                       r"for|with|from|against|by|and|or|over|of|based|working|serving|who|which|that)\b)"
                       r"[\w’'-]+\s+){0,4}$", re.I)
# Between the act and that preposition, a word opening another phrase: the place is that phrase's ("in reprisal for
# raids on Israel", "nurses working in Colombia", "an airline based in Iran").
_OTHER_PHRASE = re.compile(r"\b(?:for|with|against|over|based|working|serving|living|who|whom|whose|which)\b", re.I)


def own_locative(text: str, t: Trigger, p: PlaceMention) -> bool:
    """True when `p` is the complement of a locative phrase of the act itself ("killed 18 soldiers on Mindanao")."""
    after = p.start >= t.end
    m = _AT_PLACE.search(text, max(t.end if after else 0, p.start - 60), p.start)
    return m is not None and not (after and _OTHER_PHRASE.search(text, t.end, m.start()))


# "a bomb left near the French consulate in this capital": the dateline's own town, told by a description.
_CAPITAL = re.compile(r"(?:this\s+|the\s+)?(?:capital|city)", re.I)
# A clause of its own after the act: "fighting broke out near camps ... as Syria prepared to extend its presence".
# "... in the southern suburbs and Syria moved troops": "and" before a capitalised subject and its verb.
CLAUSE_OPENING = re.compile(r"\s(?:as|while|after|before|when|because|since|but|although|whereas)\s|;|\s--\s|"
                            r"\s(?:and|but)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]+\s+(?:[a-z]+ed|has|have|had|is|was|were|"
                            r"said|says|will|would)\b", re.I)


def past_clause(text: str, t: Trigger, p: PlaceMention) -> bool:
    """True when `p` lies after the trigger in a later clause of the sentence."""
    return p.start >= t.end and CLAUSE_OPENING.search(text, t.end, p.start) is not None


# "a remote Pakistani village", "Iranian border towns": the act's place is a settlement of that country.
_SETTLEMENT_AFTER = re.compile(r"\s+(?:(?:border|frontier|coastal|mountain|remote)\s+)?(?:villages?|towns?|hamlets?)\b")
# The act's own object or locative ("in a raid on a remote"): no word that opens the agent's origin or the flight's
# goal ("by gunmen who came from", "and fled toward"), and no landmark ("near Turkish villages" names the dateline
# island's other people as often as another country).
_SETTLEMENT_GAP = re.compile(r"(?:\s+(?!(?:by|from|to|toward|towards|into|fled|escaped|retreated|near|outside|beside|"
                             r"behind|between|among|with|across|who|which|after|while|when|said|says)\b)[\w’'-]+){0,9}\s+",
                             re.I)


def settlement_demonym(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """For an act placed at the wire dateline, the demonym of a village or town told after the act in its sentence
    ("ISLAMABAD - Afghan warplanes killed 22 people in a bombing of a remote Pakistani village": Pakistan)."""
    if p is None or p.start >= dateline_end(doc):
        return None
    # Only the act the village is told with: a toll before another act ("were killed when jets bombed Indian
    # villages") stays at the dateline, and `fold_dateline` joins it to that act.
    return next((q for q in in_sentence(doc, "places", t.sentence) if q.role == "demonym" and q.start >= t.end
                 and _SETTLEMENT_AFTER.match(doc.text, q.end) is not None
                 and _SETTLEMENT_GAP.fullmatch(doc.text, t.end, q.start) is not None
                 and not is_actor(doc.text, q, (t.start, t.end)) and not any(
                     u.sentence == t.sentence and t.end <= u.start < q.start for u in doc.triggers)), None)
