"""Factual status of a trigger (asserted, negated, future, hypothetical, historical) and whether it is an event."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from eventwire.components.dates import MODAL_FOLLOW
from eventwire.components.lexicon import MONTH, MONTH_NAMES
from eventwire.components.trigger_aims import CAMPAIGN_NOUN, COUNTER_WORDS, talk_frame
from eventwire.components.trigger_background import (
    CHARGE_VERBS,
    DAY_TOLD,
    UNIT_WORDS,
    VERDICT_VERBS,
    since_compared,
)
from eventwire.components.trigger_doubt import (
    FIRE_WORD,
    KILL_STEM,
    REPORT_OR_STATE_VERBS,  # noqa: F401  (tests read it from here)
    claim_start,
    doubted_quote,
    doubted_report,
    short_quote,
)

# The adverbs by which a text calls a claim false ("falsely claimed", "wrongly reported"): _NEGATION's and _FALSELY's.
_FALSE_ADVERB = r"(?:mistakenly|incorrectly|erroneously|falsely|wrongly)"
_NEGATION = re.compile(r"\b(?:not|no|none|nobody|no\s+one|never|denied|denies|deny|denying|refuted|rejected|without(?!\s+Borders)|neither|nor|unlikely|"
                       + _FALSE_ADVERB + r"\s+(?:reported|stated|claimed|said)|"
                       r"didn['’]t|doesn['’]t|wasn['’]t|weren['’]t|false)\b", re.I)
# "are conducting an envelopment rather than a frontal assault", "held positions instead of trying to renew the
# offensive", "rather than defending against the Ukrainian counteroffensive": the act set aside is not done. The
# trigger may stand up to three words after the phrase, past a lead "in"/"on" or an -ing; not past "and", "or" or a
# later preposition ("chose ground forces rather than jets and raided Jenin", "drones rather than aircraft in strikes
# on X"). A past verb (_PAST_ACT: "-ed" and a few strong forms) is never set aside ("Rather than negotiating the rebels
# attacked"), and a phrase that opens its clause sets aside only its own complement (_FRONT_GAP).
_SET_ASIDE = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?P<gap>(?:(?:on|in)\s+|\w+ing\s+)?"
                        r"(?:(?!(?:and|or|nor|in|on|at|near|against)\b)[\w’'-]+\s+){0,3})$", re.I)
# A phrase that opens its clause sets aside only its own complement: the trigger right after it, after its -ing, or
# after an article and at most one lower-case word ("Rather than a frontal assault,"), or one the comma closing the
# phrase follows ("Rather than launching a ground assault,"); any other gap holds the main clause's subject ("Instead
# of retreating Russian forces are attacking Kharkiv").
_FRONT_GAP = re.compile(r"(?:(?:on|in)\s+)?(?:\w+ing\s+|(?:an?|the|any|its|their)\s+(?:(?-i:[a-z])[\w’'-]*\s+)?)?",
                        re.I)
_PAST_ACT = re.compile(r"[a-z]{2,}ed\b|(?:fought|struck|took|drove|shot|hit|overran|blew)\b", re.I)
# "Russian officials falsely claimed to have taken all of Luhansk Oblast": the trigger holds the claim
# verb, so _NEGATION's "falsely claimed" cannot see it (README: a claim the text calls false is not labelled).
_FALSELY = re.compile(r"\b" + _FALSE_ADVERB + r"\s+$", re.I)
# "pushed them back from the town, as they did to Russian units trying to take Chernihiv", "as they did with their
# staged blast at the Kherson jail": an earlier act named for comparison, not news (README: background). Not
# past "and" ("as they did on Monday and arrested dozens") or "that" ("repeated as he did on Monday that Russian forces
# attacked": the reported clause); CLAUSE_CUT already ends the clause at "but" or "while".
_AS_DID = re.compile(r"\bas\s+(?:they|it|he|she|we|[A-Z][\w-]*\s+(?:forces|troops))\s+(?:did|had\s+done|have\s+done)\b"
                     r"(?:(?!\b(?:and|that)\b)[^.;,()])*$", re.I)
# "As they did in May Russian troops shelled ...", "but as they did in May shelled ...": a comparison or a "rather
# than" that opens its sentence or clause belongs to the verb after it.
_OPENS_CLAUSE = re.compile(r"(?:^|[;:]|\b(?:and|but|while|whereas))[\s\"“‘']*(?:just\s+)?$", re.I)
# "Israel is 'not responsible' for the hospital blast", "had no involvement in the strike": a party denies its
# part, not that the event happened.
_NOT_ABOUT_EVENT = re.compile(r"[\s‘’'\"“”]*(?:[A-Z][\w.]*\s+)?(?:(?:involvement|knowledge|role|part|hand|responsibility|responsible|to\s+blame|"
                              r"involved|behind)\b|advance\s+knowledge\b)", re.I)
# "Aid groups see no let-up in air strikes", "no respite from shelling": the pause is denied, so the attacks go on.
_NO_PAUSE = re.compile(r"\s+(?:let\s*-?\s*up|letup|respite|pause|lull|halt|end|sign\s+of\s+(?:a\s+)?(?:let\s*-?\s*up|letup|"
                       r"pause|lull|end|slowing))\s+(?:in|to|from|of)\b", re.I)
# "a moratorium declared on condition that Iran stop attacking": a condition names no act.
_HYPOTHETICAL = re.compile(r"\b(?:if|unless|in\s+case|whether|in\s+the\s+event|on\s+(?:the\s+)?condition\s+that|"
                           r"provided\s+that)\b", re.I)
# "KABUL, May 9 - Taliban fighters shelled", "On May 3 Russian forces attacked", "3 MAY 89", "During May": the month,
# not the modal. A modal's verb after it wins ("30 may have been killed", "relies on may attack"); lower-case verbs
# only for the attack verbs, which also follow the month ("the May attack"). Not the title-case month before a follow
# word ("In May also rebels"); ALL-CAPS "30 MAY HAVE DIED" is modal.
MODAL_MAY = (rf"(?:(?-i:may|MAY)(?=\s+{MODAL_FOLLOW})|(?-i:may(?=\s+(?:attack|shell|strike|launch|target|try|seek|resume)\b))|"
             r"(?<!\d\s)(?<!\bin\s)(?<!\bon\s)(?<!\bof\s)(?<!since\s)(?<!early\s)(?<!late\s)(?<!mid-)(?<!mid\s)"
             r"(?<!until\s)(?<!\bby\s)(?<!from\s)(?<!during\s)(?<!through\s)may(?!\s+\d))")
FUTURE_BEFORE = re.compile(r"\b(?:will|would|could|might|" + MODAL_MAY + r"|shall|plans?\s+(?:to|for)|"
                           r"planned|planning|prepar(?:e|es|ing)\s+(?:to|for)|promised|promises|vowed|vows|"
                           r"intends?\s+to|expected\s+to|likely\s+to|"
                           r"warned\s+of|threaten(?:ed|s)?\s+(?:to|with)|risk\s+of|imminent|going\s+to|preparations?\s+for|"
                           r"possibility|possible)\b", re.I)
# "continued fighting in Dolyna and are likely using their positions to ...": a predicate joined by "and" is a
# new clause whose modality says nothing of the trigger's.
# "Renewed Russian air and rocket strikes on Okhtyrka on May 4 were likely meant to prepare ...",
# "shelling of Tsyrkuny is likely intended to hamper": ISW hedges the purpose of a done act, not the act
# (README mixed fires: both fires count), so "likely" before a purpose ("meant to", "aimed at") or "part of" is no
# future. An aside in brackets ("clearing Lyman (meaning they are likely fighting house to house)") hedges no act,
# and is skipped as one unit: "shelling of Kharkiv (the second city) is likely this week" is still a forecast.
_FUTURE_AFTER = re.compile(r"^(?:[^.;()]|\([^()]{0,80}\)){0,30}?\b(?<!\band\s)(?:(?:were|was|is|are|remain(?:s|ed)?)\s+(?:still\s+)?(?:a\s+)?"
                           r"(?:possib|likely(?!\s+(?:(?:meant|intended|aimed|designed)\s+(?:in\s+part\s+)?to|aimed\s+at|part\s+of)\b)|"
                           r"expected|planned|feared|imminent)|will\b|could\b|"
                           r"(?:does|do)\s+not\s+appear\s+likely|appears?\s+(?:un)?likely\s+to)", re.I)
# ISW-style assessments: what forces mass for, aim to prevent, or may do "in the coming weeks" is no event.
_FORECAST_BEFORE = re.compile(r"(?<!claimed\s)(?<!managed\s)(?<!able\s)(?<!failed\s)\bto\s+(?:prevent|stop|halt|deter|"
                              r"disrupt|repel|resist|block|forestall|preempt)\b|\bfor\s+(?:an?\s+)?(?:renewed|new|"
                              r"further|future|possible|potential|eventual|increased|larger|broader)\b|"
                              r"\bcommit(?:ting)?\s+to\b|\b(?:ability|capability|capacity)\s+to\b|"
                              # "(Russian objective: secure rear areas against strikes)", "objectives to seizing":
                              r"\bobjectives?\b[^.;:]{0,60}:|\b(?:objectives?|goals?|aims?)[”’'\"]?\s+(?:of|to)\s+$|"
                              # "Ukrainian troops are readying a major assault", "prepared Kherson City for
                              # street fighting": what is readied, not done (unlabelled ISW).
                              r"(?<!efforts\s)(?<!continued\s)(?<!continue\s)\bto\s+defend\s+against\s+(?:[\w’'-]+\s+){0,2}$|\b(?:preparing|expecting)\s+(?:an?\s+)?(?:[\w’'-]+\s+){0,2}$|\bprepared\s+(?:[\w’'-]+\s+){1,2}for\s+"
                              r"(?:[\w’'-]+\s+){0,2}$|"
                              # "fortify positions in anticipation of Ukrainian counteroffensives", "to set conditions
                              # for an advance on Zaporizhia City": what is awaited or prepared (unlabelled ISW).
                              r"\b(?:in\s+anticipation\s+of|in\s+expectation\s+of|ahead\s+of|set(?:ting)?\s+"
                              r"(?:the\s+)?conditions\s+for)\s+(?:[\w’'-]+\s+){0,3}$", re.I)
# "earlier Russian claims of taking Bohorodychne were untrue": a claim the sentence refutes.
_FALSE_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:were|was|are|is|proved|proven)\s+(?:\w+\s+)?(?:false|untrue|incorrect|"
                          r"inaccurate|fabricated|baseless)\b", re.I)
# "CORRECTION: An earlier draft of this note said that Russian units took Barvinkove", "First accounts wrongly
# said that Ukrainian forces hit the Saratov": a statement the text withdraws reports no event.
_RETRACTED = re.compile(r"\b(?:(?:previous|earlier|prior)\s+version\s+of\s+this\s+(?:report|update|assessment)\s+"
                        r"(?:\w+ly\s+)?|(?:mistakenly|incorrectly|erroneously|falsely)\s+)(?:stated|reported|said|claimed|"
                        r"wrote)\b[^.;]*$", re.I)
# "Russian forces are unable to conduct major offensive operations": an ability denied, not an act.
_UNABLE = re.compile(r"\b(?:unable|inability|failure)\s+to\b", re.I)
# "deployed near Izyum to conduct offensive operations", "assembling forces ... to initiate further offensive
# operations": the fighting is the purpose of a move, not a report of it (ISW assessments; gold dev). "Attempted to
# launch new assaults" reports the attempt. (An act set aside, "instead of reinforcing ...", is _SET_ASIDE's.)
_PURPOSE_BEFORE = re.compile(r"(?:(?<!continued\s)(?<!continue\s)(?<!continues\s)(?<!began\s)(?<!begun\s)"
                             r"(?<!started\s)(?<!managed\s)(?<!failed\s)(?<!attempted\s)(?<!attempting\s)"
                             r"(?<!tried\s)(?<!trying\s)(?<!sought\s)(?<!able\s)(?<!claimed\s)(?<!claim\s)"
                             r"(?<!claims\s)(?<!appeared\s)(?<!appear\s)(?<!appears\s)(?<!reported\s)\bto\s+"
                             r"(?:conduct|launch|mount|resume|renew|(?:initiate|begin|start)\s+(?:an?\s+)?(?:renewed|"
                             r"new|further|future|larger(?:-scale)?)))"
                             r"\s+(?:(?!on\b|in\b|near\b|around\b)[\w’'-]+\s+){0,3}$", re.I)
# "bombed Husarivka, likely in an effort to suppress the counteroffensives there": the fighting a
# strike aims to put down is its purpose, not a report of fighting there. Counterattacks only: "returned fire ... to
# suppress Ukrainian artillery strikes" still tells where the fire fell, and "to suppress protests" that they took place.
# A purpose frame ("likely in an effort to suppress"): "struggled to slow Ukrainian counterattacks" reports them.
_SUPPRESS = re.compile(r"\b(?:in\s+(?:an\s+)?(?:effort|attempt|bid|order)|likely|probably|aim(?:ed|ing|s)?|intended|"
                       r"designed)\s+to\s+(?:suppress|hinder|constrain|stymie|slow|restrain|impede|"
                       r"thwart)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
_COUNTER = re.compile(r"counter[\s-]?(?:offensive|attack|assault)", re.I)
# "vulnerable to counterattacks": a counter-attack feared is not told ("the threat of a Ukrainian counteroffensive" is
# trigger_aims.talk_frame's, checked first). "withdraw ... in the face of Ukrainian counteroffensives", "struggled ...
# due to Ukrainian counteroffensives in the area": a campaign named as a cause is not told either; counterattacks named
# as a cause were fought ("held Kreminna despite Ukrainian counterattacks"), and so was a campaign whose day is told.
# Not "went over to the defensive in response to the Ukrainian counterattacks": a reaction to fighting told as done.
_VULNERABLE_TO_COUNTER = re.compile(r"\bvulnerab\w+\s+to" + COUNTER_WORDS, re.I)
# "likely feels the strain of the small Ukrainian counteroffensive", "casualties caused by the Ukrainian
# counteroffensive", "Gains from the latest Ukrainian counteroffensives likely helped ...": a campaign named by
# what it caused is a cause too.
_CAUSE_OF_COUNTER = re.compile(r"\b(?:in\s+the\s+face\s+of|due\s+to|because\s+of|amidst|amid|despite|"
                               r"(?:pressure|results?|success(?:es)?|effects?|impact)\s+of)" + COUNTER_WORDS,
                               re.I)
_COUNTEROFFENSIVE = re.compile(r"counter[\s-]?offensive", re.I)
# "This Ukrainian counteroffensive is not likely to change ...", "Sustained Ukrainian counteroffensives east of X
# may sever ...", "Continuing Ukrainian counteroffensives in Kherson indicate that ...": a campaign noun opening the
# sentence whose own verb assesses or forecasts is ISW's analysis, not a report of fighting there. A past verb
# or progressive verb before the assessment ("counteroffensives around Kharkiv are pushing back Russian positions and
# will likely continue") reports the act.
# (trigger_background's "effect" rule is the twin for a campaign told by its effects: "has likely forced ...".)
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:The|This|These|That|Those|Such)\s+)?(?:(?:[A-Z][\w’'-]*|(?:un)?successful|limited|"
                           r"localized|ongoing|continuing|current|recent|renewed|sustained|major|main|new)\s+){0,3}")
_ASSESSED = re.compile(r"(?:(?!\b(?:[a-z]+ed|took|drove|hit|struck|fought|shot|made|won|(?:is|are)\s+(?!starting\b)[a-z]+ing)\b)"
                       r"[^.;:])"
                       r"{0,90}?\b(?:(?:is|are)\s+(?:very\s+|highly\s+|also\s+)?(?:un)?likely\s+to|"
                       r"(?:is|are)\s+starting\s+to\s+(?:look|resemble)|may|might|could|would|will|"
                       r"indicates?|suggests?)\b")
_FORECAST_SENTENCE = re.compile(r"\b(?:we|ISW)\s+(?:expect|anticipate|forecast)s?\b", re.I)
_FORECAST_AFTER = re.compile(r"\bin\s+the\s+(?:next|coming)\s+(?:few\s+|several\s+)?(?:hours|days|weeks|months|"
                             r"years?)\b", re.I)
_HISTORICAL = re.compile(r"\bsince\s+(?:[A-Z][\w-]*['’]s\s+|the\s+)?(?:\d{4}|full-scale|start|beginning|outbreak|"
                         r"invasion)|"
                         r"\b(?:years?|decades?)\s+ago\b|\blast\s+year\b|"
                         # Not "after previously conducting only localized attacks" (the act told is new) nor
                         # "defending previously occupied positions", "regain previously lost positions" (an adjective on
                         # the positions).
                         r"(?<!after\s)\bpreviously\b(?!\s+(?:\w+ed|lost|held|taken|won)\s+(?:positions|territor\w+|areas|settlements|lines|"
                         r"villages|towns)\b)|\banniversary\b|\bin\s+(?:19|20)\d\d\b|"
                         r"\bduring\s+(?:the\s+)?(?:19|20)\d\d\b|\bhistor(?:y|ic|ical)\b|"
                         # "Earlier reporting of Ukrainian shelling near the town suggests ...", "despite prior
                         # reports of Ukrainian forces shelling the road": acts an earlier report told, cited as
                         # background (dev16); only for a trigger in its complement (`_later_clause`).
                         r"(?P<report>\b(?:previous|prior|earlier)\s+(?:ISW\s+)?(?:reporting|reports?)\s+"
                         r"(?:of|that|on|about)\b)",
                         re.I)
# Tallies over a period ("at least 100 were killed by the police this year") are statistics, not an event.
_AGGREGATE = re.compile(r"\b(?:this\s+year|so\s+far|to\s+date|as\s+of\s+(?:today|now)|"
                        r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years)|"
                        r"in\s+recent\s+(?:days|weeks|months|years)|since\s+" + MONTH + r"|during\s+" + MONTH +
                        r"|throughout\s+the\s+(?:year|war|conflict))\b", re.I)
# "100 journalists killed since Israeli attacks began": a war-long tally (Gaza headlines), unless the sentence tells
# the day of its own killings ("two Americans killed in roadside bombs on Friday brought the number ... since the
# war began to 1,269").
SINCE_BEGAN = re.compile(r"\bsince\s+(?:the\s+|[\w’'-]+\s+){0,3}(?:war|offensive|conflict|attacks?|bombing|"
                         r"bombardment|invasion|operation|fighting|assault|campaign)\s+(?:began|started|erupted|"
                         r"broke\s+out)\b", re.I)
# "death toll ... rises to 31,402", "Death toll in the assault on Gaza: 27,019": a war's toll in thousands.
_WAR_TOLL = re.compile(r"\bdeath\s+toll\b[^.;]{0,60}?"
                       r"(?:\b(?:to|tops|passes|exceeds|surpasses|hits|nears|reaches)\s+|:\s*)"
                       r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?\d{1,3}(?:,\d{3})+", re.I)
_DIGIT = re.compile(r"\d")
# "the heaviest attack since the invasion" compares a new event with the past: it is still new.
_SUPERLATIVE = re.compile(r"\b(?:\w+est|first|most\s+\w+|worst|largest|biggest)\b[^.;]{0,60}\bsince\b", re.I)
# ", scene of several thrusts in the past two months": an apposition after a place tells that place's past, not the act's.
# The clause breaks that the clause patterns here and in toll_status each extend.
CLAUSE_BREAK = r"[;:]|\bbut\b|\bwhile\b|\bwhereas\b"
_CLAUSE_END = re.compile(CLAUSE_BREAK + r"|,\s+(?:and|which|bringing|raising|taking|"
                         r"according|where|(?:the\s+)?(?:scene|site)\s+of)\b", re.I)
# "tried to breach defenses ... without success and kept up heavy shelling near the village": a past verb
# joined by "and" after the negation starts a new predicate that the negation does not reach (ISW newest-12 gold).
_AND_DONE = re.compile(r"\band\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|fought|hit|struck|shot|kept|held|took|began)\b")
CLAUSE_CUT = re.compile(CLAUSE_BREAK + r"|\bafter\b|\bbefore\b|,\s+(?:and|which|as)\b", re.I)
# "maintained positions to prevent advances and conducted strikes north of Kharkiv", "did not conduct ground attacks
# and shelled Siversk": a second past verb starts a reported act of its own.
_AND_ACT = re.compile(r"\band\s+(?:(?:also|then|reportedly)\s+)?$", re.I)
_ACT_VERB = re.compile(r"(?:conducted|continued|launched|struck|shelled|fired|attacked|carried\s+out|resumed|intensified|"
                       r"targeted)\b", re.I)

# Not "charged on/at": riot police charge on a crowd.
_LEGAL = re.compile(r"\b(?:(?:" + VERDICT_VERBS + "|" + CHARGE_VERBS + r"|guilty)\s+(?:of|for|with|over)|sentenced\s+to|"
                    r"indicted\s+on|(?:on|faces?|facing|faced)\s+charges?\s+of|on\s+trial\s+for|suspected\s+of|trial\s+(?:of|over))\b",
                    re.I)

_YEAR = re.compile(r"\b(19|20)\d\d\b")
# "says Israel will pay for strike on embassy", "calls for ceasefire after Rafah strike": a strike or a
# killing named as the cause of a reaction is a past event; the modal governs the reaction, not the strike.
_NOMINAL = re.compile(r"(?:air\s*)?strikes?|airstrikes?|attacks?(?:\s+(?:on|in|at|against))?|blasts?|bombings?|"
                      r"killings?|massacres?|shootings?|raids?", re.I)
_CAUSE_PREP = re.compile(r"(?<!plans\s)(?<!plan\s)(?<!preparing\s)(?<!preparations\s)(?<!calls\s)(?<!called\s)"
                         r"\b(?:for|over|after|following|amid|at|by|into|about)\s+(?!(?:an?|any|another|new|further|"
                         r"possible|potential|future|more)\b)(?:[\w’'-]+\s+){0,4}$", re.I)
# "strike on its embassy in Lebanon will not go unpunished": a strike on a named party's site is a past event.
_OWN_TARGET = re.compile(r"\s*(?:on|at|against)?\s*(?:its|their|his|her|our)\s+", re.I)
_PLANNED = re.compile(r"\b(?:plan\w*|prepar\w*|expect\w*|intend\w*|threat\w*|possib\w*|likely|ready|readies)\b", re.I)
# "Israel's strike on Rafah could hinder talks": a definite strike is past; the modal is about its consequences.
_DEFINITE = re.compile(r"(?:\b(?:the|this|that|its|[A-Z][\w-]*['’]s)|\bdeadly)\s+(?:[\w’'-]+\s+){0,2}$")

# "reinforce their offensive operations", "the slow pace of the offensive operation", "favorable to mechanized
# offensive operations": the operations are named, not reported; only a verb of doing them ("continued",
# "conducted", "launched") makes them an event (ISW assessments, unlabelled reports and gold dev).
_OPERATIONS = re.compile(r"offensive\s+operations?", re.I)
_CONDUCTED = re.compile(r"\b(?:continu\w*|conduct(?!\s+of\b)\w*|launch\w*|beg[ai]n\w*|begun|resum\w*|commenc\w*|intensif\w*|"
                        r"renew\w*|undert\w*|carr(?:y|ies|ied|ying)\s+out|mount\w*|initiat\w*|start\w*)\s+"
                        r"(?:[\w’'-]+\s+){0,3}$", re.I)


# "Images from previous Ukrainian strikes across the bridge", "earlier attacks on the plant": events told before.
_PREVIOUS_BEFORE = re.compile(r"\b(?:previous|earlier|prior|past|former)\s+(?!(?:[\w’'-]+\s+){0,2}?(?:night|day|evening|"
                              r"morning|afternoon|week|weekend|hours?|\d))(?:[\w’'-]+\s+){0,2}$", re.I)

# "(many of them still badly worn from battles near Chernihiv)", "the 98th Airborne Division, which was badly
# damaged in fighting north of Sumy", "units withdrawn from fighting in northeastern Ukraine": the state of a
# unit after earlier fighting is background, not a report of a battle. A unit is the subject (UNIT_WORDS, "whom"):
# "a school was damaged in fighting near Bakhmut on Monday" tells the day's battle, as does "suffered losses during
# fighting in X".
_UNIT_STATE = re.compile(r"\b(?:damaged|depleted|degraded|attrited|decimated|exhausted|withdrawn|reconstituted|rotated|"
                         r"returned)\s+(?:[\w’'-]+\s+){0,2}?"
                         r"(?:in|from|during)\s+(?:the\s+)?(?:[\w’'-]+\s+)?$", re.I)
_UNIT_SUBJECT = re.compile(r"\b(?:" + UNIT_WORDS + r"|whom|them)\b[^.;]{0,60}$", re.I)
# Only the noun of a campaign: "a substation that was damaged during the attack" tells of the attack itself (MUC).
_FIGHT_NOUN = re.compile(r"(?:fighting|combat|battles?|operations|offensives?)\b", re.I)


def named_operation(text: str, s0: int, t0: int, trigger: str) -> bool:
    """True for "offensive operations" named as a thing (reinforced, stalled, favoured), not as done."""
    return _OPERATIONS.fullmatch(trigger) is not None and not _CONDUCTED.search(text, max(s0, t0 - 60), t0)


# "Russian troops will likely keep trying to reach the T0504 road so as to back assaults on
# Lysychansk": an ISW forecast whose modal lies further back than the near window; a past verb after the modal
# ("will likely attempt to push west ... and continued to shell Bakhmut") starts a reported clause, and so does
# "after"/"following" ("to hold urgent session on Friday after Israeli strike on Jabalia": the strike happened).
MODAL = re.compile(r"(?<![’']s\s)(?<!the\s)(?<!political\s)\b(?:will|would|could|might)\b"
                   r"(?![^,;:—–]*?\b(?:[a-z]+ed|fought|hit|struck|shot|began|took|said|says|reported|stated|claimed|"
                   r"noted|after|following|since|amid|despite|over)\b)[^,;:—–]*$", re.I)


# "... in Sumy on March 3, and Russian forces will likely step up strikes in the next 48 hours": a forecast
# in the next clause says nothing of this one.
_NEXT_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?:the\s+)?[A-Z]")


def _clause_end(after: str) -> int:
    """Where the trigger's clause ends in the text after it."""
    m = _NEXT_CLAUSE.search(after)
    return m.start() if m else len(after)


