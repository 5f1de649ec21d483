"""Session 28, wik163: with the spans given, the countries, states, counties and demonyms the text writes outside them
vote for the setting, as they do when the whole text is parsed; towns outside the spans do not, and parsed news is
unchanged."""

from __future__ import annotations

import pytest
from geo_helpers import given_pick as _pick

from eventwire.gazetteer.normalize import name_key
from eventwire.geoparsing import default_geoparser
from eventwire.geoparsing.recognize import casing, recognise
from eventwire.geoparsing.resolve import _context_voters


@pytest.mark.parametrize(("text", "name", "cc"), [
    # The country in a later sentence, not in a container shape: the far bigger namesake no longer wins on its prior.
    ("Tripoli is a port town with old souks. It is the second largest city of Lebanon.", "Tripoli", "LB"),
    ("Hamilton is a small harbour town. It is the capital of Bermuda.", "Hamilton", "BM"),
    ("Victoria is a small harbour town. It is the main town of the Seychelles.", "Victoria", "SC"),
    ("Perth is an old market town on the River Tay. It is one of the oldest towns in Britain.", "Perth", "GB"),
    # a demonym outside the span votes too ("the American state of Virginia")
    ("Alexandria is a river town with old brick houses. It lies in the American state of Virginia.", "Alexandria", "US"),
])
def test_a_country_written_outside_the_spans_votes(text: str, name: str, cc: str) -> None:
    assert _pick(text, name)[0] == cc


def test_a_stated_container_still_outranks_a_country_named_later() -> None:
    # "Paris is a city in Texas": the definition holds, though France is written afterwards (and votes: not after "from").
    text = "Paris is a city in Texas. It has a sister city in France."
    assert _pick(text, "Paris") == ("US", "Texas")


def test_only_units_and_demonyms_outside_the_spans_vote() -> None:
    # A town outside the spans (Durban) casts no vote; a demonym and a country do.
    gp = default_geoparser()
    text = "Richmond is a small town. Its grain goes by rail to Durban, and Kenyan traders buy it in Uganda."
    ctx = recognise(gp.gz, text, casing(text))
    given = [c for c in ctx if c.text == "Richmond"]
    voters = _context_voters(gp.gz, text, given, ctx, {}, 0.6, {})
    assert sorted(k for _, _, k in voters) == sorted([name_key("Kenyan"), name_key("Uganda")])


@pytest.mark.parametrize(("text", "name", "cc"), [
    # Parsed news reads the whole text as before (every recognised name already voted there).
    ("Officials in Washington said Paris had pressed France's allies on the matter.", "Paris", "FR"),
    ("KYIV, March 3 (Reuters) - Ukraine said on Monday that Moscow had sent more troops to the border.", "Moscow", "RU"),
    ("The mayor of Springfield, Illinois, said the county would repair the bridge.", "Springfield", "US"),
])
def test_parsed_news_keeps_its_reading(text: str, name: str, cc: str) -> None:
    got = [m for m in default_geoparser().parse(text) if m.text == name]
    assert got and all(m.country_code == cc for m in got)
