"""Linking for the event assembler: which place, party and victims a trigger's sentence names."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from typing import Any

from eventwire.components.lexicon import BY_DETERMINERS, DISRUPTED, DOING, FIGHT_MOD, PASSIVE_BY, speech_verbs
from eventwire.components.trigger_refs import lone_headline
from eventwire.geoparsing import TOLD_POINT
from eventwire.geoparsing.dateline import wire_dateline
from eventwire.model import VIOLENT_TYPES, PlaceMention
from eventwire.pipeline.workdoc import ActorMention, Trigger, WorkDoc


def decide(doc: WorkDoc, span: Any, status: str, reason: str) -> None:
    """Record why assembly dropped, merged or moved what `span` (a trigger or place) reported."""
    doc.decisions.append({"stage": "assemble", "text": span.text, "start": span.start, "end": span.end,
                          "status": status, "reason": reason})


def absorb(host: Any, g: Any) -> None:
    """Fold group `g`'s triggers, parties and figures into `host` (the same real-world event told twice)."""
    host.triggers = sorted(host.triggers + g.triggers, key=lambda t: t.start)
    host.casualties += g.casualties  # empty before link_casualties; a later fold keeps the folded act's toll
    host.attackers += g.attackers
    host.inherited += g.inherited
    host.recipients += g.recipients
    if host.chosen is None:  # a taking folded into a host keeps the sub-type its fold chose (`Group.head`)
        host.chosen = g.chosen


def index_sentences(doc: WorkDoc) -> None:
    """Dates, places, claims and actors by sentence index, computed once per document (linking asks often)."""
    starts = [s.start for s in doc.sentences]
    ends = [s.end for s in doc.sentences]
    # A place name that is exactly an armed group's name ("Hamas" read as Hamm, Germany) is the group.
    groups = {(a.start, a.end) for a in doc.actors if a.kind == "group"}
    for name in ("dates", "places", "claims", "actors"):
        idx: dict[int, list[Any]] = {}
        for x in getattr(doc, name):
            if name == "places" and (x.start, x.end) in groups:
                continue
            si = bisect_right(starts, x.start) - 1  # C-level search: long reports hold thousands of mentions
            idx.setdefault(si if si >= 0 and x.start < ends[si] else -1, []).append(x)
        doc.meta[f"_{name}_by_sentence"] = idx


def in_sentence(doc: WorkDoc, name: str, si: int) -> list[Any]:
    """The `name` items (dates, places, claims, actors) starting in sentence `si`."""
    idx = doc.meta.get(f"_{name}_by_sentence")
    if idx is None:
        index_sentences(doc)
        idx = doc.meta[f"_{name}_by_sentence"]
    return idx.get(si, [])  # type: ignore[no-any-return]


NOMINAL_ACT = re.compile(r"(?:assassination|massacre|bombing|murder|kidnapping|explosion|ambush|clash|killing|"
                         r"shooting|abduction|attack)(?:s|es)?$", re.I)


def _verb_then(verbs: str, words: str, most: int) -> re.Pattern[str]:
    """A verb of `verbs` with at most `most` of `words` after it, ending where the noun that follows starts."""
    return re.compile(rf"\b(?:{verbs})\s+(?:(?:{words})\s+){{0,{most}}}$", re.I)


_ANY_WORD = r"[\w’'-]+"
# Words that tell how a fight goes on, before its noun ("ongoing clashes", "continued heavy attacks").
_FIGHT_MODS = r"ongoing|continued|continuing|heavy"
# A war told as the background of a headline, not one of its events.
_BACKGROUND = _verb_then(r"amid|defend(?:s|ed|ing)?\s+against|under",
                         _FIGHT_MODS + r"|relentless|constant|intensified|deadly|air|[A-Z][\w’'-]*", 3)


_WAR_NOUN = re.compile(r"(?:attacks?|strikes|airstrikes|bombings?|bombardments?|shelling|raids|assaults)$", re.I)


# "Russian bloggers also wrote of Ukrainian attacks west of Svatove near Kuzemivka", "sources told of continuing clashes toward
# Ploshchanka": a source telling the noun as its object reports new events (unlabelled ISW, round 85).
# Only modifiers of the noun between ("reported that the attacks" is no object).
_TOLD_NOW = _verb_then("reported|discussed", _FIGHT_MODS + r"|limited|intense|Russian|Ukrainian|ground|new", 3)
# "the widely reported attacks near Terny were exaggerated": the participle as an adjective is no report (review s21 c).
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|these|those|such|its|their|his|her|any|no)\s+(?:\w+ly\s+)?$", re.I)


def told_now(doc: WorkDoc, t: Trigger) -> bool:
    """True when a source's reporting verb takes a fight noun as its object ("sources reported Russian attacks")."""
    # Battles only: a generic "attacks" typed as a strike took its kind from a neighbouring sentence's fire
    # (unlabelled ISW 2023-01-09: "reported Russian attacks near Vodiane" read as air strikes), so it stays a retelling.
    if t.event_type != "Battles":
        return False
    start = doc.sentences[t.sentence].start
    m = _TOLD_NOW.search(doc.text, max(start, t.start - 50), t.start)
    return m is not None and not _ADJECTIVE_BEFORE.search(doc.text, max(start, m.start() - 25), m.start())


