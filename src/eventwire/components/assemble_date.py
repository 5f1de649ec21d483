"""When an assembled event happened: the date told with its trigger, or one a few sentences before."""

from __future__ import annotations

import re
from datetime import timedelta

from eventwire.components.assemble_link import dateline_end, in_sentence
from eventwire.components.dates import story_day
from eventwire.components.lexicon import MONTH_STEMS
from eventwire.components.trigger_background import ANSWER_WORDS
from eventwire.components.trigger_parts import AND_VERB
from eventwire.pipeline.workdoc import DateMention, Trigger, WorkDoc

# "Jets hit another clinic, a day after raid on clinic killed 12": the strike came the day before.
_DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three)\s+days?\s+after\s+(?:[\w’'-]+\s+){0,4}$", re.I)
_N_DAYS = {"a": 1, "one": 1, "two": 2, "three": 3}
# "since late October", "since the end of October": the month is where a period begins, not an act's day.
_MONTH_PART = r"(?:early\s+|late\s+|mid-?\s*|the\s+(?:start|beginning|middle|end)\s+of\s+)?"
_SINCE = re.compile(r"\b(?:since|until|till)\s+" + _MONTH_PART + "$", re.I)
_FIRST_SINCE = re.compile(r"\b(?:first|worst|largest|biggest|heaviest|deadliest|strongest)\b[^.;()]*"
                          r"\bsince\s+" + _MONTH_PART + "$", re.I)

# "since March 29": a period from a day on.
_SINCE_DAY = re.compile(r"\bsince\s+$", re.I)
# "have recaptured", "has also liberated": the trigger's verb in the present perfect, active.
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:(?:\w+ly|also|already|now)\s+)?$", re.I)


def event_date(doc: WorkDoc, t: Trigger, lookback: int) -> DateMention | None:
    """The date a trigger's event happened on, from its sentence or the few before it (None: undated)."""
    s = doc.sentences[t.sentence]
    m = _DAYS_AFTER.search(doc.text, max(s.start, t.start - 60), t.start)
    if m is not None:
        ref = _near_date(doc, t, lookback)
        base = ref.start_date if ref is not None else story_day(doc)
        if base is not None:
            day = base - timedelta(days=_N_DAYS[m.group("n").lower()])
            return DateMention(m.start(), m.end(), m.group(0).strip(), day, day, "day", relative=True)
    return _near_date(doc, t, lookback)


# Any verb told as going on (present only, unlike lexicon.DOING, which also takes "were conducting" for the rules).
# "are also fighting near Soledar", "are again shelling X", "are already shelling X": with also / again / already
# between the auxiliary and the -ing, the verb is still a present progressive.
_PRESENT = re.compile(r"\b(?:is|are|am|ha(?:ve|s)\s+been)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+|again\s+|already\s+){0,2}"
                      r"(?!being\b)\w+ing\b|\bcontinues?\s+(?:to|\w+ing)\b")
# "are working to identify suspects who attacked", "continues to seize upon the strike": the present verb is not
# the trigger's own.
_NOT_OWN_VERB = re.compile(r"\b(?:that|who|which|whom|to|upon|on|of|about|after|for|with)\b|[,;]")
# Nor is a verb about an act with the act as its determiner-led object ("police are also investigating the attack on
# a mosque", "officials are documenting the strike"): the inquiry goes on now, the act was on its own day. A verb of
# doing keeps it ("are continuing their assault on X", "are still pressing their attacks"): that act is going on.
_ABOUT_ACT = re.compile(r"(?:investigat|examin|prob|document|report|review|assess|condemn|deny|confirm|"
                        r"verify|inspect|analy[sz]|denounc|mourn|commemorat|recall)ing$", re.I)
_ACT_OBJECT = re.compile(r"\b(?:the|an?|its|their|it)\b")
_TOLD_THAT = re.compile(r",?\s+that\b")
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|where)\b")
_WHICH_CLAUSE = re.compile(r",\s*(?:which|who|whom|where)\b[^,;()]*$", re.I)
_PERIOD_BEFORE = re.compile(r"\b(?:between|since|until|till|from|by)\s+$", re.I)
# "aim to take Kupiansk by the end of winter": a deadline, not the day a later sentence's event happened.
_DEADLINE = re.compile(r"\b(?:by|before|until)\s+(?:the\s+)?(?:end|middle|start|beginning|close)\s+of\s+$", re.I)


