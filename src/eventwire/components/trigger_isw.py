"""Trigger rules for shapes of ISW front reports that tell an act with no other trigger word (round 67)."""

from __future__ import annotations

from eventwire.components.trigger_rules import CLASH, SHELL, Rule

ISW_RULES: list[Rule] = [
    # ISW: "Ukrainian forces are contesting the Hostomel military airport", "are contesting Russian positions around
    # Karpivka and Nove": forces fighting for a named place (not "contested territory", an adjective, nor a claim).
    Rule(r"(?-i:contesting)\s+(?:the\s+(?!(?:Russian|Ukrainian)\b)|(?:Russian|Ukrainian)\s+positions\s+(?:around|near|in)\s+)?"
         r"(?=(?-i:[A-Z][a-z]))", CLASH, "ASSAULT", "firearms", armed=True, anchors="contesting"),
    # ISW: "Russian troops also attempted to enter the neighborhood of Troiitske ... but were repulsed", "trying to enter
    # Terny": a try to get into a named place is a fight there, as "attempted to assault X" is.
    Rule(r"(?:attempted|tried|(?:are|is|were|was)\s+(?:also\s+|still\s+|reportedly\s+)?(?:attempting|trying))\s+to\s+"
         r"enter(?=\s+(?:the\s+(?:neighborhood|outskirts|village|town|city)\s+of\s+)?(?-i:[A-Z][a-z]))",
         CLASH, "ASSAULT", "firearms", armed=True, anchors="attempted tried attempting trying"),
    # ISW: "Russian forces are attacking in the direction of the Uhlehirska power plant", "attacking toward Mylove": an
    # attack with a heading, as "attacked toward X" is; not one kept from happening ("prevented ... from attacking").
    Rule(r"(?<!from\s)(?-i:attacking)\s+(?:toward|towards|in\s+the\s+direction\s+of)\b", CLASH, "ASSAULT", "firearms",
         armed=True, anchors="attacking"),
    # ISW: "Ukrainian forces continued to target Russian equipment in Vesele", "targeted Russian positions in Oleshky": the
    # other side's gear or positions hit at a named place, means unstated (shelling, as gold dev codes such fire).
    Rule(r"target(?:ed|ing|s)?\s+(?:Russian|Ukrainian)\s+(?:[\w-]+\s+){0,2}?(?:equipment|positions|(?:force\s+|personnel\s+)?"
         r"concentrations?|vehicles|manpower|personnel|strongholds?|logistics|(?:ammunition\s+)?depots?)"
         r"(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?(?:equipment|positions|logistics|strongholds?|vehicles))?"
         r"(?=\s+(?:in|near|around)\s+(?-i:[A-Z]))", SHELL, "ASSAULT", "heavy-weapons", anchors="target"),
]
