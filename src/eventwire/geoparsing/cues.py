"""Word cues around a name that say it is no place here: a unit, a river, a street, an outlet, a group."""

from __future__ import annotations

import re

# Names of buildings, people and armed groups that some gazetteer lists as a place ("Hamas" is an alias of Hamm).
_NOT_PLACES = frozenset(("white house", "saint george", "amir timur", "kuzma minin", "hamas", "hezbollah",
                         "hizbollah", "taliban", "houthi", "houthis", "isis", "isil", "daesh", "google"))
_ABBREV = frozenset("sens reps gens govs cols sgts capts lts supts".split())  # plural title abbreviations
# A military unit, weapon system or treaty named after a place: the name is not a place mention here.
# ("the DNR “Sparta” and “Somalia” Battalions", "“Yermak” and “Kuban” detachments", "Kilo-class", "Molotov cocktail")
_UNIT_NEXT = re.compile(
    r"[”\"'’]?(?:[ \u00a0\u2002]*,?[ \u00a0\u2002]+(?:and[ \u00a0\u2002]+)?[“\"][\w'’-]+[”\"])*"
    r"[ \u00a0\u2002-]+(?:[”\"'’][ \u00a0\u2002]+)?(?:Battalions?|Brigades?|Regiments?|[Dd]etachments?|Corps|"
    r"MLRS|Conventions?|Volunteer\s+Battalion|Spetsnaz|Cossack\s+units|cocktails?|class)\b")
# A river named like a town ("the Dnipro River"): a long water body the gazetteer lacks, not the town.
_WATER_NEXT = re.compile(r"[ \u00a0\u2002]+(?:River|river)\b")
_OUTLET_PREV = frozenset("outlet outlets channel newspaper tabloid propagandist milblogger blogger".split())
# Gold corpora count "Gainesville" in "Gainesville Public Utilities" as a place, but not a street's name.
_STREET_NEXT = frozenset("street st avenue ave road rd boulevard blvd drive lane way".split())
