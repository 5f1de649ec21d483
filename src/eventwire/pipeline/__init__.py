"""Pipeline core: WorkDoc, components, registry, builder, error policy, run stats."""

from eventwire.pipeline.pipeline import Failure, Pipeline, RunStats, check_chain, load_pipeline_config
from eventwire.pipeline.registry import Component, ComponentSpec, Registry, default_registry
from eventwire.pipeline.workdoc import (
    ActorMention,
    CasualtyMention,
    DamageMention,
    DateMention,
    NumberMention,
    Sentence,
    Trigger,
    WeaponMention,
    WorkDoc,
)

__all__ = [
    "ActorMention",
    "CasualtyMention",
    "Component",
    "ComponentSpec",
    "DamageMention",
    "DateMention",
    "Failure",
    "NumberMention",
    "Pipeline",
    "Registry",
    "RunStats",
    "Sentence",
    "Trigger",
    "WeaponMention",
    "WorkDoc",
    "check_chain",
    "default_registry",
    "load_pipeline_config",
]
