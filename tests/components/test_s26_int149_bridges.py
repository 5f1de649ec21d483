"""Session 26 (int149): a bridge blown up, or the enemy's bridge destroyed, is a strike with the means unstated."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

DAY = date(2022, 5, 20)
SHELLING = "Shelling/artillery/missile attack"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=DAY)]


def test_blew_up_a_bridge_is_a_strike() -> None:
    # fmend26: only a bridge named as the other side's; a bridge of no named side blown up may be the subject's own
    # demolition (tests/components/test_s26_fmend26_final_read.py).
    assert (SHELLING, "Bakhmut") in _kinds("Russian forces blew up a Ukrainian bridge near Bakhmut on May 19.")


def test_the_enemys_bridge_is_struck_whatever_the_aim() -> None:
    assert (SHELLING, "Lyman") in _kinds(
        "Ukrainian troops destroyed a second Russian pontoon bridge near Lyman on May 19 to slow the Russian push.")


def test_reported_destroying_a_bridge() -> None:
    assert (SHELLING, "Kreminna") in _kinds("Ukrainian forces reported destroying another pontoon bridge near "
                                            "Kreminna on May 19.")


def test_own_bridges_torn_down_plans_and_retreats_stay_out() -> None:
    for text in ("Russian forces blew up a bridge near Izium on May 19 to slow Ukrainian troops.",
                 "Retreating Russian troops blew up a bridge near Balakliia on May 19.",
                 "Russian forces will likely try to target the remaining bridges in Sievierodonetsk.",
                 "Ukrainian forces blew up a bridge near Kupiansk with explosives on May 19."):
        assert SHELLING not in [k for k, _ in _kinds(text)], text
