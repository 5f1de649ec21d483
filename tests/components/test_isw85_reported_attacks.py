"""Round 85: a source's verb taking the attack noun as its object reports new attacks at the places named."""

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

_DAY = date(2022, 10, 4)
_LEAD = "Ukrainian forces liberated Lyman on October 4. "


def _places(text: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in extract(text, published=_DAY) if is_violent(e)}


def _kinds(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=_DAY) if is_violent(e)}


def test_sources_discussed_attacks_at_named_villages() -> None:
    # The generic "attacks" borrowed the liberation's kind; reported attacks are clashes, not takings (review s21 c).
    got = _kinds(_LEAD + "Russian milbloggers also discussed Ukrainian attacks near Torske and Terny, east of the "
                 "Zherebets River.")
    assert {("Armed clash", "Torske"), ("Armed clash", "Terny")} <= got
    assert ("Government regains territory", "Terny") not in got


def test_sources_reported_attacks_at_a_named_village() -> None:
    got = _kinds(_LEAD + "The General Staff reported Russian ground attacks around Terny.")
    assert ("Armed clash", "Terny") in got


def test_a_report_about_the_attacks_still_retells() -> None:
    # Guard: "reported that the attacks" is no object shape; the bare noun retells the earlier act.
    got = _places(_LEAD + "Local officials reported that the attacks near Terny had stopped.")
    assert "Terny" not in got


def test_reported_as_an_adjective_is_no_report() -> None:
    # Guard: "the widely reported attacks" is a noun phrase, not a source reporting them (review s21 c).
    got = _places("Ukrainian forces repelled Russian assaults near Bakhmut on October 4. Russian bloggers wrote that "
                  "the widely reported Ukrainian attacks near Terny had been overstated.")
    assert "Terny" not in got


def test_attacks_typed_as_strikes_still_retell() -> None:
    # Guard: a generic "attacks" that took the kind of the air strike before it is no new fight.
    got = _places("Russian aircraft dropped glide bombs on Terny on October 4. The General Staff reported Russian "
                  "attacks near Torske.")
    assert "Torske" not in got
