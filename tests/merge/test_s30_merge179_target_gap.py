"""merge_causes' target census: why a gold event offers its no-event reports a mention target or not."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from merge_causes import target_gap  # noqa: E402

VIOLENT = "Explosions/Remote violence"


def test_a_cluster_told_by_two_reports_is_a_target() -> None:
    """A strike two reports tell is a target: the reaction's miss is the mention rules' refusal."""
    leads = [(None, None), (VIOLENT, "c1"), (VIOLENT, "c1")]
    assert target_gap(leads, {"c1": 2}) == "target: a mention rule refused"


def test_no_report_codes_an_act() -> None:
    """A crash that no report codes (only the reactions to it) leaves nothing to link to."""
    assert target_gap([(None, None), (None, None)], {}) == "no target: no report of it has a coded act"
    assert target_gap([(None, None), (None, "p1")], {"p1": 0}) == \
        "no target: no report of it has a coded act (political only)"


def test_non_violent_acts_are_no_target() -> None:
    """A ground raid coded as a strategic development by six reports is no target of the mentions pass."""
    leads = [(None, "p1"), ("Strategic developments", "s1"), ("Strategic developments", "s1")]
    assert target_gap(leads, {"s1": 0, "p1": 0}) == "no target: no violent canonical event"


def test_a_strike_told_by_one_report() -> None:
    """An aid convoy attack that only one report codes is no target (the pass needs two reports' words)."""
    assert target_gap([(None, None), ("Violence against civilians", "v1")], {"v1": 1}) == \
        "no target: its violent event is told by one report"
