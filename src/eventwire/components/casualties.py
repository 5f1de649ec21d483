"""Casualties: killed and injured people with their counts (injured are never counted as killed)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from eventwire.components.actors import load_lexicon
from eventwire.components.casualty_names import named_member, named_object, named_subject, with_others
from eventwire.components.trigger_parts import NATIONALS, PERSON_NOUNS
from eventwire.components.trigger_refs import VICTIM_POST_MOD, lone_headline
from eventwire.components.triggers import KeywordGate, is_heading
from eventwire.model import Count
from eventwire.pipeline.workdoc import CasualtyMention, NumberMention, Sentence, WorkDoc

KILLED = r"death\s+toll|(?<=bringing\s)(?:the\s+)?toll|killed|kills|kill|dead|died|die|deaths?|lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|" \
         r"fatalities|perished|slain|slaying|slayings|slaughtered|murdered|massacred|executed|bodies|killing|assassinated|" \
         r"gunned\s+down|beheaded|lynched"
INJURED = r"injured|injuries|injuring|injures?|wounded|wounding|hurt|hospitali[sz]ed|injury|wounds"
UNSPLIT = r"casualties|victims"
_KEYWORDS = re.compile(rf"\b(?:(?P<killed>{KILLED})|(?P<injured>{INJURED})|(?P<unsplit>{UNSPLIT}))\b", re.I)
# "22, including 18 children, reported dead", "18 militants, including a commander, were killed": an aside.
_ASIDE = r"(?:,\s+(?:including|among\s+them|among\s+whom)\s+[^,;]{1,60},)"
# A count of named people: "13 Taliban rebels", "Three Turkish soldiers", "Two DR Congo police", "3 cops",
# "7 World Central Kitchen aid workers", "21 Taliban", "Twelve members of the regular forces": up to four modifiers
# (capitalised words, a few lower-case kinds) before a person noun, a people in the plural or an armed group's name.
_PERSON = (rf"(?:{PERSON_NOUNS}|child|babies|kids|troops|troopers?|jawans?|cops?|police|guards?|personnel|forces|"
           r"guerrillas?|insurgents?|jihadists?|terrorists?|extremists?|separatists?|islamists?|militiam[ae]n|"
           r"militias?|"
           r"gunmen|attackers?|bandits?|combatant|loyalists?|opponents?|oppositions?|member|supporters?|experts?|"
           r"advisers?|commanders?|workers?|staff(?:ers?)?|volunteers?|reporters?|medics?|doctors?|nurses?|teachers?|"
           r"students?|pilgrims?|worshippers?|peasants?|herders?|traders?|miners?|passengers?|drivers?|refugees?|"
           r"migrants?|relatives?|brothers?|sisters?|gendarmes?|peacekeepers?|martyrs|priests?|clergym[ae]n|nuns?|"
           r"missionar(?:y|ies)|bodyguards?|escorts?|lawyers?|mayors?|politicians?|leaders?|"
           r"unionists?|diplomats?|tourists?|employees?|engineers?|(?-i:Kurds|Britons|Taliban|Taleban))")
# Between a count and its keyword: nouns for people and auxiliaries only ("four people were", "dozens of
# others were reportedly"). A verb or a clause break in between means the count belongs to something else.
_GAP_BEFORE = re.compile(
    rf"(?:\s*(?:of\s+(?:the\s+)?)?(?:{_PERSON}|other|others|more|were|was|have|has|had|been|are|is|reportedly|later|"
    r"also|all|each|seriously|critically|badly|severely|slightly|lightly|mortally|fatally|in\s+total|total|and|or|"
    r"the|(?:ukrainian|russian|israeli|palestinian|syrian|salvadoran|colombian|peruvian|guatemalan|lebanese|iraqi|"
    r"afghan|pakistani|indian|yemeni|sudanese|somali|nigerian|american|iranian|kurd|gazan)s?|local|"
    r"reported|feared|believed|now|shot|found|aid|suspected|family|"
    r"including|at\s+least|confirmed|being|left|dead|injured|wounded|killed)\b|" + _ASIDE +
    r"|(?<=including)\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\b)*\s*$", re.I)
_ASIDE_RE = re.compile(_ASIDE, re.I)
# Plural nouns without a final "s": with any count but one, a person noun must be plural ("2 Rifles soldier" is a unit).
_PLURAL_NO_S = frozenset("children men women people police policemen servicemen militiamen gunmen personnel staff "
                         "taliban taleban".split())
_GROUP_NAMES = "|".join(sorted({a for g in load_lexicon("groups")["groups"] if g.get("sector") not in ("IGO", "NGO")
                                for a in g["aliases"] if re.fullmatch(r"[A-Z][\w-]+", a)}, key=lambda a: (-len(a), a)))
# A capitalised modifier is a name ("Taliban", "DR Congo") or a short acronym ("NDF", "ISIS"), never a function word;
# all-caps wire copy has none (every word there looks like one).
_FUNCTION = r"(?!(?:the|and|or|of|in|on|at|by|to|for|with|from|as|an?|were|was|is|are|have|has|had|been|who|that)\b)"
# A capitalised plural or -ing word is no modifier: Title Case crosses a clause ("On 2 Gaza Schools Housing ...").
_CAPITALISED = (rf"{_FUNCTION}(?!(?-i:[A-Z][a-z’'-]*(?:ing|[a-rt-z]s))\b)"
                rf"(?-i:[A-Z][\w’'.-]*[a-z][\w’'.-]*|[A-Z][A-Z.]{{1,4}}s?\b)")
_KINDS = (r"security|displaced|young|armed|suspected|alleged|unidentified|unknown|regime|regular|government|"
          r"pro-government|anti-government|army|rebel|militia|opposition|foreign|aid|local|other|more|police|state|"
          r"military|paramilitary|tribal|border|relief")


# A member after the keyword must close its phrase: "and 3 civilians were wounded" and "3 Hamas rockets" are none.
_CLOSE = r"(?=\s*(?:[,.;:|)?!]|$)|\s+(?:and|in|on|at|near|during|after|across|around|outside|inside)\b)"
_NAMES = f"(?-i:{NATIONALS}|{_GROUP_NAMES})"


def _mod(caps: bool) -> str:
    """A modifier before a person noun: a name or kind ("Taliban", "NATO", "security"); in all-caps copy a kind only."""
    return f"(?:{_KINDS})" if caps else f"(?:{_NAMES}|{_CAPITALISED}|{_KINDS})"


def _people(caps: bool) -> tuple[re.Pattern[str], ...]:
    """A count's named people: the gap to its keyword, a list member before another, a next member, a closed one."""
    names, mod = _NAMES, _mod(caps)
    head = rf"\s+(?:of\s+(?:the\s+|his\s+|her\s+|their\s+)?)?(?:{mod}\s+){{0,4}}?#?(?:(?P<who>{_PERSON})|{names})\b"
    # "Nine members of a family killed": people (of a group), then the plain gap.
    gap = re.compile(head + rf"(?:\s+of\s+(?:the\s+|an?\s+|one\s+)?(?:{mod}\s+){{0,3}}?(?:{_PERSON}|famil(?:y|ies)|"
                     r"households?|crews?|units?)\b)?" + _GAP_BEFORE.pattern, re.I)
    # A list of counts told with one keyword ("Twelve soldiers, 26 insurgents killed", "kill 2 police and 3
    # civilians"): the event's toll is their sum.
    return gap, re.compile(rf"{head}\s*(?:,\s*(?:and\s+)?|and\s+)$", re.I), re.compile(head, re.I), \
        re.compile(head + _CLOSE, re.I)