def told_before(doc: WorkDoc, t: Trigger) -> bool:
    """True for a plural event noun with no date and no reporting verb in its sentence ("the bombings")."""
    # Such a noun speaks of events in general or of ones told before, not of a new one. MUC dev: dropping
    # these raises F1 0.532 → 0.547; dropping definite singulars too ("the assassination of Romero") loses
    # more recall than it saves, so those stay.
    cut = dateline_end(doc)
    if re.match(r"(?:repelled|repulsed|conducted|launched)\s", t.text, re.I):
        return False  # "repelled limited Russian attacks": a verb reports the event; the noun is its object
    if _DONE_BEFORE.search(doc.text, max(doc.sentences[t.sentence].start, t.start - 80), t.start):
        return False  # "Russian forces conducted ground and artillery attacks near Pavlivka": the same, a few words on
    if told_now(doc, t):
        return False  # "sources reported Russian attacks near Ploshchanka": a report of these attacks
    if t.text.lower().startswith("explosion") and _SEEN_BEFORE.search(
            doc.text, max(doc.sentences[t.sentence].start, t.start - 40), t.start):
        return False  # "residents reported explosions in Nova Kakhovka": witnesses tell these explosions, not all
    if _DIED_IN.search(doc.text, max(doc.sentences[t.sentence].start, t.start - 30), t.start):
        return False  # "after 9 people died in clashes between two rival clans": the toll reports them
    if t.sentence == 0 and _WAR_NOUN.search(t.text) and _BACKGROUND.search(doc.text, max(0, t.start - 40), t.start):
        return True  # "How doctors persevere amid Israel attacks", "Education Under Attack in Gaza" (Gaza headlines)
    if not NOMINAL_ACT.search(t.text) or any(d.start >= cut for d in in_sentence(doc, "dates", t.sentence)) or (
            t.sentence == 0 and (len(doc.sentence_text(0).split()) <= 15 or (
                lone_headline(doc) and not doc.text.rstrip().endswith(".")))):
        return False  # a headline ("Clashes in Goma") is the report itself
    low = t.text.lower()
    if not low.endswith("s") or low.endswith("ss"):
        # A bare singular noun with no article and no "of": "practices like kidnapping", "charges of murder,
        # kidnapping": a kind of act, not one act (MUC dev).
        return low.endswith(("ing", "der")) and not _ANY_DETERMINER.search(doc.text, max(0, t.start - 40), t.start) \
            and not _OF_AFTER.match(doc.text, t.end) and not _AUXILIARY.search(doc.text, max(0, t.start - 30), t.start)
    # A violent verb in the sentence reports the event itself; "attacks on" is a noun with its preposition, and
    # "detained prisoners" (an arrest word) says nothing about whether the kidnappings happened (MUC dev).
    return not any(o is not t and o.sentence == t.sentence and o.status == "asserted" and o.event_type in VIOLENT_TYPES
                   and not NOMINAL_ACT.search(_PREP_TAIL.sub("", o.text)) for o in doc.triggers)


# A verb of doing right before the noun, with at most a few modifiers between (ISW newest-12 gold: "conducted
# artillery attacks against Kherson, Zaporizhia ... Oblasts" is coded at each oblast).
# "continued to conduct artillery attacks on ... settlements around Kharkiv City": the same, told as going on.
# "also repelled Ukrainian counterattacks near Novomykhailivka", "continued to repel Russian attacks on Bakhmut":
# a verb acting on the noun reports those attacks too (unlabelled ISW, round 43).
# ISW: "troops have been conducting ground attacks near X", "are still conducting counterattacks around X": a side
# doing the plural act now reports those acts as well (the auxiliary is needed: "rather than conducting").
_DONE_BEFORE = _verb_then(r"conducted|launched|carried\s+out|repelled|repulsed|thwarted|foiled|attempted|resumed|"
                          r"continu(?:ed|es?|ing)(?:\s+to\s+(?:conduct|launch|carry\s+out|repel|repulse))?|" + DOING,
                          FIGHT_MOD + _ANY_WORD, 4)
# Witnesses telling explosions (unlabelled ISW, rounds 43 and 45: "footage shows explosions at", "heard explosions in").
_SEEN_BEFORE = _verb_then("reported|heard|observed|recorded|filmed|shows?|showed|showing", _ANY_WORD, 3)
# A toll told with the noun: "11 people died in clashes", "were killed in attacks on".
_DIED_IN = re.compile(r"\b(?:died|killed|dead|wounded|injured)\s+(?:in|during)\s+(?:the\s+)?$", re.I)
_PREP_TAIL = re.compile(r"\s+(?:on|against|in|at)$", re.I)


