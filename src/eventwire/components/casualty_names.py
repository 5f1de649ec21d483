"""Named victims: a killing told of people by name or title ("Journalist Jean Dupont was shot dead") is one each."""

from __future__ import annotations

import re

from eventwire.components.trigger_parts import NATIONALS, PERSON_NOUNS
from eventwire.geoparsing.matching import demonyms

# A word that tells a name is a person's: a title, an office, a trade, kin or a plain person noun ("presidential
# candidate", "Msgr", "banker", "son", "resident").
# Kin of trigger_rules.PUBLIC_VICTIM (a victim that makes a killing public), trigger_background._TITLE_AFTER and
# actors.ROLE_WORDS (officials who speak) and casualties._ONE_NOUN (a lone person counted as one); this list is wider:
# any word that, before a name, tells the name is a person's.
PERSON_WORD = (r"(?:president|minister|senator|congressman|congresswoman|lawmaker|legislator|deputy|candidate|hopeful|"
               r"governor|mayor|councilman|councillor|councilor|magistrate|justice|judge|prosecutor|attorney|lawyer|"
               r"ambassador|diplomat|consul|envoy|general|colonel|major|captain|lieutenant|sergeant|corporal|private|"
               r"commander|chief|leader|head|founder|secretary|spokesman|spokeswoman|official|officer|policeman|"
               r"policewoman|soldier|rebel|militant|guerrilla|activist|unionist|organizer|organiser|journalist|reporter|"
               r"photographer|cameraman|correspondent|editor|announcer|broadcaster|presenter|host|writer|columnist|ideologue|"
               r"analyst|economist|scientist|professor|teacher|student|doctor|surgeon|engineer|banker|businessman|"
               r"businesswoman|industrialist|magnate|cattleman|rancher|landowner|farmer|peasant|merchant|vendor|"
               r"trader|manager|director|agronomist|worker|employee|driver|bodyguard|guard|watchman|priest|bishop|"
               r"archbishop|cardinal|monsignor|msgr|cleric|imam|sheikh|shaikh|rabbi|pastor|nun|monk|missionary|"
               r"dr|mr|mrs|ms|comrade|brother|sister|wife|husband|son|daughter|father|mother|uncle|nephew|cousin|"
               r"boy|girl|man|woman|teenager|youth|child|resident|villager|civilian|citizen|national|foreigner|hostage|"
               r"captive|prisoner|detainee)")
# A name's word: capitalised, or a particle inside it ("Anas al-Sharif", "Maria de Guerrero").
_WORD = r"(?:[A-Z](?:[\w'’-]*|\.)|(?:al|el|bin|ibn|de|del|da|dos|van|von|der|la|le|abu|abd|ul)(?:-[A-Z][\w'’-]*)?)"
# Words a name never holds: a group, a force, a place's kind, an event, a function word ("Strike On Kharkiv").
_NOT_NAME = re.compile(r"\b(?:army|forces?|force|brigade|battalion|regiment|division|corps|guard|police|group|party|"
                       r"movement|front|cartel|commando|command|ministry|government|council|committee|union|league|"
                       r"administration|authority|authorities|company|bank|university|school|hospital|church|street|city|town|village|province|region|"
                       r"department|district|state|republic|oblast|strip|camp|airport|port|station|radio|"
                       r"television|agency|news|times|post|strike|attack|raid|bombing|blast|explosion|shelling|"
                       r"clash|clashes|fighting|war|operation|offensive|assault|ambush|protest|the|a|an|of|in|on|at|"
                       r"by|to|for|with|from|and|or|as|after|near|during|when|while|his|her|their|its|this|that|"
                       r"who|which|said|says|were|was|is|are|has|have|had|been|today|yesterday|monday|tuesday|"
                       r"wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
                       r"august|september|october|november|december)\b", re.I)