_PEOPLE = {caps: _people(caps) for caps in (False, True)}
# "Four men working for a charity were killed": a count's people with a post-modifier, then auxiliaries only (an
# "and" or "later" there starts another clause, whose verb took the count as its object).
_POST_GAP = {caps: re.compile(_PEOPLE[caps][0].pattern.removesuffix(_GAP_BEFORE.pattern) + VICTIM_POST_MOD +
                              r"(?:\s+(?:were|was|have|has|had|been|are|is|reportedly|also|shot))*\s*$", re.I)
             for caps in (False, True)}
# The post-modified count is read only for a passive killing ("were killed") or a headline's "<victims> killed in ...":
# before an active verb the described people are mostly the killers ("Two gunmen riding a motorcycle killed a ...").
_POST_PASSIVE = re.compile(r"\b(?:was|were|been|are|is)\s+(?:\w+ly\s+|also\s+)?(?:shot\s+)?$", re.I)
_HEAD_OPEN = re.compile(r"\s*(?:,|$)|\s+(?:in|near|at|by)\b", re.I)
_HEAD_KILLED = re.compile(r"\b(?:killed|slain|murdered|shot\s+dead)$", re.I)
_CLOSED = re.compile(_CLOSE, re.I)
# An open aside after a count, whose count is a part: ", including 18 children,"; without its comma only right after
# the count's own people ("304 Including 41 Children Killed" is 304; "3 villages including Tarok left 12 dead" is 12).
_IN_ASIDE = {caps: re.compile(r"[^,;]{0,40},\s+(?:including|among\s+them|among\s+whom)\s+[^,;]*|"
                              rf"(?:{_PEOPLE[caps][2].pattern})?\s+including\s+(?:at\s+least\s+)?", re.I)
             for caps in (False, True)}
# One person, named by a singular noun (one list for the three readings below).
_ONE_NOUN = (r"(?:person|man|woman|child|boy|girl|baby|teen|teenager|civilian|resident|villager|soldier|trooper|jawan|"
             r"policeman|policewoman|cop|officer|guard|recruit|commander|leader|chief|general|colonel|official|mayor|director|"
             r"spokesman|politician|judge|scientist|journalist|photographer|activist|protester|priest|teacher|doctor|"
             r"student|farmer|driver|worker|employee|pensioner|terrorist|militant|rebel|insurgent|daughter|son|wife|"
             r"husband|father|mother|brother|sister|bodyguard|watchman|magistrate|senator|minister|candidate|governor|"
             r"councilman|councillor|lawyer|lawmaker|businessman|banker|engineer|missionary|nun|bishop|imam|"
             r"diplomat|ambassador|reporter|editor|vendor|shopkeeper)")
