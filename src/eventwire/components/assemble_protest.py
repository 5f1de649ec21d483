"""One demonstration per place and day (ACLED): its sub-types, the force used on it and arrests at it joined."""

from __future__ import annotations

import copy
import re
from typing import Any

from eventwire.components import trigger_parts
from eventwire.components.actors import CROWDS, alpha3, country_name, forces_name, police_name
from eventwire.components.assemble_link import absorb
from eventwire.components.trigger_rules import CROWD_FORCE, CROWD_INTERVENE, CROWD_RIOT
from eventwire.components.trigger_wire import ARMED_SIDE, CROWD_NOUNS
from eventwire.model import Actor
from eventwire.pipeline.workdoc import WorkDoc

# ACLED keeps the most severe sub-type of one demonstration: a protest that turns violent is a riot, lethal force on
# it is excessive force, police action on it is an intervention.
_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2,
         "Violent demonstration": 3}
DEMO_SUBS = frozenset(_RANK)
# The force used on a crowd ("police fired live rounds at protesters", "shot dead three protesters") and arrests
# at it are the demonstration's own coding, not a battle, an attack on civilians or an arrest event of their own.
_LETHAL = {("Battles", "Armed clash"), ("Violence against civilians", "Attack")}
_ARREST = ("Strategic developments", "Arrests")
EXCESSIVE = trigger_parts.EXCESSIVE[1]
INTERVENTION = "Protest with intervention"
# The side that intervenes: police (and unnamed security forces, as ACLED names them at protests) or the army.
_POLICE = re.compile(r"\b(?:police(?:men|man)?|security\s+forces|gendarmes?|gendarmerie)\b", re.I)  # ("police officers": "police")
_ARMY = re.compile(r"\b(?:soldiers|troops|army|military)\b", re.I)
_FORCE_SECTORS = {"MIL", "COP", "SPY"}
# Who an arrest took: the crowd ("detained 15 activists", "arrested their leaders", "five of them", "protesters were
# detained") joins the demonstration; "arrested three Taliban militants in a raid" is an arrest of its own.
_TAKEN = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:" + CROWD_NOUNS + r"|activists|people|participants|organi[sz]ers|them|"
                    r"their\s+\w+)\b", re.I)
_TAKEN_BEFORE = re.compile(r"\b(?:" + CROWD_NOUNS + r"|activists|people|participants|organi[sz]ers|they)\s+"
                           r"(?:\w+\s+){0,2}?(?:were|was|had\s+been|have\s+been|being)\s+(?:\w+\s+)?$", re.I)


# The side a crowd takes, as (what, for or against): "pro-Russian", "anti-government", "supporters of the
# president", "opponents of", "opposition supporters" (against the government); a counter-rally is the crowd opposing
# another, and "rival"/"opposing" tells that the crowds are two.
# "a rival rally", "opposing crowds": not "farmers opposing the reform".
_RIVAL = (r"(?P<r>(?:rival|opposing|competing)\s+(?:[\w-]+\s+)?(?:rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|"
          r"crowds?|camps?|groups?|supporters|protesters|demonstrators)\b)")
_SIDE = re.compile(r"\b(?:(?P<pa>pro|anti)-(?P<x>[\w]+)|(?P<so>supporters|opponents)\s+of\s+(?:the\s+)?(?P<y>\w+)|"
                   r"(?P<z>opposition|government|ruling[- ]party)\s+supporters|counter-?(?:protest|demonstrat|rall)\w*|"
                   + _RIVAL + ")", re.I)
_RULERS = frozenset({"president", "government", "regime", "ruling", "ruling-party", "ruling party", "authorities",
                     "state", "junta", "prime", "king", "monarchy"})
