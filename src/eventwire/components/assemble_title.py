"""A title's act told again in the body: one event, at the body's place with the body's figures."""

from __future__ import annotations

from typing import Any

from eventwire.components.assemble_link import absorb, decide
from eventwire.model import VIOLENT_TYPES
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
    return s.end if doc.text.startswith("\n", s.end) else -1


def _killed(g: Any) -> int | None:
    """The largest death figure linked to the group, or None."""
    best = [c.count.best for c in g.casualties if c.kind == "killed" and c.count.best is not None]
    return max(best) if best else None


def _holds(big: Any, small: Any, toll_agrees: bool) -> bool:
    """True when place `big` may stand for `small`: a country or province around it, or its capital with one toll."""
    fc = big.feature_code or ""
    if big.country_code != small.country_code or not big.country_code:
        return False
    if fc.startswith("PCL"):
        return True
    if fc == "ADM1":
        return bool(big.admin1) and big.admin1 == small.admin1
    # "Car bomb north of <capital> kills 7" beside a lead at a town: the capital is a bearing; the same toll ties them.
    return fc == "PPLC" and toll_agrees


def _places_agree(tp: Any, bp: Any, toll_agrees: bool) -> bool:
    """The title's place and the body's are one: either untold, the same, or one holding the other."""
    if tp is None or bp is None or (tp.geonameid is not None and tp.geonameid == bp.geonameid):
        return True
    return _holds(tp, bp, toll_agrees) or _holds(bp, tp, False)


def fold_title(doc: WorkDoc, groups: dict[tuple[Any, ...], Any]) -> dict[tuple[Any, ...], Any]:
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
        fits = []
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
        # ("attack kills one", "troops kill two") and the body tells one act it can be.
        pick = (same or tied or (fits if len(fits) == 1 and g.head.sub_event_type in _GENERIC else []))
        if not pick:
            continue
        k, h, _ = min(pick, key=lambda f: f[1].triggers[0].start)
        own = {c.kind for c in h.casualties}
        keep = h.casualties
        h.chosen = h.head  # the body's trigger keeps giving the type
        absorb(h, g)
        h.casualties = keep + [c for c in g.casualties if c.kind not in own]  # the body's figures, else the title's
        if h.place is None:
            h.place = g.place
        del out[key]
        decide(doc, g.triggers[0], "merged", "the title's act, told again in the body"
               + (f" at {h.place.text!r}" if h.place is not None else ""))
    return out