# An apposition that tells who a named person is: an age (", 51,"), a phrase holding a title (", a retired judge of
# the town,") or both; never a clause ("who was kidnapped").
_TITLED_PHRASE = (rf",\s+(?!(?:who|which|whose|whom|where|when)\b)[^,;:]{{0,60}}?\b(?i:{PERSON_WORD})s?\b[^,;:]{{0,50}}?")
_AGE = r",\s+\d{1,2}(?:\s+years\s+old)?(?![\d,]\d)"  # ", 45," and not ", 1,000"
_END = r"(?:,|(?=\s*(?:[.;:]|$)))"
_APPOSITION = rf"(?:{_AGE}(?:{_TITLED_PHRASE})?|{_TITLED_PHRASE}){_END}"
# After a title and name any short post-modifier may follow ("SENATOR JUAN PEREZ, OF THE LIBERAL PARTY,").
_POST = (rf"(?:(?:{_AGE})?(?:,\s+(?!(?i:who|which|whose|whom|where|when)\b)(?=[A-Za-z(\[])[^,;:]{{1,60}}?)?"
         r"(?:,|(?=\s*(?:[.;:]|$))))?")
# Up to four words before a title, never a function word ("Hamas political leader", "FORMER DEFENCE MINISTER").
_MODS = (r"(?:(?!(?i:in|on|at|of|the|by|to|for|with|from|and|or|as|after|during|when|while|was|were|is|are|who|"
         r"that|which|said|says)\b)[\w'’-]+\s+){0,4}?")


# A title's place or body before the name: "Mayor of Lozova (eastern Kharkiv Oblast) Ivan Petrenko".
_OF = r"(?:\s+(?i:of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+\([^()]{1,40}\))?)?"


# Words that may follow a bare name in running text: a preposition, a conjunction, an auxiliary or a time.
_FUNCTION = (r"(?:in|at|on|near|outside|inside|and|or|but|after|before|as|was|were|is|are|has|had|have|who|whose|by|"
             r"from|with|during|when|while|last|this|early|late|earlier|yesterday|today|said|says|to|for|over|"
             r"because|since|amid|under|along|into)")


def _name(caps: bool) -> str:
    """A person's name: in mixed case two to six name words (particles too); in all-caps copy one to four words."""
    if caps:
        return r"[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*){0,3}\b"
    # The whole capitalised run and no head noun after it: "Rapid Support Forces fighters", "Kabul Mosque
    # worshippers" and "Hayat Tahrir al-Sham fighters" name a group's people, and a shorter run cut out of them is none.
    return rf"[A-Z](?:[\w'’-]*|\.)(?:\s+{_WORD}){{1,5}}\b(?![-'’])(?!\s+(?:[A-Z]|(?!{_FUNCTION}\b)[a-z]))"


def _person(caps: bool) -> str:
    """A named person: title and name ("Hamas political leader Ismail Haniyeh", "MSGR JUAN DIAZ"), a name
    with a telling apposition ("JOSE MORA, 51, A FORMER JUDGE,"), or in mixed case a bare full name."""
    after_title = _name(True) if caps else r"[A-Z](?:[\w'’-]*|\.)(?:\s+" + _WORD + r"){0,3}"  # "Sheikh Ahmed" will do
    alts = [rf"{_MODS}(?i:{PERSON_WORD}){_OF}\s+{after_title}{_POST}", rf"{_name(caps)}\s*{_APPOSITION}"]
    if not caps:
        alts.append(_name(False))
    return "(?:" + "|".join(alts) + ")"


# Before a passive killing: the named subject, from the sentence's start (after a dateline or one opening word),
# then "was"/"has been"/"had been" and an adverb or two ("was reportedly shot", "was found").
_OPEN = (r"(?:[^\n]{0,80}?\s(?:--|-|–|—)\s+(?:\[[A-Z ]+\]\s+)?)?"
         r"(?:(?!(?i:previously|earlier|separately|meanwhile|also|later|formerly|before|then|once)\b)[A-Za-z]+,\s+|"
         r"[A-Z][\w ]{0,30}\s(?i:said|says|reported)\s+(?i:that\s+)?)?")