def _near_date(doc: WorkDoc, t: Trigger, lookback: int) -> DateMention | None:
    # The date in the trigger's sentence nearest the trigger, else the latest one a few sentences back. A reported
    # event happened by publication: a later date belongs to something planned ("will meet on Tuesday after the
    # strike").
    pub = story_day(doc) if t.status in ("asserted", "historical") else None
    if pub is not None:  # a dateline's day one off publication: the later of the two bounds what was reported
        pub = max(pub, doc.article.published_date or pub)
    same = [d for d in in_sentence(doc, "dates", t.sentence) if d.start_date and not (pub and d.start_date > pub)
            and not _aside(doc, d, t) and not _later_cause(doc, d, t)
            and not _earlier_cause(doc, d, t) and not _answered(doc, d, t)]
    # "the first attack on Slovyansk since early June", "the worst night since February 24": the event is new; the
    # date after "since" is the last time such a thing happened (unlabelled ISW). A bare period ("398 soldiers
    # killed since 11 November") keeps its start date: MUC keys date such tallies from it.
    near = min(same, key=lambda d: abs(d.start - t.start)) if same else None
    if near is not None and _FIRST_SINCE.search(doc.text, max(doc.sentences[t.sentence].start, near.start - 120),
                                                near.start):
        return None
    if near is not None and _SINCE_DAY.search(doc.text, max(0, near.start - 12), near.start) and _PERFECT.search(
            doc.text, max(doc.sentences[t.sentence].start, t.start - 40), t.start) and near.precision == "day":
        # "forces have recaptured Lisovo and Buzova since March 29": a span that runs to the report, dated on its
        # last day (the report's); a tally ("have been killed since") keeps the day it counts from.
        return None
    if len(same) > 1 and not _PRESENT.search(doc.text, max(doc.sentences[t.sentence].start, t.start - 40), t.end):
        # "are still bombing the airstrip captured on March 22": going on as filed, so a wire dateline's day is not
        # dropped. Since round 98 "have been shelling X" counts as going on here too (the same _PRESENT as below).
        same = _past_dateline(doc, same, t)
    if len(same) > 1:
        # "said on May 9 that Russian troops took Vesele ... on May 8": the date before "that" is
        # when it was told; a day in the told clause is when it happened. Not a day in a relative clause after the
        # trigger ("assaults that began on March 26"), nor a period ("between September 1-8", "the past week").
        told = [d for d in same if d.end <= t.start and _TOLD_THAT.match(doc.text, d.end)]
        inner = [d for d in same if told and d.start > told[-1].end and d.precision == "day"
                 and not _RELATIVE.search(doc.text, t.end, d.start)
                 and not _PERIOD_BEFORE.search(doc.text, max(0, d.start - 12), d.start)]
        if told and inner:
            same = inner
        # "retook Lukashivka ... on April 2 and entered Yahidne on April 3": a day before an "and" that opens the
        # trigger's coordinated clause dates the clause before it; the day told after the trigger, in its own clause,
        # dates it.
        before = [d for d in same if d.end <= t.start and _AND_CLAUSE.fullmatch(doc.text, d.end, t.start)]
        after = [d for d in same if d.start >= t.end and d.precision == "day"
                 and not _CLAUSE_BREAK.search(doc.text, t.end, d.start)
                 and not _PERIOD_BEFORE.search(doc.text, max(0, d.start - 12), d.start)]
        if before and after:
            same = after
        # "attacked near Selydove, which Russian troops seized in September, on Tuesday": a date inside a
        # non-restrictive relative clause after the trigger dates that clause's verb; the day told after the clause
        # closes is the act's own.
        aside = [d for d in same if d.start >= t.end and _WHICH_CLAUSE.search(doc.text, t.end, d.start)]
        own = [d for d in same if d not in aside]
        if aside and own and max(d.start for d in own) > min(d.end for d in aside):
            same = own
    if same:
        return min(same, key=lambda d: abs(d.start - t.start))
    m = _PRESENT.search(doc.text, max(doc.sentences[t.sentence].start, t.start - 40), t.end)
    if m is not None and not _NOT_OWN_VERB.search(doc.text, m.end(), max(m.end(), t.start)) and not (
            _ABOUT_ACT.search(m.group(0)) and _ACT_OBJECT.search(doc.text, m.end(), max(m.end(), t.start))):
        # "Hromov said that Russian units are fighting near Klynove", "continue to shell": happening as
        # the report is written, not on a day an earlier sentence told (unlabelled ISW). So is "troops have been
        # conducting ground attacks near X" (gold dev, ISW round 98): not the day of "over the last month" before it.
        return None
    # A new paragraph starts a new story thread; "since March 11", "between November 1 and 3" or "in the past week"
    # bound a period told for that sentence's own events, not the day of a later sentence's event (unlabelled ISW).
    ongoing = _CONTINUED.search(doc.text, doc.sentences[t.sentence].start, t.end) is not None
    prev = [d for i in range(max(0, t.sentence - lookback), t.sentence) for d in in_sentence(doc, "dates", i)
            if d.start_date and not (pub and d.start_date > pub) and "\n" not in doc.text[d.end : t.start]
            and not _SINCE.search(doc.text, max(0, d.start - 30), d.start) and d.precision != "week"
            and not _PERIOD_BEFORE.search(doc.text, max(0, d.start - 12), d.start)
            and not _DEADLINE.search(doc.text, max(0, d.start - 40), d.start)
            and not (ongoing and pub and d.start_date < pub - _CARRY_DAYS)]
    if prev and _POSTED.search(doc.text, max(0, prev[-1].start - 30), prev[-1].start):
        return None  # the latest day told is when a post went up: the act is the report's, not an older day's
    return prev[-1] if prev else None