def dateline_end(doc: WorkDoc) -> int:
    """End offset of a wire dateline ("LIMA, 9 JAN 90 (EFE) -- ", "Title\n\nKYIV, June 6 (Reuters) - "), else 0."""
    cached = doc.meta.get("_dateline_end")
    if cached is None:
        m = wire_dateline(doc.text)
        cached = doc.meta["_dateline_end"] = m.end() if m else 0
        doc.meta["_dateline_dated"] = m is not None and m.group("date") is not None
        doc.meta["_dateline_start"] = m.start() if m else 0
    return cached  # type: ignore[no-any-return]


def in_dateline(doc: WorkDoc, start: int) -> bool:
    """Whether offset `start` lies in the wire dateline ("MADRID (SPAIN), 18 NOV 89 (EFE) --"), not its title above."""
    end = dateline_end(doc)
    return bool(end) and doc.meta.get("_dateline_start", 0) <= start < end


def dateline_dated(doc: WorkDoc) -> bool:
    """True when the wire dateline carries its day ("LIMA, 9 JAN 90 (EFE) -- "), not for an undated one or none."""
    return bool(dateline_end(doc) and doc.meta.get("_dateline_dated"))


_ANY_DETERMINER = re.compile(r"\b(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|another|one|"
                             r"\w+['’]s|\d+)\s+(?:[\w-]+\s+){0,2}$", re.I)
# "has been bombing neighbourhoods": a verb in a progressive tense, not a bare noun.
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|been|be|being|am|keeps?|kept|continued|began|started)\s+(?:\w+ly\s+)?$",
                        re.I)
_OF_AFTER = re.compile(r"\s+(?:of|in|at|on|near)\b", re.I)
def owned(doc: WorkDoc, t: Trigger, p: PlaceMention) -> bool:
    """True when the town comes before `t` and after another trigger of the sentence, which it belongs to."""
    # "assaults on Pisky, Avdiivka, and Vuhledar and heavy shelling along the contact line across eastern
    # Ukraine": the towns are where the attacks were; the shelling is placed by its own phrase (gold dev).
    if p.end > t.start:
        return False
    first = doc.meta.get("_first_trigger_end")
    if first is None:  # per sentence, the end of its first asserted trigger: one pass, not one per trigger
        first = {}
        for o in doc.triggers:
            if o.status == "asserted" and o.end < first.get(o.sentence, 1 << 62):
                first[o.sentence] = o.end
        doc.meta["_first_trigger_end"] = first
    return first.get(t.sentence, 1 << 62) <= p.start


# How old an act the text dates may be and still be news, in days (settable per pipeline: `max_age_days` of
# assemble.events.v1 and political.rules.v1). MUC dev F1: none 0.548, 120 d 0.551, 60 d 0.555, 30 d 0.553, 10 d
# 0.551 (shorter limits drop incidents the keys still count).
MAX_AGE_DAYS = 60


def recalled(pub: dt.date | None, day: dt.date | None, limit: int) -> int | None:
    """Days between an act's `day` and the report's `pub` when over `limit` (the act is recalled, not news)."""
    if pub is None or day is None or (pub - day).days <= limit:
        return None
    return (pub - day).days


def month_aged(day: dt.date | None, precision: str | None, last: bool = False) -> dt.date | None:
    """The day an age test reads: a month-precision date by its whole month (first or `last` day), not its third."""
    # "in late May" is stored as May 21-31 for the record, but the age limits were set on whole months: a part read
    # as news would let background acts ("liberated the town in late October", told 3 November) through.
    if day is None or precision != "month":
        return day
    return day.replace(day=calendar.monthrange(day.year, day.month)[1] if last else 1)


def drop_old(doc: WorkDoc, groups: dict[tuple[Any, ...], Any], limit: int = MAX_AGE_DAYS) -> dict[tuple[Any, ...], Any]:
    """Drop events dated more than `limit` days before publication: recalled ("last month's massacre"), not new."""
    # An analyst codes the new event, not its retelling.
    pub = doc.article.published_date
    if pub is None:
        return groups
    out: dict[tuple[Any, ...], Any] = {}
    for key, g in groups.items():
        day = month_aged(key[4], g.date.precision if g.date is not None else None)
        age = recalled(pub, day, limit)
        if age is not None:
            decide(doc, g.triggers[0], "historical", f"dated {day}, {age} days before publication: recalled, "
                   "not reported")
            continue
        out[key] = g
    return out


def vague(p: PlaceMention | None) -> bool:
    """No place, a country, a region, a demonym or an unresolved name."""
    fc = (p.feature_code or "") if p else ""
    # A village with a point but no GeoNames id (a curated one, or one told by its offset from a town: "Solodke,
    # 30km southwest of Donetsk City") is as precise as a town.
    # A curated oil field or port with its point ("Rakhsh field") is a site, as precise as a town.
    return p is None or fc.startswith(("PCL", "ADM1")) or p.role == "demonym" or not p.geonameid and not (
        (fc in _SITE_CODES or p.feature_class == "P") and p.lat is not None)


_SITE_CODES = frozenset({TOLD_POINT, "OILF", "PRT"})


