"""Word cues around a name that say it is no place here: a unit, a river, a street, an outlet, a group."""

from __future__ import annotations

import re

# Names of buildings, people and armed groups that some gazetteer lists as a place ("Hamas" is an alias of Hamm).
_NOT_PLACES = frozenset(("white house", "saint george", "amir timur", "kuzma minin", "hamas", "hezbollah",
                         "hizbollah", "taliban", "houthi", "houthis", "isis", "isil", "daesh", "google",
                         "red cross", "red crescent",  # the relief bodies (Red Cross, a US hamlet)
                         "duma",  # the Russian parliament (Douma, the Syrian town, keeps its own spelling)
                         "islands",  # the tail of "the Maldive Islands", "Highlands and Islands" (not Hong Kong's district)
                         "allah"))  # the deity ("shouted Allah is great"), an alternate name of an Iranian town
_ABBREV = frozenset("sens reps gens govs cols sgts capts lts supts".split())  # plural title abbreviations
# A military unit, weapon system or treaty named after a place: the name is not a place mention here.
# ("the DNR “Sparta” and “Somalia” Battalions", "“Yermak” and “Kuban” detachments", "Kilo-class", "Molotov cocktail")
_UNIT_NEXT = re.compile(
    r"[”\"'’]?(?:[ \u00a0\u2002]*,?[ \u00a0\u2002]+(?:and[ \u00a0\u2002]+)?[“\"][\w'’-]+[”\"])*"
    r"[ \u00a0\u2002-]+(?:[”\"'’][ \u00a0\u2002]+)?(?:Battalions?|Brigades?|Regiments?|[Dd]etachments?|Corps|"
    r"MLRS|Conventions?|Volunteer\s+Battalion|Spetsnaz|Cossack\s+units|cocktails?|class)\b")
_SAID_NEXT = re.compile(r"[ \u00a0\u2002]+(?:said|says|told|added|asked|wrote|noted|explained|stated)\b")
# In mixed case, a verb of will ("When Sharon decided", "But Powell is determined") or ", who" ("Gálvez, who had been
# planning") after a lone small name marks it as a person too.
_PERSON_NEXT = re.compile(r"(?:[ \u00a0\u2002]+(?:said|says|told|added|asked|wrote|noted|explained|stated|decided|"
                          r"vowed|insisted|(?:is|was)[ \u00a0\u2002]+determined)|,[ \u00a0\u2002]+who[ \u00a0\u2002]+"
                          r"(?:had|has|was|is|said|told|served|led|became))\b")
# A river named like a town ("the Dnipro River"): a long water body the gazetteer lacks, not the town.
_WATER_NEXT = re.compile(r"[ \u00a0\u2002]+(?:River|river)\b")
_OUTLET_PREV = frozenset("outlet outlets channel newspaper tabloid propagandist milblogger blogger".split())
# Gold corpora count "Gainesville" in "Gainesville Public Utilities" as a place, but not a street's name.
_STREET_NEXT = frozenset("street st avenue ave road rd boulevard blvd drive lane way".split())
# A town's own office or service after its name ("Brownsboro Police", "Gainesville Public Utilities", "Byesville
# Volunteer Fire Department", "Amherst Redevelopment Authority", "a Cleveland Republican"): the name is the town,
# not a first name glued to a surname.
_CIVIC_NEXT = frozenset(
    """police fire sheriff sheriff's public municipal regional community independent volunteer redevelopment
    utilities utility environmental parks planning zoning housing sewer chamber circuit magistrate superior
    unified consolidated township borough board commission legislature government administration republican
    republicans democrat democrats labour tory tories mayor""".split()
)  # (not "water", "electric", "department", "committee", "prison": firms and bodies named after places elsewhere)
# Words that, right before a single capitalised word, make it part of a person's name or title.
_TITLES = frozenset(
    """mr mrs ms miss dr prof sir lord lady president vice minister premier chancellor king queen prince
    princess sheikh emir gen general col colonel maj major capt captain lt sgt mayor governor gov sen
    senator rep representative judge justice pope saint st father bishop rev secretary spokesman
    spokeswoman chief commander officer agent coach director ceo chairman leader""".split()
)
# Lower-case role words that introduce a person's name in news ("commandant Artem Bardin", "mayor Ivan Fedorov").
_ROLE_BEFORE = _TITLES | frozenset(
    "commandant commissar head deputy official milblogger blogger journalist activist resident soldier".split())