def _modal_lead(text: str, s0: int, t0: int) -> bool:
    """A modal or future verb earlier in the trigger's clause, with no reported act after it."""
    lead = text[s0:t0]
    # Cheap test first: most sentences have no modal at all.
    return ("will" in lead or "ould" in lead or "ight" in lead) and MODAL.search(lead) is not None


def second_predicate(text: str, s0: int, t0: int) -> int | None:
    """Start of the trigger's own predicate when it is a past act verb after "and", else None."""
    if not _ACT_VERB.match(text, t0):
        return None
    m = _AND_ACT.search(text, max(s0, t0 - 25), t0)
    return m.end() if m else None


def status_of(text: str, s0: int, s1: int, t0: int, t1: int, published: object,
              towns: Sequence[int] = ()) -> tuple[str, str]:
    """(status, reason) of the trigger at t0:t1 in the sentence s0:s1 (`towns`: where town names start)."""
    status, reason = _status(text, s0, s1, t0, t1, published)
    # A kill goes with a fire word of its own claim only: from the last report verb before it.
    fire = FIRE_WORD.search(text, t0, t1) or (KILL_STEM.match(text, t0)
                                             and FIRE_WORD.search(text, claim_start(text, s0, t0), t0))
    if status == "asserted" and fire and doubted_report(text, s0, s1, t0, t1):
        return "hypothetical", "a reported claim that ISW says it cannot confirm (README: left out)"
    if status in ("negated", "hypothetical") and any(t1 <= x < s1 for x in towns):
        # Like _AND_DONE after a negation: a past act verb after "and" with a town of its own starts a predicate
        # the denial or aim before it does not reach ("did not attack ... and shelled Siversk"). With no town it
        # would take the denied clause's place ("... and fired along the line of contact").
        own = second_predicate(text, s0, t0)
        if own is not None:
            return _status(text, own, s1, t0, t1, published)
    return status, reason