_PARTY_NOUN = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|troops|forces|army|military|authorities|"
                         r"officials?|ministry|government|president|defen[cs]e|police|servicemen|navy|ambassador|"
                         r"embassy|leaders?|spokes(?:man|woman|person)|patrol|convoy|marines|citizens?|nationals?|"
                         r"forward\s+operating\s+base|manpower|equipment|positions|concentrations?|depots?|vessels?|"
                         r"fleet|warships?|frigates?|targets)\b", re.I)


# A country the act is told in, right after it: "strike last Friday in Kuwait", "raid inside Iran"; a few words of
# time or object between, no mark, verb or clause word of another clause ("for" a cause, "that"/"which" a relative
# clause; "off the" is not one: a coast's country is told at sea).
_IN_COUNTRY = re.compile(r"(?:\s+(?!(?:\w+ed|said|says|and|but|as|while|after|for|that|which|who|whose|where|when)\b)"
                         r"[\w-]+){0,5}\s+(?:in|inside|into)\s+(?:the\s+)?", re.I)
# "the raid in retaliation for a bombing in Lebanon": an act told as the cause of another is background, not where.
_CAUSE_BEFORE = re.compile(r"\b(?:retaliation|revenge|response|reprisal|reply|answer)\s+(?:for|to)\s+(?:[\w-]+\s+){0,2}$",
                           re.I)
# Between a country the act is told in and a later trigger of that act ("strikes inside Iran killed nine", "the
# strike in Syria that killed seven", "the strikes in Yemen by Saudi jets on Saturday, which killed 14"): nothing, or a
# few words of no other clause and then a relative word.
_SAME_ACT_GAP = re.compile(r"(?:(?:\s+(?!(?:\w+ed|said|says|and|but|as|while|after)\b)[\w-]+){0,6}\s*,?\s+(?:that|which))?"
                           r"\s+(?:(?:also|reportedly)\s+)?", re.I)


def _told_in(doc: WorkDoc, t: Trigger, p: PlaceMention) -> bool:
    """True when country `p` is told as where the act of `t` happened: right after `t` or after another trigger of
    its act in the sentence, so one act keeps one place ("the air strikes inside Iran killed nine militants")."""
    if not (p.feature_code or "").startswith("PCL") or doc.text[p.end : p.end + 2] in ("'s", "’s"):
        return False  # "a strike in Israel's campaign": a possessive names the owner, not where
    if t.end <= p.start:
        acts = [t]
    elif _SAME_ACT_GAP.fullmatch(doc.text, p.end, t.start) is not None:
        acts = [u for u in doc.triggers if u.sentence == t.sentence and u.end <= p.start]
    else:
        return False
    return any(_IN_COUNTRY.fullmatch(doc.text, u.end, p.start) and _CAUSE_BEFORE.search(
        doc.text, max(0, u.start - 40), u.start) is None for u in acts)


def _act_country(doc: WorkDoc, t: Trigger, p: PlaceMention) -> PlaceMention | None:
    """Another country the act of `t` is told in when country `p` is not ("A US drone strike on Friday in Somalia
    killed two fighters, US Africa Command said": the killing is in Somalia, not at the speaker's US)."""
    if not ((p.feature_code or "").startswith("PCL") or p.role == "demonym") or _told_in(doc, t, p):
        return None
    return next((q for q in doc.places if q.country_code != p.country_code and _told_in(doc, t, q)), None)


