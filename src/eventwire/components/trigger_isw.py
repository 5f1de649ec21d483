"""Trigger rules for phrasing first seen in ISW front reports, applied to all text (round 67)."""

from __future__ import annotations

import re

from eventwire.components.lexicon import EDGE_BEARING
from eventwire.components.trigger_parts import AFTER_ARMED, GAINED_VERBS, IN_TOWN, SHELL
from eventwire.components.trigger_rules import CLASH, Rule

# What follows "contesting X" when it is a claim, a vote or a ruling, not ground ("contesting Russian claims that ...",
# "contesting the Kidal seat", "contesting Lagos Central in the February election").
_NOT_CONTESTED = (r"(?![^.;]*\b(?:claims?|statements?|reports?|accounts?|seats?|elections?|polls?|vote|ballot|results?|"
               r"ruling|verdict|constituency|primary|race)\b)")

# Means other than shelling named later in the sentence ("with airstrikes", "with a car bomb", "in a night raid").
_OTHER_MEANS = (r"(?![^.;]*\b(?:air\s*-?\s*strikes?|airstrikes?|aircraft|warplanes|jets|helicopters|drones?|UAVs?|bombs?|"
                r"IEDs?|mines?|grenades?|raids?|ambush\w*|gunfire|snipers?)\b)")

# The other side's gear or positions targeted at a named place, with no other means named after.
_GEAR_TARGETED = (r"target(?:ed|ing|s)?\s+(?:Russian|Ukrainian)\s+(?:[\w-]+\s+){0,2}?(?:equipment|positions|"
                  r"(?:force\s+|personnel\s+)?concentrations?|vehicles|manpower|personnel|strongholds?|logistics|"
                  r"(?:ammunition\s+)?depots?)(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?(?:equipment|positions|logistics|"
                  r"strongholds?|vehicles))?(?=\s+(?:in|near|around)\s+(?-i:[A-Z]))" + _OTHER_MEANS)

# ISW's section heading: "Supporting Effort #2—Southern Axis (Russian objective: ... against Ukrainian strikes)",
# "Supporting Effort #3—Kherson and advances north:", "Russian Main Effort—Eastern Ukraine", "Supporting Effort
# #1a—Luhansk Oblast:". It names an axis and its aim, not an act. Its aim may hold one bracket of its own ("(Russian
# objective: Hold the roads (GLOCs) to Izyum)") and may stand after the colon ("Kharkiv and Izyum: (Russian
# objective: ...)"). Without an aim it must end its line or stand before ":" or ";": what follows a colon, or a
# heading run on into its first sentence ("Main Effort—Eastern Ukraine Russian forces shelled Lyman."), is body text.
# The number's spaces are written so that a long run of blanks is read once, not split every way; the name is
# taken whole (a lookahead and its backreference: an atomic group before Python 3.11), never shortened to fit.
# An aim in a bracket follows a name of capitalised words only ("Southern Kharkiv, Donetsk, Luhansk Oblasts"): a
# lower-case verb before the bracket is a run-on sentence's ("Eastern Ukraine Russian forces shelled X (the ...)").
_AXIS_WORD = r"(?:[A-Z][\w’'-]*|and|of|the|oblasts?|axis|city),?"
_EFFORT_HEADING = re.compile(r"\s*(?:(?:Russian|Ukrainian)\s+)?(?i:(?:Subordinate\s+)?(?:Main|Supporting)\s+effort)"
                             r"(?:[ \t]*#[ \t]*\d+[a-z]?|[ \t]+\d+[a-z]?)?[ \t]*[—–-](?:[ \t]*" + _AXIS_WORD +
                             r"(?:[ \t]+" + _AXIS_WORD + r"){0,7}(?:[ \t]*:)?[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)|"
                             r"(?=([^:;.(\n]*))\1(?=[:;]|[ \t]*(?:\n|$)))")


def in_effort_heading(text: str, s0: int, t0: int) -> bool:
    """True when the trigger at t0 lies inside an ISW section heading that starts its sentence at s0."""
    m = _EFFORT_HEADING.match(text, s0)
    return m is not None and t0 < m.end()


# The place word of a ground fight after "thwarted <side> attacks"; the air-defence or air-force subjects it refuses.
# ISW may measure the fight first: "an assault within 9km east of X in the direction of A".
_GROUND_PLACE = (r"(?=(?:\s+within\s+\d+\s*km\s+[a-z-]+\s+of\s+[A-Z][\w’'-]+(?:\s+City)?)?"
                 r"\s+(?:near|toward|towards|around|in\s+the\s+direction\s+of|on\s+the\s+outskirts\s+of)\b)")
_NOT_AIR = (r"(?<!defences\s)(?<!defenses\s)(?<!defence\s)(?<!defense\s)(?<!air\sforce\s)(?<!force\ssaid\sit\s)"
            r"(?<!force\ssays\sit\s)")

# "established positions in southeastern X", "secured positions on the northern outskirts of X", "gained a foothold
# in X": ground gained in a part of a named town, or a foothold there, is a fight for it, told of troops named right
# before the verb. A bare "established positions in X" is not: troops dig in behind their own lines or deploy abroad
# ("positions in Belarus", "in X to defend against a crossing"). A verb that only continues a list of acts ("made
# advances in the A-B area, pushed troops back, established positions in X") is the same act as the one before it
# (gold dev11: one event).
_BY_TROOPS = AFTER_ARMED + r"(?:(?:have|has|had)\s+)?(?:(?:also|reportedly|likely|since|then)\s+)?"
_GAINED_AT = (_BY_TROOPS + r"(?-i:" + GAINED_VERBS + r")\s+(?:positions\s+(?:in|on|within)\s+(?:the\s+)?"
              r"(?=" + EDGE_BEARING + r"\s)|a\s+foothold\s+(?:in|on|near|around|within)\s+(?:the\s+)?)"
              r"(?:" + EDGE_BEARING + r"\s+)?(?:outskirts\s+of\s+)?" + IN_TOWN)

