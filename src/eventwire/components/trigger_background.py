"""Attacks named as background, fear or description rather than told as news (gold README: not labelled)."""

from __future__ import annotations

import re
from datetime import timedelta

from eventwire.components.assemble_link import MAX_AGE_DAYS
from eventwire.components.lexicon import MONTH, MONTH_NAMES, MONTH_STEMS, WEEKDAY_NAMES
from eventwire.components.trigger_refs import place_in
from eventwire.pipeline.workdoc import WorkDoc

# Rules by name, so a benchmark or a test can switch one off to weigh it.
DISABLED: set[str] = set()

# The attack nouns a reference names ("since the Hamas attack", "over feared Rafah attack").
_NOUN = re.compile(r"(?:attacks?|assaults?|offensives?|invasion|strikes?|airstrikes?|bombings?|raids?|massacres?|"
                   r"killings?)$", re.I)

# "How many captives remain held since the militia's raid on the border towns?", "the worst violence since the Mumbai
# attacks": a past start point, not an event told as news. "It is 3 days now since the shooting" dates a recent
# event instead (MUC dev).
_SINCE = re.compile(r"(?<!days\s)(?<!weeks\s)(?<!hours\s)(?<!months\s)\bsince\s+(?:the\s+|last\s+(?:\w+['’]s\s+)?)?(?:[\w’'.-]+\s+){0,3}$", re.I)
_SINCE_TIME = re.compile(r"\bsince\s+(?:the\s+)?(?:\w+\s+)?(?:\d|(?:" + MONTH_NAMES + "|" + WEEKDAY_NAMES +
                         r"|yesterday|last|early|late|mid|dawn|morning|evening|noon|midnight)\b)", re.I)  # not "Mayor"

# "Village Councils Weigh Their Future After Militia Attacks", "closes crossing after Hamas attack and vows ...":
# a headline's bare cause (a party's attack with no place, site, toll or date) names an attack told elsewhere
# (gold README: earlier attacks mentioned as the cause are not labelled). "after Rafah strike", "after strike on
# aid convoy" name the attack itself and stay.
_AFTER = re.compile(r"\b(?i:after|following|in\s+the\s+wake\s+of|in\s+response\s+to|over)\s+(?i:the\s+|a\s+|an\s+|"
                    r"last\s+week['’]s\s+|recent\s+|deadly\s+|latest\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}$")
# "Jabalia market left in rubble after deadly air attack": a place's damage told with its cause makes the
# attack the news there, not a cause told elsewhere.
_RUINED = re.compile(r"\b(?:in\s+ruins|devastated|destroyed|flattened|razed|reduced\s+to\s+rubble|left\s+in\s+rubble)"
                     r"\s*$", re.I)
_BARE_END = re.compile(r"\s*(?:$|[,;:?!|–—-]|\s+and\b|\s+as\b|\s+but\b|\s+while\b)")

# "anxiety in Gaza over feared Rafah attack", "braces for looming offensive": an attack feared is no event.
_FEARED = re.compile(r"\b(?:feared|looming|impending|threatened|anticipated|expected|planned|"
                     r"imminent|upcoming|long-?awaited)\s+(?:[\w’'-]+\s+){0,2}$", re.I)


# "Just 20 to 25% of rebel fighters killed in the war", "Over 80 aid workers killed in five months in Sudan":
# a headline's toll over a war or a span of weeks sums up many events (gold README: war-long totals are not labelled).
# A whole death word (headline._KILL_WORD, a trigger's opening word, takes "deadly" and "die" too).
_KILLING = re.compile(r"kill\w*|dead|deaths?|died|dies", re.I)
_COUNT = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many"  # a count of weeks, days
_SPAN = re.compile(r"\bin\s+(?:the\s+)?(?:[\w’'-]+\s+)?war\b(?!-)|\b(?:in|over|during)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?"
                   r"(?:" + _COUNT + r")\s+(?:weeks|months|years)\b|"
                   r"\bsince\s+(?:the\s+)?(?:war|start|beginning|outbreak)\b|\bso\s+far\b|\bthis\s+year\b|\bin\s+20\d\d\b", re.I)


# A day told ("on Friday", "yesterday", "May 3"): the act it dates is news (here and in trigger_status).
DAY_TOLD = re.compile(r"\b(?:" + WEEKDAY_NAMES + "|yesterday|today|overnight|" + MONTH + r"\s+\d{1,2})\b", re.I)