# "kills prominent scientist Sufyan Tayeh", "killed a Hamas deputy leader": one person, no number given; the words
# before the noun are no preposition ("killed in the Son Tay district").
_ONE_AFTER = re.compile(r"\s+(?:a\s+|an\s+|the\s+)?(?:(?!(?:in|at|on|near|by|for|from|with|after|during|as|was|"
                        rf"were|is|are|has|have|had|been|when|while|and|or)\b)[\w’'-]+\s+){{0,3}}?{_ONE_NOUN}\b(?!-)", re.I)
_VERB_KILL = frozenset({"kill", "kills", "killed", "killing"})
_GAP_AFTER = re.compile(r"\s*(?:(?:at\s+least|rose|risen|climbed|increased|reached|stands|stood|now|to|at|of|"
                        r"rises|climbs|reaches|jumps|hits|tops|soars|mounts|"
                        r"is|was|has|had|been|some|another|an\s+additional|a\s+further)\s+)*$", re.I)
# "no one was hurt", "no-one was injured", "nobody died", "no injuries" (a plain noun right after "no"; "no death
# toll" and "no bodies" say nothing of the count).
_NONE = {False: re.compile(r"\b(?:no[\s-]+(?:one|deaths?|casualties|injuries|fatalities)|nobody)\b[^.;]{0,25}$", re.I),
         True: re.compile(r"(?:\b(?:no[\s-]+(?:one|deaths?|casualties|injuries|fatalities)|nobody)\b[^.;]{0,25}"
                          r"|\bno\s+)$", re.I)}
_NO_NOUN = frozenset("injuries injury wounds death deaths casualties victims fatalities dead wounded injured".split())
_ONE = re.compile(rf"\b(?:a|an)\s+(?:[\w’'-]+\s+)?{_ONE_NOUN}\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:shot\s+)?$",
                  re.I)
# A clause's subject told with its description before the verb: "LIMA - A man identified as the manager of a bank was
# wounded", "An officer who guarded the plant was killed" (a wire lead opens on it, after its dateline); the
# description never spans a reporting verb ("A spokesman who declined to be named said everyone ... was killed").
_ONE_SUBJECT = re.compile(rf"(?:[A-Z][^\n]{{0,60}}?\s(?:-|--)\s+)?(?:A|An)\s+(?:[\w’'-]+\s+)?{_ONE_NOUN}\s+"
                          r"(?:identified|described|named|who|whose|working|employed)\b"
                          r"(?:(?!\b(?:said|says|told|reported|added|stated)\b)[^,;:]){0,90}?\s+"
                          r"(?:said\s+(?:that\s+)?(?:he|she)\s+)?(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?$")
# A negation or a quantifier: no lone person follows it ("No civilian was killed", "every soldier and 6 others").
_NEG_QUANT = r"no|not|none|neither|nor|every|each|all|any"
# After a named victim, more people the reader cannot count: "and others", "and several guards", "and Omar".
_AND_MORE = {caps: re.compile(r"\s*,?\s+(?i:and)\s+(?:(?i:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|"
                              r"many|some|dozens|scores|others?|his|her|their)\b" + ("" if caps else "|[A-Z]") + ")")
             for caps in (False, True)}
# "The mayor of Medellin was killed": a lone person's office may name its place or body (two words at most).
_OF_PLACE = r"(?:of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?\s+)?"
# A headline's lone person before the keyword: "Officer killed, 4 troops hurt", "Landmine explosion | Regime soldier
# killed", "Teen killed as ...". Read on a headline's last segment (after "|" or ":"), never after a negation or a
# quantifier ("No civilian was killed", "Every soldier was wounded").
_ONE_BARE = re.compile(r"\s*(?!(?:" + _NEG_QUANT + r"|which|whose|what)\b)"
                       rf"(?:[\w’'-]+\s+){{0,2}}?{_ONE_NOUN}\s+{_OF_PLACE}(?:was\s+|has\s+been\s+|is\s+)?(?:shot\s+)?",
                       re.I)
# "dead" and "killed" in phrases that are not about people dying in this event.
_NOT_CASUALTY = re.compile(r"(?:\s+(?:end|heat|line|zone|weight)|\s+(?:drones?|missiles?)\b)", re.I)
# "Ten NDF members killed and injured", "20 soldiers killed or wounded", "killed, wounded dozens": one count for both
# kinds is a count of casualties, which fills neither figure.
# The other kind's keyword must close the phrase: "3 killed, injured rushed to hospital" is no shared count.
_BOTH = r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|/\s*|&\s*)"
_ENDS = (r"(?=\s*(?:[,.;:|)?!]|$)|\s+(?:in|at|near|on|after|as|during|by|when|while|following|because|from|due|since|"
         r"across|around|over|throughout|within|among|including|with)\b)")
