"""Merging across sources: near-duplicate articles, event clusters, reconciled figures, flags."""

from eventwire.merge.cluster import EventMerger, MergeUpdate, merge_events
from eventwire.merge.dedup import NearDuplicateIndex, find_near_duplicates
from eventwire.merge.store import MergeStats, merge_store
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
    "MergeStats",
    "MergeUpdate",
    "NearDuplicateIndex",
    "SourceFigure",
    "cluster_id",
    "find_near_duplicates",
    "merge_events",
    "merge_store",
]
