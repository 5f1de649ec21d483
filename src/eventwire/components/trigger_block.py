"""The road-blockade pattern, one source for the trigger rule and the political lexicon (`pattern_ref`)."""

from __future__ import annotations

# The crowds that block roads in protest, and what they block (not a port or a city: a siege).
_BLOCKERS = (r"farmers|truckers|(?:lorry|truck|taxi|cab|bus|minibus|motorcycle|moto-taxi)\s+drivers|drivers|residents|"
             r"villagers|workers|miners|students|traders|vendors|fishermen|youths|locals|activists|"
             r"shopkeepers|merchants|teachers|nurses|doctors|pensioners|parents|mothers")
_VERB = r"(?:blocked|blockaded|barricaded)\s+(?:off\s+)?(?:[\w’'.,-]+\s+){0,3}?"
_ROADS = (r"roads?|highways?|motorways?|streets?|entrances?|bridges?|junctions?|intersections?|crossroads|"
          r"roundabouts?|rail(?:way)?\s+lines?|railways?|border\s+crossings?")
# "Farmers on tractors blocked", "Truckers in 20 towns blocked": a modifier between the crowd and its verb, never a
# report ("Residents said troops blocked"), a clause ("Workers who saw soldiers block") or another doer.
_GAP = (r"(?:(?!(?:said|says|say|told|tell|tells|reported|reports|claimed|claims|added|alleged|that|who|whom|whose|which|"
        r"where|when|while|as|after|before|because|and|or|but|police|policemen|officers|guards|troops|forces|soldiers|"
        r"army|military|militants|rebels|fighters|authorities|officials|government|regime)\b)[\w’'-]+\s+){0,4}?")
# A crowd joined to the first ("Farmers and their families", "Truckers and farmers"): the "and" the gap forbids.
_JOINED = (r"(?:and\s+(?:(?:their|other|fellow|local)\s+)?(?:" + _BLOCKERS + r"|families|relatives|supporters|"
           r"neighbou?rs|children|colleagues)\s+)?")
# An armed or official doer right before the verb ("police blocked", "border guards blocked"): no protest aim makes it
# a crowd's (trigger_sense.crowd_blockade reads the rest of the subject through the actor layer).
_NOT_FORCE = "".join(rf"(?<!{w}\s)" for w in ("police", "troops", "forces", "soldiers", "army", "military", "militants",
                                               "rebels", "fighters", "authorities", "officials", "officers", "guards",
                                               "government", "regime"))
_AIM = r"(?=[^.;]{0,100}?\b(?:to\s+protest|in\s+protest|protesting|to\s+demand|demanding)\b)"
# A named crowd blocking roads or access ("Villagers blocked access to the mine"), or anyone blocking roads with a
# protest aim ("Hundreds blocked the highway in protest at ..."); blocked "access" with an aim is mostly a state's
# closure or censorship ("blocked access to the port, demanding concessions"), so only a named crowd's counts.
BLOCKADE = (r"(?:" + _BLOCKERS + r")\s+" + _JOINED + _GAP + _VERB + r"(?:" + _ROADS + r"|access)\b|"
            + _NOT_FORCE + _VERB + r"(?:" + _ROADS + r")\b" + _AIM)
