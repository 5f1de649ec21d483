"""Trigger rules for fighting and killings: ground assaults, clashes, massacres, abductions, sexual violence."""

from __future__ import annotations

from eventwire.components.lexicon import DOING, FIGHT_MOD, PART_COMPASS, PROBE_NOUN
from eventwire.components.trigger_parts import (
    ABDUCT,
    ADVANCE_EDGE,
    ADVANCE_IN,
    AFTER_ARMED,
    AT_OR_BEARING,
    AT_PLACE,
    BEATEN_GROUP,
    CHEM,
    CLASH,
    COMPASS,
    GAIN_IN,
    IED,
    IN_NOT_PURPOSE,
    MOVING_AT,
    NO_FIGHT,
    NOT_CIVIL_AIM,
    NOT_GROUND,
    SEXUAL,
    VAC,
    Rule,
)

GROUND_RULES: list[Rule] = [
    # Phrases that only armies use: no armed party need be named ("sources reported fighting near Siversk").
    Rule(r"(?:ground|infantry)\s+(?:attacks?|assaults?)|"
         # "ground and artillery attacks near Pavlivka": a ground fight beside the shelling (like the air twin).
         r"ground(?=\s+and\s+(?:artillery|air|missile|mortar)\s+(?:attacks|assaults|strikes)\b)|repel(?:led|ling|s)?\s+(?:\w+\s+){0,3}?(?:attacks?|assaults?|"
         # "repelled renewed Russian attempts to encircle the town of Lyman": a try at a place, as "attempts" is; not
         # a try at a civil aim ("Parliament repelled efforts to impeach the president" is politics).
         r"offensives?|advances?|(?:attempts?|efforts?)" + NOT_CIVIL_AIM + r")\b|repuls(?:ed|ing)\s+(?:\w+\s+){0,3}?(?:attacks?|assaults?|attempts?)\b|"
         r"counter-?offensives?\b(?:\s+operations)?|fighting\s+(?:near|around|outside|on\s+the\s+outskirts\s+of)\b|(?:heavy|fierce|intense)\s+"
         # "to replace heavy combat losses", "units with intense combat experience": "combat" there only qualifies
         # the noun after it (what was lost or learned), no fight is told.
         r"(?:fighting|battles?|combat(?!\s+(?:loss(?:es)?|casualt(?:y|ies)|experience|readiness|effectiveness|"
         r"capabilit(?:y|ies)|power|training|fatigue|attrition|deaths?)\b))\b|(?:locali[sz]ed|local|positional|sporadic|limited)\s+fighting\b|fighting\s+continued\b|"
         r"fighting\s+(?:rages?|raged|raging|erupted|broke\s+out|intensifie[sd])\b|"
         # "minor fighting is reportedly ongoing in Oleksandrivka", "fighting is occurring in Tsupivka": "occurring" and
         # "taking place" only before a named place ("price fighting is occurring in the car market" is no battle).
         r"fighting\s+(?:is|was|has\s+been|remains|remained)\s+(?:(?:still|reportedly|also)\s+){0,2}(?:ongoing\b|"
         r"(?:occurring|taking\s+place)(?=\s+(?:in\s+areas\s+)?(?:in|near|around|at|on\s+the\s+outskirts\s+of)\s+(?-i:[A-Z])))|"
         r"ongoing\s+fighting\b|"
         # ISW: "Russian forces continued combat in ... near Vysokopillya": fighting told with "continued" before a
         # place word is a fight (not "continued combat readiness", nor "continued fighting over the budget").
         # A named place must follow ("in court", "at the polls", "fighting inflation" are no fight).
         r"continued\s+(?:combat|fighting)(?=\s+(?:(?:in|near|around|along|at)\s+(?:the\s+)?"
         r"(?:" + COMPASS + r"(?:ern)?\s+|central\s+)?(?-i:[A-Z])|" + COMPASS + r"\s+(?:and\s+[a-z]+\s+)?of\b))|"
         # ISW: "fighting south of Vuhledar in Pavlivka and Prechystivka".
         r"fighting\s+(?:north|south|east|west)(?:east|west)?\s+of\b|"
         # "three BTGs attacked toward Mykolayiv", "attacked toward Zazymya and Vyshenky": an attack with a heading is
         # troops on the move.
         r"attack(?:ed|s)?\s+(?:toward|towards|in\s+the\s+direction\s+of)\b|"
         # ISW: "failed in an attempt to retake lost positions near Bilohorivka": a try to retake a place
         # is a fight there. A lone "lost position" is left out: it often names only where the try came from.
         r"(?:attempted|attempting|tried|trying)\s+to\s+regain\s+(?:(?:previously|recently|certain|some)\s+)?lost\s+"
         r"positions\b",
         CLASH, "ASSAULT", "firearms", armed=False,
         anchors="ground infantry repel repuls counter fighting heavy fierce intense ongoing attack limited attempt tried trying continued"),
    # "Niger: fighting between the army and the rebels ... spreads to Agadez", "fresh fighting in Beni".
    Rule(r"clash(?:es|ed)?\b|firefights?|gun\s*battles?|fierce\s+fighting|heavy\s+fighting|fighting\s+(?:in|near|"
         r"around|for|between)\b|(?:fresh|renewed)\s+fighting\b|fought\b|skirmish(?:es)?|ground\s+assaults?|(?:attacked|assaulted|stormed)\s+"
         r"(?:\w+\s+){0,3}(?:positions|barracks|outposts?)|counter-?attack(?:s|ed)?|ambush(?:ed|es)?|"
         r"armed\s+confrontations?|battl(?:e|es|ed|ing)\s+(?:[A-Z][\w-]+\s+|(?:\w+\s+)?(?:militants|fighters|rebels|"
         r"troops|forces|insurgents|gunmen)\s+)(?:in|for|near|around)\b|offensive\s+operations?|assaults?\s+(?:on|against)\b|attempt(?:s|ed|ing)?\s+to\s+"
         r"advance\b|(?:attempted|(?:are|is|were|was|been)\s+(?:also\s+|still\s+|reportedly\s+)?attempting|"
         # "losses on enemy units attempting to cross the Inhulets near Davydiv Brid": a participle clause whose
         # head is an armed noun tells the try as done, as "attempted" does; a try to cross (a river, a line) is a fight
         # at the crossing when it was opposed (trigger_sense: an armed subject and a sign of a fight; not a man who
         # drowned crossing the Tisza). Not "forces attempting to encircle X continue to face shortages": an
         # encirclement is a campaign's aim (dev12), so it is left out.
         + AFTER_ARMED + r"attempting)\s+to\s+"
         r"(?:(?:re)?(?:capture|take|seize|storm)|cross)\b|"
         # ISW: "attempted to assault Blahodatne and Pavlivka", "tried to assault Kreminna", "attempted to attack
         # Dovhenke": forces trying to take a place fight there (gold dev labels such tries as clashes).
         r"(?:attempted|tried|(?:are|is|were|was|been)\s+(?:also\s+|still\s+|reportedly\s+)?(?:attempting|trying))\s+"
         r"to\s+(?:assault|attack)(?=\s+(?-i:[A-Z]))(?!\s+(?:[\w’'-]+\s+){0,4}?with\s+(?:[\w-]+\s+){0,2}?(?:drones?|"
         # "with drones" is a strike, "with infantry" a fight; "tried to attack Israeli communities" or "US warships"
         # is no battle between forces.
         r"missiles?|rockets?|aircraft|air\s*strikes?|artillery|shells?|UAVs?|Shaheds?|mortars?|bombs?)\b)"
         r"(?!\s+(?:[\w’'-]+\s+){0,2}?(?:communities|civilians|villagers|residents|homes|houses|(?:war)?ships?|"
         r"vessels?|tankers?)\b)|broke\s+through\s+(?:\w+\s+){0,2}?(?:defen[cs]es|lines)\b|"
         # ISW: "tried to break Ukrainian defences north and south of Marinka", "tried to push through Ukrainian
         # lines near Dolyna": a try at the defences is a fight there, as "broke through" is.
         r"(?:attempt(?:s|ed|ing)?|tried|trying)\s+to\s+break\s+(?:through\s+)?(?:\w+\s+){0,2}?(?:defen[cs]es|"
         r"defensive\s+lines?|lines?\s+of\s+defen[cs]e)\b|"
         # "Ukrainian troops halted a Russian push east of Kupiansk", "stopped Russian ground attacks
         # near Mayorsk": an attack stopped is an attack repelled ("stopping Russian forces from deserting" is none).
         r"(?:halted|halting|stopped|stopping)\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,2}?(?:forces|troops|advances?|"
         r"offensives?|attacks?|assaults?|attempts?)\b(?!\s+from\s+\w+ing\b)|"
         # ISW: "had ”partial success” in Midna Ruda" (a closing curly quote), "troops attempted attacks near X" (a
         # try is an attack made, as "unsuccessful attacks" is).
         r"partial\s+success[”\"’']?\s+(?:in|near|around)\b|made\s+(?!no\b)(?:\w+\s+){0,2}?(?:advances|gains)\s+"
         r"(?:in|near|around|toward|towards|to)\b|"
         # "continued to make limited gains around Bakhmut", "are making incremental advances around Svyatohirsk": gains
         # told as going on are made there, as "made gains in" is; not "gains toward Zaporizhya", a heading.
         r"(?:(?:continued|continue|continues|continuing)\s+(?:to\s+make|making)|(?:are|is|were|was|been)\s+(?:\w+ly\s+)?"
         r"making)\s+(?!no\b)(?:\w+\s+){0,2}?(?:advances|gains)\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)\w*\s+of\s+"
         r"(?:the\s+)?[\w-]+(?:\s+City)?\s+)?(?:in|near|around)\b|street\s+fighting\b|urban\s+(?:combat|fighting)\s+(?:in|for|around|near)\b|(?:conducted|launched|continued|attempted|" + DOING + r")\s+(?:" + NOT_GROUND + FIGHT_MOD + r"\(?\w+\)?\s+){0,2}?(?:ground\s+)?(?:attacks?|assaults|offensives)\s+"
         + AT_OR_BEARING + r"|unsuccessful(?:ly)?\s+(?:\w+\s+)?(?:attacks?|attacked|assaults?|offensives?)\b|"
         # ISW: "tried but failed to advance around Novoluhanske", "engaged in positional battles near Dementiivka".
         r"tried\s+(?:(?:but|and)\s+failed\s+)?to\s+advance\b|positional\s+battles\b|"
         # ISW: "continued to fight in Soledar", "kept fighting farther west of Horlivka in Zalizne": the
         # verb "fight" with a place told, as "fighting in" is.
         r"(?:continued|continue|continues|began|begun)\s+to\s+fight(?=\s+(?:(?:further|just|heavily|fiercely)\s+)?"
         r"(?:in|near|around|for|(?:north|south|east|west)\w*\s+of)\b)|"
         # "foiled Russian reconnaissance operations in Volodymyrivka", "carried out a failed reconnaissance-in-force
         # operation in Dmytrivka": a probing attack is a fight (gold dev); "conducting aerial reconnaissance" is not.
         r"(?:foiled|repelled|repulsed|defeated|stopped)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:sabotage\s+and\s+)?"
         r"reconnaissance(?:[-\s]in[-\s]force)?\s+" + PROBE_NOUN + r"\b|" + BEATEN_GROUP + "|"
         # "had beaten back a Russian armoured column near Trostianets", "defeated Ukrainian forces in X": a
         # force beaten is a fight lost or won there.
         r"defeated\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:forces?|troops|units?|battalions?|columns?)\b|"
         r"(?:conducted|launched|carried\s+out)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?reconnaissance[-\s]in[-\s]force\b|"
         r"reconnaissance[-\s]in[-\s]force\s+(?:operations?\s+|attempts?\s+|attacks?\s+)?(?:on|near|in|around)\b|"
         # "Russian units entered the eastern edge of Spirne", "entered Orihove": troops moving into
         # a contested town fight for it (ISW; "entered ... unopposed" is a transfer, coded below).
         # "advanced into Novoluhanske", "advanced into the outskirts of X": moving into a named town is the same.
         r"(?:entered|advanced\s+(?:further\s+)?into)(?=\s+(?:the\s+)?(?:" + PART_COMPASS + r"\s+)?(?:outskirts\s+of\s+|"
         r"city\s+of\s+|downtown\s+)?(?-i:[A-Z]))" + NO_FIGHT + "|" + ADVANCE_IN + "|" + ADVANCE_EDGE + NO_FIGHT + "|" + GAIN_IN + "|" + MOVING_AT,
         CLASH, "ASSAULT", "firearms",
         anchors="clash firefight gun battle fight fought skirmish assault attack storm counter ambush confrontation fresh renewed "
                 "offensive unsuccessful attempt street urban battl broke partial made tried positional entered "
                 "reconnaissance sabotage halt stop defeated advanc tak took captur gain seiz mak carr"),
    # ISW: "conducted an assault near Pidhorodne", "made a failed assault toward Dovhenke": one
    # assault at a place, as "conducted assaults near" is; "tried without success to better their tactical positions
    # in Ivano-Darivka": a try to push forward at a place is a fight there, as "repelled attempts to improve tactical
    # positions" is. The armed doer comes before the verb: "a man launched an assault in a bar, police said" is a
    # crime, "the company attempted to improve its tactical positions in Asia" business. "Russian forces continued
    # street fights in Bakhmut" (General Staff) likewise; a lone "street fight", or fans' or youths' "street fights",
    # is a brawl, not a battle.
    Rule(r"(?:conducted|launched|continued|attempted|" + DOING + r")\s+an?\s+(?:" + NOT_GROUND + FIGHT_MOD + r"[\w-]+\s+){0,2}?assault\s+"
         + AT_OR_BEARING + r"|" + DOING + r"\s+an\s+(?:" + NOT_GROUND + FIGHT_MOD + r"[\w-]+\s+){0,2}?offensive\s+" + AT_PLACE
         + r"|street\s+fights\s+(?:in|within|near|around|for)\b|(?:attempted|tried|failed)\s+to\s+improve\s+(?:their\s+|its\s+)?tactical\s+positions?(?=\s+(?:" + IN_NOT_PURPOSE
         + r"|near|around|at)\b)",
         CLASH, "ASSAULT", "firearms", subject=True, anchors="conduct launch carr continued attempted tried failed street"),
    # ISW: "Russian units are now clearing Pisky of the last Ukrainian defenders", "reportedly are
    # “clearing” Sviatohirsk", "continued to clear Opytne": troops clearing a named town fight for it. The armed doer
    # comes before the verb; not mines ("demining and clearing Severodonetsk"), nor a side's positions ("clearing
    # Ukrainian strongholds"). Not "cleared": a military bill "cleared Congress" passed a vote. trigger_checks.clears_town
    # also wants a town right after the verb, and no road, day, mines or police (review s20-a D1).
    Rule(r"(?<!demining\sand\s)(?-i:clearing|clear)(?=[”\"’']?\s+(?!(?:Ukrainian|Russian)\b)(?-i:[A-Z][a-z]))",
         CLASH, "ASSAULT", "firearms", subject=True, anchors="clear"),
    Rule(r"massacre(?:d|s)?\b|gunmen\s+(?:opened\s+fire|killed|shot|attacked|murdered)|(?:opened\s+fire|fired|fire|"
         r"fires|shot)\s+(?:on|at)\s+(?:\w+\s+){0,2}(?:civilians|residents|villagers|peasants|worshippers|crowds?|"
         r"aid\s+seekers|people\s+(?:seeking|waiting))|shot\s+dead|"
         r"(?:summarily|extrajudicially)\s+executed|murder(?:ed|s)?\b", VAC, "ASSAULT", "firearms",
         anchors="massacre gunmen opened shot summarily extrajudicially murder fire"),
    Rule(r"assassinat(?:ed|ion|ions|e|es|ing)\b|gunned\s+down|guns?\s+down\b|massacred\b|riddled\s+with\s+bullets|"
         r"shot\s+(?:and\s+killed|to\s+death)", VAC, "ASSAULT", "assassinate", armed=False,
         anchors="assassinat gunned gun massacre riddled shot"),
    # A lone headline: "<girl> shot dead", "<journalist> shot by troops", "<boy> shot in <place>, dies of wounds": a
    # civilian shot is an attack on a civilian even with no doer or toll told, when the shooting is told as violence
    # (a killing or wounding word, a doer, a weapon); not "shot to fame", "shot a film", "shot 45 percent".
    Rule(r"\b(?:school)?(?:girls?|boys?|child|children|teens?|teenagers?|women|woman|baby|babies|toddlers?|"
         r"journalists?|paramedics?|medics?|doctors?|nurses?)\s+(?:(?:is|was|were|are|being|been)\s+)?shot\b"
         r"(?:\s+(?:dead\b|and\s+(?:killed|wounded|injured|hurt)\b|by\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|"
         r"police\w*|gunm[ae]n|settlers|snipers?|forces|army|officers?|assailants|attackers|militants)\b|with\s+(?:"
         r"live\s+|rubber\s+)?(?:bullets|ammunition|rifles?))|(?!\s+(?:down|at|up|to|a|an|the|\d|footage|videos?|"
         r"films?|photos?|pictures?)\b)(?=[^.;]{0,80}?\b(?:killed|dies|died|wounded|injured|critically|bullets?|"
         r"gunfire|snipers?|rifles?)\b))",
         VAC, "ASSAULT", "firearms", armed=False, headline=True, anchors="shot"),
    Rule(r"kidnap(?:s|ped|ping|pings|pers?)?\b|abduct(?:s|ed|ing|ion|ions|ors?)?\b|forcibly\s+disappeared|"
         r"(?:took|taken|take|taking|held|holding|seized)\s+(?:\w+\s+){0,3}?hostages?\b|hostage-taking",
         ABDUCT, "ASSAULT", "abduct", armed=False,
         anchors="kidnap abduct forcibly hostage"),
    Rule(r"rap(?:ed|ing)\b|rapes?\b|gang-?rap\w*|sexual(?:ly)?\s+(?:violence|assault(?:ed|s)?|abused?|"
         r"enslave\w*)", SEXUAL, "ASSAULT", "sexual",
         anchors="rap gang sexual"),
    Rule(r"chemical\s+(?:weapons?\s+)?(?:attacks?|strikes?|munitions|agents?|shells)|(?:sarin|chlorine|mustard|"
         r"toxic|poison)\s+gas\s+(?:attacks?|shells)?|gas\s+attacks?|(?:used|dropped|fired|deployed)\s+"
         r"(?:\w+\s+){0,2}(?:chemical\s+weapons|chloropicrin|sarin|chlorine)", CHEM, "ASSAULT", "chemical",
         anchors="chemical sarin chlor mustard toxic poison gas"),
    Rule(r"(?:bombs?|explosives?|charges?|devices?|dynamite)\s+(?:\w+\s+)?(?:were\s+|was\s+)?(?:detonated|"
         r"exploded|went\s+off)|explosions?\s+of\s+(?:\w+\s+){0,2}(?:bombs?|explosives?|dynamite|charges?)",
         IED, "ASSAULT", "explosives",
         anchors="bomb explosive charge device dynamite explosion"),
]