# "The Ukrainian counteroffensive east of Kupiansk has probably made Russian units pull back", "the latest
# Ukrainian counteroffensives near the town will hardly cut Russian supply lines": a campaign named as the
# subject of its effects is analysis; the fights of the campaign are told, and labelled, at their villages.
# (trigger_status's assessed-campaign rule, on trigger_aims.CAMPAIGN_NOUN, is the twin for a campaign whose own verb
# is a forecast: "may cut ...".)
# "The Ukrainian retaking of Balakliia has probably weakened ...", "The capture of Mironovsky will enable ...": a taking named
# as the subject of its effects is analysis too; the taking is told by its own verb. Not when the subject tells its
# day ("The recapture of Izyum on Saturday has forced ..."): then that is how the taking is told. A day in a clause
# before it dates that clause ("reported on September 14 that ..., suggesting that Ukraine's counteroffensive has").
_CAMPAIGN = re.compile(r"(?:counter-?offensives?|counter-?attacks|offensive\s+operations|offensives?|"
                       r"(?:re)?capture\s+of|seizure\s+of|liberation\s+of)$", re.I)
_SUBJECT_OPEN = re.compile(r"(?:^|[,;]\s+(?:and\s+|but\s+|while\s+)?)\s*(?:the\s+|this\s+|these\s+|its\s+)?"
                           r"(?:[\w’'-]+\s+){0,3}$", re.I)
_EFFECT = re.compile(r"(?:\s+[\w’'-]+){0,5}?\s+(?:has|have|is|are|will|would|may|could|had)\s+(?:also\s+|likely\s+|"
                     r"probably\s+|almost\s+certainly\s+|already\s+|successfully\s+)*(?:forc\w*|prompt\w*|"
                     r"compel\w*|enabl\w*|allow\w*|disrupt\w*|unlikely\s+to|likely\s+to|threaten\w*|"
                     r"pressur\w*|drawn|drew|tied\s+down|fix\w*|made\s+it|degrad\w*|free\w*\s+up)\b", re.I)


# "several Russian units fighting in Izyum are permanently based in ...", "elements ..., which had fought in Bucha, are
# operating near Izyum", "replacements for units that have been fighting near Kharkiv": fighting that describes a
# unit is background, not a fight told as news.
# "The brigade fought in Bakhmut on May 5" is a main verb, so a unit noun goes only before the participle.
_FIGHT = re.compile(r"fight\w*|fought", re.I)
_UNIT_BEFORE = re.compile(r"\b(?:which|that|who)\s+(?:had|have|has)\s+(?:been\s+)?(?:previously\s+|also\s+)?$", re.I)
UNIT_WORDS = r"units?|elements|regiments?|brigades?|divisions?|battalions?|BTGs|formations|contingents?"
_UNIT_FIGHTING = re.compile(r"\b(?:" + UNIT_WORDS + r")\s+(?:(?:currently|still|previously)\s+)?$", re.I)


# "restoring power after shelling cut the substation off on March 8" (told on March 11), "after
# Russian military failures during Ukrainian counteroffensives in Lyman in early October": an attack named after
# "after" and dated days before the story is a cause told as background (gold README: earlier attacks mentioned as
# the cause are not labelled). One dated the story's day or the day before is the news ("retreated after a failed
# attack on Mariinka").
# "shelled two platforms in response to Friday's missile attack", "a limited reply to the rebel rocket attack last
# Friday": an attack answered is a cause too (dev14 and unlabelled wire stories).
# The answering links, shared with assemble_date so the lists cannot drift apart.
ANSWER_WORDS = r"(?:response|retaliation|reply|revenge|reprisal)"
AFTER_CAUSE = re.compile(r"\b(?P<link>after|following|in\s+the\s+wake\s+of|(?:in\s+)?" + ANSWER_WORDS +
                         r"[\"”’']?\s+(?:to|for))\s+(?:[\w’'-]+\s+){0,4}$", re.I)
