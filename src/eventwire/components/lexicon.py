"""Word lists that several rule modules compose into their patterns: one home each, so the copies cannot drift."""

import re

# A part of a place told before its name ("in central Kyiv", "northern portions of X"): the four plain "-ern" points
# and "central". Narrower than `assemble_namesake.COMPASS` (no "northeastern", "northwestern"); widening the lists
# that use it would change which phrases fire, so they share this piece rather than that one.
PART_COMPASS = r"(?:northern|southern|eastern|western|central)"
# A compass point: "north", "southeast", "west" (the bearings ISW writes before "of" or as "-ern").
COMPASS_POINT = r"(?:(?:north|south)(?:east|west)?|east|west)"
# Any bearing of a town's part or edge, the intercardinal ones and the bare forms too ("the northwest edge of X",
# "positions in southeastern X"): the outskirts rules read every bearing, not only PART_COMPASS.
EDGE_BEARING = r"(?:" + COMPASS_POINT + r"(?:ern)?|central)"
# Nouns that name an act of violence: a bracket note that holds one tells the act (event_location), and a wire
# lead's act told again in the next sentence (assemble_retell).
ACT_NOUNS = r"(?:strikes?|attacks?|bombings?|shelling|raids?|assaults?|fighting|clashes|ambush(?:es)?)"

# Calendar names as news writes them; a module that matches lower-case words lowers them.
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH = f"(?:{MONTH_NAMES})"
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# The months' three-letter stems: abbreviations ("Jan.", "Sep") and MUC-3/4 datelines ("3 JAN 90").
MONTH_STEMS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"

# "5 km north of Bakhmut near Berkhivka": the words that lead a village told after a bearing, read by the ISW
# assault trigger and by the placement of its village (assemble_offset).
NEAR_VILLAGE = r"(?:near|around|in\s+the\s+(?:vicinity|direction|area)\s+of)"
# What a probing party is ("reconnaissance operations", "a sabotage group"): the foiled and the beaten group rules.
PROBE_NOUN = r"(?:operations?|attempts?|attacks?|groups?|platoons?)"

# Oil sites a side shells or owns ("an Iranian oil platform", "three rigs", "the oilfields"): the forces rule, the
# target demonym and the site offset read the same nouns.
OIL_SITE = r"(?:platforms?|rigs?|oil\s*fields?|oilfields?)"
# Works that carry power, fuel, water or trains, which saboteurs blow up ("a power pylon", "an oil pipeline", "two
# electricity towers", "a rail line"): the sabotage rule's object and a site told by its offset from a town.
WORKS = (r"(?:pylons?|(?:electricity|electric|power|transmission|high[\s-]tension|high[\s-]voltage|telephone|"
         r"communications?)\s+(?:pylons?|towers?|lines?|poles?|cables?|stations?|plants?|installations?)|pipelines?|"
         r"oil\s+(?:wells?|installations?|tanks?)|(?:pumping\s+|sub)stations?|bridges?|(?:rail|railway|railroad|train)"
         r"\s+(?:lines?|tracks?|bridges?|links?)|railways?|tracks|dams?|transformers?)\b")
# Ships as news names them ("the tanker Galveston", "a ferry 20 miles off"): a ship's name, and a site told by offset.
# ACLED's sub-type for a foiled or intercepted device: nothing was hit (trigger_parts.DISRUPT and the assembly share it).
DISRUPTED = "Disrupted weapons use"
SHIP = r"(?:(?:super)?tankers?|ships?|frigates?|vessels?|freighters?|ferry|destroyers?|cruisers?|carriers?|liners?)"

# Speech verbs, each form once ("officials said", "the mayor says", "a doctor told Reuters"): the one list every
# speech cue draws its words from (claims, trigger doubts, party and place linking, political speakers, merge victim
# kinds, metonyms). A cue that needs fewer takes them with `speech_verbs(...)`, which refuses a form not listed here,
# so a new spelling is added once, here, and no copy can drift.
_REPORTING = ("said", "says", "told", "confirmed", "claimed", "claims", "stated", "announced", "reported", "reports",
              "cautioned", "warned", "added", "noted", "declared", "insisted", "acknowledged", "denied", "alleged",
              "wrote", "tweeted", "posted", "explained", "stressed", "emphasi[sz]ed", "admitted", "argued", "asserted",
              "revealed", "indicated")
