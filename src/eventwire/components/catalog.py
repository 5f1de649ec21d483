"""The table of built-in components: versioned name → factory, requires, assigns.

Kept as data (not import-time decorators) so listing components imports nothing heavy.
"""

from __future__ import annotations

from eventwire.pipeline.registry import ComponentSpec as C

BUILTIN: list[C] = [
    C("language.stopwords.v1", "eventwire.components.language:make", (), ("language",),
      "Detect the article language from stopwords; non-English text fails with a clear reason."),
    C("sentences.rules.v1", "eventwire.components.sentences:make", (), ("sentences",),
      "Split text into sentences (abbreviations, initials, headlines, ALL-CAPS wire copy)."),
    C("numbers.rules.v1", "eventwire.components.numbers:make", ("sentences",), ("numbers",),
      "Quantities in digits and words, 'at least four', 'dozens', ranges → low/best/high."),
    C("dates.rules.v1", "eventwire.components.dates:make", ("sentences",), ("dates",),
      "Date expressions resolved against the publication date, with a precision."),
    C("places.gazetteer.v1", "eventwire.components.places:make", ("sentences",), ("places",),
      "Recognise toponyms and resolve them to GeoNames with the offline gazetteer."),
    C("actors.lexicon.v1", "eventwire.components.actors:make", ("sentences",), ("actors",),
      "States, forces, demonyms, armed groups and persons with offices."),
    C("triggers.lexicon.v1", "eventwire.components.triggers:make", ("sentences",), ("triggers",),
      "Event triggers coded to ACLED sub-event types and PLOVER, with factual status."),
    C("casualties.rules.v1", "eventwire.components.casualties:make", ("sentences", "numbers"),
      ("casualties",), "Killed and injured counts."),
    C("weapons.rules.v1", "eventwire.components.weapons:make", ("sentences", "numbers"), ("weapons",),
      "Weapon kinds and models with launched/intercepted tallies."),
    C("damage.lexicon.v1", "eventwire.components.damage:make", ("sentences",), ("damage",),
      "Physical damage and destroyed objects."),
    C("claims.rules.v1", "eventwire.components.claims:make", ("sentences", "actors"), ("claims",),
      "Statements with their speaker and the speaker's office."),
    C("assemble.events.v1", "eventwire.components.assemble:make",
      ("sentences", "dates", "places", "actors", "triggers", "casualties", "weapons", "damage", "claims"),
      ("events",), "Assemble one event per type, location and day, every field with evidence."),
    C("codebook.rules.v1", "eventwire.components.codebook:make",
      ("sentences", "places", "events"), ("events",),
      "Event-gold codebook rules on assembled events: mixed fires, a line between two towns."),
    C("political.rules.v1", "eventwire.components.political:make",
      ("sentences", "dates", "places", "actors", "events"), ("events",),
      "PLOVER political events: accusations, threats, calls, requests, releases, agreements."),
    C("actors.acled.v1", "eventwire.components.actors:make_acled", ("events",), ("events",),
      "ACLED actor types (inter 1-8) and government periods by event date on every event's actors."),
    C("checks.consistency.v1", "eventwire.components.checks:make", ("events", "places"), ("flags",),
      "Flag contradictions: a location against the story's setting, dates after publication, ..."),
    C("confidence.learned.v1", "eventwire.components.confidence:make", ("events", "flags"), ("events",),
      "Violent events' confidence from a logistic model trained on the gold; optional min_confidence drop."),
]