# An adverb may stand before the verb, never a near miss or a denial ("was nearly killed", "was falsely reported").
_ADVERB = r"(?:(?!(?:nearly|narrowly|almost|wrongly|falsely|mistakenly|barely|initially)\b)\w+ly|also|later|found|then)"
_AUX = rf"\s+(?i:was|has\s+been|had\s+been)\s+(?i:{_ADVERB}\s+){{0,2}}(?i:shot\s+(?:to\s+)?)?$"
_PASSIVE = {caps: re.compile(rf"{_OPEN}(?P<who>{_person(caps)})\s*{_AUX}") for caps in (False, True)}
# Names listed as one subject: "Cristobal Perez and Ruben Dario Ramirez were shot to death" (each one).
_LIST_AUX = rf"\s+(?i:were|have\s+been|had\s+been)\s+(?i:{_ADVERB}\s+){{0,2}}(?i:shot\s+(?:to\s+)?)?$"


def _listed_names(caps: bool) -> re.Pattern[str]:
    one = _person(caps)
    return re.compile(rf"{_OPEN}(?P<who>{one}(?:\s*,\s*{one}){{0,4}}\s*,?\s+(?i:and)\s+{one})\s*{_LIST_AUX}")


_LISTED = {caps: _listed_names(caps) for caps in (False, True)}
# After an active killing verb: the named object ("killed Hamas leader Ismail Haniyeh", "shot dead journalist Jean
# Dupont"), never a group's or a force's name.
_OBJECT = {caps: re.compile(rf"\s+(?!(?i:and|or|but)\b)(?i:the\s+|a\s+|an\s+)?(?P<who>{_person(caps)})")
          for caps in (False, True)}
# A keyword that is no verb of this killing: attributive ("the assassinated former prime minister"), infinitive or
# denied ("vowed to kill", "denied killing"), an act in another's words ("accused of killing"), or a group's record
# told in a relative clause ("the death squads that killed Archbishop X", "the army, which murdered X"), or a
# passive verb, whose next name is no object ("two guards were killed and Jose Ruiz, a driver, was wounded").
_NOT_ACT = re.compile(r"\b(?:the|a|an|his|her|their|its|to|not|never|denied|denies|deny|denying|of|for|having|which|"
                      r"that|was|were|been|being|is|are)\s+"
                      r"(?:\w+ly\s+)?(?:shot\s+|gunned\s+)?$", re.I)
_ACTIVE = frozenset({"killed", "murdered", "assassinated", "executed", "beheaded", "lynched", "dead", "down"})
_PERSON_WORD_RE = re.compile(PERSON_WORD + "s?", re.I)
# A killing told as the past, not this report's act: an earlier year ("was beheaded by the group in 2014"), "years
# ago", "last year". A named person's death is the shape stories use to retell a known earlier killing.
_PAST = re.compile(r"\b(?:(?:in|since|during|of)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Za-z]+\s+)?(?:\d{1,2},?\s+)?"
                   r"(?P<year>(?:19|20)\d\d)\b|(?:years?|months?|decades?)\s+(?:ago|earlier|before)\b|"
                   r"last\s+(?:year|month|decade)\b|in\s+the\s+(?:19|20)\d0s\b)", re.I)
# After the verb: no killing of people ("Google killed off the product") or a death by accident, not violence
# ("was killed in a car accident", "was killed when his tractor overturned", "was killed by a drunk driver").
_NOT_VIOLENT = re.compile(r"\s+off\b|[^.;]*?\b(?:accident|crash(?:ed)?|collision|overturned|drunk\s+driver|"
                          r"avalanche|landslide|drowned)\b", re.I)