_ANSWER = re.compile(r"(?:in\s+)?" + ANSWER_WORDS, re.I)
# "In response to Friday's ambush the army shelled X", "said in reply to questions that it shelled": only an attack
# named as a noun is what was answered, and a second noun phrase in the gap starts the answering clause.
# The head noun only: "mortar attack", "suicide bombing", "rocket fire" and "IED attack" are answered attacks too.
_ANSWERED = re.compile(r"\b(?:strikes?|attacks?|ambush(?:es)?|raids?|shelling|bombardments?|bomb(?:s|ings?)?|blasts?|"
                       r"assaults?|offensives?|counteroffensives?|shootings?|incursions?|airstrikes?|fire|IEDs?|explosions?)"
                       r"(?:\s+(?:on|in|at|against))?$", re.I)
_SECOND_NP = re.compile(r"\s*\S+\s+(?:[\w’'-]+\s+)*?(?:the|an?|its|their|his|her|our|it|they|he|she|we|that)\s", re.I)
_CAUSE_DAYS = 3
# A murder or kidnapping retold as a cause ("arrested after Senator Galan's murder on 18 August") is kept: MUC keys code
# such retold crimes, and the rule was judged only on military acts (ISW).
_PERSON_CRIME = re.compile(r"assassinat|murder|kill|massacre|kidnap|abduct|execut|shot", re.I)


def _old_cause(doc: WorkDoc, s0: int, s1: int, t0: int, t1: int) -> bool:
    """True when the attack at t0..t1 follows "after" or "in response to" and its sentence's dates are days old."""
    pub = doc.article.published_date
    if _PERSON_CRIME.match(doc.text, t0, t1):
        return False
    before = doc.text[max(s0, t0 - 50) : t0]
    m = AFTER_CAUSE.search(before)
    if pub is None or m is None or "," in before[m.start() :] or _SECOND_NP.match(before, m.end("link")):
        return False
    if _ANSWER.match(m.group("link")) and _ANSWERED.search(doc.text, t0, t1) is None:
        return False
    # "in response to Friday's missile attack": the answered attack's own date before it. Not after "following the
    # 31 October attack", which MUC keys code as news.
    lo = t0 - len(before) + m.end("link") if _ANSWER.match(m.group("link")) else t0
    ends = [d.end_date for d in doc.dates if (t1 <= d.start < s1 or lo <= d.start < t0) and d.end_date is not None]
    return bool(ends) and all((pub - e).days >= _CAUSE_DAYS for e in ends if e is not None)


# "IS militants executed the Paris attacks", "was sentenced for the 2014 bombing", "convicted over the Bali bombings": an
# attack named by its place or year after a verb of authorship, of a trial or of memory is a known past attack
# (issue #4: historical background is not coded). A date of the story's weeks in the sentence keeps it news.
# Its legal words are wider than VERDICT_VERBS and CHARGE_VERBS below ("tried", "extradited", "role in") and take
# "guilty" alone, not "found guilty": composing those lists would move where a match starts, so it stays written out.
_KNOWN_VERB = (r"(?:executed|carried\s+out|perpetrated|masterminded|orchestrated|plotted|"
               r"claimed\s+(?:responsibility|credit)\s+for|(?:sentenced|convicted|jailed|tried|charged|indicted|"
               r"acquitted|imprisoned|extradited|prosecuted|guilty|trial|role|involvement|complicity)\s+"
               r"(?:for|over|in|of|with)(?:\s+(?:his|her|their)\s+(?:role|part)\s+in)?|"
               r"(?:anniversary|memorial|commemoration|memory|remembrance)\s+of|"
               r"commemorat\w+(?:\s+the\s+(?:victims|dead)\s+of)?)")
# The name, then up to two common words: "the Paris attacks", "the Kramatorsk train station strike".
_NAME = r"(?-i:[A-Z][\w’'.-]*))(?:\s+(?-i:[A-Z][\w’'.-]*)){0,2}(?:\s+(?-i:[a-z][\w-]*)){0,2}"
_KNOWN_BEFORE = re.compile(rf"\b{_KNOWN_VERB}\s+the\s+(?P<name>(?:19|20)\d\d|\d{{1,2}}/\d{{1,2}}|{_NAME}\s+$", re.I)
# "for the 2014 bombing", "the 2015 Paris attacks": a year older than the story names a past attack with no verb.
_YEAR_BEFORE = re.compile(r"\bthe\s+(?P<name>(?:19|20)\d\d)(?:\s+[\w’'-]+){0,2}\s+$", re.I)
_KNOWN_VERB_AT = re.compile(rf"{_KNOWN_VERB}\s+the\s+(?P<name>(?:19|20)\d\d|\d{{1,2}}/\d{{1,2}}|{_NAME}\s+"
                            r"(?:attacks?|bombings?|massacres?|killings?|shootings?|strikes?|assaults?)\b", re.I)