def denial_day(doc: WorkDoc, d: DateMention, own: set[int]) -> bool:
    """True when day d, borrowed from outside sentences `own`, is the story's day told only in a denial."""
    # "Russian forces did not make ground assaults near Kharkiv City on August 7. Russian forces struck ...": the strike
    # keeps August 7, but the denial is no evidence of it; the story's day needs none. A denial of another day is
    # still quoted: that day is what it tells (issue #4; session 25 review D2: the day is kept, so merging is unchanged).
    # A sentence with no trigger ("did not make confirmed advances") is no denial here, and its quote stays.
    si = doc.sentence_of(d.start)
    if si < 0 or si in own or d.start_date is None or d.start_date != story_day(doc):
        return False
    told = [u for u in doc.triggers if u.sentence == si]
    return bool(told) and all(u.status == "negated" for u in told)


# "BAHRAIN, May 12 - Unidentified jets attacked two platforms on May 9": the dateline's day is when it was filed; a
# day the lead tells is when it happened.
# A day told as the act's ("on May 9", "yesterday", "last Monday"), not a name ('the "9 MAY" Liberation Forces') nor
# another act's ("Friday's ambush", "an American kidnapped on May 3", "a week after guerrillas attacked ... on May 5").
_TOLD_DAY = re.compile(r"(?:yesterday|overnight|last\s|early\s|late\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day)", re.I)
_ON = re.compile(r"\bon\s+$", re.I)
# "the army said today its troops killed 412 rebel fighters ... on Sunday": the day it was told.
_SAID = re.compile(r"\b(?:said|reported|announced|stated)\s+$", re.I)
# Between the act and its own day: no other act's participle ("kidnapped on", "captured by troops on") and no
# "since/after/before" ("since the truce on April 26").
_OTHER_ACT = re.compile(r"\b(?:since|after|before|until)\b|\b(?!occurred|happened)\w{3,}ed\s+(?:on|by|in|from|at)\b|"
                        r"\b(?:(?:re)?taken|held|won|lost|overrun|caught|seen|beaten|driven|shot|hit|struck)\s+by\b", re.I)
