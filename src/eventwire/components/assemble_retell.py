"""Retellings: a definite event noun or battle told again is the event the story reported before."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.assemble_link import NOMINAL_ACT, absorb, dateline_end, decide, in_sentence
from eventwire.components.assemble_scene import holds, not_where, possessive
from eventwire.components.lexicon import ACT_NOUNS
from eventwire.pipeline.workdoc import Trigger, WorkDoc

_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$", re.I)


# "the bomb", "this blast", "the dynamite charge": the device of an explosion told before; "when the bomb went off"
# (the trigger spans its verb) is that device too.
_BLEW = r"\s+(?:went\s+off|exploded|detonated)"
_DEVICE = re.compile(r"(?:bomb|blast|explosive|charge|device|detonation)(?:" + _BLEW + ")?$", re.I)
_VERB_TAIL = re.compile(_BLEW + "$", re.I)
_INDEFINITE = re.compile(r"\b(?:a|an)\s")
_ORDINAL = re.compile(r"\b(?:second|third|fourth|another|other|new|first|latest|next)\b", re.I)


def _determiner(doc: WorkDoc, start: int, lo: int = 0) -> str | None:
    """The definite determiner and its words (two at most) just before `start`, not before `lo`; else None."""
    m = _DEFINITE_BEFORE.search(doc.text, max(lo, start - 40), start)
    return m.group(0) if m else None


def _definite(doc: WorkDoc, t: Trigger) -> bool:
    """True when a definite determiner comes just before the trigger and no ordinal counts it ("the second bomb")."""
    d = _determiner(doc, t.start)
    return d is not None and not _ORDINAL.search(d + t.text)


def retold(doc: WorkDoc, t: Trigger) -> bool:
    """True for a definite singular event noun ("the murder of Rodriguez Porth", "his assassination", "the bomb")."""
    low = t.text.lower()
    if not (NOMINAL_ACT.search(low) or _DEVICE.search(low)) or (low.endswith("s") and not low.endswith("ss")):
        return False
    if _INDEFINITE.search(low) or " to " in low:  # ("troops that attempted to attack Izyum": a verb, not a noun)
        return False  # "said that Ukrainian units beat back a Russian attack": "a" tells a new event
    if _VERB_TAIL.search(low) and own_place(doc, t.sentence):
        return False  # "six people died in a Baidoa market when the bomb exploded": a new blast at a place of its own
    return _definite(doc, t)


def fold_retold(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Fold a group told only by definite event nouns into the nearest reported group of its type and day."""
    # "condemned the murder of the minister" beside "two bodyguards were also killed in the attack": a
    # definite noun names an incident the story reports elsewhere; alone it stays an event (recall). Places
    # are not compared: MUC dev F1 0.566 without, 0.562 with a same-place rule; gold dev 0.650 either way.
    out = dict(groups)
    for key, g in groups.items():
        if not g.triggers or not all(retold(doc, t) for t in g.triggers):
            continue
        hosts = [k for k, h in out.items() if k != key and k[:3] == key[:3]
                 and (k[4] == key[4] or None in (k[4], key[4]))
                 and not all(retold(doc, t) for t in h.triggers)]
        if not hosts:
            continue
        start = g.triggers[0].start
        hk = min(hosts, key=lambda k: min(abs(t.start - start) for t in out[k].triggers))
        host = out[hk]
        absorb(host, g)
        del out[key]
        decide(doc, g.triggers[0], "merged", "a definite event noun retells the event reported at "
               f"{host.place.text if host.place else None!r}")
    return out


def retold_battle(doc: WorkDoc, t: Trigger) -> bool:
    """True for a definite "battle" ("casualty list from the fierce battle for the air base"): the one told before."""
    return t.text.lower().endswith("battle") and _definite(doc, t)


_ANOTHER = re.compile(r"\b(?:another|again|fresh|second|third|renewed)\b", re.I)
_HEARD = re.compile(r"explosions?|blasts?|detonations?", re.I)