ISW_RULES: list[Rule] = [
    # ISW: "Ukrainian troops are contesting the Chornobaivka airfield", "are contesting Russian positions around
    # Karpivka and Nove": forces fighting for a named place. A town must follow (not a demonym, a possessive, an
    # oblast), and no claim, seat or vote later in the clause ("contesting Moscow's account", "Russian claims").
    Rule(r"(?-i:contesting)\s+(?:the\s+|(?:the\s+)?(?:Russian|Ukrainian)\s+positions\s+(?:around|near|in)\s+)?"
         r"(?!(?:Russian|Ukrainian|Kremlin|Moscow)\b)(?![\w-]+['’]s\b)" + IN_TOWN + _NOT_CONTESTED,
         CLASH, "ASSAULT", "firearms", armed=True, anchors="contesting"),
    # ISW: "Russian units also tried to enter the outskirts of Marinka ... but were pushed back", "are trying to
    # enter Terny": troops named right before trying to get into a town fight there, as "entered X" checks (not
    # migrants, reporters, a convoy or inspectors trying to enter a place; not an oblast or Ukraine).
    Rule(AFTER_ARMED + r"(?:(?:have|has|had)\s+)?(?:(?:also|reportedly|again|then|unsuccessfully|repeatedly|likely)\s+)?"
         r"(?:attempted|tried|(?:are|is|were|was)\s+(?:also\s+|still\s+|reportedly\s+)?(?:attempting|trying))\s+to\s+"
         r"enter\s+(?:the\s+(?:neighborhood|outskirts|village|town|city)\s+of\s+)?(?![\w-]+['’]s\b)" + IN_TOWN,
         CLASH, "ASSAULT", "firearms", armed=True, anchors="attempted tried attempting trying"),
    # ISW: "Russian units are attacking in the direction of the Vuhlehirsk reservoir", "attacking toward Mylove": an
    # attack with a heading, as "attacked toward X" is; not one kept from happening ("prevented ... from attacking").
    Rule(r"(?<!from\s)(?-i:attacking)\s+(?:toward|towards|in\s+the\s+direction\s+of)\b", CLASH, "ASSAULT", "firearms",
         armed=True, anchors="attacking"),
    # "Russian strikes hit Ukrainian troop positions near Kozatske": the strikes are the doer, means unstated
    # (shelling, as below); not air or drone strikes, which their own trigger types. Before the next rule: at one place
    # the first rule that matches is taken, and the next one's doer check would drop it.
    Rule(r"(?<=\sstrikes\s)(?<!air\sstrikes\s)(?<!drone\sstrikes\s)" + _GEAR_TARGETED, SHELL, "ASSAULT", "heavy-weapons",
         anchors="target"),
    # ISW: "Ukrainian units kept targeting Russian vehicles in Kalanchak", "targeted Russian positions in Oleshky": the
    # other side's gear or positions hit at a named place by an armed doer (not sanctions or expulsions "targeting
    # Russian personnel"), nor kept from happening ("from targeting"). Shelling only when the sentence names no other
    # means: an air strike, a drone, a bomb or a raid told with it is typed by its own trigger, not doubled here. Not
    # weak with a Shelling fallback: a weak trigger takes the type of a clash up to three sentences back (gold dev).
    Rule(r"(?<!from\s)(?<!aircraft\s)(?<!drones\s)(?<!jets\s)(?<!warplanes\s)(?<!helicopters\s)" + _GEAR_TARGETED, SHELL,
         "ASSAULT", "heavy-weapons", subject=True, anchors="target"),
    # ISW: "<side> troops thwarted Russian assaults near A", "thwarted a <side> assault toward B": an attack by a named
    # side thwarted is an attack repelled, as "stopped Russian ground attacks" is; the side word keeps out a foiled
    # terror plot or a thwarted attack on a convoy by unnamed men. Not "counterattacks", a trigger of its own whose
    # reading (an undated claim kept) this one would take over. Only a ground word may stand before the noun: a
    # thwarted drone or missile attack is an interception (the air or shelling trigger keeps it). Not "offensives": a
    # thwarted offensive names a campaign ("over the summer"), no fight of a day. A ground fight is told with a place
    # word after the noun ("near", "toward", "in the direction of"); "thwarted Russian attacks on the capital" and an
    # air-defence or air-force subject tell intercepted missiles or drones.
    Rule(_NOT_AIR + r"(?-i:thwarted)\s+(?:an?\s+|several\s+|multiple\s+|two\s+|three\s+)?(?-i:Ukrainian|Russian)\s+"
         r"(?:(?:ground|mechani[sz]ed|infantry|armou?red|tank|sabotage|reconnaissance|small-scale)\s+)?"
         r"(?:assaults?|attacks?|advances?)\b" + _GROUND_PLACE, CLASH, "ASSAULT", "firearms",
         armed=True, anchors="thwarted"),
    # Ground gained at a named town (see _GAINED_AT); an armed party must take it.
    Rule(_GAINED_AT, CLASH, "ASSAULT", "firearms", armed=True, anchors="established secured gained"),
]
