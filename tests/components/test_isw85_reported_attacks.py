"""Round 85: a source's verb taking the attack noun as its object reports new attacks at the places named."""

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 10, 4)
_LEAD = "Ukrainian forces liberated Lyman on October 4. "


def _places(text: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in extract(text, published=_DAY) if is_violent(e)}


def test_sources_discussed_attacks_at_named_villages() -> None:
    got = _places(_LEAD + "Russian milbloggers also discussed Ukrainian attacks near Torske and Terny, east of the "
                  "Zherebets River.")
    assert {"Torske", "Terny"} <= got


def test_sources_reported_attacks_at_a_named_village() -> None:
    got = _places(_LEAD + "The General Staff reported Russian ground attacks around Terny.")
    assert "Terny" in got


def test_a_report_about_the_attacks_still_retells() -> None:
    # Guard: "reported that the attacks" is no object shape; the bare noun retells the earlier act.
    got = _places(_LEAD + "Local officials reported that the attacks near Terny had stopped.")
    assert "Terny" not in got


def test_claimed_as_an_adjective_is_no_report() -> None:
    # Guard: "claimed" is not a reporting verb of the rule, so "claimed Ukrainian attacks" stays a noun phrase.
    got = _places(_LEAD + "Officials introduced new checkpoints against claimed Ukrainian attacks near Terny.")
    assert "Terny" not in got


def test_attacks_typed_as_strikes_still_retell() -> None:
    # Guard: a generic "attacks" that took the kind of the air strike before it is no new fight.
    got = _places("Russian aircraft dropped glide bombs on Terny on October 4. The General Staff reported Russian "
                  "attacks near Torske.")
    assert "Torske" not in got
