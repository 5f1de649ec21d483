"""Casualties: killed and injured people with their counts (injured are never counted as killed)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from eventwire.components.actors import load_lexicon
from eventwire.components.trigger_rules import _NATIONALS
from eventwire.components.triggers import KeywordGate, is_heading
from eventwire.model import Count
from eventwire.pipeline.workdoc import CasualtyMention, NumberMention, Sentence, WorkDoc

KILLED = r"death\s+toll|(?<=bringing\s)(?:the\s+)?toll|killed|kills|kill|dead|died|die|deaths?|lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|" \
         r"fatalities|perished|slain|slaying|slayings|slaughtered|murdered|massacred|executed|bodies|killing"
INJURED = r"injured|injuries|injuring|injures?|wounded|wounding|hurt|hospitali[sz]ed|injury|wounds"
UNSPLIT = r"casualties|victims"
_KEYWORDS = re.compile(rf"\b(?:(?P<killed>{KILLED})|(?P<injured>{INJURED})|(?P<unsplit>{UNSPLIT}))\b", re.I)
# "22, including 18 children, reported dead", "18 militants, including a commander, were killed": an aside.
_ASIDE = r"(?:,\s+(?:including|among\s+them|among\s+whom)\s+[^,;]{1,60},)"
# Between a count and its keyword: nouns for people and auxiliaries only ("four people were", "dozens of
# others were reportedly"). A verb or a clause break in between means the count belongs to something else.
_GAP_BEFORE = re.compile(
    r"(?:\s*(?:of\s+(?:the\s+)?)?(?:other|others|more|people|persons|civilians|residents|children|women|men|"
    r"soldiers|servicemen|troops|police(?:men)?|officers|guards|peasants|villagers|workers|students|"
    r"passengers|fighters|militants|rebels|guerrillas|members|person|civilian|child|man|woman|soldier|"
    r"policeman|officer|were|was|have|has|had|been|are|is|reportedly|later|also|all|each|seriously|"
    r"critically|badly|severely|slightly|lightly|mortally|fatally|in\s+total|total|and|or|the|more|"
    r"(?:ukrainian|russian|israeli|palestinian|syrian|salvadoran|colombian|peruvian|guatemalan|lebanese|iraqi|"
    r"afghan|pakistani|indian|yemeni|sudanese|somali|nigerian|american|iranian|kurd|gazan|afghan)s?|local|"
    r"reported|feared|believed|now|shot|found|"
    # Headline victims: "2 staffers were killed", "seven hostages killed", "kill 2 men".
    r"aid|staff(?:ers?)?|journalists|reporters|hostages|captives|brothers|sisters|farmers|herders|traders|"
    r"miners|pilgrims|worshippers|relatives|medics|doctors|nurses|teachers|policemen|gendarmes|militiamen|"
    r"insurgents|jihadists|terrorists|suspected|islamists|girls|boys|babies|kids|family|"
    r"including|at\s+least|confirmed|being|left|dead|injured|wounded|killed)\b|" + _ASIDE + r")*\s*$", re.I)
# A count of named people: "13 Taliban rebels", "Three Turkish soldiers", "Two DR Congo police", "3 cops",
# "7 World Central Kitchen aid workers", "21 Taliban", "Twelve members of the regular forces": up to four modifiers
# (capitalised words, a few lower-case kinds) before a person noun, a people in the plural or an armed group's name.
_PERSON = (r"(?:people|persons?|civilians?|residents?|children|child|wom[ae]n|m[ae]n|boys?|girls?|babies|kids|teens?|"
           r"teenagers?|youths?|soldiers?|servicem[ae]n|troops|troopers?|jawans?|cops?|police(?:m[ae]n)?|officers?|"
           r"officials?|guards?|personnel|forces|fighters?|militants?|rebels?|guerrillas?|insurgents?|jihadists?|"
           r"terrorists?|extremists?|separatists?|islamists?|militiam[ae]n|militias?|gunmen|attackers?|bandits?|"
           r"combatants?|loyalists?|opponents?|oppositions?|members?|supporters?|experts?|advisers?|commanders?|"
           r"workers?|staff(?:ers?)?|volunteers?|journalists?|reporters?|medics?|doctors?|nurses?|teachers?|"
           r"students?|pilgrims?|worshippers?|villagers?|peasants?|farmers?|herders?|traders?|miners?|passengers?|"
           r"drivers?|hostages?|captives?|prisoners?|detainees?|refugees?|migrants?|relatives?|brothers?|sisters?|"
           r"gendarmes?|peacekeepers?|(?-i:Kurds|Britons|Taliban|Taleban))")
_GROUP_NAMES = "|".join(sorted({a for g in load_lexicon("groups")["groups"] if g.get("sector") not in ("IGO", "NGO")
                                for a in g["aliases"] if re.fullmatch(r"[A-Z][\w-]+", a)}, key=len, reverse=True))
# A capitalised modifier is a name ("Taliban", "DR Congo") or a short acronym ("NDF", "ISIS"), never a function word;
# all-caps wire copy has none (every word there looks like one).
_FUNCTION = r"(?!(?:the|and|or|of|in|on|at|by|to|for|with|from|as|an?|were|was|is|are|have|has|had|been|who|that)\b)"
_CAPITALISED = rf"{_FUNCTION}(?-i:[A-Z][\w’'.-]*[a-z][\w’'.-]*|[A-Z][A-Z.]{{1,4}}s?\b)"
_KINDS = (r"security|displaced|young|armed|suspected|alleged|unidentified|unknown|regime|regular|government|"
          r"pro-government|anti-government|army|rebel|militia|opposition|foreign|aid|local|other|more|police|state|"
          r"military|paramilitary|tribal|border|relief")


def _people(caps: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns of a count's named people: the gap to its keyword, a list member before another, a next member."""
    mod = f"(?:{_KINDS})" if caps else f"(?:{_CAPITALISED}|{_KINDS})"
    head = rf"\s+(?:of\s+(?:the\s+)?)?(?:{mod}\s+){{0,4}}?#?(?:{_PERSON}|(?-i:{_NATIONALS}|{_GROUP_NAMES}))\b"
    # "Nine members of a family killed": people (of a group), then the plain gap.
    gap = re.compile(head + rf"(?:\s+of\s+(?:the\s+|an?\s+|one\s+)?(?:{mod}\s+){{0,3}}?(?:{_PERSON}|famil(?:y|ies)|"
                     r"households?|crews?|units?)\b)?" + _GAP_BEFORE.pattern, re.I)
    # A list of counts told with one keyword ("Twelve soldiers, 26 insurgents killed", "kill 2 police and 3
    # civilians"): the event's toll is their sum.
    return gap, re.compile(rf"{head}\s*(?:,\s*(?:and\s+)?|and\s+)$", re.I), re.compile(head, re.I)