def prefer_setting(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> PlaceMention | None:
    """The place, or the nearest earlier place in the story's setting country when it is out of place."""
    # Out of place: the story's only mention of its country ("Radio Cadena Nacional" → Dominican Republic in
    # a Colombian story), or a foreign country naming a party ("U.S. soldiers" in an Iraq story).
    if p is None or not p.country_code:
        return p
    told = _act_country(doc, t, p)
    if told is not None:
        decide(doc, p, "relocated", f"the act is told in {told.text!r}, so not at {p.text!r}")
        return told
    counts: dict[str, int] = doc.meta.get("_place_countries") or {}
    if not counts:
        for q in doc.places:
            if q.country_code:
                counts[q.country_code] = counts.get(q.country_code, 0) + 1
        doc.meta["_place_countries"] = counts
    setting = max(counts, key=lambda c: counts[c])
    total = sum(counts.values())
    if p.country_code == setting:
        return p
    # "Two U.S. soldiers were killed", "Russia's Defense Ministry said": a country naming a party, not a place.
    party = vague(p) and _PARTY_NOUN.match(doc.text, p.end) is not None
    if (counts.get(p.country_code, 0) > 1 or counts[setting] < max(3, 0.5 * total)) and not (
            party and counts[setting] >= 3):
        return p
    if _told_in(doc, t, p):
        # "a missile strike last Friday in Kuwait waters" in a story that names the United States most (it speaks and
        # acts): a country the act is told in, right after it, is where; a stand-in is for a name told otherwise (a
        # party, a misread town), or in another clause ("bombings contradict the accords we signed in Costa Rica").
        return p
    prior = [q for q in doc.places if q.country_code == setting and q.start < t.start and q.role != "demonym"
             and (q.geonameid or q.name)]
    if not prior:
        return p
    why = "names a party" if party else "is the story's only place in that country"
    decide(doc, p, "relocated", f"{p.name} ({p.country_code}) {why}; the setting is {setting}, so "
           f"{prior[-1].text!r} is used")
    return prior[-1]


# --- linking: who attacked, who was hit, where, and which casualty figures belong to which event ---

# A speech verb right after a party or place ("Russia's Defense Ministry said"): it speaks. The plain verbs of telling,
# warning and denying; protest_topic searches gaps with it, so no form that is as often a noun ("claims", "reports").
SPEAKS = speech_verbs("said", "says", "say", "confirmed", "reported", "claimed", "stated", "announced", "told", "warned",
                      "cautioned", "denied", "added")
SPEECH_VERB_NEXT = re.compile(rf"\s+(?:also\s+|has\s+|had\s+)?(?:{SPEAKS})\b")
# "Egypt condemns Israel's strike", "Canada is horrified by ...": the party reacting to an attack is not its author.
_REACTION = re.compile(r"\s+(?:also\s+|has\s+|have\s+|is\s+|was\s+|says\s+(?:it\s+is\s+)?)?(?:\w+ly\s+)?"
                       r"(?:condemn\w*|denounc\w*|slam\w*|decr(?:y|ies|ied)|deplor\w*|mourn\w*|demand\w*|urg(?:e|es|ed)|"
                       r"call(?:s|ed)?\s+for|ask(?:s|ed)?|summon\w*|rebuk\w*|critici[sz]\w*|blast(?:s|ed)|vow\w*|"
                       r"react\w*|protest\w*|pledg\w*|outraged|horrified|shocked|troubled|appall?ed|saddened|"
                       r"voices?|expresse[sd]?|seeks?|sought|investigat\w*|probes?|reviews?|blames?|blamed|"
                       r"accus\w*|faces?|tells?|told|confirms?|says|said|denies|denied|assess\w*|"
                       r"(?:is|was|are)\s+[‘'\"“]?not\s+responsible)\b", re.I)
# "Israeli military says it killed 2 Hamas officials": a speaker telling of its own act is its author.
# Only verbs that tell a fact as the speaker's own: not "told" (an addressee follows), "warned" or "denied".
_OWN_ACT_VERBS = speech_verbs("said", "says", "confirmed", "claimed", "announced", "stated")
# "The Arakan Army said its fighters captured ...": a group's own fighters, members or units are it.
_SELF_REPORT = re.compile(rf"\s+(?:also\s+|has\s+)?(?:{_OWN_ACT_VERBS})\s+(?:that\s+)?"
                          r"(?:it|we|(?P<its>its)\s+(?:forces|troops|jets|aircraft|army|soldiers|fighters|members|"
                          r"units|militants|guerrillas|combatants|commandos|men))\s+(?:had\s+|has\s+|have\s+)?"
                          r"(?P<verb>\w+)", re.I)
# "its fighters killed in the strike": a participle of a reduced relative, the speaker's losses, not its deed.
_LOSS_VERB = re.compile(r"killed|wounded|injured|hurt|captured|detained|arrested|abducted|kidnapped|martyred|"
                        r"taken|held|trapped", re.I)
_REDUCED = re.compile(r"\s+(?:in|by|during|when|while|at|on|near|after|as)\b", re.I)
# "Islamic State said it carried out the bombing": a verb of doing whose object is the act, told as a known one (a
# definite determiner) with at most two modifiers and no preposition between ("launched strikes after rocket
# attacks" speaks of another act).
_DID = re.compile(r"carried|conducted|launched|staged|mounted|perpetrated|executed|committed", re.I)
_DID_OBJECT = re.compile(r"(?:\s+out)?\s+(?:the|its|this|that|yesterday['’]s|[A-Z]\w+['’]s)\s+"
                         r"(?:(?!(?:after|following|before|against|over|for|to|of|in|on|at|and|or|amid|from|by|"
                         r"with|as|while)\b)[\w-]+\s+){0,2}", re.I)


def _own_act(text: str, a: ActorMention, t: Trigger) -> bool:
    """Whether speaker `a` tells the trigger's act as its own ("said it shelled", "said it carried out the bombing")."""
    m = _SELF_REPORT.match(text, a.end)
    if m is None or (m.group("its") is not None and _LOSS_VERB.fullmatch(m.group("verb"))
                     and _REDUCED.match(text, m.end())):
        return False
    return m.end() >= t.end or (_DID.fullmatch(m.group("verb")) is not None
                                and _DID_OBJECT.fullmatch(text, m.end(), t.start) is not None)


ATTACKER_KINDS = frozenset({"state", "force", "group", "demonym"})
# "Polish aid worker killed": a nationality told of the victims, not of the attacker.
_VICTIM_NOUNS = (r"aid\s+workers?|humanitarian\s+workers?|journalists?|civilians?|nationals?|citizens?|"
                 r"tourists?|hostages?|children|women|volunteers?|doctors?|medics?|students?")
_VICTIM_AFTER = re.compile(r"\s+(?:" + _VICTIM_NOUNS + r")\b", re.I)
_NAME_TAIL = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w’'-]*|prime\s+minister|president|(?:foreign|defen[cs]e)\s+minister|"
                        r"secretary(?:\s+of\s+state)?|"
                        r"minister|leader|chief|envoy|ambassador|spokes(?:man|woman|person)|officials?|government)){0,4}")