# A clause break after the act; not a comma, which may open an apposition ("the killing of X, leader of Y, in Z on
# 12 January").
# Nor an "and" between nouns ("leader of the movement and the party"); "and fled on May 10" is another verb's.
_OWN_BREAK = re.compile(r"[;()]|\band\s+(?:\w+ly\s+)?\w+ed\b|\b(?:but|while|when|reported|said|announced|according)\b",
                        re.I)
# "clashes that occurred on 20 January": a relative clause that only dates the act.
_OCCURRED = re.compile(r"\b(?:that|which)\s+(?:\w+ly\s+)?(?:occurred|took\s+place|happened)\b", re.I)


# 'a "limited and fitting reply" to the rebel rocket attack last Tuesday': what the act answered, and when.
# Not past a comma ("in retaliation for the raid, the army said on Monday").
_ANSWERED = re.compile(r"\b" + ANSWER_WORDS + r"[\"”’']?\s+(?:to|for)\s+[^;(),]{0,80}$", re.I)
_MONTH = re.compile(r"\d|" + MONTH_STEMS, re.I)


def _answered(doc: WorkDoc, d: DateMention, t: Trigger) -> bool:
    """Whether a date after the trigger dates the thing its act answered."""
    # A day of the month dates the answered act only where a wire dateline dates the act: in a report without one
    # ("shelled Kharkiv in retaliation for strikes on Belgorod on May 11") it is the act's own day.
    if _MONTH.search(d.text) and not dateline_end(doc):
        return False
    return d.start >= t.end and _ANSWERED.search(doc.text, max(t.end, d.start - 120), d.start) is not None


def _own_clause(doc: WorkDoc, d: DateMention, t: Trigger) -> bool:
    """Whether a date sits in the trigger's own clause, with no other act's phrase between them."""
    a, b = (t.end, d.start) if d.start >= t.end else (d.end, t.start)
    rel = _RELATIVE.search(doc.text, a, b)
    if rel is not None and _OCCURRED.match(doc.text, rel.start()) and not _RELATIVE.search(doc.text, rel.end(), b):
        rel = None
    return rel is None and not _OTHER_ACT.search(doc.text, a, b) and ";" not in \
        doc.text[a:b] and not _PERIOD_BEFORE.search(doc.text, max(0, d.start - 12), d.start) and \
        (d.start < t.end or not _OWN_BREAK.search(doc.text, a, b))


def _past_dateline(doc: WorkDoc, same: list[DateMention], t: Trigger) -> list[DateMention]:
    """The sentence's dates less a wire dateline's and the day it was told, when the act's own day is told."""
    cut = dateline_end(doc)
    own = [d for d in same if d.end > cut and not _SAID.search(doc.text, max(0, d.start - 12), d.start)]
    told = [d for d in own if d.precision == "day" and not _POSSESSIVE.match(doc.text, d.end) and (
        _TOLD_DAY.match(d.text) or _ON.search(doc.text, max(0, d.start - 4), d.start)) and _own_clause(doc, d, t)]
    return own if len(own) < len(same) and told else same


_AND_CLAUSE = re.compile(r"\s+" + AND_VERB, re.I)
# "A video shared online on June 3 earlier showed ...": the day a post went up dates the post, not a
# later sentence's act ("Russian units also made local ground attacks near Pobieda").
_POSTED = re.compile(r"\b(?:posted|published|released|shared|uploaded|circulated|aired)\s+(?:\w+\s+)?on\s+$", re.I)
# A day after a report verb is when it was told ("shelled Sumy as reported on April 30"), not the act's.
_CLAUSE_BREAK = re.compile(r"[,;()]|\b(?:and|but|while|after|before|when|which|that|reported|said|announced|"
                           r"according)\b", re.I)


