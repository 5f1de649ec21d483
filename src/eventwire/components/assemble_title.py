"""A title's act told again in the body: one event, at the body's place with the body's figures."""

from __future__ import annotations

import re
from typing import Any

from eventwire.components.assemble_group import Group
from eventwire.components.assemble_link import absorb, decide
from eventwire.components.assemble_namesake import within_km
from eventwire.components.assemble_scene import holds
from eventwire.components.trigger_parts import IED
from eventwire.geoparsing.nearby import BEARING_WORD
from eventwire.model import VIOLENT_TYPES, PlaceMention
from eventwire.pipeline.workdoc import WorkDoc

TITLE_FOLD = 1  # switch: fold a title line's act into the body event that retells it
_GENERIC = ("Attack", "Armed clash")  # what a bare "attack" or "kills" in a title is typed as, whatever its means
_MAX_WORDS = 20
_IED = IED[1]
_CAPITAL_KM = 100.0  # a capital stands for a town in its own outskirts or a drive away, not one across the country
# "near Kyiv", "outside Baghdad", "west of Baghdad", "on the outskirts of Kabul": the title places the act by the capital.
_BY_CAPITAL = re.compile(r"\b(?:near|outside|" + BEARING_WORD + r"\s+of|(?:" + BEARING_WORD
                         + r"\s+)?outskirts\s+of)\s+(?:the\s+)?$", re.I)
# What an act hit, named by a title and its lead alike ("strike hits oil depot", "shelling of a market"); no
# people ("police", "army"), who name a side as often as a target.
_SITE = re.compile(r"\b(depot|school|market|hospital|mosque|church|convoy|checkpoint|base|camp|bus|train|hotel|"
                   r"restaurant|wedding|funeral|refinery|airport|port|bridge|prison|embassy|station|plant|pipeline|"
                   r"ship|tanker|village|patrol)(?:e?s)?\b", re.I)


def title_line(doc: WorkDoc) -> int:
    """The end of the first sentence when it is a title on its own line above a body (no closing stop), else -1."""
    if len(doc.sentences) < 2:
        return -1
    s = doc.sentences[0]
    line = doc.text[s.start:s.end].rstrip()
    if not line or line.endswith((".", "!", "?")) or len(line.split()) > _MAX_WORDS or "\n" in line:
        return -1
    return s.end if doc.text.startswith(("\n", "\r"), s.end) else -1  # "\r\n" line ends too


def _killed(g: Group) -> int | None:
    """The largest death figure linked to the group, or None."""
    best = [c.count.best for c in g.casualties if c.kind == "killed" and c.count.best is not None]
    return max(best) if best else None


def _holds(big: PlaceMention, small: PlaceMention, toll_agrees: bool, by_capital: bool = False) -> bool:
    """True when place `big` may stand for `small`: a country or province around it, or its capital with one toll."""
    # A title often names the capital nearest the act ("a blast west of <capital> kills 4") where the lead names the
    # town: with the equal toll, the capital stands for a town near it, or for any town when the title puts a bearing
    # or "near" before it; a capital far from the body's town ("kills 2 in Kyiv" over Kharkiv) is another act.
    return bool(big.country_code) and (holds(big, small) or big.feature_code == "PPLC" and toll_agrees
                                       and big.country_code == small.country_code
                                       and (by_capital or within_km(big, small, _CAPITAL_KM)))


def _places_agree(doc: WorkDoc, tp: PlaceMention | None, bp: PlaceMention | None, toll_agrees: bool) -> bool:
    """The title's place and the body's are one: either untold, the same, or one holding the other."""
    if tp is None or bp is None or (tp.geonameid is not None and tp.geonameid == bp.geonameid):
        return True
    by_capital = _BY_CAPITAL.search(doc.text, max(0, tp.start - 40), tp.start) is not None
    return _holds(tp, bp, toll_agrees, by_capital) or _holds(bp, tp, False)