# The legal verbs that decide "retold" here and in trigger_status: a verdict's, and a charge's or an arrest's.
VERDICT_VERBS = r"sentenced|convicted|jailed|imprisoned|found\s+guilty|pleaded\s+guilty|acquitted"
CHARGE_VERBS = r"charged|indicted"

# "sentenced a Russian soldier for killing a civilian", "was jailed for life for shooting", "found guilty of murdering":
# a verdict comes months after the act it judges, so the act is retold, not news (a charge or an arrest may be fresh).
_VERDICT = re.compile(r"\b(?:" + VERDICT_VERBS + r")"
                      r"(?:\s+[\w’'-]+){0,6}?\s+(?:for|of|over)\s+(?:the\s+|his\s+|her\s+|their\s+)?$", re.I)


# "wrongly jailed for building and planting the pub bombs", "held and charged with planning the car bombings of a
# hotel", "a rebel commander blamed for a double suicide bombing of buses": the act is named as what someone is
# judged, charged or held for in law, so it is retold. A charge may be fresh, so a date of the story's weeks in the
# sentence keeps it news. Not a side's charge ("Kyiv accused Moscow of carrying out the strike"): that is the news.
_HELD_PERSON = r"(?:man|men|woman|women|leader|commander|chief|militant|suspect|member|bomber|cleric|figure)s?\s+"
# "accused" and "suspected" are a charge in law only in a sentence of legal process ("rejected the charges against
# officers, whom it blamed for planning the murder"); alone they are a side's charge, and the act is news.
_LEGAL_PROCESS = re.compile(r"\b(?:charges?|charged|trials?|tried|courts?|judges?|prosecut\w+|indict\w*|arrest\w*|"
                            r"detain\w*|convict\w*|sentenc\w+|custody|verdicts?|acquit\w*)\b", re.I)
_CHARGED_LEAD = (r"\b(?:(?:" + VERDICT_VERBS + "|" + CHARGE_VERBS + r"|tried|arrested|detained|"
                 r"(?P<acc>accused|suspected|suspects?)|" + _HELD_PERSON + r"held\s+responsible)"
                 r"(?:\s+[\w’'-]+){0,6}?\s+(?:for|of|over|with|in)\s+(?:(?:his|her|their)\s+(?:role|part)\s+in\s+)?"
                 r"(?:plotting|planning|planting|making|carrying\s+out|staging|organi[sz]ing|masterminding|ordering|"
                 r"orchestrating|perpetrating|involvement\s+in)(?:\s+and\s+[a-z]+ing)?|" + _HELD_PERSON +
                 r"held\s+responsible\s+for)")
_CHARGED = re.compile(_CHARGED_LEAD + r"\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,4}$", re.I)
# "... accused of plotting the car bombings of a hotel in the Sinai that killed 34": the relative clause's toll is the
# retold act's toll, within the clause ("..., while in Quetta militants fired rockets that killed 5" is another act).
_CHARGED_REL = re.compile(_CHARGED_LEAD + r"(?:(?!,\s*(?:and|but|or|while|as)\b|\b(?:while|but|whereas)\b)[^;:.()])"
                          r"{0,120}?\b(?:that|which)\s+(?:had\s+)?$", re.I)


# "son of the assassinated veteran rebel commander Ali Barre", "set up by assassinated former prime
# minister Omar Said": a killing participle before a person's title says who someone was, not what happened.
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|of|by|for|late)\s+$", re.I)
# Killings only: a kidnapping goes on, so "the kidnapped aid workers, seized on Saturday" may be news.
_PERSON_PARTICIPLE = re.compile(r"(?:assassinated|slain|murdered)$", re.I)
# The killed person's title (leader, journalist, priest): not actors.ROLE_WORDS, the titles of officials who speak.
_TITLE_AFTER = re.compile(r"\s+(?:(?:former|legendary|late|veteran|popular|opposition|rebel|guerrilla|"
                          r"(?-i:[A-Z][\w’'-]*))\s+){0,3}(?:leader|commander|president|prime\s+minister|premier|"
                          r"minister|journalist|activist|chief|general|cleric|founder|mayor|governor|senator|lawmaker|"
                          r"politician|editor|reporter|aid\s+worker|ambassador|envoy|judge|priest|archbishop)s?\b", re.I)