_SHARED_AFTER = {"killed": re.compile(rf"{_BOTH}(?:{INJURED}){_ENDS}", re.I),
                 "injured": re.compile(rf"{_BOTH}(?:{KILLED}){_ENDS}", re.I)}
# "several dead and wounded civilians": a count right before two keywords that qualify one person noun.
_SHARED_ADJ = {"killed": re.compile(rf"{_BOTH}(?:{INJURED})(?=\s+{_PERSON}\b)", re.I),
               "injured": re.compile(rf"{_BOTH}(?:{KILLED})(?=\s+{_PERSON}\b)", re.I)}
_SHARED_BEFORE = re.compile(rf"\b(?:{KILLED}|{INJURED}){_BOTH}$", re.I)
_LOWER = re.compile(r"[a-z]")  # all-caps wire copy has none
# A passive or adjectival "killed" ("were killed", "was reportedly killed") takes no object.
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are|get|gets|got)\s+(?:\w+ly\s+|also\s+|not\s+)?$", re.I)
# "Toll from air raid on a displaced families' camp in Khan Younis rises to 31".
_TOLL_GAP = re.compile(r"\s+(?:in|of|from|after|at)\s+[^.;:,]{1,80}?\s+(?:has\s+)?(?:rises|rose|risen|climbs|climbed|"
                       r"reaches|reached|hits|jumps|jumped|tops|topped|soars|soared|mounts|stands|stood|increases|"
                       r"increased|passes|passed)\s+(?:to\s+)?(?:at\s+)?", re.I)


def _kind(m: re.Match[str]) -> str:
    return "killed" if m.group("killed") else "injured" if m.group("injured") else "unsplit"


_GATE = KeywordGate("""kill dead died die death lost fatalit perish slain slay slaughter murder massacr execut bodies
assassinat gunned behead lynch injur wound hurt hospital casualt victim""".split())
# "six villagers died of a still unknown fever": deaths no one inflicted are no casualties of violence.
_ILLNESS = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:disease|illness|"
                      r"cancer|complications|natural\s+causes|virus|infection|cholera|ebola|covid|pneumonia|"
                      r"hunger|starvation|old\s+age)\b", re.I)


