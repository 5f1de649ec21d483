"""Trigger rules for remote violence: suicide bombs, air and drone strikes, shelling and fire, bombs, grenades."""

from __future__ import annotations

from eventwire.components.lexicon import BY_DETERMINERS, PART_COMPASS, WORKS
from eventwire.components.town_line import PAIR
from eventwire.components.trigger_parts import (
    AIMED_AT,
    AIR,
    BRIDGE_SUBJECT,
    DAY_NAME,
    DEPOT_SUBJECT,
    EXCESSIVE,
    FEW_WORDS,
    FIRE_NOT_STOPPED,
    GRENADE,
    IED,
    IN_FLIGHT,
    NOT_FORCE_KILLED,
    OPT_ADVERB,
    REST_OF_SENTENCE,
    SHELL,
    SUICIDE,
    TARGET_WORD,
    Rule,
)
from eventwire.components.trigger_refs import MISHAP_HEAD
from eventwire.geoparsing.matching import demonyms

# After a weapon, the end of its noun phrase: a mark, the end, or a word that starts a new phrase, not a noun it qualifies.
_WEAPON_ENDS = (r"(?=\s*(?:$|[,.;:!?)])|\s+(?:on|in|at|near|over|across|overnight|again|and|as|after|kill(?:s|ing)?|"
                r"leav(?:e|es|ing)|wound(?:s|ing)?|amid|while)\b)")

# "destroyed a second Russian pontoon bridge": the act and the bridge's article before any side named.
_ARTICLE = r"\s+(?:a|the|another|both|two|three|at\s+least\s+one)\s+(?:(?:second|third|new|main)\s+)?"
_BRIDGE_ACT = (r"(?:(?:likely|reportedly|also|successfully|then)\s+)?(?-i:destroyed|blew\s+up|(?:reported|claimed)\s+"
               r"destroying)" + _ARTICLE)
# A bridge of no named side: "blew up" is as often a force demolishing a crossing (ACLED: destruction of property)
# as a strike, so only "destroyed" counts there.
_UNNAMED_BRIDGE_ACT = (r"(?:(?:likely|reportedly|also|successfully|then)\s+)?(?-i:destroyed|(?:reported|claimed)\s+"
                       r"destroying)" + _ARTICLE)


# Sabotage by an armed group: the doer's last word right before the verb (fixed-width lookbehinds), no state force.
# ("partisans blew up", no object told, stays the older rule's below; with works told both match the same verb.)
_SABOTEUR_NOUNS = ("rebels", "guerrillas", "insurgents", "militants", "partisans", "saboteurs", "Contras",
                   "separatists", "terrorists", "mujahideen")
# Named groups of the wire years and since ("Shining Path", "Tamil Tigers"), told right before the verb.
_SABOTEURS = (*_SABOTEUR_NOUNS, "Tigers", "Path", "ELN", "FARC", "FMLN", "UNITA", "Renamo", "NPA", "IRA")
_SABOTAGE_DOER = "(?:" + "|".join(rf"(?<={w}\s)" for w in _SABOTEURS) + ")"
_OPT_SABOTAGE_ADVERB = r"(?:(?:also|reportedly|allegedly|again|later|then|had|have|has)\s+){0,2}"
# Not "sabotaged" alone: cut wires or a wrecked transformer in a raid tell no charge set off.
# A try whose charge failed or was defused set nothing off (a disrupted use, which this rule does not code).
_SABOTAGE_VERB = (r"(?:(?:blew|blown)\s+up|dynamited|(?:tried|attempted)\s+to\s+(?:blow\s+up|dynamite)"
                  r"(?![^.;]*\b(?:failed|defused|foiled|did\s+not\s+(?:explode|go\s+off))\b))")
# "was blown up by leftist guerrillas": the group's noun after "by" (a name alone there may be a person's).
_SABOTAGE_PASSIVE = (r"(?:blown\s+up|dynamited)(?=\s+(?:on\s+\w+\s+)?by\s+(?:[\w'-]+\s+){0,2}?(?:"
                     + "|".join(_SABOTEUR_NOUNS) + r")\b)")
