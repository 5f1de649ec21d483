"""Claims of responsibility: the group that claims an act is its author ("Al-Shabaab claimed responsibility for the
attack")."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.assemble_group import Group
from eventwire.components.assemble_link import in_sentence
from eventwire.pipeline.workdoc import ActorMention, WorkDoc

# Parties that claim acts: named groups and forces (a bare country or people claims no act this way).
_CLAIMANT_KINDS = frozenset({"group", "force"})
# Words of the claimant's own phrase after its name: "the MRTA (Tupac Amaru) guerrillas", "an FMLN spokesman".
_TAIL = (r"(?:\s*[(\[][^()\[\]\n]{1,60}[)\]])?(?:\s+(?:guerrillas?|militants?|rebels?|terrorists?|insurgents?|"
         r"fighters|members|group|organi[sz]ation|movement|urban\s+commandos?|commandos?|cells?|"
         r"spokes(?:man|men|woman|person)))?")
# Adverbs and auxiliaries between the claimant and its verb; "which"/"who" opens a relative clause on the claimant.
# No negation: "has not claimed", "did not claim" claim nothing.
_GAP = (r"(?:\s*,\s*(?:which|who)\b)?(?:\s+(?:has|have|had|also|later|quickly|swiftly|promptly|reportedly|already|"
        r"then|subsequently|since|itself|publicly|officially))*")
# Acts a claim names: a definite one refers back to an act told before ("the attack", "Monday's bombing").
_ACT = (r"(?:attack|bombing|blast|explosion|bomb|killing|murder|assassination|kidnapping|abduction|ambush|raid|strike|"
        r"airstrike|shooting|massacre|act|incident|operation|assault|action|sabotage|attempt)")
_BOMB_ACT = re.compile(r"bomb|blast|explosion", re.I)
# A harm verb right before a party's name: the party is the one harmed ("killed three Islamic Jihad commanders").
_HARMED = re.compile(r"\b(?:kill|wound|injur)\w*\s+(?:[\w-]+\s+){0,3}?$", re.I)
# Armed men told as an act's dead or wounded ("killed 12 militants"): a group's loss, no act it would claim.
_OWN_LOSS = re.compile(r"\b(?:kill|wound|injur)\w*\s+(?:[\w-]+\s+){0,3}?(?:suspected\s+)?(?:militants?|fighters?|"
                       r"insurgents?|rebels?|guerrillas?|jihadists?|terrorists?)\b", re.I)
# "claimed responsibility for", "took credit for", "accepted responsibility"; the object, if any, follows up to a
# clause break ("..., which has claimed responsibility for attacks on the army, denied a part in the bombing").
_RESPONSIBILITY = re.compile(_TAIL + _GAP + r"\s+(?:claimed|claims|claim|took|takes|taken|accepted|accepts|admitted|"
                             r"admits|assumed|assumes)\s+(?:full\s+|the\s+)?(?:responsibility|credit)\b"
                             r"(?:\s+for\b(?P<obj>[^.;:,\n]{0,160}))?", re.I)
# "claimed the attack", "claimed Monday's bombing in a leaflet": the act's phrase ends the clause or a preposition
# follows; "claimed the strike killed civilians" or "claimed the attack was staged" is a statement about the act.
_CLAIMED_ACT = re.compile(_TAIL + _GAP + r"\s+(?:claimed|claims|claim)\s+(?P<obj>(?:the|this|its|yesterday['’]s|"
                          r"[A-Z]\w+['’]s)\s+(?:(?!(?:the|that|a|an)\b)[\w-]+\s+){0,2}?" + _ACT + r"s?)\b"
                          r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|at|near|against|through|via|with|as|from|and)\b)", re.I)
# An object that points back at one act: "the attack", "Tuesday's blast", "it" (or no object at all).
_DEFINITE = re.compile(r"\s*(?:it\b|(?:the|this|that|yesterday['’]s|today['’]s|[A-Z]\w+['’]s)\s+"
                       r"(?:(?!(?:the|that|a|an)\b)[\w-]+\s+){0,2}?" + _ACT + r"\b(?!s))", re.I)
# An object that names acts of the story: a determiner, a possessive, a count or a deed ("for killing two soldiers");
# a bare plural ("for attacks on the army") speaks of acts in general.
_ONE_ACT = re.compile(r"\s*(?:it|the|a|an|this|that|these|those|its|their|both|two|three|[\w-]+['’]s|\d+|\w+ing)\b",
                      re.I)
# "a suicide bombing claimed by al-Shabaab", "the attack was presumably carried out by the FMLN": a passive's agent is
# the author of the act right before, a few words of its own phrase between.
_BY_VERB = r"(?:claimed|carried\s+out|perpetrated|committed)\s+by\s+(?:the\s+)?$"
# The words between are the act's own phrase, opened by a preposition or a time word ("a bombing at a hotel in
# Mogadishu that was claimed by"), never a verb and its object: "an air strike hit positions claimed by the Arakan
# Army" is a territorial claim and names no author.
_CLAIMED_BY = re.compile(r"(?P<gap>(?:\s+(?:in|on|at|near|outside|inside|against|of|along|across|from|last|this|"
                         r"earlier|yesterday|today|overnight)\b(?:\s+(?!(?:not|never|no|hit|hits|struck)\b)"
                         r"(?![\w’-]+ed\b)[\w’-]+){0,3}?)?)"
                         r"\s*,?\s+(?:(?:that|which)\s+)?"
                         r"(?:(?:was|were|has\s+been|had\s+been|is)\s+)?(?:\w+ly\s+)?"
                         r"(?:claimed|carried\s+out|perpetrated|committed)\s+by\s+(?:the\s+)?", re.I)
# Every claim shape holds one of these words (searched on the lower-cased text).
_GATE = re.compile(r"claim|credit|responsib|carried\s+out\s+by|perpetrated\s+by|committed\s+by")
# How many sentences back a claim may point for its act ("A bomb exploded ... Police said ... X claimed the attack").
_BACK = 3


def credit_claims(doc: WorkDoc, groups: dict[tuple[Any, ...], Group]) -> dict[tuple[Any, ...], Group]:
    """Give each claimed act its claimant as attacker when the text names none for it; `groups` is returned."""
    low = doc.text.lower()
    if not _GATE.search(low):
        return groups
    by_trigger = {id(t): g for g in groups.values() for t in g.triggers}
    for si, s in enumerate(doc.sentences):
        words = low[s.start : s.end]
        if not _GATE.search(words):
            continue
        for a in in_sentence(doc, "actors", si):
            if a.kind not in _CLAIMANT_KINDS:
                continue
            g = _claimed_group(doc, by_trigger, si, a)
            if g is not None and not g.attackers and not _its_victim(doc, g, a):
                g.attackers.append(a)
                # The claimant is no victim of its own act ("a bombing claimed by al-Shabaab").
                g.recipients = [r for r in g.recipients if r[0] is not a]
    return groups


def _claimed_group(doc: WorkDoc, by_trigger: dict[int, Group], si: int, a: ActorMention) -> Group | None:
    """The group of the act that `a` claims in sentence `si`, or None."""
    text, s = doc.text, doc.sentences[si]
    here = [t for t in doc.triggers if t.sentence == si and id(t) in by_trigger]
    before = re.search(r"\b" + _BY_VERB, text[max(s.start, a.start - 25) : a.start], re.I)
    if before is not None:
        # The act is the last trigger before "claimed by", a few words of its own phrase between.
        cut = a.start - len(before.group(0))
        fits = [(t, m) for t in here if t.end <= cut and (m := _CLAIMED_BY.fullmatch(text, t.end, a.start))]
        if not fits:
            return None
        t, m = fits[-1]
        g = by_trigger[id(t)]
        # A claimant already told as the act's victim is the act's author only when "claimed by" follows the act
        # right away ("a bombing claimed by al-Shabaab"), not across words of its own ("villages claimed by ...").
        if m.group("gap").strip() and any(r[0] is a for r in g.recipients):
            return None
        return g
    m = _RESPONSIBILITY.match(text, a.end, s.end) or _CLAIMED_ACT.match(text, a.end, s.end)
    if m is None:
        return None
    obj_start, obj_end = (m.start("obj"), m.end("obj")) if m.group("obj") is not None else (m.end(), m.end())
    if m.group("obj") is not None and not _ONE_ACT.match(text, obj_start):
        return None  # "claimed responsibility for attacks on the army": acts in general, none of the story's
    named = [t for t in here if obj_start <= t.start < obj_end]
    definite = _DEFINITE.match(text, obj_start) is not None
    earlier = [t for t in doc.triggers if si - _BACK <= t.sentence <= si and t.start < a.start and id(t) in by_trigger]
    echo = bool(named) and definite and _echo(doc, by_trigger[id(named[0])], si)
    if named and not echo:
        g = by_trigger[id(named[0])]  # the act the claim names, told here or retold from before
        # "the bombing" folded into the last of two bombings in two places on two days: either may be meant.
        others = (by_trigger[id(t)] for t in earlier)
        # A claim that tells the act's own place or day ("the bombing in Baidoa") has said which one.
        told = any(obj_start <= x.start < obj_end for x in (*in_sentence(doc, "places", si),
                                                              *in_sentence(doc, "dates", si)))
        if definite and not told and any(h.head.sub_event_type == g.head.sub_event_type and not _one_act(h, g)
                                         for h in others):
            return None
        return g
    if m.group("obj") is not None and not definite:
        return None  # "claimed responsibility for a bombing" with no act of the story told in it
    if not echo and any(t.sentence == si and obj_start <= t.start < obj_end for t in doc.triggers):
        return None  # "claimed responsibility for the 2015 Paris attack": its own act, found to be no news
    # "the attack", "it" or no object: the act told last before the claim, in this sentence or a few before.
    noun = m.group("obj") or ""
    if _BOMB_ACT.search(noun):
        earlier = [t for t in earlier if t.event_type == "Explosions/Remote violence"] or earlier
    # The claimant's own losses are no act of its own; two kinds of act left and nothing to choose between them: no
    # credit ("A car bomb hit Mogadishu. An air strike killed 12 militants near Jilib. Al-Shabaab claimed
    # responsibility."). Two tellings of one kind at one place or on one day ("a bomb exploded ... the explosion") are
    # one act told twice; two acts of one kind in two places on two days are two acts to choose from.
    acts = list({id(g): g for g in (by_trigger[id(t)] for t in earlier) if not _its_loss(doc, g, a)}.values())
    if not acts and echo:
        return by_trigger[id(named[0])]  # no act told before: the claim noun's own event is the act
    if len({g.head.sub_event_type for g in acts}) != 1:
        return None
    return acts[-1] if all(_one_act(g, acts[-1]) for g in acts) else None


def _echo(doc: WorkDoc, g: Group, si: int) -> bool:
    """Whether the claim's own act noun ("claimed responsibility for the bombing") made an event of its own with no
    figure or place of its own in the claim's sentence: a retelling of an act told before, not a new act."""
    if g.sentences != {si} or any(c.sentence == si and c.count.best is not None for c in doc.casualties):
        return False
    s = doc.sentences[si]
    return g.place is None or not s.start <= g.place.start < s.end