# A plural of people that ends a capitalised run ("Ukrainian POWs", "Shia Muslims", "Fulani Herdsmen"): a people, a
# faith or a trade in the plural names an unknown number of people, never one person.
_PLURAL_PEOPLE = re.compile(rf"(?:{PERSON_NOUNS}|{NATIONALS}|muslims|shias?|shiites|sunnis|copts|hindus|sikhs|jews|"
                            r"kurds|pandits|pows|tribesm[ae]n|herdsm[ae]n|gunmen|herders|pilgrims|worshippers|"
                            r"believers|militiamen|fishermen|clansmen|tribes(?:people)?|refugees|settlers|"
                            r"civilians|nationals|citizens|migrants)", re.I)
# A people's or a faith's word before a plural ("Palestinian Gunmen", "Hazara Shias"): two such words are a kind of
# people, whatever the plural.
_PEOPLE_WORD = frozenset(w.lower() for w in demonyms() if w.isalpha()) | {
    "shia", "sunni", "hindu", "sikh", "coptic", "jewish", "muslim", "christian", "hazara", "rohingya", "fulani",
    "masalit", "yazidi", "alawite", "druze", "tutsi", "hutu", "baloch", "pashtun", "kurdish", "catholic", "protestant"}


def _plural_people(words: list[str]) -> bool:
    """Whether a capitalised run ends in a plural of people ("Ukrainian POWs", "Coptic Christians"): no one's name."""
    last = words[-1].strip("'’.,")
    if _PLURAL_PEOPLE.fullmatch(last):
        return True
    return len(words) == 2 and words[0].lower() in _PEOPLE_WORD and last.lower().endswith(("s", "men"))


def _strip_appositions(who: str) -> str:
    """The names alone: appositions (", 45,", ", a former mayor,") dropped."""
    return re.sub(rf",\s+(?:\d{{1,2}}(?:\s+years\s+old)?|[^,;:]*?\b{PERSON_WORD}s?\b[^,;:]*?|(?:of|from|in|at|with)\b[^,;:]*?)"
                  r"(?=\s*,)", " ", who, flags=re.I)


def _clean(who: str) -> bool:
    """Whether the names after the last title hold no group, place, event or function word ("Strike On Kharkiv")."""
    for part in re.split(r",|\band\b", re.sub(r"\([^()]*\)", " ", _strip_appositions(who)), flags=re.I):
        words = part.split()
        if not words:
            continue
        last = max((i for i, w in enumerate(words) if _PERSON_WORD_RE.fullmatch(w.strip("'’."))), default=-1)
        name = words[last + 1 :]
        if name and name[0].lower() == "of":  # "Mayor of Lozova Ivan Petrenko": the name is last
            name = name[-2:] if len(name) > 2 else []
        if not name or _NOT_NAME.search(" ".join(name)) or name[-1].endswith(("'s", "’s", "'", "’")) or \
                _plural_people(name):
            return False
    return True


def _told_now(text: str, kw_end: int, s0: int, s1: int, year: int | None) -> bool:
    """Whether the killing's sentence tells a violent act of this report: no earlier year, no "ago", no accident."""
    if _NOT_VIOLENT.match(text, kw_end, s1):
        return False
    for m in _PAST.finditer(text, s0, s1):
        if m.group("year") is None or year is None or int(m.group("year")) < year:
            return False
    return True