def _fresh_date(doc: WorkDoc, s0: int, s1: int) -> bool:
    """The sentence tells a date within the story's weeks (any date when the story has no day)."""
    pub = doc.article.published_date
    return any(s0 <= d.start < s1 and d.end_date is not None
               and (pub is None or (pub - d.end_date).days < MAX_AGE_DAYS) for d in doc.dates)


def _taking_fresh(doc: WorkDoc, s0: int, s1: int, phrase: str) -> bool:
    """A day of the story's weeks told in this sentence, the one before, or one telling the taking of the same place."""
    if _fresh_date(doc, s0, s1):
        return True
    i = doc.sentence_of(s0)
    if i > 0 and _fresh_date(doc, doc.sentences[i - 1].start, doc.sentences[i - 1].end):
        return True
    name = _TAKEN.search(phrase)
    return name is not None and any(
        j != i and name.group("name") in doc.text[u.start : u.end] and _TAKING_VERB.search(doc.text, u.start, u.end)
        and _fresh_date(doc, u.start, u.end) for j, u in enumerate(doc.sentences))


def _known_attack(doc: WorkDoc, s0: int, s1: int, t0: int, t1: int, noun: bool) -> str | None:
    """The phrase naming a known past attack at the trigger ("executed the Paris attacks"), else None."""
    if noun:
        before = doc.text[max(s0, t0 - 80) : t0]
        m = _KNOWN_BEFORE.search(before) or _YEAR_BEFORE.search(before)
        phrase = m.group(0) + doc.text[t0:t1] if m else ""
    else:
        m = _KNOWN_VERB_AT.match(doc.text, t0, s1)
        phrase = m.group(0) if m else ""
    if m is None:
        return None
    pub = doc.article.published_date
    name = m.group("name")
    if name.isdigit():  # a year names the attack only when it is older than the story
        return phrase if pub is not None and (pub - timedelta(days=MAX_AGE_DAYS)).year > int(name) else None
    return None if _fresh_date(doc, s0, s1) else phrase


# "were hit by enemy air strikes in earlier years", "damaged by an air raid just a week before the Ras Tanura
# depot was attacked": an attack told as the past of another, not as news ("in the past 24 hours" is news).
_NUM = r"(?:" + _COUNT + r"|a|one|a\s+few)"
# "harder than in the past" compares, "in the past fortnight" counts: neither tells the attack as past.
_PAST_AFTER = re.compile(r"(?<!than\s)\bin\s+the\s+past\b(?!\s+(?:\d|few|several|two|three|four|five|six|seven|ten|"
                         r"twenty|twenty-four|forty-eight|day|days|week|weeks|hour|hours|night|month|months|year|years|"
                         r"fortnight|decade|period|24|48|72)\b)|\b(?:only\s+|just\s+|some\s+)?(?P<n>" + _NUM +
                         r")\s+(?P<unit>days?|weeks?|months?|years?)\s+(?:before|prior\s+to)\s+(?!dawn|noon|midnight|"
                         r"sunrise|sunset|daybreak|the\s+(?:report|story)\b|(?:an?|the)\s+(?:planned|scheduled|expected|"
                         r"upcoming|proposed)\b)", re.I)
# "since a suicide bombing at the parliament gates three weeks ago": an attack weeks or months back, told in passing
# ("two days ago" stays news: within the story's days; "years ago" is trigger_status._HISTORICAL's). Not dates.py's
# "ago" date: only weeks and months, with hedges ("some", "more than") and any count ("many"), and no date is taken.
_AGO = re.compile(r"\b(?:some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:" + _NUM +
                  r")\s+(?:weeks?|months?)\s+ago\b", re.I)
# "attacked a checkpoint that troops had set up two weeks ago": after a relative word, "ago" dates another verb.
# Not "that" after a preposition: "blew up at that bus stop some weeks ago" dates the blast.
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|where|when)\b|(?<!on\s)(?<!at\s)(?<!in\s)(?<!of\s)(?<!to\s)"
                       r"(?<!by\s)(?<!for\s)(?<!from\s)(?<!with\s)(?<!near\s)\bthat\b", re.I)