_MARK = re.compile(r"\b(?:counter-?(?:protest|demonstrat|rall)\w*|" + _RIVAL + ")", re.I)
# The Western bloc by any of its names: "pro-EU", "pro-European", "pro-Western" and "pro-NATO" crowds are one side.
_WEST = frozenset({"eu", "europe", "european", "west", "western", "nato"})
COUNTER = ("counter", True)
RIVAL = ("rival", True)
_MARKS = {COUNTER, RIVAL}


def _sub(g: Any) -> str | None:
    return g.head.sub_event_type if g.head.event_type in ("Protests", "Riots") else None


def fold_protests(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
    """Join a place and day's demonstration groups, and force or arrests told with them, into the most severe."""
    spots: dict[tuple[Any, Any], list[tuple[Any, ...]]] = {}
    for key, g in groups.items():
        if _sub(g) in _RANK:
            spots.setdefault((key[3], key[4]), []).append(key)
    if not spots:
        return groups
    near: dict[tuple[Any, Any], list[tuple[Any, ...]]] = {}
    for key in groups:
        if (key[3], key[4]) in spots:
            near.setdefault((key[3], key[4]), []).append(key)
    groups = dict(groups)  # (split groups join it under keys of their own)
    out = dict(groups)
    for spot, keys in spots.items():
        camps = _camps(doc, groups, keys)
        owner: dict[tuple[Any, ...], int] = {}
        if len(camps) > 1:
            keys = _split(groups, out, keys, camps)
            # A later camp's groups are keyed by its number from the start, so that no earlier camp's event can take
            # one of them for its own key and fold it in.
            for n, camp in enumerate(camps[1:], 1):
                for i, k in enumerate(keys):
                    if len(k) == 5 and id(groups[k].triggers[0]) in camp:
                        keys[i] = k[:5] + (n,)
                        groups[keys[i]] = out[keys[i]] = out.pop(k)
            owner = _owners(doc, groups, keys, camps, near[spot])
            _retype(doc, groups, keys, camps)
        for n, camp in enumerate(camps):
            mine = [k for k in keys if id(groups[k].triggers[0]) in camp]
            if mine:
                _fold_camp(doc, groups, out, mine, [k for k in near[spot] if owner.get(k, n) == n], n)
    return out


def _owners(doc: WorkDoc, groups: dict[tuple[Any, ...], Any], keys: list[tuple[Any, ...]], camps: list[set[int]],
            near: list[tuple[Any, ...]]) -> dict[tuple[Any, ...], int]:
    """The camp whose clause tells each force or arrest group ("...; opposition supporters held a counter-rally,
    where police shot dead two"): the camp of the last demonstration trigger whose stretch (`_cut`) starts before it
    in its sentence; a group told in no camp's sentence is left to the first camp that tells it."""
    marks = sorted((t.sentence, t.start, t.end, n) for k in keys for t in groups[k].triggers
                   for n, c in enumerate(camps) if id(t) in c)
    out: dict[tuple[Any, ...], int] = {}
    for key in near:
        if key in keys:
            continue
        t = groups[key].triggers[0]
        here = [m for m in marks if m[0] == t.sentence]
        if here:
            starts = [-1] + [_cut(doc.text, p[2], m[1]) if p[3] != m[3] else m[1]
                             for p, m in zip(here, here[1:], strict=False)]
            out[key] = [m for m, a in zip(here, starts, strict=True) if a <= t.start][-1][3]
    return out


# "...; police fired tear gas at opposition supporters who held a counter-rally", "..., while opposition supporters,
# whom police beat, held a counter-rally": the next camp's clause starts at a strong break before its trigger.
_STRONG_BREAK = re.compile(r"[;:]|\s(?:while|whereas|but)\s", re.I)


def _cut(text: str, lo: int, hi: int) -> int:
    """Where the next camp's stretch starts between one camp's trigger (ending at lo) and the next's (at hi)."""
    m = _STRONG_BREAK.search(text, lo, hi)
    return m.start() if m else hi


def _retype(doc: WorkDoc, groups: dict[tuple[Any, ...], Any], keys: list[tuple[Any, ...]],
            camps: list[set[int]]) -> None:
    """In a sentence told of two camps, each camp's sub-type follows only its own stretch (`_cut`):
    "Supporters of the president rallied ...; opposition supporters held a counter-rally nearby, where police shot
    dead two protesters" leaves the first rally peaceful, where the trigger stage read force in the whole sentence."""
    camp_of = {i: n for n, c in enumerate(camps) for i in c}
    told: dict[int, list[Any]] = {}
    for t in sorted((t for k in keys for t in groups[k].triggers if id(t) in camp_of), key=lambda t: t.start):
        told.setdefault(t.sentence, []).append(t)
    text = doc.text
    for si, ts in told.items():
        if len({camp_of[id(t)] for t in ts}) < 2:
            continue
        for i, t in enumerate(ts):
            if t.sub_event_type not in (EXCESSIVE, INTERVENTION):
                continue  # a riot word in the trigger itself, or no force read
            n = camp_of[id(t)]
            a = next((_cut(text, ts[j].end, ts[j + 1].start) for j in range(i - 1, -1, -1)
                      if camp_of[id(ts[j])] != n), doc.sentences[si].start)
            b = next((_cut(text, ts[j - 1].end, ts[j].start) for j in range(i + 1, len(ts))
                      if camp_of[id(ts[j])] != n), doc.sentences[si].end)
            sub = EXCESSIVE if CROWD_FORCE.search(text, a, b) else "Violent demonstration" \
                if CROWD_RIOT.search(text, a, b) else INTERVENTION if CROWD_INTERVENE.search(text, a, b) \
                else "Peaceful protest"
            if _RANK[sub] < _RANK[t.sub_event_type]:
                t.sub_event_type = sub


def _camps(doc: WorkDoc, groups: dict[tuple[Any, ...], Any], keys: list[tuple[Any, ...]]) -> list[set[int]]:
    """The spot's demonstration triggers (their ids) by side: crowds of opposed sides ("pro-Russian activists rallied
    ... Pro-EU protesters marched", "supporters of the president rallied ...; opposition supporters held a
    counter-rally") are two demonstrations, as ACLED codes them; a trigger that names no side joins the first camp."""
    camps: list[tuple[set[tuple[str, bool]], set[int]]] = []
    last: tuple[int, Any] = (-1, None)
    for t in sorted((t for k in keys for t in groups[k].triggers), key=lambda t: t.start):
        sides = _sides(doc, t)
        # A crowd retold joins the camp that named its side ("Pro-EU ... held a rival rally. The pro-EU crowd ...");
        # one that names none joins the camp told before it in its sentence ("... held a counter-rally nearby, where
        # police shot dead two protesters"), else the first.
        camp = next((c for c in camps if sides - _MARKS & c[0]), None) or (
            last[1] if not sides and last[0] == t.sentence else None) or next(
            (c for c in camps if not _opposed(sides, c[0])), None)
        if camp is None:
            camp = (sides, {id(t)})
            camps.append(camp)
        else:
            camp[0].update(sides)
            camp[1].add(id(t))
        last = (t.sentence, camp)
    return [c[1] for c in camps]


def _opposed(a: set[tuple[str, bool]], b: set[tuple[str, bool]]) -> bool:
    """A trigger's sides `a` clash with a camp's `b` only where the text opposes them: for and against one thing, a
    counter-rally or a rival rally beside a rally, or two things backed by crowds the text calls rival; two
    spellings of one side ("pro-EU", "pro-European") or two crowds against things ("anti-government", "opposition
    supporters", "anti-war") are one demonstration; crowds for two countries or blocs are rivals (`_bloc`)."""
    if not a or not b and not a & _MARKS:
        return False  # a crowd named by no side joins the first camp, and a camp that names none takes a side
    if bool(a & _MARKS) != bool(b & _MARKS):
        return True  # "held a counter-rally" or "a rival rally" beside a rally
    rival = RIVAL in a or RIVAL in b
    return any(x == y and p != q or (rival or _bloc(x) and _bloc(y)) and x != y and p and q
               for x, p in a - _MARKS for y, q in b - _MARKS)


def _bloc(what: str) -> bool:
    """A side's object that is a country (its ISO code) or the Western bloc (EU, NATO): crowds for two of them are
    rivals ("pro-Russian" and "pro-EU" rallies), where crowds for two causes or two names of one side need the text
    to call them so."""
    return what == "west" or len(what) == 2 and what.isupper()


# Where the clause that names a crowd's side starts: after "...;", "...,", "... while", "... but".
_CLAUSE_BREAK = re.compile(r"[;:]|,|\s(?:while|whereas|but)\s", re.I)


def _sides(doc: WorkDoc, t: Any) -> set[tuple[str, bool]]:
    """The sides named in the trigger's clause up to its end ("opposition supporters held a counter-rally")."""
    start = doc.sentences[t.sentence].start
    for m in _CLAUSE_BREAK.finditer(doc.text, start, t.start):
        start = m.end()
    out: set[tuple[str, bool]] = set()
    # "Pro-EU protesters held a rival rally": the clause's rest may still call the crowd a rival one.
    end = doc.sentences[t.sentence].end
    if (b := _CLAUSE_BREAK.search(doc.text, t.end, end)) is not None:
        end = b.start()
    out.update(RIVAL if m.group("r") else COUNTER for m in _MARK.finditer(doc.text, t.end, end))
    for m in _SIDE.finditer(doc.text, start, t.end):
        if m.group("pa"):
            what, pro = m.group("x").lower(), m.group("pa").lower() == "pro"
        elif m.group("so"):
            what, pro = m.group("y").lower(), m.group("so").lower() == "supporters"
        elif m.group("z"):
            what, pro = m.group("z").lower(), True
            if what == "opposition":
                what, pro = "government", False  # the opposition's supporters are against the government
        elif m.group("r"):
            out.add(RIVAL)
            continue
        else:
            out.add(COUNTER)
            continue
        out.add((_object(doc, m, what), pro))
    return out


def _object(doc: WorkDoc, m: re.Match[str], what: str) -> str:
    """One name for one side's object: the rulers, a country by name or demonym ("pro-Russia", "pro-Russian"), the
    West."""
    if what in _RULERS:
        return "government"
    if what in _WEST:
        return "west"
    at = m.start("x") if m.group("x") else m.start("y")
    cc = next((a.country_code for a in doc.actors if a.start <= at < a.end and a.country_code
               and a.kind in ("state", "demonym")), None)
    return cc or what


def _split(groups: dict[tuple[Any, ...], Any], out: dict[tuple[Any, ...], Any], keys: list[tuple[Any, ...]],
           camps: list[set[int]]) -> list[tuple[Any, ...]]:
    """One group per camp for a group whose triggers lie in several (two crowds of one sub-type at one place and
    day), each under a key of its own until `_fold_camp` keys its event; the spot's keys after the split."""
    after: list[tuple[Any, ...]] = []
    for key in keys:
        g = groups[key]
        parts = [(ci, p) for ci, p in enumerate([t for t in g.triggers if id(t) in c] for c in camps) if p]
        if len(parts) < 2:
            after.append(key)
            continue
        del out[key]
        aligned = len(g.recipients) == len(g.triggers)
        for n, (ci, part) in enumerate(parts):
            ids = {id(t) for t in part}
            sub = copy.copy(g)
            sub.triggers = part
            # A named crowd goes with the nearest trigger's camp ("Supporters of the president rallied").
            sub.attackers = [a for a in g.attackers
                             if id(min(g.triggers, key=lambda t: abs(t.start - a.start))) in ids]
            sub.inherited = list(g.inherited) if n == 0 else []
            sub.recipients = [r for t, r in zip(g.triggers, g.recipients, strict=True) if id(t) in ids] if aligned \
                else list(g.recipients) if n == 0 else []
            sub.chosen = g.chosen if id(g.chosen) in ids else None
            # Each part has its own toll list: link_casualties gives a toll to one of them, never to both.
            sub.casualties = list(g.casualties) if n == 0 else []
            # A later camp's part is keyed by its camp's number, as `_fold_camp` keys a second camp's event: a part
            # still waiting for its camp's fold can then never be taken for another camp's event.
            k = key if ci == 0 else (*key[:5], ci)
            groups[k] = out[k] = sub
            after.append(k)
    return after


def _fold_camp(doc: WorkDoc, groups: dict[tuple[Any, ...], Any], out: dict[tuple[Any, ...], Any],
               keys: list[tuple[Any, ...]], near: list[tuple[Any, ...]], camp: int = 0) -> None:
    """Fold one camp's demonstration groups, and the force or arrests told with them, into its most severe group."""
    told = set().union(*(groups[k].sentences for k in keys))
    host_key = max(keys, key=lambda k: _RANK[_sub(groups[k]) or ""])
    host = out.pop(host_key)
    chosen = host.head
    for k in keys:
        if k != host_key:
            absorb(host, out.pop(k))
    arrests = False
    for key in near:
        g = groups[key]
        kind = (g.head.event_type, g.head.sub_event_type)
        if key not in out or not g.sentences <= told:
            continue
        if kind in _LETHAL:
            # Only where the triggers saw force on this crowd ("fired live rounds at protesters"), by the state:
            # "tear gas to break up a protest over a massacre" keeps the massacre, "clashes between soldiers and
            # armed demonstrators" and "Amal fighters clashed with demonstrators" stay battles.
            if _RANK[chosen.sub_event_type or ""] < _RANK[EXCESSIVE] or not _state_force(doc, g):
                continue
        elif kind == _ARREST:
            if not _crowd_taken(doc, g):
                continue
            arrests = True
        else:
            continue
        absorb(host, out.pop(key))
    host.chosen = chosen
    if arrests and chosen.sub_event_type == "Peaceful protest":
        chosen.sub_event_type = INTERVENTION  # "rallied ..., and police arrested their leaders"
    new = (chosen.event_type, chosen.sub_event_type, *host_key[2:5])
    if new in out and camp:
        # The other side's rally of the same sub-type: a sixth key element names the camp, so the two keep their own
        # events and ids (assemble_record.event_id hashes it).
        new = (*new, camp)
    if new in out:
        absorb(out[new], host)
    else:
        out[new] = host


def _told(doc: WorkDoc, sentences: set[int]) -> str:
    """The text of these sentences, in order."""
    return " ".join(doc.text[doc.sentences[i].start:doc.sentences[i].end] for i in sorted(sentences))


def _crowd_taken(doc: WorkDoc, g: Any) -> bool:
    """An arrest whose objects are the demonstrators, with no armed party among them."""
    for t in g.triggers:
        end = doc.sentences[t.sentence].end
        after = doc.text[t.end:min(end, t.end + 60)]
        m = _TAKEN.match(after)
        if m and ARMED_SIDE.search(after, 0, m.end()) is None:
            return True
        before = doc.text[max(doc.sentences[t.sentence].start, t.start - 60):t.start]
        if _TAKEN_BEFORE.search(before) and ARMED_SIDE.search(before) is None:
            return True  # "80 protesters suffocated when they were taken into custody"
    return False


def _state_force(doc: WorkDoc, g: Any) -> bool:
    """Police, security forces or troops, with no armed party ("armed demonstrators", "gunmen"), in g's sentences."""
    text = _told(doc, g.sentences)
    return bool(_POLICE.search(text) or _ARMY.search(text)) and ARMED_SIDE.search(text) is None


def name_sides(doc: WorkDoc, g: Any, actors: list[Actor]) -> list[Actor]:
    """A demonstration's sides as ACLED names them: the demonstrators as actor, the force that intervened as recipient."""
    sub = _sub(g)
    if sub not in _RANK:
        return actors
    cc = g.place.country_code if g.place else None
    # A peaceful protest has no second side: a force read from a demonym ("American workers") is none.
    forces = [a.model_copy(update={"role": "recipient"}) for a in actors
              if (a.sector or "").upper() in _FORCE_SECTORS and sub != "Peaceful protest"]
    crowd = [a for a in actors if a.role == "actor" and (a.sector or "").upper() not in _FORCE_SECTORS]
    if not crowd and cc:
        crowd = [stand_in(g.head.event_type, cc)]
    text = _told(doc, {t.sentence for t in g.triggers})
    if not forces and sub != "Peaceful protest":
        # "Civilians protested ... and Russian forces detained them": the actor stage kept the civilians as the one
        # recipient; a force it named in the sentence is the second side.
        spans = [(doc.sentences[t.sentence].start, doc.sentences[t.sentence].end) for t in g.triggers]
        forces = [Actor(name=m.name, country_code=m.country_code, sector=m.sector, role="recipient",
                        code=m.code or alpha3(m.country_code), text=m.text) for m in doc.actors
                  if m.kind == "force" and (m.sector or "").upper() in _FORCE_SECTORS
                  and any(a <= m.start < b for a, b in spans)]
    if forces and forces[0].name.startswith("Military Forces of") and _POLICE.search(text) and not _ARMY.search(text) \
            and not _modifies_police(forces[0], text):
        # "Police in Burundi's capital used tear gas": the police of the place, whatever state or demonym the actor
        # stage read ("a protest over the killing of Congolese refugees").
        pcc = cc or forces[0].country_code
        forces = [forces[0].model_copy(update={"name": police_name(pcc), "country_code": pcc, "sector": "COP",
                                               "code": alpha3(pcc)})]
    if not forces and sub != "Peaceful protest" and cc:
        if _POLICE.search(text):
            forces = [Actor(name=police_name(cc), country_code=cc, sector="COP", role="recipient",
                            code=alpha3(cc))]
        elif _ARMY.search(text):
            forces = [Actor(name=forces_name(cc), country_code=cc, sector="MIL", role="recipient",
                            code=alpha3(cc))]
    return crowd + forces[:1]


def stand_in(event_type: str | None, cc: str) -> Actor:
    """ACLED's unnamed crowd of a country: "Protesters (Kenya)" for a protest, "Rioters (Kenya)" for a riot."""
    crowd, inter = CROWDS["Protests" if event_type == "Protests" else "Riots"]
    return Actor(name=f"{crowd} ({country_name(cc).removeprefix('the ')})", country_code=cc, sector="CVL",
                 role="actor", code=alpha3(cc), inter=inter)


def _modifies_police(force: Actor, text: str) -> bool:
    """The force's own demonym or state names the police ("Russian security forces"): it keeps its state."""
    if not force.text:
        return False
    if _POLICE.search(force.text):
        return True
    i = text.find(force.text)
    return i >= 0 and _POLICE.match(text, i + len(force.text) + 1) is not None


def settle_tolls(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> None:
    """A toll linked to one of two rival crowds at a place and day goes to the crowd whose clause tells it: the one with
    the last trigger before it in its sentence ("...; opposition supporters held a counter-rally, where police shot
    dead two")."""
    spots: dict[tuple[Any, Any], list[Any]] = {}
    for key, g in groups.items():
        if _sub(g) in _RANK:
            spots.setdefault((key[3], key[4]), []).append(g)
    for camps in (c for c in spots.values() if len(c) > 1):
        for g in camps:
            for c in list(g.casualties):
                told = [(t.start, h) for h in camps for t in h.triggers if t.sentence == c.sentence and t.start < c.start]
                best = max(told, key=lambda x: x[0])[1] if told else g
                if best is not g:
                    g.casualties.remove(c)
                    best.casualties.append(c)