# Bare and present forms, read mostly right after a speaker ("officials say", "Moscow denies"): free text uses the
# bare ones as infinitives and nouns ("declined to say", "a report").
_BARE_AND_PRESENT = ("say", "tell", "tells", "report", "warn", "warns", "denies", "insists", "argues")
SPEECH_VERBS = _REPORTING + _BARE_AND_PRESENT


def speech_verbs(*forms: str) -> str:
    """The regex alternation of `forms` (each one of SPEECH_VERBS), in the order given."""
    unknown = [f for f in forms if f not in SPEECH_VERBS]
    if unknown:
        raise ValueError(f"not in lexicon.SPEECH_VERBS: {unknown}")
    return "|".join(forms)


# Reporting verbs that introduce a source's words ("officials said", "the ministry claimed"): claims reads its
# sources by them, and trigger status reads which claim a doubt follows. Both search free text, so not the bare and
# present forms: of those, only "says", "claims" and "reports", as claims was built.
REPORT_VERBS = speech_verbs(*_REPORTING)

# A verb of doing told as going on: "are conducting", "were still launching", "have been carrying out" (ISW). One
# pattern for trigger_rules (the act is made at the place) and assemble_link's told_before (a report, not talk).
DOING = r"(?:(?:are|is|were|was|been)\s+(?:(?:still|also|reportedly|now)\s+){0,2})(?:conducting|launching|carrying\s+out)"
# A word between a verb of doing and its fight noun must be able to modify the noun: not another act ("drills
# simulating attacks", "training for attacks") told by an -ing word or a preposition.
FIGHT_MOD = r"(?!(?!(?:ongoing|continuing|flanking|probing|spoiling)\b)[\w’'-]*ing\b)(?!(?:for|into|after|from|with|about)\b)"

# Aircraft by model ("Su-34s", "MiG-31K", "Tu-95MS", "F-16s", "A-50"): the weapons finder reads them all as kind
# "aircraft"; the trigger's air-strike cue reads them less the types that strike nothing (trigger_weak).
AIRCRAFT_MODELS = (r"Su-\d+\w*", r"MiG-\d+\w*", r"Tu-\d+\w*", r"Il-\d+\w*", r"Ka-\d+\w*", r"Mi-\d+\w*",
                   r"F-(?:15|16|35)", r"A-50")
# A country's divisions or settlements ("provinces", "a town"): a demonym before one of them qualifies it.
LAND_NOUNS = r"(?:cit(?:y|ies)|towns?|villages?|regions?|provinces?|districts?|oblasts?|governorates?|count(?:y|ies)|states)"
# "four Armenian provinces": only a plural after a count names the country; "the Russian city of X" names X.
LAND_PLURALS = r"(?:cities|towns|villages|regions|provinces|districts|oblasts|governorates|counties|states)"
# "in four Armenian provinces", "across hundreds of Syrian villages": a count between a preposition and its noun.
COUNT_BEFORE = (r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|(?:a\s+)?few|"
                r"numerous|various|multiple|other|both|all|most|(?:dozens|hundreds|thousands)\s+of)\s+$")

# "hit by three Russian missiles", "struck by a drone": the few words that may stand between a passive's "by" and
# its author; the headline trigger rules and `assemble_link.attacker_for` share it, so a count there hides no author.
BY_DETERMINERS = (r"(?:(?:the|a|an|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|some|more|multiple|"
                  r"dozens\s+of|scores\s+of|hundreds\s+of)\s+){0,2}")
# "Israel hit by Iranian missiles", "Kyiv was shelled by Russian forces": a passive attack verb and its "by".
PASSIVE_BY = re.compile(r"(?:hit|struck|targeted|attacked|shelled|bombed|pounded)\s+by\b", re.I)
# "... was shot down by Israel", "struck by ...": a passive's "by" right after the verb (match at the verb's end).
BY_NEXT = re.compile(r"\s+by\b", re.I)
# "paused strikes on energy facilities", "requires Russian forces to end strikes on Odesa": strikes that stopped (the
# words before a strike word; trigger_refs and trigger_weak both read it).
STOPPED_BEFORE = re.compile(r"\b(?:paus\w*|halt\w*|stop\w*|end|ends|ended|ending|suspend\w*|ceas\w*)\s+(?:[a-z]+\s+)?$",
                            re.I)