# "market rumors that the navy had launched a retaliatory strike", "a rumoured raid": a rumour of the act itself is
# no report of it. Only in the act's own clause: "amid rumours about his health, rebels attacked" is a report.
RUMOUR = re.compile(r"\brumou?rs?(?:\s+[\w’'-]+){0,6}?\s+(?:that|of|about)\s+(?:[\w’'-]+\s+){0,8}$|"
                    r"\brumou?red\s+(?:[\w’'-]+\s+){0,2}$", re.I)
# "the close of a ten-day Iranian pause in air raids", "threatened a resumption of air raids": a pause in
# attacks, or its end threatened, is no attack.
_PAUSE = re.compile(r"\b(?:moratorium|suspension|halt|truce|ceasefire|cease-fire|threat\w*\s+(?:an?\s+|the\s+)?"
                    r"resumption)\s+(?:(?:in|on|of|to)\s+)(?:[\w’'-]+\s+){0,2}$", re.I)


def _status(text: str, s0: int, s1: int, t0: int, t1: int, published: object) -> tuple[str, str]:
    """status_of for the words of s0:s1 alone."""
    before = text[max(s0, t0 - 90) : t0]
    cuts = list(CLAUSE_CUT.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    after = text[t1:s1]
    if short_quote(text, s0, s1, t0):
        return "hypothetical", "inside a short quotation (figurative speech)"
    if doubted_quote(text, s0, s1, t0):
        return "hypothetical", "a quoted claim the text doubts ('a claim ISW cannot confirm'), not a report"
    if _LEGAL.search(text, max(s0, t0 - 40), t0):
        return "historical", f"legal proceedings about an earlier act: {before.strip()!r}"
    neg = _NEGATION.search(before)
    if neg and not _NOT_ABOUT_EVENT.match(before, neg.end()) and not _AND_DONE.search(before, neg.end()) \
            and not _NO_PAUSE.match(before, neg.end()):
        return "negated", f"negation before the trigger: {before.strip()!r}"
    if _FALSELY.search(before) and text[t0:t1].lower().startswith("claim"):
        return "negated", f"a claim the text calls false: {before[-30:].strip()!r}"
    lo = t0 - len(before)
    # CLAUSE_CUT's ", as" ends on the comparison's own "as".
    if (m := _AS_DID.search(text, lo - 2 if cuts and cuts[-1].group(0)[-2:].lower() == "as" else lo, t0)) is not None \
            and not _OPENS_CLAUSE.search(text[s0 : m.start()]):
        return "historical", f"an earlier act named for comparison: {m.group(0).strip()!r}"
    if (m := _SET_ASIDE.search(before)) is not None and not _PAST_ACT.match(text, t0) \
            and not (not _FRONT_GAP.fullmatch(m.group("gap")) and not text.startswith(",", t1)
                     and _OPENS_CLAUSE.search(text[s0 : lo + m.start()])):
        return "negated", f"an act set aside ('rather than', 'instead of'), not done: {before.strip()!r}"
    if _HYPOTHETICAL.search(before):
        return "hypothetical", f"conditional before the trigger: {before.strip()!r}"
    if RUMOUR.search(before):
        return "hypothetical", f"a rumour, not a report: {before.strip()!r}"
    if _PAUSE.search(before):
        return "negated", f"a pause in attacks, not an attack: {before.strip()!r}"
    nominal = _NOMINAL.fullmatch(text[t0:t1]) is not None
    # The whole text, so that a lookbehind sees the word the window cut ("Kreml|in may have"), and a lookahead the
    # trigger ("relies on may attack").
    future = FUTURE_BEFORE.search(text, t0 - len(before), t1)
    if future is not None and future.start() < t0 \
            and not (nominal and _CAUSE_PREP.search(before) and not _PLANNED.search(before)):
        return "future", f"future or modal before the trigger: {before.strip()!r}"
    if _FUTURE_AFTER.search(after) and not (nominal and (_DEFINITE.search(before) or _OWN_TARGET.match(after))):
        return "future", f"future or possibility after the trigger: {after[:40].strip()!r}"
    if CAMPAIGN_NOUN.fullmatch(text, t0, t1) and _SUBJECT_LEAD.fullmatch(text, s0, t0) \
            and _ASSESSED.match(text, t1, s1):
        return "hypothetical", f"an assessment with the campaign as its subject: {text[t1:s1][:60].strip()!r}"
    if _FORECAST_BEFORE.search(before) or _FORECAST_SENTENCE.search(text, s0, t0) or _PURPOSE_BEFORE.search(before) \
            or _SUPPRESS.search(before) and _COUNTER.match(text, t0):
        return "hypothetical", f"an aim or forecast, not a report: {before.strip()!r}"
    if (framed := talk_frame(text, s0, t0, t1, before)) is not None:
        return framed
    if _COUNTER.match(text, t0) and (_VULNERABLE_TO_COUNTER.search(before) or _COUNTEROFFENSIVE.match(text, t0)
                                     and _CAUSE_OF_COUNTER.search(before)
                                     and not DAY_TOLD.search(text, t0 - len(before), t1 + _clause_end(after))):
        return "hypothetical", f"a counteroffensive named as a cause or threat: {before[-40:].strip()!r}"
    if _modal_lead(text, s0, t0):
        return "future", f"the clause's verb is a modal or future: {text[s0:t0][-60:].strip()!r}"
    if _FORECAST_AFTER.search(after, 0, _clause_end(after)):
        return "future", f"expected later: {after[:60].strip()!r}"
    if _RETRACTED.search(text, s0, t0):
        return "negated", f"a statement the text withdraws: {text[s0:t0][-60:].strip()!r}"
    if _FALSE_AFTER.search(after):
        return "negated", f"refuted after the trigger: {after[:50].strip()!r}"
    if _UNABLE.search(before):
        return "hypothetical", f"an ability denied, not an act: {before.strip()!r}"
    state = _UNIT_STATE.search(before)
    if state and _FIGHT_NOUN.match(text, t0) \
            and _UNIT_SUBJECT.search(text, max(s0, t0 - len(before) + state.start() - 60), t0 - len(before) + state.start()):
        return "historical", f"a unit's state after earlier fighting: {before[-40:].strip()!r}"
    if _PREVIOUS_BEFORE.search(before):
        return "historical", f"an earlier event named: {before[-30:].strip()!r}"
    end = _CLAUSE_END.search(after)
    clause = before + text[t0:t1] + (after[: end.start()] if end else after)
    agg = _AGGREGATE.search(clause)
    if agg:
        return "historical", f"a tally over a period, not one event: {agg.group(0)!r}"
    since = SINCE_BEGAN.search(clause)
    if since and not DAY_TOLD.search(text, s0, s1) and not since_compared(clause, 0, len(clause)):
        return "historical", f"a war-long tally, not one event: {since.group(0)!r}"
    toll = _WAR_TOLL.search(text, s0, s1) if "toll" in text[s0:s1].lower() else None
    if toll and t0 >= toll.start() and not (t0 >= toll.end() and _DIGIT.search(text, toll.end(), t0)):
        # "Gaza toll from Israeli strikes rises to 31,402", "... passes 17,200 as Israeli strikes go on": the
        # attacks make up a war's toll. A day's count told first or after ("as 84 more were killed") is an event.
        return "historical", f"a war's death toll, not one event: {toll.group(0)!r}"
    sentence = text[s0:s1]
    h = next((x for x in _historical(text, s0, s1, sentence) if not _later_clause(sentence, t0 - s0, t1 - s0, x)), None)
    if h and h.group(0).lower().startswith("since") and _SUPERLATIVE.search(sentence):
        h = None
    if h:
        year = _YEAR.search(h.group(0))
        pub_year = getattr(published, "year", None)
        if not year or pub_year is None or int(year.group(0)) < pub_year:
            return "historical", f"past reference in the sentence: {h.group(0)!r}"
    return "asserted", ""


_BREAK = re.compile(r"[,;(–—]")
_REPORT_END = re.compile(r"[,;:(–—]|\b(?:but|while|although|whereas|were|was)\b", re.I)
_CONFIRMED = re.compile(r"\b(?:confirm\w*|corroborat\w*|consistent\s+with|verif\w*)\s+(?:the\s+)?$", re.I)
_hist_last: tuple[str, int, int, list[re.Match[str]]] = ("", 0, 0, [])


def _historical(text: str, s0: int, s1: int, sentence: str) -> list[re.Match[str]]:
    """_HISTORICAL's matches in the sentence, found once per sentence (a long report's sentence holds many triggers)."""
    global _hist_last
    last = _hist_last  # one read: another thread may replace the cache meanwhile
    if last[0] is text and last[1] == s0 and last[2] == s1:
        return last[3]
    found = list(_HISTORICAL.finditer(sentence))
    _hist_last = (text, s0, s1, found)
    return found


def _later_clause(sentence: str, t0: int, t1: int, h: re.Match[str]) -> bool:
    """True for a "previously" in a clause after the trigger's ("capturing the port, contradicting claims to have
    previously captured it", "toward Olhynka – towns Russian forces previously claimed –" date that clause only), and
    for a "previous reports of" whose complement does not hold the trigger."""
    if h.group("report"):
        # "Despite previous reports of a ceasefire, Russian forces shelled Sumy", "... were wrong, but Russian forces
        # shelled Sumy": the act after the complement is new; "confirmed earlier reports that ..." tells it anew.
        return h.start() >= t1 or _REPORT_END.search(sentence, h.end(), t0) is not None \
            or _CONFIRMED.search(sentence, max(0, h.start() - 40), h.start()) is not None
    return h.group(0).lower() == "previously" and h.start() > t1 and _BREAK.search(sentence, t1, h.start()) is not None


# Any year from 1500 on ("In 1683 the Ottoman army ..."), not only _YEAR's 19xx and 20xx.
_OLD_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# A month-day date before the year ("December 31, 2023"): within _OWN_DAYS of publication it is the act's own day
# over New Year, not history.
_MONTHS = MONTH_NAMES.lower().split("|")
_DAY_BEFORE = re.compile(r"\b(" + MONTH_NAMES + r")\s+(\d{1,2}),?\s*$", re.I)
_OWN_DAYS = 10


def _own_day(text: str, y: re.Match[str], published: object, s0: int) -> bool:
    """True when year `y` ends a month-day date within _OWN_DAYS of `published`."""
    m = _DAY_BEFORE.search(text, max(s0, y.start() - 20), y.start())
    if m is None or not isinstance(published, date):
        return False
    day = published.date() if isinstance(published, datetime) else published
    try:
        told = date(int(y.group(0)), _MONTHS.index(m.group(1).lower()) + 1, int(m.group(2)))
    except ValueError:
        return False
    return abs((day - told).days) <= _OWN_DAYS


def earlier_year(text: str, s0: int, s1: int, published: object) -> bool:
    """The sentence tells a year before the publication's ("In 2014 separatists advanced to ..."): retold history.

    A year that ends a date a few days before publication ("on December 31, 2023" in a report of January 2) is the
    act's own day.
    """
    year = getattr(published, "year", None)
    return isinstance(year, int) and any(int(y.group(0)) < year and not _own_day(text, y, published, s0)
                                         for y in _OLD_YEAR.finditer(text, s0, s1))