# A passive's works are looked behind, so the trigger is the verb and "Colombia's" owns the pipeline, not the attack.
# Lookbehinds are fixed-width, so these are single words of lexicon.WORKS spelled out (keep the two in step).
_AUX = ("was", "were", r"had\sbeen", r"has\sbeen", r"have\sbeen")
_PASSIVE_WORKS = ("pipeline", "pipelines", "pylon", "pylons", "towers", "substation", "tracks", "railway", "cables")
_AGENT_PASSIVE = ("(?:" + "|".join(rf"(?<={w}\s{a}\s)" for w in (*_PASSIVE_WORKS, "bridge", "bridges", "line", "lines",
                                                                  "tower") for a in _AUX) + ")" + _SABOTAGE_PASSIVE)
# The object right after the verb: an article or a count, up to three words that qualify it ("an oil", "two 69-kV").
_SABOTAGE_OBJECT = (r"(?:(?:a|an|the|two|three|four|five|six|several|\d+|another|(?:part|parts|a\s+section|sections)"
                   r"\s+of\s+(?:a|an|the))\s+)?(?:(?!(?:in|near|at|on|and|as|after|outside)\b)[\w'-]+\s+){0,3}?"
                   + WORKS)


# "Unidentified planes hit the field", "Iraqi planes attacked a tanker": "planes" is civil aviation's everyday word, so it
# is a side's aircraft only with a side or a military word right before it ("passenger planes hit turbulence" is none).
_PLANE_SIDES = (*sorted({w.title() for w in demonyms() if w.isalpha() and not w.endswith("s")}), "enemy", "unidentified",
                "military", "war", "fighter", "army", "government", "rebel", r"air\sforce", r"U\.S\.", "Soviet", "allied")
_WAR_PLANES = "planes(?:" + "|".join(rf"(?<=\b{w}\splanes)" for w in _PLANE_SIDES) + ")"
# Aircraft hit by something, or hitting what flight meets ("hit severe turbulence", "struck each other on the ground",
# "hit power lines", "hit record numbers"): no strike.
_NOT_FLIGHT = (r"(?!\s+(?:by\b|the\s+ground\b(?!\s+(?:targets|positions|forces|troops))|(?:the\s+|a\s+|severe\s+|"
               r"heavy\s+)*(?:turbulence|runway|tarmac|each\s+other|power\s+lines?|records?|blaze|birds?)\b))")


def _not_own(side: str) -> str:
    """Lookbehinds refusing a subject of `side` ("Russian forces"), right before the verb."""
    return "".join(rf"(?<!{side}\s{w}\s)" for w in ("forces", "troops", "units", "military", "army", "marines"))


