"""Stable merged-event ids: a re-merge keeps the id of the earlier cluster each new cluster continues.

The rule (issue #5, "re-running is incremental and idempotent"):
- A fresh cluster's id hashes its smallest member event id (`types.cluster_id`): for the same stored events it
  is the same id whatever order they were ingested or merged in.
- A stored cluster's "first" member is the one its id was made from. Its heir in a re-merge is the new cluster
  holding that member; when that member is gone, the new cluster holding most of its members (ties: the
  smaller fresh id). The heir keeps the stored id, so a report joining never renames a merged event.
- A split: the part holding the first member keeps the id; the other parts get fresh ids.
- A join: a new cluster that is the heir of several stored clusters keeps the id of the biggest (then the one
  with the earlier event date, then the smaller id); the others' ids become its `aliases`, which the store
  resolves (`get_cluster`), so an old `/api/events/cev_…` link still finds the merged event.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from eventwire.merge.types import Cluster, cluster_id


def first_member(cluster: Cluster) -> str | None:
    """The member the cluster's id was made from, or None when that member has left it."""
    return next((m for m in cluster.member_ids if cluster_id([m]) == cluster.id), None)


def _heir(old: Cluster, owner: dict[str, int], fresh: list[str]) -> int | None:
    """Index of the new cluster that continues `old`, or None when none of its members is left."""
    first = first_member(old)
    if first is not None and first in owner:
        return owner[first]
    held = Counter(owner[m] for m in old.member_ids if m in owner)
    if not held:
        return None
    return min(held, key=lambda i: (-held[i], fresh[i]))


def _seniority(old: Cluster) -> tuple[int, date, str]:
    """Sort key of the joined clusters: the biggest first, then the earlier event, then the smaller id."""
    return (-len(old.member_ids), old.event.date.start or date.max, old.id)


def stable_ids(clusters: list[Cluster], earlier: list[Cluster]) -> dict[str, str]:
    """Rename `clusters` (fresh ids) in place to the ids of the stored clusters they continue; returns renames.

    Also sets each cluster's `aliases`: the ids of stored clusters joined into it, and their own aliases.
    """
    fresh = [c.id for c in clusters]
    owner = {m: i for i, c in enumerate(clusters) for m in c.member_ids}
    claims: dict[int, list[Cluster]] = {}
    for old in earlier:
        i = _heir(old, owner, fresh)
        if i is not None:
            claims.setdefault(i, []).append(old)
    renamed: dict[str, str] = {}
    for i, olds in claims.items():
        olds.sort(key=_seniority)
        c, cid = clusters[i], olds[0].id
        c.aliases = sorted({o.id for o in olds[1:]} | {a for o in olds for a in o.aliases})
        if cid != c.id:
            renamed[c.id] = cid
            c.id = cid
            c.event = c.event.model_copy(update={"id": cid})
    # A part split off from a join may win back its own old id; an id in use is nobody's alias.
    live = {c.id for c in clusters}
    for c in clusters:
        if c.aliases and live.intersection(c.aliases):
            c.aliases = [a for a in c.aliases if a not in live]
        if c.event.aliases != c.aliases:  # the merged event lists them too (API, exports)
            c.event = c.event.model_copy(update={"aliases": list(c.aliases)})
    return renamed
