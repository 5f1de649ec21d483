"""The Group: the triggers that make one event, with what the assembler decided for them."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.model import PlaceMention
from eventwire.pipeline.workdoc import ActorMention, CasualtyMention, DateMention, Trigger


@dataclass
class Group:
    """Triggers that make one event, with what was decided for them."""

    triggers: list[Trigger] = field(default_factory=list)
    place: PlaceMention | None = None
    date: DateMention | None = None
    attackers: list[ActorMention] = field(default_factory=list)
    inherited: list[ActorMention] = field(default_factory=list)
    recipients: list[tuple[ActorMention | None, str, str | None]] = field(default_factory=list)
    casualties: list[CasualtyMention] = field(default_factory=list)
    chosen: Trigger | None = None  # the trigger a fold chose to give the type (see `head`)

    @property
    def head(self) -> Trigger:
        """The trigger that gives the event its type: the one a fold chose, else the first in the text."""
        return self.chosen or self.triggers[0]

    @property
    def sentences(self) -> set[int]:
        """Sentence indices of the triggers and linked casualty mentions."""
        return {t.sentence for t in self.triggers} | {c.sentence for c in self.casualties}