FIRE_RULES: list[Rule] = [
    Rule(r"suicide\s+(?:car\s+)?(?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?|vests?)|blew\s+(?:himself|herself|"
         r"themselves)\s+up", SUICIDE, "ASSAULT", "suicide-attack",
         anchors="suicid blew"),
    Rule(r"air\s*-?\s*strikes?|airstrikes?|air\s+raids?(?!\s+(?:sirens?|alerts?|warnings?|shelters?|alarms?))|aerial\s+(?:bombardments?|attacks?|strikes?|bombing)|"
         r"bombing\s+raids?|(?:jets|warplanes|" + _WAR_PLANES + r"|aircraft|helicopters|bombers)\s+(?:bombed|struck|hit|"
         r"attacked|fired\s+on|strafed|raided)" + _NOT_FLIGHT + r"|air\s+(?:attacks?|bombardments?|bombings?)|"
         # "air and artillery strikes", "air, mortar, artillery, and rocket strikes": air named in a list of strikes
         r"air(?=(?:\s*,\s*[\w-]+){0,4},?\s+and\s+(?:[\w-]+\s+){0,2}(?:strikes|bombardments?|support)\b)",
         AIR, "ASSAULT", "aerial",
         anchors="air aerial bomb jet warplane plane helicopter"),
    Rule(r"drone\s+(?:strikes?|attacks?|invasion|raids?|assaults?|incursions?)|drones?" + OPT_ADVERB +
         r"\s+(?:hit|struck|targeted|attacked|slammed\s+into|crashed\s+into|strikes?|hits?|kill(?:s|ed)?)|(?:kamikaze|loitering|"
         r"attack)\s+drones?|(?:launch(?:es|ed)|sent|used)" + FEW_WORDS + r"\s+(?:\d[\d,]*\s+)?(?:Shahed[\w-]*\s+)?"
         r"(?:attack\s+)?(?:drones|UAVs)", AIR, "ASSAULT", "drone",
         anchors="drone uav"),
    # A lone headline "Israel hit by Iranian missiles", "Odesa struck by Russian drones": the passive names the weapon
    # after "by" (in prose, "a ship was hit by a rocket off the coast" is told by the rules that read its place). The
    # trigger is the verb alone: the offset and place readers look right after it.
    # The weapon must end its phrase: in "hit by Houthi missile threat" or "drone fears" it only qualifies a noun.
    Rule(r"(?:hit|struck|targeted|attacked)(?=\s+by\s+" + BY_DETERMINERS + r"(?:[\w’'-]+\s+){0,2}?(?:drones?|UAVs?)"
         + _WEAPON_ENDS + ")", AIR, "ASSAULT", "drone", headline=True, anchors="hit struck targeted attacked"),
    Rule(r"(?:hit|struck|targeted|attacked|pounded)(?=\s+by\s+" + BY_DETERMINERS + r"(?:[\w’'-]+\s+){0,2}?"
         r"(?:missiles?|rockets?|shells)" + _WEAPON_ENDS + ")", SHELL, "ASSAULT", "heavy-weapons", headline=True,
         anchors="hit struck targeted attacked pounded"),
    # "40 dead in two massacres committed by the warplanes in Saraqib": a massacre done by aircraft is an air strike.
    # Not ground troops with air support ("by the army with aircraft support"): no link word in the gap.
    Rule(r"massacres?\s+(?:carried\s+out|committed|perpetrated|done)\s+by\s+(?:the\s+)?"
         r"(?:(?!(?:with|and|backed|supported|or)\b)[\w’'-]+\s+){0,2}?"
         r"(?:aircraft|warplanes|war\s+planes|jets|helicopters|air\s+force|planes)\b", AIR, "ASSAULT", "aerial",
         anchors="massacre"),
    # A lone headline "Student killed as Sudan city protests for second week", "Two shot dead during Nairobi protests": a
    # death told with a protest is force used on the crowd (the killer is implied by the protest). Not armed or police
    # people killed ("Two soldiers killed in protests": a clash's dead), a mishap or a clash in the gap ("killed in
    # stampede at rally"), or a non-state killer named ("killed at rally by unknown gunmen"); a bare "shot" is no
    # death (a shooting at a rally is an attack, not force on a crowd).
    Rule(NOT_FORCE_KILLED + r"(?:killed|shot\s+dead)"
         r"(?=\s+(?:as|during|in|at|amid)\s+(?:(?!" + MISHAP_HEAD.pattern + r"|clash\w*|run-up|fight\w*)[\w’'-]+\s+)"
         r"{0,3}?(?:protests?|demonstrations?|rall(?:y|ies)|marches)\b(?!\s+by\s+(?!(?:riot\s+)?(?:police|security|"
         r"troops|soldiers|forces|army)\b)))", EXCESSIVE, "PROTEST", "demo", armed=False, headline=True,
         anchors="killed shot"),
    # A lone headline: "<army> tracking approach of <N> drones", "drones heading toward <land>": drones in flight at
    # a land are the strike under way (headline.py drops them when the headline tells them shot down).
    Rule(r"approach(?:ing)?\s+of\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|dozens\s+of\s+|hundreds\s+of\s+)?"
         r"(?:\d[\d,]*\s+)?(?:drones|UAVs)\b|" + IN_FLIGHT + r"\s+(?:to|toward|towards|for)\b",
         AIR, "ASSAULT", "drone", headline=True, anchors="approach drones uavs"),
    Rule(r"(?:missile|rocket|artillery|mortar|MLRS|tank)\s+(?:strikes?|attacks?|barrages?|fire|shelling|salvos?)|"
         r"shell(?:ing|ed|s)\b(?<!hollow\sshells)|(?:to|and|,)\s+shell\b|with\s+(?:\w+\s+){0,2}?artillery\b|"
         # "with heavy air and artillery support", "ground assaults supported by artillery": the fires an assault leans
         # on are an event of their own (gold README, operations that lean on fires).
         r"artillery\s+support\b|(?:supported|backed)\s+by\s+(?:heavy\s+|massive\s+)?artillery\b|"
         r"(?:missiles?|rockets?|shells)" + OPT_ADVERB + r"\s+(?:hit|struck|slammed\s+into|"
         r"landed|exploded)|(?:fired|fires|launch(?:es|ed))" + FEW_WORDS + r"\s+[‘“'\"]?(?:\d[\d,]*\s+)?"
         r"(?:\w+\s+){0,2}?(?:missiles|rockets|shells|artillery)|conducted\s+(?:(?:\w+\s+){0,3}(?<!\bair\s)(?<!\bdrone\s)|"
         # "conducted heavy air strikes" is the air rule's; "conducted missile and air strikes" stays a shelling.
         r"(?=(?:\w+\s+){0,2}?(?:missiles?|rockets?|artillery)\s)(?:\w+\s+){1,3})strikes|"
         # Headlines: "nearly 20 rockets fired from Rafah", "ballistic missiles fired toward Israel".
         r"(?:missiles|rockets|projectiles)\s+(?:were\s+|being\s+|have\s+been\s+)?(?:fired|launched)\s+"
         r"(?:from|at|toward|towards|into|on|by|across)\b|"
         # "fired six rounds at Enerhodar", "fired several HIMARS rounds at": not rubber or warning rounds.
         r"fired\s+(?!(?:[\w’'-]+\s+){0,2}?(?:rubber|plastic|warning|blank|live)\b)(?:[\w’'-]+\s+){0,3}?rounds\s+"
         r"(?:at|on|into)\b|"
         # ISW: "kept firing on settlements near Sumy City", "fired at Ukrainian positions".
         r"(?:fire|fired|firing)\s+(?:intensively\s+|heavily\s+)?(?:on|at)\s+(?:[\w’'-]+\s+){0,2}?(?:settlements|positions|villages)\b|"
         # ISW: "fired on Tsyrkuny, Derhachi, and Kozacha Lopan", "additionally fired on Zaporizhia, Mykolaiv Oblasts",
         # "fired on the line of contact in ... Oblasts": the places named are the fire's targets. A name standing
         # alone only, and no people ("fired on Palestinians", "on Kurdish protesters", "at US warships": gunfire or
         # no place).
         r"(?:fired|firing|(?<=to\s)fire)\s+(?:intensively\s+|heavily\s+)?(?:on|at)(?=\s+(?:(?!(?:"
         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
         r"August|September|October|November|December|Ukrainian|Russian)\b)(?![\w’'-]*(?:ians|ans|ese|ish|is)\b)"
         r"(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)*(?:\s*[,.;:(]|\s*$|\s+(?:and|or|in|on|near|with|from|as|"
         r"at|to|City|Oblasts?|Raion|district)\b)|the\s+line\s+of\s+contact\b|"
         # "kept firing on the Shevchenkivskyi and Korabelnyi districts of Mykolaiv": a city's districts.
         r"the\s+(?-i:[A-Z])[\w’'-]+(?:\s+and\s+(?-i:[A-Z])[\w’'-]+)?\s+districts?\s+of\s+(?-i:[A-Z])|"
         r"various\s+(?:locations|settlements|areas|targets)\b))|"
         # ISW: "Ukrainian troops destroyed a Russian fuel depot in Nova Kakhovka" (struck from afar), also as the
         # second of two targets by an armed doer ("forces destroyed two strongholds and three ammunition depots in").
         # No "and" among the first form's words: a second target needs the armed doer ("A fire destroyed a barn and a
         # fuel depot" is no strike).
         r"(?:(?:struck|destroyed|blew\s+up)\s+(?:(?:a|an|two|three|four|five|several|\d+)\s+)?(?:(?!and\b)[\w’'-]+\s+){0,3}?|"
         + DEPOT_SUBJECT + r"(?:(?:likely|reportedly|also|successfully|then)\s+)?(?:struck|destroyed|blew\s+up)\s+"
         r"(?:(?:a|an|two|three|four|five|several|\d+)\s+)?" + TARGET_WORD + r"{0,3}?and\s+"
         r"(?:(?:a|an|two|three|four|five|several|\d+)\s+)?" + TARGET_WORD + r"{0,3}?)"
         r"(?:ammunition|ammo|fuel|weapons?)\s+(?:depots?|warehouses?|dumps?|storage\s+(?:sites?|facilit\w+))\b|"
         # ISW: "Ukrainian forces destroyed a Russian pontoon bridge near Darivka": the means unstated, coded as
         # Shelling (gold dev). Only an armed subject right before the verb (floods, protesters, engineers, partisans
         # and air strikes destroy bridges too). Left out: a bridge torn down "to slow" an advance or by retreating
         # forces, a stated means ("with explosives"), "have/having destroyed" (background), "a destroyed bridge" and
         # ALL-CAPS wire copy (MUC: guerrillas "DESTROYED THE BRIDGE" with charges).
         # "blew up a bridge between A and B" and "reported destroying another pontoon bridge" are the same act. A
         # bridge named as a side's ("a second Russian pontoon bridge") is the enemy's crossing, struck whatever the
         # aim ("to slow the encirclement"); a side's own bridges torn down to slow the other are not.
         # The side's bridge must not be the subject's own ("Ukrainian troops destroyed a Ukrainian bridge").
         + BRIDGE_SUBJECT + r"(?:" + "|".join(
             _not_own(side) + _BRIDGE_ACT + side + r"\s+(?:(?:pontoon|railway|rail|road)\s+)?bridges?\b"
             r"(?!" + REST_OF_SENTENCE + r"\b(?:withdr[ae]w\w*|retreat\w*|with\s+(?:\w+\s+){0,2}?(?:explosives|"
             r"dynamite|charges|mines))\b)" for side in ("Russian", "Ukrainian")) + "|" + _UNNAMED_BRIDGE_ACT +
         r"(?:(?:pontoon|railway|rail|road)\s+)?bridges?\b"
         r"(?!" + REST_OF_SENTENCE + r"\b(?:to\s+(?:slow|hinder|prevent|impede|delay|stop|cover)|slowing|"
         r"withdr[ae]w\w*|retreat\w*|with\s+(?:\w+\s+){0,2}?(?:explosives|dynamite|charges|mines))\b))",
         SHELL, "ASSAULT", "heavy-weapons",
         anchors="missile rocket artiller mortar mlrs tank shell conducted fire struck destroy blew"),
    # ISW: "Russian artillery fire attacks on Ukrainian lines in Sumy Oblast": fire attacks are fires, not a
    # ground assault, and fire that supports a ground attack is a second event, as "with artillery support" is (gold
    # README, operations that lean on fires). Not arson ("settlers carried out fire attacks on homes"): "indirect", or
    # a military target.
    Rule(r"(?<![\w-])(?:indirect\s+fire\s+"
         r"attacks?\s+(?:on|against)\b|(?<!indirect\s)fire\s+attacks?\s+(?:on|against)(?=\s+(?:[\w’'-]+\s+){0,2}?"
         r"(?:positions|lines|trenches|strongholds|defen[cs]es|fortifications|troops|forces|units)\b))",
         SHELL, "ASSAULT", "heavy-weapons", armed=True, anchors="fire indirect"),
    # ISW: "kept targeting Odesa and Kherson Oblast with Shahed drones", "targeted the
    # Pavlohrad city district with three Kh-101 missiles": the places aimed at are struck by the weapon named after "with".
    # Not a side's assets ("targeted Ukrainian infrastructure with ten drones"): they name no place and would lend
    # their weapon to a strike told nearby.
    Rule(r"target(?:ed|ing|s)?\s+" + AIMED_AT + r"with\s+(?:(?!missiles|rockets|artillery|MLRS)[\w’'-]+\s+){0,3}?"
         r"(?:drones|UAVs|Shaheds)\b"
         # "with drones and artillery", "with missiles and drones": the shelling rule's "with ... artillery" takes the
         # span (mixed fires), in either order.
         r"(?!\s+and\s+(?:[\w-]+\s+)?(?:artillery|missiles|rockets|MLRS))",
         AIR, "ASSAULT", "drone", anchors="target"),
    Rule(r"target(?:ed|ing|s)?\s+" + AIMED_AT + r"with\s+(?:[\w’'-]+\s+){0,3}?(?:missiles|rockets|MLRS|"
         r"artillery|shells)\b(?!\s+(?:strikes|fire|attacks))",
         SHELL, "ASSAULT", "heavy-weapons", anchors="target"),
    # "kept firing on Toretsk and nearby villages", "firing intensively on Ukrainian positions in
    # Pytomnyk": the rule above lists "firing" but its anchor "fire" never gates it. Lower case only: in ALL-CAPS wire
    # copy "BEGAN FIRING AT THEM" is gunfire at people and every word looks like a name (MUC dev).
    Rule(r"(?-i:firing)\s+(?:intensively\s+|heavily\s+)?(?:on|at)\s+(?:(?:[\w’'-]+\s+){0,2}?(?:settlements|positions|"
         r"villages)\b|(?=(?!(?:Ukrainian|Russian)\b)(?-i:[A-Z][a-z])))", SHELL, "ASSAULT", "heavy-weapons",
         anchors="firing"),
    # ISW: "stepped up their fire against Bakhmut, Soledar and nearby villages", "continued
    # routine fire against areas in Kharkiv Oblast": fire as a noun (its modifier tells it), aimed at places. Only the
    # modifiers of a war's routine ("heavy fire in Los Angeles", "drew intense fire in Washington", "turned their fire
    # on" are wildfires and politics), and an armed party. "to fire on/at X" is the rule above's (its guards), so "to"
    # only before "against". Not at people or forces ("indirect fire against Russian forces"), a side ("on Russia"),
    # nor a day ("fire on August 3"), nor "fire against Ukrainian positions" (round 59: told from the firing side).
    # So is fire told along a front or across a named area ("daily indirect fire along the front in
    # Donetsk Oblast", "routine fire in Zaporizhia and Mykolaiv oblasts"; not "in the Kupyansk direction", an axis).
    # Not fire that stops or shrinks ("ceased routine fire", "reduced their pace of fire").
    Rule(r"(?<![\w-])" + FIRE_NOT_STOPPED + r"(?:(?-i:routine|indirect|(?:pace|rate|volume)\s+of)\s+fire\s+"
         r"(?:against|on|at)|(?-i:to)\s+fire\s+against)(?=\s+(?:(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:areas|"
         r"settlements|villages)\b|(?!(?:Ukrain|Russia)[\w’'-]*|" + DAY_NAME + r")(?-i:[A-Z][a-z])))|"
         r"(?<![\w-])" + FIRE_NOT_STOPPED + r"(?-i:routine|indirect|(?:pace|rate|volume)\s+of)\s+fire\s+"
         r"(?:along|across|throughout|in)(?=\s+(?:the\s+(?:line\s+of\s+contact|contact\s+line|front\s*line)\s+"
         r"(?:in|near|around|(?:north|south|east|west)\w*\s+of)\s+)?(?:" + PART_COMPASS + r"\s+)?"
         r"(?!(?:Ukrain|Russia)[\w’'-]*|" + DAY_NAME + r")(?-i:[A-Z][a-z]))",
         SHELL, "ASSAULT", "heavy-weapons", armed=True, anchors="fire"),
    # ISW: "continued to fire along the Avdiivka-Donetsk City line of contact": fire told along a line between two named
    # towns falls on that front (gold README: such a line is labelled at each town). The act is placed at the pair's
    # first town (triggers: `line_at`), and codebook.line_towns adds the second. Only the verb ("to fire", "fired",
    # "firing"): the noun is also a blaze ("a forest fire along ..."), small-arms or friendly fire. Only a dash pair
    # of capitalised names before "line", "frontline" or "front line"; "along the line of contact in X" is the rule
    # above's.
    Rule(r"(?<![\w-])" + FIRE_NOT_STOPPED + r"(?:(?<=\bto\s)(?-i:fire)|(?<!arms\s)(?-i:fired|firing))\s+along\s+the\s+"
         r"(?=(?-i:" + PAIR + r")\s+(?:line|frontline|front\s+line)\b)",
         SHELL, "ASSAULT", "heavy-weapons", armed=True, anchors="fire firing", line=True),
    Rule(r"(?:roadside|car|truck|parcel|letter|remote[-\s]controlled|time)[-\s]+bombs?|improvised\s+explosive\s+"
         r"devices?|\bIEDs?\b|land\s*mines?|explosive\s+devices?|dynamite\s+(?:attacks?|charges?|sticks?)|"
         r"bombs?\s+(?:exploded|went\s+off|blasts?|attacks?|explosions?)|booby[-\s]trap(?:s|ped)?|"
         r"(?:placed|planted|detonated|set\s+off)\s+(?:a\s+|an\s+)?(?:bomb|explosive|charge|dynamite)|"
         r"car\s+bombings?|bomb\s+attacks?|bombings?\b", IED, "ASSAULT", "explosives",
         anchors="bomb improvised ied land explosive dynamite booby charge"),
    # ISW: "used incendiary munitions to strike Kherson City", "used thermobaric artillery systems against positions
    # near Lyman": such munitions are fired by guns and rocket launchers (weapon unstated: shelling, as gold dev).
    # Only the past or the act told ("used", "using"): "continue to use ... in occupied territories" is a practice.
    Rule(r"(?:used|using)\s+(?:incendiary|thermobaric|cluster|(?:white\s+)?phosphorus)\s+(?:munitions|weapons|rounds|"
         r"shells|ammunition|rockets|artillery(?:\s+systems)?)\s+(?:to\s+(?:strike|shell|hit|target)|against|on)\b",
         SHELL, "ASSAULT", "heavy-weapons", anchors="used using"),
    # ISW: "Partisans blew up a rail line outside Tokmak", "saboteurs blew up the substation": a
    # planted charge (gold README: partisans mining a pipeline is a remote explosive). Troops blowing up their own
    # bridge as they withdraw are left out.
    Rule(r"(?:(?<=partisans\s)|(?<=saboteurs\s))(?:(?:also|reportedly|likely|allegedly|had|have|previously)\s+){0,2}"
         r"(?:blew|blown)\s+up\b",
         IED, "ASSAULT", "explosives", armed=False, anchors="blew blown"),
    # Wire sabotage: "Rebels blew up a power pylon", "Leftist guerrillas dynamited an oil pipeline", "a pipeline was
    # blown up by guerrillas": an armed group's charge on infrastructure is a remote explosive (gold README). Only a
    # non-state doer right before the verb (or after "by"): a force blowing its own bridge as it leaves is no attack.
    Rule(_SABOTAGE_DOER + _OPT_SABOTAGE_ADVERB + _SABOTAGE_VERB + r"\s+" + _SABOTAGE_OBJECT
         + r"|" + _AGENT_PASSIVE,
         IED, "ASSAULT", "explosives", armed=False, anchors="blew blown blow dynamit"),
    Rule(r"(?:hand\s+)?grenades?\s+(?:attacks?|exploded)|(?:threw|hurled|tossed)\s+(?:a\s+)?(?:hand\s+)?grenades?",
         GRENADE, "ASSAULT", "explosives",
         anchors="grenade"),
]
