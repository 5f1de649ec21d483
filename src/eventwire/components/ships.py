"""Ships and offshore rigs told in a sentence: one list for the wire triggers, the act-at-sea test and force strikes."""

from __future__ import annotations

import re

# A ship or an oil rig at sea as the subject of the act ("Greek tanker", "offshore oil platform"); not carriers
# (airlines are carriers too), cruisers (police cars) nor a bare platform or rig (a party's platform "came under
# attack"); nor a road tanker ("a fuel tanker was hit by a roadside bomb", "a water tanker truck").
HULL = (r"(?<!fuel\s)(?<!water\s)(?<!petrol\s)(?<!gasoline\s)(?<!diesel\s)(?<!milk\s)"
        r"\b(?:(?:super)?tankers?(?!\s+(?:trucks?|lorr(?:y|ies)))|ships?|vessels?|freighters?|frigates?|destroyers?|"
        r"ferry|ferries|(?:oil|offshore|drilling|gas)\s+(?:platforms?|rigs?))\b")
# One ship or rig told as an object: "a Greek tanker", "the Saudi Arabian supertanker", "Iran's offshore oil platform".
ONE_HULL = r"(?:an?|the|two|three|four|[A-Z][\w-]*['’]s)\s+(?:[\w’'.,-]+\s+){0,4}?"
# HULL less a ferry (as often as not in the dateline country's own waters), a land rig ("an oil rig operated by the
# North Oil Company", "a gas rig in the desert": only "offshore" or "platform" is at sea) and a blood vessel.
SHIP = (r"(?<!blood\s)(?!ferr(?:y|ies)\b)(?!(?:oil|gas|drilling)\s+rigs?\b)" + HULL
        + r"(?!\s+(?:terminals?|compan(?:y|ies)|firms?|owners?|operators?|yards?|ports?|services|industry|workers))")
# The ship as the act's own object ("struck a grain ship", "fired on the tanker", "destroyed two oil platforms").
SHIP_OBJECT = re.compile(r"\s+(?:(?:on|at|upon)\s+)?" + ONE_HULL + SHIP, re.I)
# A ship in port, at a quay or on a river is in a town's or a country's waters, not at sea: the town may stand. Not
# "near the port of Mocha": a port named other than the dateline town says the town is not where. A platform "in the
# desert" or "onshore" is on land.
ASHORE = re.compile(r"\b(?:in\s+the\s+desert|onshore|inland|(?:ports?|harbou?rs?)(?!\s+of\s+[A-Z])|dock(?:s|ed)?|moored|"
                    r"berthed|at\s+anchor|anchored|quays?|piers?|jett(?:y|ies)|shipyards?|naval\s+base|rivers?|"
                    r"waterways?|lagoons?|channels?|canals?|creeks?|estuar(?:y|ies))\b", re.I)