# "Israel-Hamas war news", "the Russia-Ukraine war": a war's name, not a party acting.
_WAR_NAME = re.compile(r"(?:-[A-Z][\w-]*)?\s+(?:war|conflict)\b")
# "the kidnapping of two US citizens", "in the Chilean port of Valparaiso", "Colombian judge X was shot": a nationality
# told of the victims, a place or an institution names no party acting (no armed actor is called by these nouns).
# "People's" starts a force's name ("Uganda People's Defence Force"), and "city police", "village defence guards",
# "embassy guards", "mountain troops" are forces, not places ("the Bolivian mountain range" is a place); a victim noun
# keeps its reading: "volunteer forces" stays dropped.
_NOT_PARTY_AFTER = re.compile(r"\s+(?:(?:" + _VICTIM_NOUNS + r"|priests?|nuns?|missionar(?:y|ies)|judges?|engineers?|"
                              r"businessm[ae]n|people(?!['’]s)|workers?|territory|soil|capital|statistics|"
                              r"situation|sectors?|courts?|institute|diplomats?|seamen|peasants)\b|"
                              r"(?:cit(?:y|ies)|towns?|villages?|ports?|embassy|consulate|mountains?)\b(?!\s+(?:defen[cs]e\s+)?"
                              r"(?:police|guards?|militias?|forces|troops|army|units|patrols|infantry|brigades?|"
                              r"battalions?|regiments?|divisions?)\b))", re.I)
# "Australian among aid workers killed", "A US-Canadian citizen was killed in the strike": the victims' nationality
# (in a battle the side that lost men is still a party).
_PASSIVE_HARM = re.compile(r"(?:[\s-]+[\w’'-]+){0,3}?\s+(?:among|(?:was|were|been|is|are)\s+(?:\w+\s+)?(?:killed|wounded|"
                           r"injured|shot))\b", re.I)
# "US told Iran it had no involvement": the party spoken to is not the attacker.
_ADDRESSEE = re.compile(r"\b(?:told|tells|asked|asks|urged|urges|warned|warns|informed|assured|called\s+on)\s+$", re.I)


def self_report(doc: WorkDoc, a: ActorMention, t: Trigger) -> bool:
    """Whether attacker `a` of trigger `t` is a speaker telling the act as its own ("X said its fighters captured")."""
    return _speaker(doc.text, a) and _own_act(doc.text, a, t)


def _speaker(text: str, a: ActorMention) -> bool:
    """True when the party speaks or reacts ("Egypt condemns", "UN Human Rights Office deplores")."""
    if _ADDRESSEE.search(text, max(0, a.start - 15), a.start) or re.search(r"\b(?:no|not|without)\s+$",
                                                                          text[max(0, a.start - 9) : a.start]):
        return True  # "no US involvement in the strike": a party said to have had no part
    for end in {a.end, _NAME_TAIL.match(text, a.end).end()}:  # type: ignore[union-attr]
        if SPEECH_VERB_NEXT.match(text, end) or _REACTION.match(text, end):
            return True
    return False
_AGENT_GAP = re.compile(r"\s+(?:\w+\s+){0,4}?(?:by|in|from|during)\s+(?:an?\s+|the\s+)?")
_AGENT_NOUN = re.compile(r"\s*(?:attacks?|strikes?|airstrikes?|air\s+strikes?|fire|raids?|shelling|bombardment|"
                         r"gunfire)\b|(?:['’]s)?\s+(?:forces|troops|soldiers|military|army)\b", re.I)
_CIVILIAN = re.compile(r"\b(?:civilians?|residents?|apartments?|anapartment|residential|homes?|houses?|hospitals?|"
                       r"schools?|kindergartens?|cities|city|villages?|towns?|neighbou?rhoods?|markets?|"
                       r"churches|mosques?|shops?|passengers|children|families|peasants|villagers)\b", re.I)


# "holds Israel responsible", "blames Hamas": the party blamed, not where it happened.
_BLAMED = re.compile(r"\b(?:holds?|held|blames?|blamed|accuses|accused)\s+$", re.I)


def reactor_place(doc: WorkDoc, t: Trigger, p: PlaceMention | None) -> bool:
    """True when a lone headline's country-level place only names who reacts or who died, not where it happened."""
    # "US envoy urges inquiry into the drone strike", "A US-Canadian man died in the strike
    # on a convoy, an official says": the reacting state and the victims' nationality are no place of the strike.
    if p is None or not ((p.feature_code or "").startswith("PCL") or p.role == "demonym") or not lone_headline(doc):
        return False
    text = doc.text
    same = [a for a in doc.actors if a.start <= p.start < a.end]
    return bool(same) and all(_speaker(text, a) or _VICTIM_AFTER.match(text, a.end) is not None
                              or _BLAMED.search(text, max(0, a.start - 12), a.start) is not None
                              or _PASSIVE_HARM.match(text, a.end) is not None for a in same)