def find_casualties(doc: WorkDoc, keywords: re.Pattern[str] = _KEYWORDS) -> list[CasualtyMention]:
    """Killed/injured/unsplit mentions with the count that governs each keyword."""
    text = doc.text
    numbers = doc.numbers
    if not numbers and doc.sentences:
        numbers = _fallback_numbers(text)
    out: list[CasualtyMention] = []
    used: set[int] = set()
    caps_of: dict[int, bool] = {}
    headline: dict[int, bool] = {}
    year = d.year if (d := doc.article.published_date) is not None else None  # an earlier year is the past
    for m in (m for s in _GATE.sentences(doc) for m in keywords.finditer(text, s.start, s.end)):
        if _NOT_CASUALTY.match(text, m.end()) or (m.group("killed") and _ILLNESS.match(text, m.end())):
            continue
        si = doc.sentence_of(m.start())
        if si < 0:
            continue
        sent = doc.sentences[si]
        if is_heading(text, sent.start, sent.end) and len(doc.sentences) > 1:
            continue  # "Casualties and Damage in Kyiv" is a section title; a lone headline is the report
        kind = _kind(m)
        if si not in caps_of:
            caps_of[si] = not _LOWER.search(text, sent.start, sent.end)
            # A lone line is a headline even with a full stop ("Student killed as Sudan city protests for second week.").
            headline[si] = lone_headline(doc) or not text[sent.start : sent.end].rstrip().endswith((".", "!", "?"))
        caps = caps_of[si]
        before = _count_before(text, numbers, sent.start, m.start(), used, caps)
        after = _count_after(text, numbers, m.end(), sent.end, used) or _toll_after(text, numbers, m, sent.end, used)
        word = m.group(0).lower()
        if before is None and after is None and word not in ("kill", "kills", "killing") and (
                _POST_PASSIVE.search(text, max(sent.start, m.start() - 40), m.start()) is not None
                or headline[si] and _HEAD_KILLED.search(text, max(sent.start, m.start() - 5), m.end()) is not None
                and _HEAD_OPEN.match(text, m.end(), sent.end) is not None):
            before = _count_before(text, numbers, sent.start, m.start(), used, caps, post=True)
        one_after = _ONE_AFTER.match(text, m.end(), sent.end) if word in _VERB_KILL else None
        passive = _PASSIVE.search(text, max(sent.start, m.start() - 30), m.start()) is not None
        obj = word in ("kill", "kills") or word == "killed" and not passive and (
            one_after is not None or after is not None and _PEOPLE[caps][3].match(text, after.end, sent.end) is not None)
        # "2 gunmen kill 5 police", "Two gunmen killed 3 officers": before an active verb, the count is the killers'.
        num = (after if after is not None or one_after is not None else before) if obj else (before or after)
        if num is not None:
            num, i, j = _listed(text, numbers, num, m.start(), sent, used, caps)
            s = num.start
            if num.end <= m.start() and (lone := _lone_before(text, numbers[i], sent.start, headline[si], caps)) is not None:
                num, s = _plus(num, 1), lone  # "NATO soldier, 6 militants killed" is 7, quoted from "NATO"
            used.update(k.start for k in numbers[i : j + 1])
            s, e = min(s, m.start()), max(num.end, m.end())
            if kind != "unsplit" and (both := _shared(text, numbers, m, sent.end, out, kind, num)) is not None:
                kind, s, e = "unsplit", min(s, both[0]), max(e, both[1])  # the span names both keywords
            count = Count(low=num.low, best=num.best, high=num.high, text=text[s:e])
        elif (zero := _NONE[word in _NO_NOUN].search(text, max(sent.start, m.start() - 40), m.start())) is not None:
            s, e = zero.start(), m.end()
            count = Count(low=0, best=0, high=0, text=text[s:e])
        elif kind == "killed" and one_after is not None and not (
                not caps and _NAME_NEXT.match(text, one_after.end()) is not None  # "killed governor Omar Hassan Nur and"
                and named_object(text, m.start(), m.end(), sent.start, sent.end, caps, year) is not None):
            s, e = m.start(), one_after.end()
            count = Count(low=1, best=1, high=1, text=text[s:e])
            if (more := _more_after(text, numbers, e, sent.end, used, caps)) is not None:
                used.add(more[0].start)  # "kills Taliban key commander, 4 others" is 5
                plus, e = _plus(more[0], 1), more[1]
                count = Count(low=plus.low, best=plus.best, high=plus.high, text=text[s:e])
            elif _LATER_MORE.match(text, e, sent.end) or with_others(text, e, sent.end):
                # "killed the governor of Aden, X Y, and six of his bodyguards", "killed commander X ..., along with
                # two other fighters": more dead than the one, no figure.
                count = Count(text=text[s:e])
        elif kind == "killed" and (named_obj := named_object(text, m.start(), m.end(), sent.start, sent.end, caps,
                                                             year)) is not None:
            (e, k), s = named_obj, m.start()  # "shot dead journalist Jean Dupont": one named person
            count = Count(low=k, best=k, high=k, text=text[s:e])
            if (more := _more_after(text, numbers, e, sent.end, used, caps)) is not None:
                used.add(more[0].start)  # "killed Ahmed Ali and two of his bodyguards" is 3
                plus, e = _plus(more[0], k), more[1]
                count = Count(low=plus.low, best=plus.best, high=plus.high, text=text[s:e])
            elif _AND_MORE[caps].match(text, e, sent.end):
                count = Count(text=text[s:e])  # "killed Ahmed Ali and others": more people, no figure
        elif (one := _ONE.search(text, max(sent.start, m.start() - 50), m.start())) is not None:
            s, e = one.start(), m.end()
            count = Count(low=1, best=1, high=1, text=text[s:e])
        elif (one := _ONE_SUBJECT.fullmatch(text, sent.start, m.start())) is not None:
            s, e = one.start(), m.end()
            count = Count(low=1, best=1, high=1, text=text[s:e])
        elif not _ALONG.match(text, m.end()) and (
                bare := _one_bare(text, sent.start, m.start(), headline[si])) is not None:
            s, e = bare, m.end()
            count = Count(low=1, best=1, high=1, text=text[s:e])
        elif kind == "killed" and (named := named_subject(text, sent.start, m.start(), m.end(), sent.end,
                                                          caps, year)) is not None:
            s, e = named[0], m.end()  # "Journalist Jean Dupont was shot dead", "X and Y were killed": one each
            count = Count(low=named[1], best=named[1], high=named[1], text=text[s:e])
        else:
            s, e = m.start(), m.end()
            count = Count(text=text[s:e])
        out.append(CasualtyMention(s, e, text[s:e], si, kind, count))
    return _stated_zeros(out)


def _stated_zeros(out: list[CasualtyMention]) -> list[CasualtyMention]:
    """"No one was injured" also says that nobody was killed, when the document tells of no death at all."""
    if any(c.kind == "killed" for c in out):
        return out
    res: list[CasualtyMention] = []
    for c in out:
        res.append(c)
        # "No one else was injured" implies a casualty told elsewhere.
        if c.kind == "injured" and c.count.high == 0 and not _ELSE.search(c.text):
            res.append(CasualtyMention(c.start, c.end, c.text, c.sentence, "killed", c.count.model_copy()))
    return res


_ELSE = re.compile(r"\b(?:else|other|others)\b", re.I)


def _segment(text: str, s0: int, kw: int, headline: bool) -> int:
    """Start of a headline's last segment before kw (after "|", ":" or a wire slug "UPDATE 1-"); a sentence's start."""
    if not headline:
        return s0
    lo = max(s0, kw - 80)  # the segment is a few words long: look no further back
    seg = max(s0, text.rfind("|", lo, kw) + 1, text.rfind(":", lo, kw) + 1)
    slug = _SLUG.match(text, seg, kw)
    return slug.end() if slug else seg