def _kind(g: Group) -> str | None:
    """The group's sub-type, a suicide bombing read as a bombing: a title's bare "bombing" does not tell the bomber."""
    sub = g.head.sub_event_type
    return _IED if sub == "Suicide bomb" else sub


def _sites(doc: WorkDoc, start: int, end: int) -> set[str]:
    """The things hit named in doc.text[start:end], in the singular."""
    return {m.group(1).lower() for m in _SITE.finditer(doc.text, start, end)}


def _akin(doc: WorkDoc, g: Group, h: Group, end: int) -> bool:
    """True when the title's act `g` and the body's act `h` share a kind of act, a death told or a thing hit."""
    if _kind(g) == _kind(h):
        return True
    # "Army chief killed" over a lead where he "was killed" in a strike: the body tells the title's death, unnumbered.
    if _killed(g) is not None and any(c.kind == "killed" for c in h.casualties):
        return True
    said = set().union(*(_sites(doc, doc.sentences[i].start, doc.sentences[i].end) for i in h.sentences))
    return bool(_sites(doc, 0, end) & said)


def fold_title(doc: WorkDoc, groups: dict[tuple[Any, ...], Group]) -> dict[tuple[Any, ...], Group]:
    """Fold a violent group told only in the title line into the body's group that retells the same act."""
    # An AG News row, a page or a feed item is its title, a blank line and a lead retelling the title's act with its
    # town and figures; the title's copy sits at the country, the capital or nowhere and counts the act twice.
    end = title_line(doc) if TITLE_FOLD else -1
    if end < 0:
        return groups
    out = dict(groups)
    body = [(k, g) for k, g in groups.items() if k[0] in VIOLENT_TYPES and all(t.start >= end for t in g.triggers)]
    for key, g in groups.items():
        if key[0] not in VIOLENT_TYPES or not g.triggers or any(t.start >= end for t in g.triggers):
            continue
        toll = _killed(g)
        fits: list[tuple[tuple[Any, ...], Group, bool]] = []
        for k, h in body:
            if k not in out:
                continue
            other = _killed(h)
            agree = toll is not None and toll == other
            if toll is not None and other is not None and not agree:
                continue  # two figures: two acts
            if not _places_agree(doc, g.place, h.place, agree):
                continue
            # Neither a toll nor a told place ties them: a title about another act of the type ("drone strike hits
            # oil depot" over a shelling of a town) is one act only when its sub-type or the thing hit is the body's.
            if agree or (g.place is not None and h.place is not None) or _akin(doc, g, h, end):
                fits.append((k, h, agree))
        same = [f for f in fits if f[0][0] == key[0]]
        tied = [f for f in fits if f[2]]
        # Another kind of act is the same act only when the toll ties them, or the title's word is generic
        # ("gunmen attack leaves 3 dead", "an assault kills 2") and the body tells one act it can be.
        # A titled toll goes first to a same-type act with that toll: a same-type act that killed nobody is another act.
        pick = ([f for f in same if f[2]] or tied or same
                or (fits if len(fits) == 1 and g.head.sub_event_type in _GENERIC else []))
        if not pick:
            continue
        k, h, _ = min(pick, key=lambda f: f[1].triggers[0].start)
        own = {c.kind for c in h.casualties if c.count.best is not None}  # a kind the body tells with a figure
        keep = list(h.casualties)  # a copy: `absorb` extends h.casualties in place
        h.chosen = h.head  # the body's trigger keeps giving the type
        absorb(h, g)
        h.casualties = keep + [c for c in g.casualties if c.kind not in own]  # the body's figures, else the title's
        if h.place is None:
            h.place = g.place
        del out[key]
        doc.meta["_title_end"] = end  # the body's sentences are quoted first (`Support.items`)
        decide(doc, g.triggers[0], "merged", "the title's act, told again in the body"
               + (f" at {h.place.text!r}" if h.place is not None else ""))
    return out
