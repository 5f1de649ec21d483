"""An oil site that a side's forces destroyed is shelling; the speaker's ship flag is not where."""

from datetime import date

from eventwire.api import extract
from eventwire.model import is_violent


def _violent(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.country_code if e.location else None)
            for e in extract(text, published=date(1987, 6, 2)) if is_violent(e)]


def test_forces_destroyed_an_oil_rig() -> None:
    text = ("LONDON BACKS GULF RAID\n\nLONDON, June 2 - Britain backed the American strike on an\n"
            "Iranian oil rig on Tuesday and said Iran must stop its raids on\n"
            "Gulf shipping, a government spokesman said.\n"
            "    The United States said on Tuesday its forces destroyed the rig\n"
            "after an Iranian mine crippled a U.S.- flagged Kuwaiti ship.\n")
    assert _violent(text) == [("Shelling/artillery/missile attack", "IR")]


def test_stated_means_is_no_shelling() -> None:
    text = ("GULF RAID\n\nLONDON, June 2 - Oil prices rose in London trade today.\n"
            "    Dealers said forces destroyed the oil terminal with explosives planted by divers on Tuesday.\n")
    assert _violent(text) == []


def test_a_denied_claim_is_no_shelling() -> None:
    text = ("GULF RAID\n\nLONDON, June 2 - Oil prices rose in London trade today.\n"
            "    Dealers said forces destroyed the oil terminal on Tuesday, but the army denied the report.\n")
    assert _violent(text) == []