def fold_undated(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Fold an undated group into the one dated group of its type and sub-type at the same place."""
    # "the murder of the Jesuits" told in a later, undated sentence of a story that dated the murder: the same
    # place and type make it the dated event, not a new one on the publication day (MUC dev).
    out = dict(groups)
    # "LONDON - A tanker was attacked on March 21 ... One person was killed": acts refused the dateline's town or a
    # source's town (assemble_where) share no place, but the undated toll is still the dated act's.
    lent = doc.meta.get("_refused_dateline", set()) | doc.meta.get("_refused_place", set())
    for key, g in groups.items():
        if key[4] is not None or (key[3] is None and not all(t.start in lent for t in g.triggers)):
            continue
        hosts = [k for k in out if k != key and k[:4] == key[:4] and k[4] is not None]
        if not hosts and all(_HEARD.fullmatch(t.text) for t in g.triggers):
            # "he heard the explosion" in a Kyiv strike story: a blast with no device named is the strike's,
            # when one dated strike, shelling or bombing is told at that place (one event, not two).
            hosts = [k for k in out if k != key and k[0] == key[0] and k[3] == key[3] and k[4] is not None]
            if len(hosts) > 1:  # undated, it takes the publication day: the strike told on that day
                hosts = [k for k in hosts if k[4] == doc.article.published_date]
        if len(hosts) != 1 or any(_ANOTHER.search(doc.text, t.start, min(len(doc.text), t.end + 25))
                                  for t in g.triggers):
            continue  # "Jets hit another clinic, a day after raid on clinic killed 12": a new occurrence
        host = out[hosts[0]]
        absorb(host, g)
        del out[key]
        t = g.triggers[0]
        decide(doc, t, "merged", f"undated, same type and place as the event dated {hosts[0][4]}")
    return out


def own_place(doc: WorkDoc, si: int) -> bool:
    """True when sentence `si` names a town, district or province of its own (not a demonym, a country or a
    place `not_where` sets aside, such as an outlet's)."""
    # ADM1-3 as well: "clashes in Hawija district", "In Ituri province, the battle left 30 dead" tell a new act there.
    return any((p.feature_class == "P" or (p.feature_code or "").startswith(("ADM1", "ADM2", "ADM3")))
               and p.role not in ("demonym", "metonym") and not not_where(doc, p)
               for p in in_sentence(doc, "places", si))


def join_retelling(doc: WorkDoc, t: Trigger, day: Any, groups: dict[tuple[Any, ...], Any],
                   retold: dict[int, tuple[Any, Any]], bare: bool) -> bool:
    """True when `t` adds no event of its own: it joins the earlier event it retells, or is a bare noun with none."""
    kind = (t.event_type, t.sub_event_type)
    if bare:
        # A bare "the attack" or "the kidnappers" retells the nearest earlier event of its type; it adds no
        # event of its own, unless the triggers stage found it opening the story ("a terrorist attack" + harm).
        found = next(((k, g) for k, g in reversed(groups.items()) if k[:2] == kind), None)
        if found is not None:
            found[1].triggers.append(t)
            retold[t.sentence] = (found[1], found[0][4])
            return True
        if t.start not in doc.meta.get("_standalone_attacks", ()):
            return True
    if retold_battle(doc, t) and not own_place(doc, t.sentence):
        # "casualty list from the fierce battle for the air base": the battle the story told before; with a town
        # of its own the sentence may tell where that battle was. Other definite nouns ("the murder", "the bomb")
        # are folded later (fold_retold): joined here they moved MUC dev figures between events.
        found = next(((k, g) for k, g in reversed(groups.items()) if k[:2] == kind
                      and (k[4] == day or None in (k[4], day))), None)
        # "the battle of A and the battle of B": a host in this very sentence is another item of its list.
        if found is not None and all(o.sentence != t.sentence for o in found[1].triggers):
            found[1].triggers.append(t)
            retold[t.sentence] = (found[1], found[0][4])
            return True
    told, told_day = retold.get(t.sentence, (None, None))
    if told is not None and t.event_type == told.triggers[0].event_type and not own_place(doc, t.sentence) and (
            told_day is None or day is None or told_day == day):
        # "A war communique said a brigade launched the attack and fierce fighting raged ..., leaving 220 men
        # killed": a sentence retelling an earlier attack tells that act's fighting and toll, not new events.
        # A day of its own ("the 31 October attack in which a bomb exploded") keeps that day's event apart.
        told.triggers.append(t)
        return True
    return False


# "She said the attack happened off the Omani coast", "The explosion occurred at a warehouse in X": the next
# sentence tells where the act just reported was. The act noun opens the sentence or the reported clause ("He said
# the raid ..."); not "the talks that followed the attack took place", "the worst attack since a bombing that took
# place", nor a qualified other act ("the previous attack", "a similar raid"); no second act noun in the gaps.
# A qualifier that makes a definite act noun another act ("the previous attack", "a similar raid").
_QUALIFIERS = r"previous|last|earlier|similar|such|other|another|worst|first|former|past"
_ACT_WORDS = r"raid|attack|strike|bombing|explosion|blast|ambush|assault|shelling|incident|clash(?:es)?|fighting"
_ACT_NOUN = r"(?:" + _ACT_WORDS + r")"
_GAP = r"(?:(?!\b(?:" + _ACT_WORDS + r"|since|talks|meeting)\b)[^.;])"
_TOOK_PLACE = re.compile(r"(?:(?P<said>\bsaid\s+(?:that\s+)?)|\b)(?:the|this|that)\s+"
                         r"(?:(?!(?:" + _QUALIFIERS + r")\b)"
                         r"[\w-]+\s+){0,2}?" + _ACT_NOUN + r"\s+(?:" + _GAP + r"{0,60}?\s)?(?:took\s+place|"
                         r"occurred|happened)\s+(?:" + _GAP + r"{0,30}?\s)??(?:in|at|near|off|outside|on)\s+(?:the\s+)?",
                         re.I)
# A demonym names where only with a stretch of its country: "off the Iranian coast", "in Iraqi waters" (not "near the
# Pakistani border" in a Kabul story: the neighbour's border is on this side too).
_STRETCH = re.compile(r"\s+(?:coast(?:line)?|waters|territory|soil)\b", re.I)
# Every `_TOOK_PLACE` match holds one of its verbs: a sentence without one is skipped before the long pattern runs.
_TOOK_PLACE_VERB = re.compile(r"took\s+place|occurred|happened", re.I)


def _weak(doc: WorkDoc, p: Any) -> bool:
    """True for no place, the dateline's town, a possessive ("Baghdad's term for a tanker") or a sea ("in the Gulf":
    a later sentence's "it happened off the Qatari coast" tells where)."""
    return p is None or p.start < dateline_end(doc) or possessive(doc, p) is not None or (
        p.feature_class == "H" and not p.country_code)


def _in_story(doc: WorkDoc, where: Any, old: Any) -> bool:
    """True for a demonym's stretch ("off the Iranian coast") or a place in a country the story names elsewhere."""
    # "The fighting occurred in Cano de Padilla" (Colombia) read as Kano, Nigeria: a country told nowhere else.
    if where.role == "demonym":
        return True
    return (old is not None and where.country_code == old.country_code) or any(
        q.country_code == where.country_code and q.start != where.start for q in doc.places)


def place_told_after(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Move the one group told in a sentence to the place the next sentence says that act took place."""
    out = dict(groups)
    if not groups or _TOOK_PLACE_VERB.search(doc.text) is None:
        return out  # no act to move, or no sentence that can tell where one took place
    for i in range(1, len(doc.sentences)):
        s = doc.sentences[i]
        if _TOOK_PLACE_VERB.search(doc.text, s.start, s.end) is None:
            continue
        m = _TOOK_PLACE.search(doc.text, s.start, s.end)
        if m is None or not (m.group("said") or not doc.text[s.start : m.start()].strip()):
            continue
        where = next((p for p in in_sentence(doc, "places", i) if m.end() <= p.start <= m.end() + 40
                      and p.role != "metonym" and not not_where(doc, p)
                      and (p.role != "demonym" or _STRETCH.match(doc.text, p.end))), None)
        told = [k for k, g in out.items() if any(t.sentence == i - 1 for t in g.triggers)]
        if where is None or len(told) != 1 or not _weak(doc, out[told[0]].place) or not _in_story(
                doc, where, out[told[0]].place):
            continue  # no place, several acts in the sentence before (which one is meant?), or a place of its own
        key = told[0]
        g = out[key]
        old = g.place
        if possessive(doc, where) or (old is not None and holds(where, old)) or any(
                d.start_date is not None and key[4] is not None
                and not d.start_date <= key[4] <= (d.end_date or d.start_date) for d in in_sentence(doc, "dates", i)):
            # "near Afghanistan's border with Pakistan": an owner, or the country holding the town told; "took place
            # in Kandahar in March": a time of its own, another act than today's.
            continue
        new = (*key[:3], where.geonameid or where.name or where.text, *key[4:])
        if new == key:
            continue
        del out[key]
        decide(doc, g.triggers[0], "relocated", f"the next sentence tells where the act took place: {where.text!r}")
        if new in out:
            absorb(out[new], g)
        else:
            g.place = where
            out[new] = g
    return out


# A wire lead placed only at the dateline's town, told again in the next sentence at a town of the same country:
# "MANILA - Rebels bombed the military academy ... It said a bomb exploded at the academy, in Baguio": the bureau's
# town stood in for a place the lead did not tell. Not another act: "Separately", "Rebels also raided", "Earlier",
# "again", "in the third attack" (`_ANOTHER`, and `_ORDINAL`/`_QUALIFIERS` before the act noun).
_ELSEWHERE = re.compile(r"\b(?:separate(?:ly)?|other|also|meanwhile|elsewhere|earlier|later|previous(?:ly)?|"
                        r"last\s+(?:week|month|year)|similar)\b", re.I)
# "SEVERAL ARMED CLASHES ... RESULTED IN AT LEAST 8 KILLED": a lead that sums up several acts is no one act.
_SEVERAL = re.compile(r"\b(?:several|various|numerous|multiple|a\s+(?:series|number|wave|spate|string))\b", re.I)
# "the blast", "the attack", "this explosion": the lead's act named again.
_LEAD_ACT = re.compile(r"\b(?:" + ACT_NOUNS + r"|" + _ACT_WORDS + r"|bomb|explosives?|device|shooting|killing|"
                       r"massacre|grenade|mine)\b", re.I)
# The lead's object ("bombed a police station on Monday"): the words from its act up to a comma, a place or a time.
_OBJECT_END = re.compile(r"[,.;:]|\b(?:on|in|at|near|outside|from|with|killing|wounding|and|as|when|after|before|"
                         r"during|overnight|today|yesterday)\b", re.I)
_NOT_OBJECT = frozenset({"police", "army", "military", "government", "official", "people", "state", "dead",
                         "rebels", "guerrillas", "soldiers", "civilians", "their", "with", "into", "onto"})
_WORD = re.compile(r"[A-Za-z]{4,}")
_QUALIFIED = re.compile(r"\b(?:" + _QUALIFIERS + r")\b", re.I)


def _definite_at(doc: WorkDoc, lo: int, start: int) -> bool:
    """True when "the", "this" or "its" (two words at most before) governs the noun at `start`, counted by no ordinal
    or qualifier ("the third attack", "the latest raid", "a fresh assault" are other acts)."""
    d = _determiner(doc, start, lo)
    return d is not None and not (_ORDINAL.search(d) or _QUALIFIED.search(d) or _ANOTHER.search(d))


def _lead_object(doc: WorkDoc, g: Any, lead: Any) -> set[str]:
    """The nouns of the lead's object or target ("station" of "bombed a police station on Monday"), not its verbs."""
    start = min(t.start for t in g.triggers)
    stop = _OBJECT_END.search(doc.text, start + 1, lead.end)
    words = _WORD.findall(doc.text, start, stop.start() if stop else lead.end)
    return {w.lower() for w in words[1:] if not w.lower().endswith(("ed", "ing"))} - _NOT_OBJECT


def _retells(doc: WorkDoc, g: Any, lead: Any, nxt: Any) -> bool:
    """True when sentence `nxt` names the lead's act again ("the blast") or its object ("the patrol", "the station")."""
    if any(_definite_at(doc, nxt.start, m.start()) for m in _LEAD_ACT.finditer(doc.text, nxt.start, nxt.end)):
        return True
    told = _lead_object(doc, g, lead)
    return any(m.group(0).lower() in told and _definite_at(doc, nxt.start, m.start())
               for m in _WORD.finditer(doc.text, nxt.start, nxt.end))


# "killing six soldiers": the victims named after a toll's figure; "people" or "others" could be anyone.
_FIGURE_LAST = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                          r"hundreds?)$", re.I)
_VICTIM = re.compile(r"\s+([a-z]{3,})\b")
_ANYONE = frozenset({"people", "persons", "person", "men", "others", "more", "and", "were", "was", "have", "had"})


def _toll_match(doc: WorkDoc, lead: int) -> bool | None:
    """None when the lead or the sentence after it tells no toll; True when both tell the same kinds of toll and one
    figure again (a figure unread on one side, "a rebel of the front was killed", is no clash); False when they differ."""
    by: dict[int, dict[str, set[int]]] = {lead: {}, lead + 1: {}}
    who: dict[int, set[str]] = {lead: set(), lead + 1: set()}
    for c in doc.casualties:
        if c.sentence in by:
            figures = by[c.sentence].setdefault(c.kind, set())
            if c.count.best is not None:
                figures.add(c.count.best)
            victim = _VICTIM.match(doc.text, c.end) if _FIGURE_LAST.search(c.text) else None
            if victim is not None and victim.group(1).lower() not in _ANYONE:
                who[c.sentence].add(victim.group(1).lower().removesuffix("s"))
    mine, theirs = by[lead], by[lead + 1]
    if not mine or not theirs:
        return None
    if mine.keys() != theirs.keys() or any(mine[k] and theirs[k] and not mine[k] & theirs[k] for k in mine):
        return False
    if who[lead] and who[lead + 1] and not who[lead] & who[lead + 1]:
        return False  # "killing six soldiers" and then "killing six workers": the same figure, other victims
    return any(mine[k] & theirs[k] for k in mine)


def _keep_lead_day(out: dict[tuple[Any, ...], Any], host: tuple[Any, ...], key: tuple[Any, ...],
                   g: Any) -> tuple[Any, ...]:
    """Re-key an undated `host` to the lead's day before the lead folds into it; returns the host's key."""
    # "... killed three soldiers on Monday. The blast hit their vehicle near Kandahar": the act keeps Monday.
    if host[4] is not None or key[4] is None:
        return host
    moved = (*host[:4], key[4], *host[5:])
    if moved in out:
        return host  # another group already holds that place and day: leave the keys as they are
    h = out.pop(host)
    h.date = g.date
    out[moved] = h
    return moved


def retold_lead(doc: WorkDoc, out: dict[tuple[Any, ...], Any], key: tuple[Any, ...], g: Any,
                cut: int) -> tuple[Any, ...] | None:
    """The key of the one group of the same type and sub-type that the sentence right after a wire lead places in the
    dateline town's country and that retells the lead's act, with no other toll (re-keyed to the lead's day when it
    had none); else None. The caller checks that the lead's act is placed at the dateline town."""
    lead = doc.sentence_of(cut - 1)
    if g.place is None or any(t.sentence != lead for t in g.triggers) or lead + 1 >= len(doc.sentences):
        return None
    nxt, first = doc.sentences[lead + 1], doc.sentences[lead]
    if (_ELSEWHERE.search(doc.text, nxt.start, nxt.end) or _ANOTHER.search(doc.text, nxt.start, nxt.end)
            or _SEVERAL.search(doc.text, first.start, first.end)):
        return None
    # "A car bomb killed 12 ... A car bomb killed four people in Mosul": a round-up item with its own toll (or kind of
    # toll) and no reference back is another act of the same kind, not the lead retold. The same toll told again at
    # a named town (one rebel killed and two wounded, both times) is a retelling too.
    same = _toll_match(doc, lead)
    if same is False or not (same or _retells(doc, g, first, nxt)):
        return None
    # The host's place is told in that next sentence (not lent by the lead: "IN THIS CAPITAL").
    hosts = [k for k, h in out.items() if k != key and k[:2] == key[:2] and h.place is not None
             and h.place.start >= nxt.start and h.place.country_code == g.place.country_code
             and h.place.feature_class == "P" and (k[4] is None or key[4] is None or k[4] == key[4])
             and {t.sentence for t in h.triggers} == {lead + 1} == {doc.sentence_of(h.place.start)}]
    return _keep_lead_day(out, hosts[0], key, g) if len(hosts) == 1 else None
