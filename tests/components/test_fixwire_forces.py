"""Review fixes of wire stories round 7: the forces rule is for oil sites shelled, and a CRLF dash line parts items."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.sentences import split_sentences
from eventwire.model import is_violent

_SHELL = "Shelling/artillery/missile attack"


def _types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in extract(text, published=date(1987, 6, 2)) if is_violent(e)]


def test_a_drug_refinery_is_no_oil_site() -> None:
    assert _types("Army troops destroyed four cocaine refineries deep in the eastern jungle on Friday.") == []


def test_computer_terminals_are_no_oil_site() -> None:
    assert _types("Police forces destroyed the computer terminals of a rebel printing shop in Lima.") == []


def test_a_crossing_terminal_is_no_oil_site() -> None:
    assert _types("Israeli forces destroyed the old crossing terminal on the border on Friday.") == []


def test_air_forces_are_not_shelling() -> None:
    assert _SHELL not in _types("Iraqi air forces destroyed an Iranian oil terminal on the island on Friday.")


def test_an_act_told_with_air_means_is_one_air_strike() -> None:
    assert _types("Allied forces destroyed an Iranian oil rig in air strikes at dawn on Friday.") == [
        "Air/drone strike"]  # was a Shelling event beside the air strike


def test_oil_site_forces_destroyed_is_still_shelling() -> None:
    assert _types("The Pentagon said its forces destroyed an Iranian gas terminal at dawn on Friday.") == [_SHELL]


def test_a_dash_line_ends_a_digest_item_in_crlf_text() -> None:
    text = ("CAIRO - Bakers in the delta asked for cheaper flour\r\n"
            "after a month of queues, their guild said\r\n"
            "    - - - -\r\n"
            "    QUITO - Two guards died when bandits fired on their\r\n"
            "truck near a river port, the police said.\r\n"
            "    - - - -\r\n"
            "    RIGA - The port reopened on Friday after a week\r\n"
            "of storms in the bay.\r\n")
    sents = [text[s.start : s.end] for s in split_sentences(text)]
    assert len(sents) == 3 and sents[0].endswith("their guild said") and sents[1].startswith("QUITO")
