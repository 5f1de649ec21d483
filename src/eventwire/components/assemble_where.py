"""Where an assembled event happened: the picked place, with towns preferred to regions, borders and titles."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.assemble_axis import DIRS
from eventwire.components.assemble_link import (
    ENDS_BY,
    dateline_dated,
    dateline_end,
    decide,
    in_sentence,
    owned,
    prefer_setting,
    reactor_place,
    watcher,
)
from eventwire.components.assemble_scene import (
    FRONT,
    country_before_trigger,
    fallback_location,
    front_only,
    not_where,
    on_border,
    part_told,
    possessive,
    settlement_demonym,
    target_demonym,
)
from eventwire.components.assemble_sea import at_sea, off_coast, sea_lead, source_frame
from eventwire.components.assemble_suburb import suburb_place
from eventwire.components.interception import defended_place, is_interception
from eventwire.components.trigger_background import AFTER_CAUSE
from eventwire.components.trigger_refs import lone_headline
from eventwire.components.trigger_status import second_predicate
from eventwire.geoparsing.event_location import AGENT_END, is_actor, names_speaker
from eventwire.model import VIOLENT_TYPES, PlaceMention
from eventwire.pipeline.workdoc import Trigger, WorkDoc

_OTHER_EVENT = re.compile(r"(?:['’]s)?\s+(?:terror(?:ist)?\s+|suicide\s+|deadly\s+)?(?:attacks?|massacres?|bombings?|"
                          r"shootings?)\b", re.I)


def other_event(doc: WorkDoc, t: Trigger, p: PlaceMention) -> bool:
    """True for a place naming another event ("to avenge the victims of the Pahalgam terror attack")."""
    # "shot dead in Kabul attack": the trigger's own attack, told right after it, is no other event.
    # A demonym or a country there ("killed in Israeli attack") names the attacker, not the place.
    own = t.end <= p.start and p.role != "demonym" and not (p.feature_code or "").startswith("PCL") \
        and re.fullmatch(r"\s+(?:in|during)\s+(?:an?\s+|the\s+)?", doc.text[t.end : p.start]) is not None
    return _OTHER_EVENT.match(doc.text, p.end) is not None and not p.end < t.start <= p.end + 25 and not own


def event_location(doc: WorkDoc, t: Trigger, picker: Any) -> PlaceMention | None:
    """Where a trigger happened: the picker's place, corrected for settings, fronts, borders and reactors."""
    line_end = doc.meta.get("_line_fire", {}).get(t.start)
    if line_end is not None:
        # "continued to fire along the Svatove-Kreminna line, and ... massing near Starobilsk": the line's first
        # town (triggers), not a place of a later clause the picker may prefer.
        return line_end  # type: ignore[no-any-return]
    p = picked_location(doc, t, picker)
    if source_frame(doc, t, p):
        decide(doc, t, "unplaced", f"{p.text if p else None!r} is where the news came from; a ship is not there")
        doc.meta.setdefault("_refused_place", set()).add(t.start)  # fold_undated may join its toll to it
        return None
    p = suburb_place(doc, t, prefer_setting(doc, t, p))
    q = defended_place(doc, t, p)
    if q is not p:
        decide(doc, t, "relocated", f"an interception is over the defender's land ({q.text if q else None!r}), not "
               f"the launcher's ({p.text if p else None!r})")
        p = q
    unplaced: set[int] = doc.meta.setdefault("_unplaced", set())
    if front_only(doc, t.sentence) or (p is not None and other_event(doc, t, p)):
        unplaced.add(t.start)  # a front or another event's place: it sums up the day's events (merge_vague)
        return None
    target = attack_target(doc, t, p)
    if target is not None:
        decide(doc, t, "relocated", f"{target.text!r} is the attack's target, named right after it, "
               f"not {p.text if p else None!r}")
        return target
    if p is not None and t.event_type in VIOLENT_TYPES and attacker_place(doc, t, p):
        decide(doc, t, "unplaced", f"{p.text!r} owns the attack ({p.text}'s attack): the attacker, not where")
        unplaced.add(t.start)
        return None
    aim = before_purpose(doc, t, p)
    if aim is not None:
        decide(doc, t, "relocated", f"{p.text if p else None!r} is in a purpose clause after the act; "
               f"{aim.text!r} is where it was done")
        return aim
    if cut_destination(doc, t, p):
        decide(doc, t, "unplaced", f"{p.text if p else None!r} is where a cut road or supply led, not where")
        return None
    struck = struck_place(doc, t, p)
    if struck is not None:
        decide(doc, t, "relocated", f"{struck.text!r} is the struck place told with the strike, "
               f"not {p.text if p else None!r}")
        return struck
    if t.event_type in VIOLENT_TYPES and reactor_place(doc, t, p):
        decide(doc, t, "unplaced", f"{p.text if p else None!r} names who reacts or who died, not where it happened")
        unplaced.add(t.start)
        return None
    scene = qualifier_scene(doc, t, p)
    if scene is not None:
        decide(doc, t, "relocated", f"{p.text if p else None!r} qualifies what was struck, not where; "
               f"{scene.text!r} is the town the paragraph told just before")
        return scene
    village = settlement_demonym(doc, t, p)
    if village is not None:
        decide(doc, t, "relocated", f"the dateline is not where: a {village.text} village or town is")
        return village
    if p is not None and p.start < dateline_end(doc):
        coast, sea = off_coast(doc, t), sea_lead(doc, t, p)
        if coast is None and sea is not None:
            coast = off_coast(doc, sea)  # "... off the Somali coast. Two fishermen were killed.": the toll's coast too
        if coast is not None:
            decide(doc, t, "relocated", f"the dateline is not where: the act was off the coast {coast.text!r} names")
            return coast
        if sea is not None or at_sea(doc, t):  # at sea, or the bare toll of a lead act at sea
            # A ship or rig hit at sea is not in the town the story was filed from: the gold leaves such acts unplaced
            # (a ship attacked with no place is left out), so the town is no stand-in.
            decide(doc, t, "unplaced", f"the dateline {p.text!r} is where the story was filed, not where the act was")
            doc.meta.setdefault("_refused_dateline", set()).add(t.start)  # fold_dateline and fold_undated read it
            return None
    if p is None and t.event_type in VIOLENT_TYPES and (w := watcher(doc, t)) is not None:
        # "Israeli military is tracking approach of 100 drones": with no other aim told, what the watcher awaits comes
        # at its own land. Only the place: a watcher may be a third party, so it is not made the recipient.
        p = next((q for q in in_sentence(doc, "places", t.sentence) if w.start <= q.start < w.end
                  and q.country_code == w.country_code), None)
    lead = lead_scene(doc, t, p)
    if lead is not None:
        decide(doc, t, "relocated", f"{p.text if p else None!r} is only the country; {lead.text!r} is where the "
               f"wire lead told the act, in that country")
        return lead
    return p


