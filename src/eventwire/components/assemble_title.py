"""A title's act told again in the body: one event, at the body's place with the body's figures."""

from __future__ import annotations

from typing import Any

from eventwire.components.assemble_group import Group
from eventwire.components.assemble_link import absorb, decide
from eventwire.components.assemble_scene import holds
from eventwire.model import VIOLENT_TYPES, PlaceMention
from eventwire.pipeline.workdoc import WorkDoc

TITLE_FOLD = 1  # switch: fold a title line's act into the body event that retells it
_GENERIC = ("Attack", "Armed clash")  # what a bare "attack" or "kills" in a title is typed as, whatever its means
_MAX_WORDS = 20


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


def _holds(big: PlaceMention, small: PlaceMention, toll_agrees: bool) -> bool:
    """True when place `big` may stand for `small`: a country or province around it, or its capital with one toll."""
    # A title often names the capital nearest the act ("a blast west of <capital> kills 4") where the lead names the
    # town; no bearing word is required, the equal death toll is what ties the two.
    return bool(big.country_code) and (holds(big, small) or big.feature_code == "PPLC" and toll_agrees
                                       and big.country_code == small.country_code)


def _places_agree(tp: PlaceMention | None, bp: PlaceMention | None, toll_agrees: bool) -> bool:
    """The title's place and the body's are one: either untold, the same, or one holding the other."""
    if tp is None or bp is None or (tp.geonameid is not None and tp.geonameid == bp.geonameid):
        return True
    return _holds(tp, bp, toll_agrees) or _holds(bp, tp, False)


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
            if _places_agree(g.place, h.place, agree):
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
        decide(doc, g.triggers[0], "merged", "the title's act, told again in the body"
               + (f" at {h.place.text!r}" if h.place is not None else ""))
    return out