_PEOPLE = {caps: _people(caps) for caps in (False, True)}
_IN_ASIDE = re.compile(r"[^,;]{0,40},\s+(?:including|among\s+them|among\s+whom)\s+[^,;]*", re.I)  # an open aside
# "kills prominent scientist Sufyan Tayeh", "killed a Hamas deputy leader": one person, no number given.
_ONE_AFTER = re.compile(r"\s+(?:a\s+|an\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:leader|commander|chief|scientist|"
                        r"journalist|official|general|colonel|soldier|man|woman|boy|girl|child|civilian|policeman|"
                        r"officer|mayor|spokesman|doctor|activist|photographer|priest|teacher|judge|politician|"
                        r"recruit|student|farmer|driver|worker|employee|guard|daughter|son|wife|husband|father|"
                        r"mother|brother|sister|teenager|baby)\b(?!-)",
                        re.I)
_VERB_KILL = frozenset({"kill", "kills", "killed", "killing"})
_GAP_AFTER = re.compile(r"\s*(?:(?:at\s+least|rose|risen|climbed|increased|reached|stands|stood|now|to|at|of|"
                        r"rises|climbs|reaches|jumps|hits|tops|soars|mounts|"
                        r"is|was|has|had|been|some|another|an\s+additional|a\s+further)\s+)*$", re.I)
# "no one was hurt", "no-one was injured", "nobody died", "no injuries" (the keyword right after "no").
_NONE = re.compile(r"(?:\b(?:no[\s-]+(?:one|deaths?|casualties|injuries|fatalities)|nobody)\b[^.;]{0,25}|\bno\s+)$",
                   re.I)
_ONE = re.compile(r"\b(?:a|an)\s+(?:\w+\s+)?(?:person|man|woman|child|boy|girl|civilian|soldier|policeman|"
                  r"officer|resident|guard|driver|journalist)\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?$", re.I)