# "east of Basra", "northwest of the port city of Sidon": a front the lead locates by its town (labelled at the town).
# Wider than `event_location._REFERENCE_OF` ("the port city of"), which must not grow: its score penalty then hits
# "a push west of Syria's northern city of Aleppo", where the act is at Basra.
_COMPASS_OF = re.compile(r"\b" + DIRS + r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$", re.I)


# "Separately, ...", "In a separate raid", "On the northern front", "Iranian warplanes also bombed": another act.
_OTHER_ACT = re.compile(r"\b(?:separate(?:ly)?|elsewhere|another|also|meanwhile|(?:north|south|east|west)(?:ern)?\s+"
                        r"(?:front|sector)|in\s+the\s+(?:far\s+)?(?:north|south|east|west))\b", re.I)


def _object_demonym(doc: WorkDoc, t: Trigger, p: PlaceMention) -> bool:
    """The picked place is a demonym told after the act, in its sentence ("smashed four Iraqi brigades")."""
    return p.role == "demonym" and p.start >= t.end and doc.sentence_of(p.start) == t.sentence


def lead_scene(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """For an act retold past a wire lead at country level, the one town of that country the lead tells by a compass
    phrase ("LONDON - Iran said its forces captured ... east of Basra. ... Iranian forces smashed four Iraqi
    brigades" is at Basra, where the gold labels a front); else None."""
    cut = dateline_end(doc)
    # Only a demonym qualifying the act's object ("smashed four Iraqi brigades"): a country or a subject's demonym
    # may name a party of another story (a background attack, a dateline's own people).
    if p is None or not cut or not _object_demonym(doc, t, p):
        return None
    lead = doc.sentence_of(cut - 1)
    # Only the sentence right after the lead may retell its act, with no cue of another act or front
    # ("Separately, ...", "On the northern front, ...") and no place of its own.
    if t.sentence != lead + 1 or _OTHER_ACT.search(doc.sentence_text(t.sentence)) is not None:
        return None
    own = in_sentence(doc, "places", t.sentence)
    if any(q.role not in ("demonym", "metonym") and not (q.feature_code or "").startswith("PCL") for q in own):
        return None
    # The same act: the lead's other side named before it ("Iranian troops smashed five Iraqi brigades" after
    # "Iran said its forces seized ..."), not a third party ("Kurdish rebels"); and no lead act of another type.
    lead_places = in_sentence(doc, "places", lead)
    sides = {q.country_code for q in lead_places if q.start >= cut and q.country_code != p.country_code}
    kinds = {u.event_type for u in doc.triggers if u.sentence == lead}
    if not any(q.start < t.start and q.country_code in sides for q in own) or kinds and t.event_type not in kinds:
        return None
    # Country rows are class "A", so a class-"P" town needs no PCL test.
    towns = {q.geonameid: q for q in lead_places if q.start >= cut and q.lat is not None
             and q.country_code == p.country_code and q.feature_class == "P" and q.role not in ("demonym", "metonym")
             and not not_where(doc, q)
             and not possessive(doc, q) and not names_speaker(doc.text, q)
             and _COMPASS_OF.search(doc.text, max(0, q.start - 40), q.start) is not None}
    return next(iter(towns.values())) if len(towns) == 1 else None


# "strikes on a Russian BM-21 Grad", "killed Russian Major General X": a demonym after the act qualifies a weapon, a
# unit or a person. Only a place noun after it makes it the target's country ("strikes on Russian air bases").
_PLACE_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:territory|soil|waters|airspace|border|borders|side|regions?|provinces?|"
                         r"cities|city|towns?|villages?|settlements?|positions|targets|facilities|infrastructure|"
                         r"(?:air\s*)?bases?|airfields?|airports?|ports?|coast|frontier|oil\s+refiner(?:y|ies))\b", re.I)


def qualifier_scene(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """The last town of the sentence before (same paragraph) when the picked place is a demonym after the act that
    qualifies no place ("the agency's video shows hits on a Russian Grad launcher" after "... in occupied Nova Kakhovka")."""
    if p is None or not _object_demonym(doc, t, p) or _PLACE_NOUN.match(doc.text, p.end) or t.sentence < 1:
        return None
    s = doc.sentences[t.sentence]
    if "\n" in doc.text[doc.sentences[t.sentence - 1].start : s.start]:
        return None  # a new paragraph: the sentence before tells another scene
    towns = [q for q in in_sentence(doc, "places", t.sentence - 1) if q.feature_class == "P" and q.role != "demonym"
             and q.lat is not None and not not_where(doc, q)]
    return towns[-1] if towns else None


# "shelled Ukrainian lines north of Sumy, probably to protect ... in Hlushkovo": a place told
# in the purpose clause is what the act serves, not where it was done (isw 2022-05-15).
_PURPOSE = re.compile(r"\b(?:in\s+an?\s+(?:attempt|effort|bid)\s+to|in\s+order\s+to|so\s+as\s+to|aiming\s+to|"
                      r"(?:likely|possibly|probably)\s+to)\b", re.I)


def before_purpose(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """A place told between the act and a purpose clause that holds the picked place, else None."""
    if p is None or p.start < t.end:
        return None
    m = _PURPOSE.search(doc.text, t.end, p.start)
    if m is None:
        return None
    own = [q for q in in_sentence(doc, "places", t.sentence) if t.end <= q.start < m.start()
           and q.role not in ("demonym", "metonym") and (q.geonameid or q.name) and not not_where(doc, q)]
    return own[0] if own else None


# "blew up the bridge over the Lempa, cutting the road to San Miguel": the town a cut road, line or supply led to is
# what the act cut off, not where it was done. Only the consequence after a comma: "protesters blocked the highway
# into La Paz" is a protest there.
_CUT_TO = re.compile(r",\s+(?:cutting|severing)\s+(?:off\s+)?(?:[\w-]+\s+){0,3}?"
                     r"(?:roads?|highways?|routes?|lines?|railways?|power|electricity|supplies|supply|access|links?)\s+"
                     r"(?:to|into)\s+(?:the\s+)?$", re.I)


def cut_destination(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> bool:
    """True when the picked place, after the act, is where a road, line or supply the act cut led to."""
    return p is not None and t.event_type in VIOLENT_TYPES and p.start >= t.end \
        and _CUT_TO.search(doc.text, max(t.end, p.start - 60), p.start) is not None


_TARGET_GAP = re.compile(r"\s+(?:on|against|targeting)\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"['’]s\b")


def attack_target(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """The place an attack is told against ("Syria's attack on Jordan has drawn Riyadh into the talks"), when the
    picker chose another; else None."""
    # The target is where an attack happened; a reactor's capital or a prior strike's city named later is not.
    if t.event_type not in VIOLENT_TYPES:
        return None
    gap = r"\s+(?:the\s+)?" if re.search(r"\b(?:on|against)$", t.text) else _TARGET_GAP
    for q in in_sentence(doc, "places", t.sentence):
        if q.start < t.end:
            continue
        if q.role == "demonym" or q.lat is None or not_where(doc, q) or on_border(doc, q):
            return None
        if re.fullmatch(gap, doc.text[t.end : q.start]) is None or _POSSESSIVE.match(doc.text, q.end):
            return None  # "strike on Iran's consulate in Syria": the owner, not the place
        if (q.feature_code or "").startswith("ADM1") and p is not None and p.feature_class == "P" \
                and p.admin1 == q.admin1:
            return None  # a town of that region told with the attack is more precise (as in picked_location)
        return None if p is not None and (p is q or p.start == q.start) else q  # type: ignore[no-any-return]
    return None


_OWNER_GAP = re.compile(r"['’]s(?:\s+[\w-]+){0,2}?\s+[\"'‘“]?")


def attacker_place(doc: WorkDoc, t: Trigger, p: PlaceMention) -> bool:
    """True when the picked country owns the attack noun ("Jordan wants no war after Syria's attack")."""
    # A state's attack is told by its possessive, like a demonym ("Iranian attack"): it names who, not where.
    return (p.feature_code or "").startswith("PCL") and p.end <= t.start and \
        _OWNER_GAP.fullmatch(doc.text, p.end, t.start) is not None and \
        not any(p.end <= q.start < t.start for q in in_sentence(doc, "places", t.sentence))  # "Israel's Gaza ... attack"


# "attack on Gaza aid convoy", "strike in Rafah": the place right after the trigger's preposition;
# "Gaza hospital blast": the place naming the struck thing right before the trigger noun.
_ON_PLACE = re.compile(r"\s+(?:on|at|in|near|against)\s+(?:an?\s+|the\s+)?")
_PLACE_NOUNS = re.compile(r"(?:['’]s)?(?:\s+(?!(?:after|as|amid|following|over|for|from|to|and|or|but|by|with|in|on|"
                          r"at|of|says?|said|is|was|are|were)\b)[a-z][\w-]*){1,2}\s+")
_ENDS_PREP = re.compile(r"\b(?:on|at|in|near|against)$", re.I)


def struck_place(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """In a lone headline whose strike got a country (a reactor's, the victims') or no place, the finer place told
    with the strike itself ("Outrage over Israel's attack on Gaza aid convoy", "blame each other for Gaza hospital
    blast"); else None."""
    if t.event_type not in VIOLENT_TYPES or not lone_headline(doc):
        return None
    if p is not None and not ((p.feature_code or "").startswith("PCL") or p.role == "demonym"):
        return None
    text = doc.text
    for q in in_sentence(doc, "places", t.sentence):
        if q.role in ("demonym", "metonym") or (q.feature_code or "").startswith("PCL") or q.lat is None \
                or not_where(doc, q):
            continue  # "Moscow's forces shelled villages": a capital standing for its state is not what was struck
        if p is not None and q.country_code == p.country_code:
            continue
        gap = r"\s+(?:an?\s+|the\s+)?" if _ENDS_PREP.search(t.text) else _ON_PLACE  # trigger "attack on"
        after = q.start >= t.end and re.fullmatch(gap, text[t.end : q.start]) is not None
        before = q.end <= t.start and _PLACE_NOUNS.fullmatch(text, q.end, t.start) is not None
        if after or before:
            return q  # type: ignore[no-any-return]
    return None


def acting_country(doc: WorkDoc, t: Trigger, p: PlaceMention) -> bool:
    """True for a headline's or a lead's country that acts ("U.K. ... Launches New Strikes on Rebels", "Turkey
    used German shell in deadly strike"): when the picker found no other place, the country is no answer. See
    `assemble_link.country_before_trigger` for the test with no sentence or lead condition."""
    # Later in a story the setting decides (prefer_setting). A people ("Pakistani troops kill 5") or a country
    # right before the noun ("Iran Bomb Attack") is often where it happened too: the picker's fallback stays.
    # "Iran launches cruise missiles": right before a trigger that opens with its verb, the country is the subject;
    # "rockets fired by Iran": after the agent's "by", it is the author.
    text = doc.text
    before = p.end < t.start and (not NOUN_GAP.fullmatch(text, p.end, t.start) or _VERB_FIRST.match(t.text) is not None)
    # Not an interception: "intercepted by Israel" names the defender, whose land is where it happened.
    agent = p.start >= t.end and not is_interception(t) \
        and _BY_GAP.fullmatch(text, t.end - 3 if ENDS_BY.search(t.text) else t.end, p.start) is not None \
        and AGENT_END.match(text, p.end) is not None
    return doc.sentence_of(p.start) == t.sentence and p.role != "demonym" and (before or agent) \
        and is_actor(text, p, (t.start, t.end)) and not any(in_sentence(doc, "places", t.sentence - b) for b in (1, 2))


NOUN_GAP = re.compile(r"\s+")
# A trigger that opens with a finite verb of attack, not with a noun ("Iran Bomb Attack" is told at Iran). Only verbs
# that are active in a headline: "Sudan shelled, 15 dead" or "Lebanon struck overnight" is passive, the place struck.
_VERB_FIRST = re.compile(r"(?:launch(?:es|ed)|fire[sd]|carrie[sd]\s+out|conduct(?:s|ed)|pounds)\b", re.I)
_BY_GAP = re.compile(r"\s*by\s+(?:the\s+)?", re.I)


def picked_location(doc: WorkDoc, t: Trigger, picker: Any) -> PlaceMention | None:
    """The place the geoparser's event-location picker gives for a trigger, among those near it."""
    if front_only(doc, t.sentence) or lent_front(doc, t):
        return None  # "continued shelling throughout the line of contact": not the town of the sentence before
    if picker is not None and doc.places:
        # Only the places near the trigger can be in its sentence (the picker finds its own bounds).
        near = [p for i in range(t.sentence - 1, t.sentence + 2) for p in in_sentence(doc, "places", i)
                if not not_where(doc, p)]
        near = [p for p in near if not other_event(doc, t, p)]
        near = _own_clause(doc, t, near)
        border = [p for p in near if on_border(doc, p)]
        if border and any(p not in border and p.role != "demonym" and doc.sentence_of(p.start) == t.sentence
                          for p in near):
            # "attacks south of Lyman near the Luhansk-Donetsk Oblast border": the town, not the boundary;
            # "Oblast Head X reported rockets on Nikopol": the town, not the official's region.
            near = [p for p in near if p not in border]
        cut = dateline_end(doc)
        acting = not dateline_dated(doc)
        if cut and any(p.start >= cut and doc.sentence_of(p.start) == t.sentence and not (
                acting and p.role != "demonym" and country_before_trigger(doc, t, p)) for p in near):
            # "BOGOTA, 7 NOV 89 (AFP) -- six people were killed ... in the town of Quinchia": the dateline is where
            # the report was filed; a place told with the event is where it happened. A country acting on the act
            # ("KYIV (AP) — Russia shelled a village") is its actor, not its place: after an undated (modern) dateline
            # the bureau town still stands in, as before such datelines were read. Dated leads keep the 1987 rule
            # ("LVIV, June 3 - Russia launched drones": unplaced, so a later act's town can take it).
            near = [p for p in near if p.start >= cut]
        picked = picker(doc.text, near, (t.start, t.end)) if near else None
        if picked is None:
            fb = fallback_location(doc, t)
            return None if fb is not None and acting_country(doc, t, fb) else fb
        if picked is not None and owned(doc, t, picked):
            after = [p for p in near if p.start >= t.end and doc.sentence_of(p.start) == t.sentence
                     and p.role != "demonym" and not names_speaker(doc.text, p)]
            picked = (picker(doc.text, after, (t.start, t.end)) or after[0]) if after else picked
        if picked is not None:
            if (picked.feature_code or "").startswith("ADM1"):
                # "pushed back from frontlines in Kharkiv Oblast and shelled positions around Kharkiv City": a town
                # of that region told after the trigger is where it happened.
                town = next((p for p in near if p.start >= t.end and doc.sentence_of(p.start) == t.sentence
                             and p.feature_class == "P" and p.role != "demonym" and p.admin1 == picked.admin1), None)
                if town is not None:
                    return town
            if picked.role != "demonym" and country_before_trigger(doc, t, picked):
                # "A French strike on a Libyan fuel depot": the country before the attack acts; the target's is where.
                # Not a country told after the act ("struck Syrian positions in Lebanon": Lebanon is where).
                dem = target_demonym(doc, t, picked.country_code)
                if dem is not None:
                    return dem
            if (picked.feature_code or "").startswith("PCL") or picked.role == "demonym":
                # "strikes across Ukraine ... including the capital Kyiv": a town in that country is more precise.
                # "Russian bombers struck Mariupol": a demonym or a country acting is not where it happened.
                fb = fallback_location(doc, t)
                # "BEIRUT - Beirut radio said Israeli gunships raided south Lebanon": the bureau's town is no finer
                # place of a compass part of its country that the lead tells with the act and the town lies outside.
                # Not a bare country: "LIMA - the manager of a bank in Peru was wounded" (gold dev14: Lima).
                bureau = fb is not None and fb.start < cut <= picked.start and picked.role != "demonym" \
                    and part_told(doc.text, picked, fb)
                if fb is not None and fb.feature_class == "P" and fb.role != "demonym" and not owned(doc, t, fb) and (
                        fb.country_code == picked.country_code or picked.role == "demonym"
                        or doc.sentence_of(fb.start) == t.sentence) and not bureau:
                    return fb
                if fb is not None and picked.role == "demonym" and _lead_country(doc, t, fb):
                    return fb  # "ROME - ... near the main Sudanese airstrip of Kutum in eastern Chad": Chad
            return picked  # type: ignore[no-any-return]
    return fallback_location(doc, t)


def _lead_country(doc: WorkDoc, t: Trigger, p: PlaceMention) -> bool:
    """True for a country named (not a demonym) after the dateline in a wire lead's sentence that holds `t`."""
    cut = dateline_end(doc)
    return cut > 0 and p.start >= cut and doc.sentence_of(cut - 1) == t.sentence == doc.sentence_of(p.start) \
        and p.role != "demonym" and (p.feature_code or "").startswith("PCL")


def triggers_in(doc: WorkDoc, s: int) -> list[Trigger]:
    """doc.triggers of sentence s, in doc.triggers order (indexed once per trigger list: long reports)."""
    idx = doc.meta.get("_triggers_by_sentence")
    if not isinstance(idx, tuple) or idx[0] is not doc.triggers or idx[1] != len(doc.triggers):
        by: dict[int, list[Trigger]] = {}
        for u in doc.triggers:
            by.setdefault(u.sentence, []).append(u)
        idx = doc.meta["_triggers_by_sentence"] = (doc.triggers, len(doc.triggers), by)
    return list(idx[2].get(s, []))


_OWN_OBJECT = re.compile(r"\s+(?:(?:in|near|around)\s+)?")


def _own_clause(doc: WorkDoc, t: Trigger, near: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a trigger's own clause when another trigger of its sentence has places of its own."""
    # "fire continued to target Popasna, Rubizhne, and Lysychansk and shell settlements in Donetsk Oblast": each
    # verb has its own object; the region is where the shelling was, not where the fire on the towns was.
    s = t.sentence
    others = [u for u in triggers_in(doc, s) if u is not t and u.status == "asserted" and u.event_type]
    mine = [p for p in near if doc.sentence_of(p.start) == s]

    def between(a: int, b: int) -> list[PlaceMention]:
        return [p for p in mine if a <= p.start and p.end <= b and p.role != "demonym"]

    def verb_and(a: Trigger, b: Trigger) -> bool:
        # Only a second verb joined by "and" after a list of towns opens a clause of its own; "killed as Israel
        # launches airstrikes on Gaza" is one event told twice.
        towns = [p for p in between(a.end, b.start) if p.feature_class == "P"]
        # "attempted to assault Soledar and conducted airstrikes on Bakhmut": one town right after the verb is its
        # object, so the second verb's places are not the first's.
        return (_AND_VERB.match(b.text) is not None or _AND_END.search(doc.text, a.end, b.start) is not None) and \
            (len(towns) >= 2 or bool(towns) and _OWN_OBJECT.fullmatch(doc.text, a.end, towns[0].start) is not None)
    end = doc.sentences[s].end
    own = second_predicate(doc.text, doc.sentences[s].start, t.start)
    if own is not None and any(p.start >= t.end and (p.feature_code or "").startswith("PPL") for p in mine) and \
            any(u.end <= own and u.status != "asserted" for u in triggers_in(doc, s)):
        # "did not attack near Lyman and shelled Siversk": the denied clause's town is not where the shelling was.
        near = [p for p in near if not (doc.sentence_of(p.start) == s and p.start < own)]
    nxt = min((u for u in others if u.start >= t.end), key=lambda u: u.start, default=None)
    if nxt is not None and verb_and(t, nxt) and between(nxt.end, end):
        near = [p for p in near if not (doc.sentence_of(p.start) == s and p.start >= nxt.start)]
    prv = max((u for u in others if u.end <= t.start), key=lambda u: u.start, default=None)
    if prv is not None and verb_and(prv, t) and between(t.end, end):
        near = [p for p in near if not (doc.sentence_of(p.start) == s and prv.end <= p.start < t.start)]
    return _cause_phrase(doc, t, near, between)


# "After the ambush near Kenema, jets hit depots in Bo and Makeni": an act told in a cause phrase (trigger_background's
# pattern) is placed in that phrase; the main clause's towns are another act's. A time ("after midnight", "the
# following day") or "the following airstrikes" (a list) is no cause phrase.
_NO_CAUSE = re.compile(r"(?:(?<=the\s)following\b|(?:after|following)\s+(?:the\s+|an?\s+)?(?:next\s+|same\s+|previous\s+)?"
                       r"(?:day|night|midnight|dawn|dusk|daybreak|sunrise|sunset|nightfall|morning|afternoon|evening|"
                       r"noon|week(?:end)?|month|year)\b(?!\s+of\b))", re.I)


def _cause_phrase(doc: WorkDoc, t: Trigger, near: list[PlaceMention], between: Any) -> list[PlaceMention]:
    """The places of a trigger's "following ..." phrase, up to its comma, when that phrase names one."""
    s = doc.sentences[t.sentence]
    m = AFTER_CAUSE.search(doc.text, max(s.start, t.start - 50), t.start)
    if m is None or _NO_CAUSE.match(doc.text, m.start("link")) is not None:
        return near
    comma = doc.text.find(",", t.end, s.end)
    if comma < 0 or not between(t.end, comma) or not between(comma, s.end):
        return near
    return [p for p in near if not (doc.sentence_of(p.start) == t.sentence and p.start > comma)]


_AND_VERB = re.compile(r"and\s+[a-z]", re.I)
# "assaults around A, B, and C and continued to shell ...", "encircled A, B, and C and have been shelling C": an
# adverb, an auxiliary or "continued to" between "and" and the second verb still opens a clause of its own.
# "and conducted airstrikes on": a light verb before a noun trigger opens a clause too.
_AND_END = re.compile(r"\band(?:\s+(?:also|then|likely|reportedly|have|has|had|been|continued|continues|continue|"
                      r"began|resumed|to|conducted|launched))*\s*$")


def lent_front(doc: WorkDoc, t: Trigger) -> bool:
    """True when a verb joined by "and" after another verb's list of towns has a front for its own object."""
    # "gains in assaults near Marinka, Krasnohorivka, and Pobieda and kept shelling the whole front line":
    # the shelling was along the front, not at the towns of the assaults.
    s = t.sentence
    prv = max((u for u in triggers_in(doc, s) if u is not t and u.end <= t.start and u.status == "asserted"
               and u.event_type), key=lambda u: u.start, default=None)
    if prv is None or _AND_END.search(doc.text, prv.end, t.start) is None:
        return False
    towns = [p for p in in_sentence(doc, "places", s) if prv.end <= p.start < t.start and p.feature_class == "P"
             and p.role != "demonym"]
    end = doc.sentences[s].end
    after = [p for p in in_sentence(doc, "places", s) if t.end <= p.start < end and p.role != "demonym"]
    m = FRONT.search(doc.text, t.end, min(end, t.end + 60))
    return len(towns) >= 2 and not after and m is not None and "," not in doc.text[t.end : m.start()] and \
        ";" not in doc.text[t.end : m.start()]
