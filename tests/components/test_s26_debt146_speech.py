"""One list of speech verbs (lexicon.SPEECH_VERBS): every speech cue takes its forms from it, and a form it lacks is
refused. Sentences written for this test."""

from __future__ import annotations

import pytest

from eventwire.api import geoparse
from eventwire.components import assemble_link, claims, political
from eventwire.components.lexicon import REPORT_VERBS, SPEECH_VERBS, speech_verbs
from eventwire.merge.features import NOT_VICTIM


def test_speech_verbs_joins_listed_forms_and_refuses_others() -> None:
    assert speech_verbs("said", "told") == "said|told"
    with pytest.raises(ValueError, match="shouted"):
        speech_verbs("said", "shouted")


def test_report_verbs_are_the_list_less_its_bare_and_present_tail() -> None:
    words = REPORT_VERBS.split("|")
    assert words == list(SPEECH_VERBS[: SPEECH_VERBS.index("say")]) and claims.VERBS == REPORT_VERBS
    assert "say" not in words and "says" in words and "emphasi[sz]ed" in words


def test_a_party_before_a_plain_speech_verb_speaks() -> None:
    assert assemble_link.SPEECH_VERB_NEXT.match(" also said") and assemble_link.SPEECH_VERB_NEXT.match(" warned")
    assert not assemble_link.SPEECH_VERB_NEXT.match(" claims")  # as often the noun ("Russia claims victory")


def test_the_political_speaker_verbs() -> None:
    assert political._SPEECH.search("The minister insisted that talks go on")
    assert not political._SPEECH.search("The minister warned of new sanctions")  # an act of its own
    assert political._SPOKE_AT.search("the minister told reporters in ")


def test_a_speaking_doctor_is_no_victim() -> None:
    assert NOT_VICTIM.sub("|", "Two doctors told reporters that nine people died.") == "Two | reporters that nine people died."
    assert NOT_VICTIM.sub("|", "A photographer saw the shelling.") == "A | the shelling."


@pytest.mark.parametrize("verb", ["insists", "argues", "denies"])
def test_a_capital_that_speaks_is_its_government(verb: str) -> None:
    places = geoparse(f"Moscow {verb} that the talks will go on.")
    assert [p.role for p in places if p.text == "Moscow"] == ["metonym"]