# A capitalised word right after a place name that makes the whole an organisation or a street.
_ORG_NEXT = frozenset(
    """post times herald tribune journal gazette news press daily observer chronicle star sun telegraph
    street st avenue ave road rd boulevard blvd drive lane way square plaza bridge tunnel highway
    university college school academy institute hospital clinic church cathedral mosque temple
    airport station stadium arena center centre hall mall hotel park zoo museum library bank
    company corp corporation inc group club fc united city's police department dept council
    board committee commission court prison jail base hotel route routes interstate transport transit railway
    railroad farm farms ranch township parkway senate house assembly legislature parliament government
    occupation administration telegram""".split()  # "the Kherson Occupation Administration", "a Kherson Telegram channel"
)
# Words after a name that make it a place phrase ("Kreminna Line", "Kherson Oblasts").
_GEO_NEXT = frozenset(
    """oblast region province district county state governorate raion rayon city town village river
    valley mountains island islands coast border front base airbase sea bay lake strait straits channel
    peninsula line axis oblasts regions provinces raions""".split()  # "Kreminna Line", "Kherson Oblasts"
)
# Words before a name that are part of a place phrase ("North Carolina", "Metro Vancouver").
_GEO_PREV = frozenset("north south east west northern southern eastern western central upper lower greater new metro "
                      "metropolitan".split())  # "Metro Vancouver", "United Way of Metropolitan Atlanta"
_OUTLET_WORDS = frozenset(("reporter", "review", "magazine", "journalism"))  # "Hollywood Reporter": no town
# A front or route word after a hyphenated pair (or chain) of towns, past the chain's later links: "the
# Stryapivka-Soledar area", "the Kharkiv City-Izyum line", "the Kherson City-Nova Kakhovka highway", "the
# Kreminna-Rubizhne-Popasna-Bakhmut frontline" (Popasna too).
_LINKS = r"(?:-[A-Z][\w'’]*(?:[ \u00a0\u2002][A-Z][\w'’]*)?)*"
_PAIR_NEXT = re.compile(rf"{_LINKS}[ \u00a0\u2002]+(?:areas?|directions?|lines?|axis|sectors?|front|frontline|highway|road|"
                        r"route)\b")
# Nouns of fixed phrases "in (the) X of" that some gazetteer names as a town ("in the wake of": Wake County; "in
# light of": Light, Australia; "in front of", "in charge of"): the noun is no place there, whatever the case.
_IDIOM_NOUNS = frozenset("""wake front charge light advance name place search face spite lieu favor favour honor
    honour memory support case view need danger defense defence midst aftermath course pursuit terms excess breach
    violation solidarity mourning""".split())
_IDIOM_PREV = re.compile(r"(?<![\w'’-])[Ii][Nn](?:[ \u00a0\u2002]+[Tt][Hh][Ee])?[ \u00a0\u2002]+$")
_IDIOM_NEXT = re.compile(r"[ \u00a0\u2002]+[Oo][Ff]\b")


def idiom(text: str, key: str, start: int, end: int) -> bool:
    """True when the name is the noun of a fixed phrase "in (the) X of" ("In Wake of Iran Attack")."""
    return key in _IDIOM_NOUNS and bool(_IDIOM_NEXT.match(text, end)) and bool(
        _IDIOM_PREV.search(text, max(0, start - 12), start))
