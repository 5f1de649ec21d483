"""Drop matches nothing in the article supports: a small far-off namesake of a word ("STORE" → Štore)."""

from __future__ import annotations

from eventwire.gazetteer import Gazetteer, haversine_km
from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing.recognize import _LOCATIVE, _prev_word
from eventwire.geoparsing.resolve import Resolved

SMALL = 10_000  # people: below this a place needs support from the rest of the article
_FAR_KM = 500.0
_AREA = frozenset(("PCLI", "ADM1", "ADM2", "CONT", "RGN", "GULF", "SEA", "ISL"))


# Words that put the event or the person in the place ("from X", "of X" also name where someone comes from).
_HERE = frozenset("in at near outside into toward towards around across via village town city province".split())
_GLUED = frozenset("al el ad ar as ash an at az".split())


def _intro_word(text: str, start: int) -> str:
    """The word before a name, past a glued Arabic article ("in Al-Dawr" → "in")."""
    prev = _prev_word(text, start).lower()
    if prev in _GLUED and text[start - 1 : start] == "-":
        prev = _prev_word(text, start - len(prev) - 1).lower()
    return prev


def unsupported(gz: Gazetteer, text: str, resolved: list[Resolved], setting: str | None,
                common: frozenset[str], namesakes: bool = True) -> set[int]:
    """Indices of mentions that are a small place in a country nothing else names, far from every other place.

    Kept when the text introduces it ("in X", "near X", "village of X") unless its name is a common word. With
    `namesakes`, also a village far from every other place in a state nothing else names, unless "in X" (not
    used for ALL-CAPS wire copy, whose quoted farm and estate names keep the old rule).
    """
    keys = [name_key(r.cand.text) for r in resolved]
    by_cc: dict[str, set[str]] = {}
    points: list[tuple[str, float, float]] = []
    a1_keys: dict[str, set[str]] = {}
    for r, k in zip(resolved, keys, strict=True):
        if r.best is not None and gz.admin1[r.best] and r.cand.kind != "demonym":
            a1_keys.setdefault(gz.admin1[r.best], set()).add(k)
        if r.cand.kind == "demonym" and r.cand.country:
            by_cc.setdefault(r.cand.country, set()).add("~" + k)
        elif r.best is not None:
            by_cc.setdefault(gz.cc[r.best], set()).add(k)
            if gz.fcode[r.best] not in _AREA:
                points.append((k, float(gz.lat[r.best]), float(gz.lon[r.best])))
    named = {r.best for r in resolved if r.best is not None and r.best in r.cand.ids}
    # A long report repeats its places: each (name, point) once, and "far" once per name and reading (the answers
    # are the same as over every mention's point).
    points = list(dict.fromkeys(points))
    far_memo: dict[tuple[str, int], bool] = {}
    out: set[int] = set()
    for n, (r, k) in enumerate(zip(resolved, keys, strict=True)):
        b = r.best
        if r.cand.kind == "demonym" or b is None or not r.cand.ids:
            continue
        if b not in r.cand.ids:
            if ("near_guess" in r.cand.hints and b in named) or "measured" in r.cand.hints:
                continue  # "Myronivka near Popasna": a village the gazetteer lacks stands at the place it is near
            # The setting's country stood in for a foreign namesake nothing supports: keep only an introduced name.
            if k in common or _prev_word(text, r.cand.start).lower() not in _LOCATIVE:
                out.add(n)
            continue
        if gz.fclass[b] not in ("P", "A") or gz.pops[b] >= SMALL:
            continue
        cc = gz.cc[b]
        lat, lon = float(gz.lat[b]), float(gz.lon[b])
        far = far_memo.get((k, b))
        if far is None:
            far = far_memo[(k, b)] = not any(kk != k and haversine_km(lat, lon, a, o) < _FAR_KM for kk, a, o in points)
        if cc == setting or by_cc.get(cc, set()) - {k} or len(by_cc) < 2:
            # Its country is named elsewhere, or it is the only setting the text has; still, a village far from
            # every other place, in a state nothing else names, is a namesake ("dariapur" in an Ahmedabad story
            # is a neighbourhood, not the village in Bihar).
            if namesakes and far and any(kk != k for kk, _, _ in points) and gz.admin1[b] and not _other_in(
                    a1_keys, gz.admin1[b], k) and _intro_word(text, r.cand.start) not in _HERE:
                out.add(n)
            continue
        if not far:
            continue
        if k not in common and _prev_word(text, r.cand.start).lower() in _LOCATIVE:
            continue
        out.add(n)
    return out


def _other_in(a1_keys: dict[str, set[str]], a1: str, key: str) -> bool:
    """Whether a name other than `key` has a reading in admin-1 unit `a1` (asked per mention, not built per name)."""
    ks = a1_keys.get(a1)
    return ks is not None and len(ks) > (1 if key in ks else 0)