# A headline's lone person before the keyword: "Officer killed, 4 troops hurt", "Landmine explosion | Regime soldier
# killed", "Teen killed as ...". Read on the sentence's last segment (after "|" or ":").
_ONE_BARE = re.compile(r"\s*(?:[\w’'-]+\s+){0,2}?(?:soldier|officer|policeman|policewoman|civilian|teen|teenager|boy|"
                       r"girl|man|woman|child|terrorist|militant|rebel|insurgent|journalist|farmer|villager|student|"
                       r"worker|commander|leader|guard|trooper|jawan|cop|resident|activist|protester|official)"
                       r"\s+(?:was\s+|has\s+been\s+|is\s+)?", re.I)
# "dead" and "killed" in phrases that are not about people dying in this event.
_NOT_CASUALTY = re.compile(r"(?:\s+(?:end|heat|line|zone|weight)|\s+(?:drones?|missiles?)\b)", re.I)
# "Ten NDF members killed and injured", "20 soldiers killed or wounded", "killed, wounded dozens": one count for both
# kinds is a count of casualties, which fills neither figure.
_BOTH = r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|/\s*|&\s*)"
_SHARED_AFTER = re.compile(rf"{_BOTH}(?:{KILLED}|{INJURED})\b", re.I)
_SHARED_BEFORE = re.compile(rf"\b(?:{KILLED}|{INJURED}){_BOTH}$", re.I)
_LOWER = re.compile(r"[a-z]")
# "Death toll in Israeli attack on displaced Palestinians in Rafah rises to 45".
_TOLL_GAP = re.compile(r"\s+(?:in|of|from|after|at)\s+[^.;:,]{1,80}?\s+(?:has\s+)?(?:rises|rose|risen|climbs|climbed|"
                       r"reaches|reached|hits|jumps|jumped|tops|topped|soars|soared|mounts|stands|stood|increases|"
                       r"increased|passes|passed)\s+(?:to\s+)?(?:at\s+)?", re.I)


def _kind(m: re.Match[str]) -> str:
    return "killed" if m.group("killed") else "injured" if m.group("injured") else "unsplit"


_GATE = KeywordGate("""kill dead died die death lost fatalit perish slain slay slaughter murder massacr execut bodies
injur wound hurt hospital casualt victim""".split())
# "eight people died of the yet unidentified disease": deaths no one inflicted are no casualties of violence.
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
        caps = not _LOWER.search(text, sent.start, sent.end)
        before = _count_before(text, numbers, sent.start, m.start(), used, caps)
        after = _count_after(text, numbers, m.end(), sent.end, used) or _toll_after(text, numbers, m, sent.end, used)
        # "2 gunmen kill 5 police": before an active "kill", the count is the killers'.
        num = (after or before) if m.group(0).lower() in ("kill", "kills") else (before or after)
        if num is not None:
            num = _listed(text, numbers, num, m.start(), sent, used, caps)
            used.update(n.start for n in numbers if num.start <= n.start < num.end)
            s, e = min(num.start, m.start()), max(num.end, m.end())
            count = Count(low=num.low, best=num.best, high=num.high, text=text[s:e])
            if kind != "unsplit" and _shared(text, numbers, m, sent.end, out):
                kind = "unsplit"
        elif _NONE.search(text, max(sent.start, m.start() - 40), m.start()):
            s, e = _NONE.search(text, max(sent.start, m.start() - 40), m.start()).start(), m.end()  # type: ignore[union-attr]
            count = Count(low=0, best=0, high=0, text=text[s:e])
        elif kind == "killed" and m.group(0).lower() in _VERB_KILL and (
                one_after := _ONE_AFTER.match(text, m.end(), sent.end)) is not None:
            s, e = m.start(), one_after.end()
            count = Count(low=1, best=1, high=1, text=text[s:e])
        elif (one := _ONE.search(text, max(sent.start, m.start() - 50), m.start())) is not None:
            s, e = one.start(), m.end()
            count = Count(low=1, best=1, high=1, text=text[s:e])
        elif (bare := _one_bare(text, sent.start, m.start())) is not None:
            s, e = bare, m.end()
            count = Count(low=1, best=1, high=1, text=text[s:e])
        else:
            s, e = m.start(), m.end()
            count = Count(text=text[s:e])
        out.append(CasualtyMention(s, e, text[s:e], si, kind, count))
    return _stated_zeros(out)


