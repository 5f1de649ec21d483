"""Towns a text names with no state: a tight group of namesakes in one state outranks far-flung big namesakes."""

from __future__ import annotations

from collections import defaultdict

from eventwire.gazetteer import Gazetteer
from eventwire.geoparsing.nearby import distance

_MIN_NAMES = 3  # two names agree by chance too often ("Paris and London": both in Kentucky)
_GAP = 2.0  # the most a group's reading may trail the name's own best reading
_SPAN_KM = 150.0  # every two readings of the group lie this near each other
_LEAD = 0.5


def _local(gz: Gazetteer, i: int) -> bool:
    return gz.fclass[i] == "P" or gz.fcode[i] == "ADM2"


def state_group(gz: Gazetteer, shared: dict[str, dict[int, float]]) -> None:
    """Three or more towns readable in one state close together, in a text naming no state, read in that state."""
    # "Hagerstown ... Columbus East ... New Castle": the three Indiana towns within 60 km of each other, not
    # Hagerstown, Maryland, and Columbus, Ohio. Only where no name reads as a first-level unit and every town reads in
    # one country; each group reading trails its name's best by at most 2.0, and the group holds more names than the
    # best readings of any one state do.
    tops = {k: max(sc, key=lambda i: sc[i]) for k, sc in shared.items() if sc}
    if any(gz.fcode[i] == "ADM1" for i in tops.values()):
        return
    local = [k for k, i in tops.items() if _local(gz, i)]
    if len(local) < _MIN_NAMES or len({gz.cc[tops[k]] for k in local}) > 1:
        return  # (a text whose towns read in several countries is no story about one state's towns)
    by_state: dict[str, dict[str, int]] = defaultdict(dict)
    for k in local:
        sc, top = shared[k], tops[k]
        for i in sorted(sc, key=lambda i: -sc[i]):
            a1 = gz.admin1[i]
            # A town by its own name: not a county by a bare surname ("Webster" is no Webster County), nor a village
            # one of whose other names the text writes ("Mykolaiv City" is no Mykolaivka).
            if a1 and gz.fclass[i] == "P" and gz.main_key(i) in (k, k + " city") and sc[top] - sc[i] <= _GAP and (
                    k not in by_state[a1]):
                by_state[a1][k] = i  # (the name's best reading in that state)
    held: dict[str, int] = defaultdict(int)
    for k in local:
        held[gz.admin1[tops[k]]] += 1
    groups = []
    for a1, picks in by_state.items():
        ids = list(picks.values())
        if len(ids) >= _MIN_NAMES and len(ids) > max(held.values()) and all(
                distance(gz, a, b) <= _SPAN_KM for n, a in enumerate(ids) for b in ids[n + 1:]):
            groups.append((len(ids), a1))
    groups.sort(reverse=True)
    if not groups or (len(groups) > 1 and groups[0][0] == groups[1][0]):
        return  # no group, or two as large: nothing decides
    picks = by_state[groups[0][1]]
    for k, i in picks.items():
        sc, top = shared[k], tops[k]
        # A reading already near the group's other towns is kept: "from Izyum to Rubizhne" is the city of Rubizhne,
        # 100 km from Izyum, not a village of that name beside it.
        if i != top and all(distance(gz, top, j) > _SPAN_KM for o, j in picks.items() if o != k):
            sc[i] = sc[top] + _LEAD