# Others killed with the named person, told after the verb and not counted here: "X was killed ..., along with four
# other reporters", "together with his two sons", "with his wife and children". "along/together with" tells fellow
# victims anywhere in the sentence; a bare "with his ..." or "alongside" does so only in the killing's own clause:
# after a subordinator or participle ("while fighting alongside Russian troops", "as she walked with her children")
# it tells the living, and "alongside" counts only before a person or a count, not before a side one fought with.
_WITH_OTHERS = re.compile(r"[^.;]*?\b(?:along|together)\s+with\b|"
                          r"(?:(?!\b(?:while|as|after|before|when|where|who|which|whose|because|since|until|fighting|"
                          r"driving|walking|travell?ing|working|serving|riding|returning|visiting|playing)\b)[^.;])*?"
                          r"\b(?:alongside\s+(?=(?:his|her|their|\d|one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"several|other)\b)|with\s+(?:his|her|their)\s+(?:\d+|one|two|three|four|five|six|seven|eight|"
                          r"nine|ten|several|wife|husband|sons?|daughters?|children|famil(?:y|ies)|brothers?|sisters?|"
                          r"bodyguards?|driver|guards?|companions?|colleagues?|relatives?))\b", re.I)


def with_others(text: str, pos: int, end: int) -> bool:
    """Whether others killed with the named person are told between pos and end ("..., along with two others")."""
    return _WITH_OTHERS.match(text, pos, end) is not None


def _count(who: str) -> int:
    """People named in a list ("X, Y and Z"), appositions apart."""
    return sum(1 for part in re.split(r",|\band\b", _strip_appositions(who), flags=re.I) if part.strip())


def named_subject(text: str, s0: int, kw: int, kw_end: int, s1: int, caps: bool,
                  year: int | None = None) -> tuple[int, int] | None:
    """(start, people) for a passive killing of named people before kw ("X was killed", "X and Y were shot"), else None."""
    m = _PASSIVE[caps].fullmatch(text, s0, kw)
    n = 1
    if m is None:
        m = _LISTED[caps].fullmatch(text, s0, kw)
        if m is None:
            return None
        n = _count(m.group("who"))
    if not _clean(m.group("who")) or not _told_now(text, kw_end, s0, s1, year) or with_others(text, kw_end, s1):
        return None
    return m.start("who"), n


def _more_names(caps: bool) -> re.Pattern[str]:
    one = _person(caps)
    return re.compile(rf"(?P<who>(?:\s*,\s*(?!(?i:and)\b){one}){{0,4}}\s*,?\s+(?i:and)\s+{one})")


# More named victims listed after the first object: "killed Ahmed Ali, Omar Hassan and Yusuf Abdi" is three.
_MORE_NAMES = {caps: _more_names(caps) for caps in (False, True)}


def named_object(text: str, kw_start: int, kw_end: int, s0: int, s1: int, caps: bool,
                 year: int | None = None) -> tuple[int, int] | None:
    """(end, people) for named victims after an active killing verb ("shot dead journalist Jean Dupont"), else None."""
    word = text[kw_start:kw_end].lower()
    if word.split()[-1] not in _ACTIVE or _NOT_ACT.search(text, max(s0, kw_start - 30), kw_start):
        return None
    if word == "dead" and not re.search(r"\bshot\s+$", text[max(s0, kw_start - 10) : kw_start], re.I):
        return None
    m = _OBJECT[caps].match(text, kw_end, s1)
    if m is None or not _clean(m.group("who")) or not _told_now(text, kw_end, s0, s1, year):
        return None
    end, n = m.start("who") + len(m.group("who").rstrip(", ")), 1  # an apposition's closing comma is no part
    if (more := _MORE_NAMES[caps].match(text, end, s1)) is not None and _clean(more.group("who")):
        end, n = more.end(), 1 + _count(more.group("who"))
    return None if with_others(text, end, s1) else (end, n)


# A named person listed before a count of people: "Sheikh Ahmed and two of his bodyguards were killed" is three.
_MEMBER = {caps: re.compile(rf"{_OPEN}(?P<who>{_person(caps)})\s*,?\s+(?i:and)\s+") for caps in (False, True)}


def named_member(text: str, s0: int, n_start: int, caps: bool) -> int | None:
    """Start of a named person listed right before a count ("X and 2 others"), else None."""
    m = _MEMBER[caps].fullmatch(text, s0, n_start)
    return None if m is None or not _clean(m.group("who")) else m.start("who")