def _one_act(g: Group, h: Group) -> bool:
    """Whether two groups of one kind may be one act told twice: not two known places on two known days."""
    place = [None if x.place is None else x.place.geonameid or x.place.name for x in (g, h)]
    day = [None if x.date is None else x.date.start_date for x in (g, h)]
    # A retelling often names a finer place or no day ("a bomb exploded in Lima ... the explosion in Miraflores").
    return None in place or None in day or place[0] == place[1] or day[0] == day[1]


def _its_victim(doc: WorkDoc, g: Group, a: ActorMention) -> bool:
    """Whether the act's sentences tell claimant `a` as its victim ("an air strike killed three Islamic Jihad men")."""
    for si in sorted(g.sentences):
        start = doc.sentences[si].start
        if any(m is not a and m.name == a.name and _HARMED.search(doc.text, start, m.start) is not None
               for m in in_sentence(doc, "actors", si)):
            return True
    return False


def _its_loss(doc: WorkDoc, g: Group, a: ActorMention) -> bool:
    """Whether the act's victims are claimant `a` or armed men ("an air strike killed 12 militants")."""
    if any(r[0] is not None and r[0].name == a.name for r in g.recipients):
        return True
    return any(_OWN_LOSS.search(doc.text, t.start, doc.sentences[t.sentence].end) is not None for t in g.triggers)