def civilian_in(doc: WorkDoc, si: int) -> re.Match[str] | None:
    """The first civilian target named in sentence `si` (memoised: many triggers share a sentence)."""
    memo: dict[int, re.Match[str] | None] = doc.meta.setdefault("_civilian_by_sentence", {})
    if si not in memo:
        s = doc.sentences[si]
        memo[si] = _CIVILIAN.search(doc.text, s.start, s.end)
    return memo[si]


# "Israeli military is tracking approach of 100 drones", "ministers urge response to Iran attack": a party that watches
# for, awaits or answers an attack is not its author. The attack must be the watch verb's object: a window that holds a
# new verb, a means or a clause break ("tracked and struck", "retaliates for X with strikes") tells the party's own act.
_OBJECT_WINDOW = r"\s+(?:(?!(?:and|or|then|before|after|with|by|as|while|using|through|via)\b)[\w'’-]+\s+){0,5}$"
_WATCH_VERBS = (r"track(?:s|ed|ing)?(?!\s+down)|monitor(?:s|ed|ing)?|detect(?:s|ed|ing)?|brac(?:e|es|ed|ing)\s+for|"
                r"prepar(?:e|es|ed|ing)\s+for")
_WATCHES = re.compile(r"\b(?:" + _WATCH_VERBS + ")" + _OBJECT_WINDOW, re.I)
_AWAITS = re.compile(r"\b(?:" + _WATCH_VERBS + r"|(?:response|retaliation|reply|respond(?:s|ed|ing)?|"
                     r"retaliat(?:e|es|ed|ing))\s+(?:to|for))" + _OBJECT_WINDOW, re.I)
# "drones launched toward Israel": the sentence says where the watched attack is aimed.
_AIMED = re.compile(r"\b(?:toward|towards|headed\s+for|heading\s+for|targeting|aimed\s+at|at)\b", re.I)


def watcher(doc: WorkDoc, t: Trigger) -> ActorMention | None:
    """The party told tracking or bracing for the trigger's attack, in its sentence before it, when the sentence names
    no other aim: its land is where the attack is awaited."""
    return next((a for a in reversed(in_sentence(doc, "actors", t.sentence)) if a.end <= t.start
                 and a.kind in ATTACKER_KINDS and a.country_code and _WATCHES.search(doc.text, a.end, t.start)
                 and not _AIMED.search(doc.text, t.start, doc.sentences[t.sentence].end)), None)


_MEANS_AFTER = re.compile(r"\s+(?:with|by)\s", re.I)


def _answers(doc: WorkDoc, t: Trigger, a: ActorMention) -> bool:
    """Whether `a` only watches for or answers the trigger's attack ("ministers urge response to Iran attack")."""
    if not _AWAITS.search(doc.text, a.end, t.start):
        return False
    # "Iran retaliated for the strike by launching drones": the answer's means follows, and with no trigger of its own
    # the answer is told in this event, so the answering party is its actor.
    return _MEANS_AFTER.match(doc.text, t.end) is None or any(
        u.sentence == t.sentence and u.start >= t.end for u in doc.triggers)


ENDS_BY = re.compile(r"\sby$", re.I)


def _last_word(t: Trigger) -> int:
    """Where the trigger's last word starts (a one-word trigger: its start)."""
    return t.start + len(t.text) - len(t.text.split()[-1]) if t.text.split() else t.start


def passive_by(doc: WorkDoc, t: Trigger) -> re.Match[str] | None:
    """The "<verb> by" of a passive attack trigger ("hit by", "rockets fired ... struck by"), if it is one."""
    return PASSIVE_BY.match(doc.text, t.start) or PASSIVE_BY.match(doc.text, _last_word(t), t.end + 4)