# Wire slugs before a headline, one or stacked: "UPDATE 1-", "UPDATE 2 - ", "WRAPUP 5–", "RPT-UPDATE 2-".
_SLUG = re.compile(r"(?:\s*(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|FOCUS|INSIGHT)(?:\s*\d+)?\s*[-–—])+")
# A lone person listed before a count of people, from its segment's start: "NATO soldier, 6 militants", "A soldier and
# 6 others". One word before the noun: after an article any, else a name or kind, never a verb ("Army detains
# commander, 6 militants killed" is 6), a function word ("In general, 6 militants") or a negation or quantifier.
_NOT_MOD = r"(?!(?:" + _NEG_QUANT + r"|[a-z]+ed|kills?|shoots?|free|hold|take|capture|arrest|" \
           r"detain|seize|release|rescue|kidnap|abduct|nab)\b)"
_LONE_MEMBER = {caps: re.compile(rf"\s*{_NOT_MOD}(?:(?:a|an|the|his|her|their)\s+(?:{_NOT_MOD}[\w’'-]+\s+)?|(?:{_mod(caps)}\s+)?)"
                                 rf"{_ONE_NOUN}\s*(?:,\s*(?:and\s+)?|and\s+)", re.I) for caps in (False, True)}
# The lone person's noun may go on a word or two ("kills rebel deputy commander, 3 others"), never past a preposition.
_MORE_JOIN = re.compile(r"(?:\s+(?!(?:in|at|on|near|by|for|from|with|after|during|as|was|were|is|are|and|or)\b)"
                        r"[\w’'-]+){0,2}?\s*(?:,\s*(?:and\s+)?|and\s+)", re.I)
# A name right after the lone person's noun: the named reader reads the name and any count after it (in mixed case: an
# all-caps name runs on into "AND").
_NAME_NEXT = re.compile(r"\s+[A-Z][\w'’-]*\s+[A-Z]")
# A count of more people later in the lone person's clause, past words the join cannot cross (a name, an apposition):
# "killed the governor of Aden, Jaafar Saad, and six of his bodyguards" is no lone death.
# The gap opens on the name or the office's place ("of Aden, X Y,"); a new clause after the count is another act ("and
# 4 others were injured").
_LATER_MORE = re.compile(r"(?:\s+of\b|\s*,|\s+(?-i:[A-Z]))[^.;]{0,80}?\s+and\s+(?:\d+|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|several|many|some|dozens|scores)\s+(?:of\s+(?:his|her|their)\s+[\w’'-]+|"
                         r"other\s+[\w’'-]+|others|more)\b(?!\s+(?:were|was|are|is|have|had)\b)", re.I)
_OTHERS = re.compile(r"\s+others\b", re.I)  # "6 other people" is a count of people ("4 other vehicles" is none)


def _lone_before(text: str, n: NumberMention, s0: int, headline: bool, caps: bool) -> int | None:
    """Start of a lone person listed before a count of people or others ("NATO soldier, 6 militants"), else None."""
    if not (_PEOPLE[caps][2].match(text, n.end) or _OTHERS.match(text, n.end)):
        return None
    seg = _segment(text, s0, n.start, headline)
    lone = _LONE_MEMBER[caps].fullmatch(text, seg, n.start)
    if lone is None:
        return named_member(text, seg, n.start, caps)  # "Sheikh Ahmed and two of his bodyguards"
    return seg + len(lone.group()) - len(lone.group().lstrip())


def _more_after(text: str, numbers: list[NumberMention], e: int, s1: int, used: set[int],
                caps: bool) -> tuple[NumberMention, int] | None:
    """A closed count of people right after a lone person (", 4 others", not "and 3 others were injured"); its end."""
    join = _MORE_JOIN.match(text, e, s1)
    if join is None:
        return None
    k = bisect.bisect_left(numbers, join.end(), key=lambda n: n.start)
    if k == len(numbers) or numbers[k].start != join.end() or numbers[k].start in used:
        return None
    n = numbers[k]
    if (others := _OTHERS.match(text, n.end, s1)) is not None and _CLOSED.match(text, others.end(), s1):
        return n, others.end()
    people = _PEOPLE[caps][3].match(text, n.end, s1)
    return None if people is None else (n, people.end())


def _plus(n: NumberMention, k: int) -> NumberMention:
    """n with k more people."""
    return NumberMention(n.start, n.end, n.text, None if n.low is None else n.low + k,
                         None if n.best is None else n.best + k, None if n.high is None else n.high + k)


def _one_bare(text: str, s0: int, kw: int, headline: bool) -> int | None:
    """Start of a lone person noun that opens a headline's last segment (in running text, a sentence after "the")."""
    seg = _segment(text, s0, kw, headline)
    m = _ONE_BARE.fullmatch(text, seg, kw)
    if m is None or not headline and not _THE.match(m.group().lstrip()):
        return None
    return seg + len(m.group()) - len(m.group().lstrip())