# A date told in brackets is an aside ("a counterattack (begun on April 16) ... on April 17-18"), not the day of a
# trigger outside them.
_OPEN_PAREN = re.compile(r"\([^()]*$")
# "Russian forces continued assaults near Lysychansk" goes on as the report is written: a day long before
# publication told in an earlier sentence for another event ("a BTG crossing at Bilohorivka on May 15" in a June 29
# report) does not date it. A narrative sentence after an old date ("eventually captured Lysychansk") keeps it.
_CONTINUED = re.compile(r"\bcontinu(?:e|es|ed|ing)\b|\badditionally\b", re.I)  # "additionally fired at" (check set)
_CARRY_DAYS = timedelta(days=7)


# "renewed attacks on the plant after the end of the June 5 ceasefire", "shelled two platforms in
# response to Friday's missile attack": a date after such a link names the thing the act followed or answered.
ANSWER_LINK = r"in\s+" + ANSWER_WORDS + r"\s+(?:to|for)"  # shared with headline.py
_LINK = re.compile(r"\b(?:following|after|" + ANSWER_LINK + r"|ahead\s+of|prior\s+to)\s+"
                   r"(?:(?:the|an?|this|its|their)\s+)?(?:[\w’'-]+\s+){0,4}?(?:(?:the|an?)\s+)?$", re.I)
# "the May 2 evacuation", "the Kremlin's March 12 threat", "Friday's missile attack": a date is a noun's only after a
# determiner or a possessive, or before "'s"; "after midnight on May 2 with heavy rockets" is the act's own date.
_NOUN_DATE = re.compile(r"(?:\b(?:the|an?|this|its|their|his|her|our)|['’]s)\s+$", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
_OWN_NOUN = re.compile(r"(?:['’]s)?\s+(?!and\b|or\b|to\b|in\b|on\b|at\b|when\b|that\b)[a-z]", re.I)


def _later_cause(doc: WorkDoc, d: DateMention, t: Trigger) -> bool:
    """Whether a date after the trigger qualifies the noun of a "following / in response to" phrase."""
    if d.start < t.end or any(c in doc.text[t.end : d.start] for c in ",;()"):
        return False
    if _LINK.search(doc.text, t.end, d.start) is None or _OWN_NOUN.match(doc.text, d.end) is None:
        return False
    return _NOUN_DATE.search(doc.text, max(t.end, d.start - 12), d.start) is not None \
        or _POSSESSIVE.match(doc.text, d.end) is not None or doc.text[d.start : d.start + 4].lower() == "the "


# "In response to Friday's ambush the army shelled X": a date right after an answering link, whose noun is followed by
# the act's own clause, is the answered attack's. Not "After Friday prayers, protesters marched" (the act's own day).
_LINK_BEFORE = re.compile(r"\b" + ANSWER_LINK + r"\s+(?:(?:the|an?|this|its|their)\s+)?$", re.I)
_NEW_CLAUSE = re.compile(r"(?:['’]s)?\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?(?:,\s*|\s+(?:the|an?|its|their|it|they|he|she|we)\s)",
                         re.I)


def _earlier_cause(doc: WorkDoc, d: DateMention, t: Trigger) -> bool:
    """Whether a date before the trigger qualifies the noun of a "following / in response to" phrase opening it."""
    if d.end > t.start or _LINK_BEFORE.search(doc.text, max(0, d.start - 30), d.start) is None:
        return False
    return _NEW_CLAUSE.match(doc.text, d.end, t.start) is not None


def _aside(doc: WorkDoc, d: DateMention, t: Trigger) -> bool:
    """Whether a date sits in parentheses that do not also hold the trigger."""
    start = doc.sentences[t.sentence].start
    m = _OPEN_PAREN.search(doc.text, start, d.start)
    if m is None or ")" not in doc.text[d.end : d.end + 40]:
        return False
    return not m.start() < t.start < doc.text.find(")", d.end)