def passive_subject(doc: WorkDoc, t: Trigger, own: str | None) -> ActorMention | None:
    """The party struck in "Israel hit by Iranian missiles": the subject of a passive attack verb, not the author's side."""
    # A town struck ("Kyiv was shelled by ...") is where, not a party: only a country, a people or a force.
    towns = {p.start for p in in_sentence(doc, "places", t.sentence)
             if p.role != "demonym" and not (p.feature_code or "").startswith("PCL")}
    return next((a for a in reversed(in_sentence(doc, "actors", t.sentence)) if a.end <= t.start
                 and a.kind in ATTACKER_KINDS and a.country_code and a.country_code != own and a.start not in towns
                 and re.fullmatch(r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?", doc.text[a.end : t.start])),
                None)


def attacker_for(doc: WorkDoc, t: Trigger) -> ActorMention | None:
    """The party named as carrying out the trigger's action, in its sentence."""
    s = doc.sentences[t.sentence]
    if t.event_type == "Strategic developments":
        # Interceptions are done by air defences: the party that fires them is the actor.
        return next((a for a in in_sentence(doc, "actors", t.sentence) if "defen" in a.text.lower()), None)
    here = in_sentence(doc, "actors", t.sentence)
    text = doc.text
    passive = passive_by(doc, t)
    if passive is not None:
        # "Israel hit by three Iranian missiles": the subject was struck; the author is the party after "by", if any.
        return next((a for a in here if passive.end() <= a.start < s.end and a.kind in ATTACKER_KINDS
                     and re.fullmatch(r"\s+" + BY_DETERMINERS, text[passive.end() : a.start], re.I)), None)
    # "Niger: three dead in a jihadist attack": a headline's place label is not the attacker.
    cands = [a for a in here if a.end <= t.start and a.kind in ATTACKER_KINDS and "defen" not in a.text.lower()
             and not text.startswith((":", "-run", "-operated", "-backed", "-funded", "-affiliated"), a.end)
             and not _WAR_NAME.match(text, a.end)
             and (t.event_type == "Battles" or not _PASSIVE_HARM.match(text, a.end, max(a.end, t.end)))
             and not (a.kind in ("demonym", "state") and _NOT_PARTY_AFTER.match(text, a.end))
             and not in_dateline(doc, a.start)  # "MADRID (SPAIN), 18 NOV --": where the report was filed
             and (not _speaker(text, a) or _own_act(text, a, t))
             and not _answers(doc, t, a) and not _hull_flag(text, a, t)]
    # "rockets fired by Iran": the trigger may hold the "by" itself.
    # "strikes on Ukraine by Russia": the struck place may stand between the noun and its "by".
    # "shelled by four American destroyers": a count may stand before the author.
    gap = r"\s+" + BY_DETERMINERS if ENDS_BY.search(t.text) else \
        r"\s+(?:(?:on|against)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3})?by\s+" + BY_DETERMINERS
    by = next((a for a in here if t.end <= a.start < s.end and a.kind in ATTACKER_KINDS
               and re.fullmatch(gap, doc.text[t.end : a.start])), None)
    if by is not None:
        return by  # passive: "... were shelled by Russian forces"
    agent = next((a for a in here if t.end <= a.start < s.end and a.kind in ATTACKER_KINDS
                  and _AGENT_GAP.fullmatch(text[t.end : a.start]) and _AGENT_NOUN.match(text, a.end)), None)
    if agent is not None:
        return agent  # "21 killed in Israeli strikes", "killed by Russian fire"
    return cands[-1] if cands else None


# Words of a ship's own noun phrase between its flag or owner and the hull: "Greek-owned", "Liberian-flagged 80,000-ton".
_FLAG_GAP = re.compile(r"(?:-(?:owned|flagged|registered|operated|chartered|managed))?(?:\s+(?:[\d,]+-(?:ton|tonne)|"
                       r"oil|crude|chemical|products?|cargo|container|bulk|merchant|commercial|fuel|gas|LNG|LPG))*\s+")
_HULL_START = re.compile(r"(?:super)?tankers?|ships?|vessels?|freighters?|ferry|ferries|(?:oil|offshore|drilling|gas)\s",
                         re.I)
# "off the Saudi coast": the shore named for where, not its forces as the target.
_SHORE = re.compile(r"\s+(?:coast(?:line)?|shores?|waters|coastal\s+waters)\b", re.I)


def _hull_flag(text: str, a: ActorMention, t: Trigger) -> bool:
    """Whether `a` is the flag or owner of the ship a ship-attack trigger opens with ("A Greek tanker came under
    fire"): the target, never the attacker."""
    return _HULL_START.match(t.text) is not None and _FLAG_GAP.fullmatch(text, a.end, t.start) is not None


def recipient_for(doc: WorkDoc, t: Trigger, attacker: ActorMention | None,
                  place: PlaceMention | None) -> tuple[ActorMention | None, str, str | None]:
    """(mention, 'civilians'|'military', country): civilians when the sentence names civilian targets."""
    s = doc.sentences[t.sentence]
    own = attacker.country_code if attacker else None
    after = [a for a in in_sentence(doc, "actors", t.sentence) if t.end <= a.start < s.end and a.kind in ATTACKER_KINDS
             and a.country_code and a.country_code != own and not _SHORE.match(doc.text, a.end)]
    # "Police defused a bomb near the market": a foiled act hit no one, so the market names no victims.
    if civilian_in(doc, t.sentence) and t.sub_event_type != DISRUPTED:
        cc = place.country_code if place and place.country_code else (after[0].country_code if after else None)
        if cc and cc != own:
            return None, "civilians", cc
        if cc is None and own is None:
            return None, "civilians", None
    if passive_by(doc, t) is not None:
        # "Israel hit by Iranian missiles as Hezbollah fires at Haifa": a passive's target is its subject, never a
        # party named after its "by" (the author, or another clause's).
        struck = passive_subject(doc, t, own)
        return (struck, "military", struck.country_code) if struck is not None else (None, "none", None)
    if after:
        return after[0], "military", after[0].country_code
    return None, "none", None