# "The other soldier was killed", "Another guard was wounded" is one; "The commander was killed along with 12
# fighters" tells more.
_THE = re.compile(r"(?:the|another)\s", re.I)
# "The other person killed was a farmer" names a victim already counted.
_ALONG = re.compile(r"\s+(?:along\s+with|together\s+with|alongside|with\s+\d|was|were|is|are)\b", re.I)


def _count_before(text: str, numbers: list[NumberMention], s0: int, kw: int,
                  used: set[int], caps: bool = False, post: bool = False) -> NumberMention | None:
    """The count before kw whose people reach it (with post: only through a victim's post-modifier)."""
    best = None
    i = bisect.bisect_left(numbers, kw - 200, key=lambda n: n.end)
    for n in numbers[i:]:
        if n.end > kw:
            break
        # An aside may lengthen the gap ("18 Taliban militants, including a commander named X, were killed").
        far = kw - n.end
        if n.start >= s0 and (far <= 70 or far <= 130 and _ASIDE_RE.search(text, n.end, kw)) and n.start not in used:
            if best is None or not _IN_ASIDE[caps].fullmatch(text, best.end, n.start):
                best = n  # a count inside an aside ("22, including 18 children, reported dead") is a part
    gap = _POST_GAP[caps] if post else _PEOPLE[caps][0]
    if post and best is not None and _LIST_OBJECT.search(text, max(s0, best.start - 40), best.start):
        return None  # a count right after another verb is its object ("detained 30 youths protesting ... killed")
    if best is not None and (people := gap.match(text, best.end, kw)):
        # "13 Taliban rebels killed"; not "2 Rifles soldier killed"
        return best if caps or _agrees(text, best, people, kw) else None
    if post:
        return None
    if best is None or text.startswith("of", best.end + 1) and not re.match(
            r"\s+of\s+(?:the\s+)?(?:other|others|people|civilians|residents|them|those)", text[best.end :]):
        return None  # "one of the drones": a member of a group, not a count of people
    return best if _GAP_BEFORE.match(text, best.end, kw) else None


def _agrees(text: str, n: NumberMention, people: re.Match[str], kw: int) -> bool:
    """Whether a count agrees with a person noun that ends the gap after a name: any count but one takes a plural."""
    who = people.group("who")
    return who is None or n.best == 1 or who.lower().endswith("s") or who.lower() in _PLURAL_NO_S \
        or not re.search(r"\b[A-Z]", text[n.end : people.start("who")]) \
        or not _SINGULAR_TAIL.fullmatch(text, people.end("who"), kw) or _NOUN_KEYWORD.match(text, kw) is not None


# Before a noun keyword the person word is an adjective: "10 civilian casualties", "12 rebel deaths".
_NOUN_KEYWORD = re.compile(r"(?:casualties|victims|deaths?|fatalities|injuries|bodies)\b", re.I)
_SINGULAR_TAIL = re.compile(r"(?:\s+(?:was|is|has|had|been|reportedly|also))*\s*", re.I)


# A list of tolls told before its keyword is no list when its first count is another verb's object ("Army detains 12
# Taliban, 3 civilians killed", "Police arrested 5 men and 2 civilians were killed"); a reporting verb or "leaves"
# opens one ("said 6 rebels and 1 soldier were killed", "Clash leaves 9 soldiers, 4 rebels dead").
_LIST_OBJECT = re.compile(r"\b(?:(?!(?:said|reported|confirmed|announced|added|stated)\b)[a-z]{3,}ed|(?:free|hold|take|"
                          r"capture|arrest|detain|seize|release|rescue|kidnap|abduct|nab)s?)\s+"
                          r"(?:(?:at\s+least|some|about|around|nearly|over|more\s+than|up\s+to)\s+)?$", re.I)


def _listed(text: str, numbers: list[NumberMention], n: NumberMention, kw: int, sent: Sentence, used: set[int],
            caps: bool) -> tuple[NumberMention, int, int]:
    """n with the counts of people listed beside it, summed ("Four soldiers, 37 insurgents" is 41); its indices."""
    _, member, nxt, closed = _PEOPLE[caps]
    i = j = k = bisect.bisect_left(numbers, n.start, key=lambda x: x.start)
    while n.start < kw and nxt.match(text, n.end, kw) and i > 0 and numbers[i - 1].start >= sent.start \
            and numbers[i - 1].start not in used and member.match(text, numbers[i - 1].end, numbers[i].start):
        i -= 1
    if i < k and _LIST_OBJECT.search(text, max(sent.start, numbers[i].start - 40), numbers[i].start):
        i = k  # "Army detains 12 Taliban, 3 civilians killed": the first count is another verb's object
    while n.start > kw and j + 1 < len(numbers) and numbers[j + 1].end <= sent.end \
            and numbers[j + 1].start not in used and member.match(text, numbers[j].end, numbers[j + 1].start) \
            and closed.match(text, numbers[j + 1].end, sent.end):
        j += 1
    if i == j:
        return n, i, j
    part = numbers[i : j + 1]

    def total(vs: list[int | None]) -> int | None:
        return None if None in vs else sum(v for v in vs if v is not None)

    return NumberMention(part[0].start, part[-1].end, text[part[0].start : part[-1].end], total([k.low for k in part]),
                         total([k.best for k in part]), total([k.high for k in part])), i, j