# "... in the past" tells the past only in a frame of the past: "have been targets for air strikes in the past".
_PAST_FRAME = re.compile(r"\b(?:was|were|ha(?:ve|s|d)\s+been)\b", re.I)
_FEW_DAYS = {"a", "one", "two"}  # "two days before the talks": within the story's days (_CAUSE_DAYS), still news
# "ministers have weighed a reply since Monday, when a strike on a Gulf oil terminal hit a tanker": the act
# that started what the story tells, not news.
_SINCE_WHEN = re.compile(r"\bsince\s+(?:last\s+)?(?:" + WEEKDAY_NAMES + "|yesterday|" + MONTH +
                         r"(?:\s+\d{1,2})?|\d{1,2}\s+(?:" + MONTH + "|(?:" + MONTH_STEMS + r"|sept)\.?))(?![a-z])"
                         r"(?:\s+(?:night|morning|evening))?,?\s+when\s+"
                         r"(?:[\w’'-]+\s+){0,6}$", re.I)
# "The last reported Iraqi raid on tankers was on May 2": the last attack before the news, dated back. Only when the
# date is days old (_recent_date): "the last attack was on Monday", told on Tuesday, is news.
_LAST_BEFORE = re.compile(r"\bthe\s+last\s+(?:(?:confirmed|reported|known|recorded)\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)
_LAST_WAS = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+(?:was|were|came|occurred|took\s+place)\s+(?:on|in|"
                       r"\d|last|about|some|more|nearly|over|early|late)\b", re.I)
# "The previous reported raid happened on May 3, when a Panamanian freighter was struck": the act told in the "when"
# clause of a dated-back last attack is that attack. The slot holds a date ("in Konduga" is a place: news); wire copy
# sometimes doubles its preposition ("was on on March 8") or spells the day ("on May third").
_LAST_WHEN = re.compile(r"\bthe\s+(?:last|previous)\s+(?:[\w’'-]+\s+){0,3}?(?:attacks?|raids?|strikes?)\s+"
                        r"(?:[\w’'-]+\s+){0,3}?(?:was|were|came|occurred|happened|took\s+place)\s+(?:(?:on|in)\s+){1,2}"
                        r"(?:(?:" + MONTH_NAMES + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?:\s+[\w-]+)?|"
                        r"\d{1,2}\s+" + MONTH + r"|"
                        + WEEKDAY_NAMES + r"|\d{4})(?:,?\s+\d{4})?,?\s+when\s+(?:[\w’'.,-]+\s+){0,8}$", re.I)
_AFTER_END = re.compile(r"[;,(:]|\bbut\b|\bwhile\b|\band\s+(?:the|a|an)\b", re.I)
# "The navy destroyer, hit last month in an air attack off the coast": an attack dated months back that describes
# something told today.
_MONTHS_BACK = re.compile(r"\b(?:last\s+(?:month|year)|earlier\s+this\s+year|" + _NUM + r"\s+(?:months|years)\s+ago)"
                          r"\s+(?:in|by|during)\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}$", re.I)


def _told_as_past(text: str, s0: int, s1: int, t0: int, t1: int) -> str | None:
    """The phrase telling the attack at t0..t1 as the past of another act ("in the past", "10 days before"), else None."""
    end = min(s1, t1 + 70)
    if (cut := _AFTER_END.search(text, t1, end)) is not None:
        end = cut.start()
    if "ago" not in DISABLED and (ago := _AGO.search(text, t1, (rel.start() if (
            rel := _RELATIVE.search(text, t1, end)) else end))) is not None:
        return text[t0:ago.end()]
    m = _PAST_AFTER.search(text, t1, end)
    if m is None or m.group("n") is None and not _PAST_FRAME.search(text, s0, t0):
        return None
    n = (m.group("n") or "").lower()
    soon = n in _FEW_DAYS or n.isdigit() and int(n) < _CAUSE_DAYS
    return None if soon and m.group("unit").lower().startswith("day") else text[t0:m.end()]


def _recent_date(doc: WorkDoc, lo: int, hi: int) -> bool:
    """A date told in lo..hi that ends within _CAUSE_DAYS of the story: the act it dates is news."""
    pub = doc.article.published_date
    return pub is not None and any(lo <= d.start < hi and d.end_date is not None
                                   and (pub - d.end_date).days < _CAUSE_DAYS for d in doc.dates)