def _stated_zeros(out: list[CasualtyMention]) -> list[CasualtyMention]:
    """"No one was injured" also says that nobody was killed (unless the sentence tells a death toll)."""
    killed = {c.sentence for c in out if c.kind == "killed"}
    res: list[CasualtyMention] = []
    for c in out:
        res.append(c)
        if c.kind == "injured" and c.count.high == 0 and c.sentence not in killed:
            res.append(CasualtyMention(c.start, c.end, c.text, c.sentence, "killed", c.count.model_copy()))
    return res


def _one_bare(text: str, s0: int, kw: int) -> int | None:
    """Start of a lone person noun that opens the sentence's last segment and ends at the keyword, else None."""
    seg = max(s0, text.rfind("|", s0, kw) + 1, text.rfind(":", s0, kw) + 1)
    m = _ONE_BARE.fullmatch(text, seg, kw)
    return None if m is None else seg + len(m.group()) - len(m.group().lstrip())


def _count_before(text: str, numbers: list[NumberMention], s0: int, kw: int,
                  used: set[int], caps: bool = False) -> NumberMention | None:
    best = None
    i = bisect.bisect_left(numbers, kw - 200, key=lambda n: n.end)
    for n in numbers[i:]:
        if n.end > kw:
            break
        if n.start >= s0 and kw - n.end <= 70 and n.start not in used:
            if best is None or not _IN_ASIDE.fullmatch(text, best.end, n.start):
                best = n  # a count inside an aside ("22, including 18 children, reported dead") is a part
    if best is not None and _PEOPLE[caps][0].match(text, best.end, kw):
        return best  # "Scores of insurgents killed", "13 Taliban rebels killed"
    if best is None or text.startswith("of", best.end + 1) and not re.match(
            r"\s+of\s+(?:the\s+)?(?:other|others|people|civilians|residents|them|those)", text[best.end :]):
        return None  # "one of the drones": a member of a group, not a count of people
    return best if _GAP_BEFORE.match(text, best.end, kw) else None


def _listed(text: str, numbers: list[NumberMention], n: NumberMention, kw: int, sent: Sentence, used: set[int],
            caps: bool) -> NumberMention:
    """n with the counts of people listed beside it, summed ("Four soldiers, 37 insurgents" is 41)."""
    _, member, nxt = _PEOPLE[caps]
    i = j = numbers.index(n)
    while n.start < kw and nxt.match(text, n.end, kw) and i > 0 and numbers[i - 1].start >= sent.start \
            and numbers[i - 1].start not in used and member.match(text, numbers[i - 1].end, numbers[i].start):
        i -= 1
    while n.start > kw and j + 1 < len(numbers) and numbers[j + 1].end <= sent.end \
            and numbers[j + 1].start not in used and member.match(text, numbers[j].end, numbers[j + 1].start) \
            and nxt.match(text, numbers[j + 1].end, sent.end):
        j += 1
    if i == j:
        return n
    part = numbers[i : j + 1]

    def total(vs: list[int | None]) -> int | None:
        return None if None in vs else sum(v for v in vs if v is not None)

    return NumberMention(part[0].start, part[-1].end, text[part[0].start : part[-1].end], total([k.low for k in part]),
                         total([k.best for k in part]), total([k.high for k in part]))


def _shared(text: str, numbers: list[NumberMention], m: re.Match[str], s1: int, out: list[CasualtyMention]) -> bool:
    """Whether a keyword shares its count with the other kind ("killed and wounded 20"), unless that has its own."""
    after = _SHARED_AFTER.match(text, m.end())
    if after is not None and _count_after(text, numbers, after.end(), s1, set()) is None:
        return True
    prev = out[-1] if out else None  # "killed and wounded 20": the keyword before took no count
    return prev is not None and prev.count.text == prev.text and prev.count.low is None and prev.count.best is None \
        and _SHARED_BEFORE.search(text, prev.start, m.start()) is not None


def _count_after(text: str, numbers: list[NumberMention], kw_end: int, s1: int,
                 used: set[int]) -> NumberMention | None:
    for n in numbers[bisect.bisect_left(numbers, kw_end, key=lambda n: n.start):]:
        if n.start >= kw_end and n.start < s1 and n.start - kw_end <= 40 and n.start not in used:
            return n if _GAP_AFTER.match(text, kw_end, n.start) else None
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
