"""Merging across sources: near-duplicate articles, event clusters, reconciled figures, flags."""

from eventwire.merge.cluster import EventMerger, MergeUpdate, merge_events
from eventwire.merge.dedup import NearDuplicateIndex, find_near_duplicates
from eventwire.merge.types import (
    Cluster,
    ClusterFlag,
    Figure,
    FlagEvidence,
    MergeConfig,
    SourceFigure,
    cluster_id,
)

__all__ = [
    "Cluster",
    "ClusterFlag",
    "EventMerger",
    "Figure",
    "FlagEvidence",
    "MergeConfig",
    "MergeUpdate",
    "NearDuplicateIndex",
    "SourceFigure",
    "cluster_id",
    "find_near_duplicates",
    "merge_events",
]