# "21 troops killed in deadliest attack since the offensive began": a named superlative (not any word in "-est":
# "West Bank", "Latest:", "protest") compares one new event with the war, so its "since" sums nothing up. Narrower
# than trigger_status's _SUPERLATIVE, which also lets "the latest attack since ..." (a dated report) through on the
# older path.
_SINCE_COMPARED = re.compile(r"\b(?:deadliest|bloodiest|worst|heaviest|fiercest|largest|biggest|greatest|strongest|"
                             r"highest|furthest|farthest|longest|closest|first|most\s+(?:deadly|lethal|violent|intense|"
                             r"serious|severe|destructive|significant|extensive|successful|substantial|massive|powerful))"
                             r"(?:-ever)?\b[^.;]{0,60}\bsince\b", re.I)


def since_compared(text: str, start: int, end: int) -> bool:
    """Whether a superlative in text[start:end] compares an event with the span after "since" (no tally)."""
    return _SINCE_COMPARED.search(text, start, end) is not None


# "showed how effective massed bombardments can be": an attack named in a "how ... can be" judgement is a kind of act
# weighed, not one told (unlabelled ISW).
_HOW_BEFORE = re.compile(r"\bhow\s+(?:[\w’'-]+\s+){1,3}$", re.I)
_CAN_BE = re.compile(r"(?:\s+(?:by|of|with|from|against)\s+[^,;:.()]{1,40}?)?\s+(?:can|could|may|might)\s+(?:\w+\s+)?be\b",
                     re.I)
# "in their seizures of Severodonetsk and Lysychansk, where they pounded Ukrainian troops", "during its capture of
# Soledar, where Wagner shelled ...": an act told in a "where" clause of a taking named as a noun describes that
# taking, months back unless the sentence tells a day of the story's weeks (unlabelled ISW).
_TAKING_WHERE = re.compile(r"\b(?:in|during|since|after|before)\s+(?:the|their|its|his|her)\s+(?:[\w’'-]+\s+)?"
                           r"(?:seizures?|captures?|recapture|fall|conquest|takeover|taking)\s+of\s+[^;:.()]{1,80}?"
                           r",?\s+where\s+(?:[\w’'-]+\s+){0,5}$", re.I)
# "Russian forces took Soledar on October 19. After the capture of Soledar, where ...": a taking dated in the story's
# weeks, in the sentence before or told of the same place elsewhere, is today's (session 25 review D4).
_TAKEN = re.compile(r"\bof\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]+)")
_TAKING_VERB = re.compile(r"\b(?:took|taken|captured?|seized?|recaptured|retook|liberated|entered|fell|overr[au]n)\b", re.I)