def _shared(text: str, numbers: list[NumberMention], m: re.Match[str], s1: int, out: list[CasualtyMention],
            kind: str, num: NumberMention) -> tuple[int, int] | None:
    """The span of both keywords where one shares its count with the other kind ("killed and wounded 20"), else None."""
    after = _SHARED_AFTER[kind].match(text, m.end())
    if after is None and num.end <= m.start() and not text[num.end : m.start()].strip():
        after = _SHARED_ADJ[kind].match(text, m.end())
    if after is not None and _count_after(text, numbers, after.end(), s1, set()) is None:
        return m.start(), after.end()
    prev = out[-1] if out else None  # "killed and wounded 20": the keyword before took no count
    if prev is not None and prev.kind not in (kind, "unsplit") and prev.count.text == prev.text \
            and prev.count.low is None and prev.count.best is None \
            and _SHARED_BEFORE.search(text, prev.start, m.start()) is not None:
        return prev.start, m.end()
    return None


# A figure after the keyword that measures time or distance, not people ("was killed some 50 meters from", "were
# murdered 9 days ago", "killed eight months ago"). The unit must meet a relation word or punctuation: "killed 6 day
# labourers", "11 block wardens" are people.
_UNIT_AFTER = re.compile(r"[\s-]+(?:(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|meters?|metres?|"
                         r"kilometers?|kilometres?|km|miles?|yards?|feet|blocks?)"
                         r"(?=\s*(?:from|away|ago|after|before|later|earlier|into|outside|off|inside|beyond|short|"
                         r"north|south|east|west|of\b|[,.;:()]|$))|ago\b)", re.I)
# "was murdered at approximately 1500 (2000 GMT)": a verb's "at" before a four-digit hhmm figure is a clock time (a
# noun's "at" is a toll: "put the toll at 1200"). "dead" is for "shot dead at 1430"; in "put the dead at 1500" it is a
# noun and would wrongly pass, a known gap (that toll gives no figure on main for another reason).
_AT_CLOCK = re.compile(r"\s*at\s+(?:(?:approximately|about|around|roughly)\s+)?", re.I)
_VERB_END = re.compile(r"(?:ed|dead|shot|slain)$", re.I)
_HHMM = re.compile(r"(?:\w+\s+)?(?:[01]\d|2[0-3])[0-5]\d")


def _not_count(text: str, n: NumberMention, kw_end: int) -> bool:
    """Whether the figure after a casualty keyword is a time, a distance or a clock time rather than a count."""
    # "killed dozens hours after": a vague plural ("dozens", "hundreds") is no span without "of".
    if _UNIT_AFTER.match(text, n.end) is not None and not n.text.lower().endswith("s"):
        return True
    return _AT_CLOCK.fullmatch(text, kw_end, n.start) is not None and _HHMM.fullmatch(n.text) is not None \
        and _VERB_END.search(text, max(0, kw_end - 6), kw_end) is not None


def _count_after(text: str, numbers: list[NumberMention], kw_end: int, s1: int,
                 used: set[int]) -> NumberMention | None:
    for n in numbers[bisect.bisect_left(numbers, kw_end, key=lambda n: n.start):]:
        if n.start >= kw_end and n.start < s1 and n.start - kw_end <= 40 and n.start not in used:
            if not _GAP_AFTER.match(text, kw_end, n.start) or _not_count(text, n, kw_end):
                return None
            return n
        if n.start > kw_end + 40:
            break
    return None


def _toll_after(text: str, numbers: list[NumberMention], m: re.Match[str], s1: int,
                used: set[int]) -> NumberMention | None:
    """The figure a "death toll in <what> rises to" phrase reaches, told after its where and what."""
    if not m.group(0).lower().endswith("toll"):
        return None
    for n in numbers[bisect.bisect_left(numbers, m.end(), key=lambda n: n.start):]:
        if n.start >= min(s1, m.end() + 110):
            break
        if n.start not in used and _TOLL_GAP.fullmatch(text, m.end(), n.start):
            return n
    return None


def _fallback_numbers(text: str) -> list[NumberMention]:
    # The numbers stage normally fills doc.numbers; used directly (tests, custom pipelines) we read them here.
    from eventwire.components.numbers import find_numbers

    return find_numbers(text, 0, len(text))


def make() -> Callable[[WorkDoc], WorkDoc]:
    """Factory for `casualties.rules.v1`."""

    def casualties(doc: WorkDoc) -> WorkDoc:
        doc.casualties = find_casualties(doc)
        return doc

    return casualties