def background(doc: WorkDoc, s0: int, s1: int, t0: int, t1: int, headline: bool) -> tuple[str, str] | None:
    """(status, reason) when the attack word at t0..t1 names background or a feared attack, else None."""
    text = doc.text
    words = text[t0:t1].split()
    if "span" not in DISABLED and headline and words and _KILLING.fullmatch(words[0]) \
            and (m := _SPAN.search(text, s0, s1)) is not None and not since_compared(text, s0, s1):
        return "historical", f"a toll over a war or a span of weeks, not one event: {m.group(0)!r}"
    if "unit" not in DISABLED and words and _FIGHT.match(words[0]) and (
            _UNIT_BEFORE.search(text[max(s0, t0 - 40) : t0])
            or (words[0].lower() == "fighting" and _UNIT_FIGHTING.search(text[max(s0, t0 - 40) : t0]))):
        return "historical", f"fighting that describes a unit, not a fight told: {text[max(s0, t0 - 30) : t1]!r}"
    if "old_cause" not in DISABLED and not headline and _old_cause(doc, s0, s1, t0, t1):
        return "historical", f"an attack named as a cause, days before the story: {text[max(s0, t0 - 20) : t1]!r}"
    if "effect" not in DISABLED and _CAMPAIGN.search(text, t0, t1) \
            and (sub := _SUBJECT_OPEN.search(text[s0:t0])) is not None \
            and (m := _EFFECT.match(text, t1, s1)) is not None and not DAY_TOLD.search(text, s0 + sub.start(), m.end()):
        return "historical", f"a taking or campaign named as the subject of its effects: {text[t0:m.end()]!r}"
    if "how" not in DISABLED and _HOW_BEFORE.search(text, max(s0, t0 - 40), t0) and (m := _CAN_BE.match(text, t1, s1)):
        return "hypothetical", f"a kind of attack weighed, not one told: {text[max(s0, t0 - 30) : m.end()]!r}"
    if "taking" not in DISABLED and (m := _TAKING_WHERE.search(text, max(s0, t0 - 160), t0)) is not None \
            and not _taking_fresh(doc, s0, s1, m.group(0)):
        return "historical", f"an act that describes a taking named as a noun: {m.group(0).strip()!r}"
    if "verdict" not in DISABLED and (m := _VERDICT.search(text[max(s0, t0 - 90) : t0])) is not None:
        return "historical", f"an act judged by a verdict, retold: {m.group(0).strip()!r}"
    if "charged" not in DISABLED and ((m := _CHARGED.search(text[max(s0, t0 - 110) : t0])) is not None or words
            and _KILLING.fullmatch(words[0]) and (m := _CHARGED_REL.search(text[max(s0, t0 - 220) : t0])) is not None) \
            and (m.group("acc") is None or _LEGAL_PROCESS.search(text, s0, s1)) and not _fresh_date(doc, s0, s1):
        return "historical", f"an act someone is judged, charged or held for, retold: {m.group(0).strip()!r}"
    if "attributive" not in DISABLED and _PERSON_PARTICIPLE.match(text, t0, t1) \
            and _ATTRIBUTIVE_BEFORE.search(text, max(s0, t0 - 10), t0) \
            and (m := _TITLE_AFTER.match(text, t1, s1)) is not None:
        return "historical", f"a killing that says who someone was: {text[t0:m.end()]!r}"
    if "known" not in DISABLED and words and (k := _known_attack(
            doc, s0, s1, t0, t1, _NOUN.fullmatch(words[0]) is not None)) is not None:
        return "historical", f"a known past attack, named: {k!r}"
    if "past" not in DISABLED and (m := _SINCE_WHEN.search(text[max(s0, t0 - 90) : t0])) is not None \
            and not _recent_date(doc, max(s0, t0 - 90) + m.start(), t0):
        return "historical", f"the act a span began with: {m.group(0).strip()!r}"
    if "past" not in DISABLED and any(_NOUN.fullmatch(w) for w in words) \
            and _LAST_BEFORE.search(text, max(s0, t0 - 90), t0) \
            and _LAST_WAS.match(text, t1, s1) and not _recent_date(doc, t1, s1):
        return "historical", f"the last attack before the news, dated back: {text[max(s0, t0 - 30) : t1]!r}"
    if "past" not in DISABLED and (m := _LAST_WHEN.search(text, max(s0, t0 - 160), t0)) is not None \
            and not _recent_date(doc, m.start(), t0):
        return "historical", f"the act of the last attack before the news, dated back: {m.group(0).strip()!r}"
    if "past" not in DISABLED and not headline and (k := _told_as_past(text, s0, s1, t0, t1)) is not None:
        return "historical", f"an attack told as the past of another act: {k!r}"
    if "past" not in DISABLED and _NOUN.search(text, t0, t1) is not None \
            and (m := _MONTHS_BACK.search(text[max(s0, t0 - 60) : t0])) is not None:
        return "historical", f"an attack dated months back: {m.group(0).strip()!r}"
    if not words or _NOUN.fullmatch(words[0]) is None:  # "attack on": the noun comes first
        return None
    before = text[max(s0, t0 - 60) : t0]
    if "since" not in DISABLED and (m := _SINCE.search(before)) is not None \
            and _SINCE_TIME.match(before, m.start()) is None:
        return "historical", f"an attack named as a past start point: {before[m.start():].strip()!r}"
    if "feared" not in DISABLED and (m := _FEARED.search(before)) is not None:
        return "hypothetical", f"an attack feared or expected, not done: {before[m.start():].strip()!r}"
    if "cause" not in DISABLED and headline and (m := _AFTER.search(before)) is not None \
            and _BARE_END.match(text, t1, s1) is not None and not place_in(doc, t0 - len(before) + m.start(), t0) \
            and not (_RUINED.search(text, s0, t0 - len(before) + m.start()) and place_in(doc, s0, t0)):
        return "historical", f"a headline's bare cause, told elsewhere: {before[m.start():].strip()!r}"
    return None

