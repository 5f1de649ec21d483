"""Merge round 24: the third fresh judge's windows, and strikes that name victims of different kinds kept apart."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from merge_helpers import ISRAEL_ARMY, RAFAH, STRIP, assert_last_windows_apart, strike, switch

import eventwire.merge.features as mf
from eventwire.merge import EventMerger
from eventwire.merge.features import victim_kinds
from eventwire.merge.similarity import victims_differ
from eventwire.model import Event, Evidence

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from merge_outlets_gold import WINDOWS  # noqa: E402
from merge_outlets_gold2 import WINDOWS2  # noqa: E402
from merge_outlets_gold3 import WINDOWS3  # noqa: E402
from merge_outlets_gold4 import WINDOWS4  # noqa: E402
from merge_outlets_gold5 import LABELS5, WINDOWS5  # noqa: E402

DAY = date(2024, 2, 20)


def test_fresh3_windows_keep_away_from_every_other_window_and_each_other() -> None:
    assert_last_windows_apart(WINDOWS, WINDOWS2, WINDOWS3, WINDOWS4, WINDOWS5)
    # Pointers only (file:line); windows without two reports of one occurrence were dropped, so occurrences repeat.
    assert all(re.fullmatch(r"[\w.-]+\.txt:\d+", k) for k in LABELS5)
    assert None in LABELS5.values()
    assert len([lab for lab in LABELS5.values() if lab]) > len({lab for lab in LABELS5.values() if lab})


def told(eid: str, outlet: str, text: str, place: dict = STRIP, killed: int | None = None) -> Event:
    """One outlet's headline of an Israeli air strike placed in the Gaza Strip, its evidence the headline."""
    ev = strike(eid, outlet, killed, place=place, day=DAY, actors=list(ISRAEL_ARMY))
    ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text, supports=["event_type"])]
    return ev


def kinds(text: str) -> frozenset[str]:
    return victim_kinds(told("ev_k", "wire", text))


def test_victim_kinds_read_who_was_hit() -> None:
    assert kinds("Photographer killed in Israeli air strike on Gaza") == {"journalist"}
    assert kinds("Israeli air strike in Gaza kills well-known professor") == {"academic"}
    assert kinds("Two paramedics killed as ambulance hit in Gaza") == {"medic"}
    assert kinds("World Central Kitchen team killed in Israeli strike") == {"aid worker"}
    # Who speaks is no victim, and without a word of killing or wounding nobody was hit.
    assert kinds("Doctors Without Borders condemns deadly Israeli strike on Gaza") == frozenset()
    assert kinds("Strike in Gaza kills eight, according to witnesses and a doctor") == frozenset()
    assert kinds("Air strike kills six in Gaza, doctors say") == frozenset()
    assert kinds("Journalists describe a night of bombing in Gaza") == frozenset()
    with switch(mf, "VICTIMS", 0):
        assert kinds("Photographer killed in Israeli air strike on Gaza") == frozenset()


def test_victims_differ_needs_both_and_no_kind_in_common() -> None:
    assert victims_differ(frozenset({"journalist"}), frozenset({"academic"}))
    assert not victims_differ(frozenset({"journalist"}), frozenset({"journalist", "medic"}))
    assert not victims_differ(frozenset({"journalist"}), frozenset())


def clusters(events: list[Event]) -> dict[str, str]:
    m = EventMerger()
    m.add(events)
    return {e.id: m.cluster_of(e.id) for e in events}


def strikes_of_a_day() -> list[Event]:
    """Three same-day strikes placed in the Gaza Strip: a photographer's death, a professor's, and one naming no victim."""
    return [told("ev_a", "afp", "Photographer killed in Israeli air strike on Gaza"),
            told("ev_b", "ap", "Israeli air strike in Gaza kills well-known professor"),
            told("ev_c", "bbc", "Israeli air strikes hit Rafah", place=RAFAH)]


def test_strikes_naming_victims_of_different_kinds_stay_apart() -> None:
    got = clusters(strikes_of_a_day())
    # The report naming no victim joins one of them (the first link met), but does not bridge the other.
    assert got["ev_a"] == got["ev_c"] != got["ev_b"]
    with switch(mf, "VICTIMS", 0):  # without the test, type, region and day join all three
        assert len(set(clusters(strikes_of_a_day()).values())) == 1


def test_victims_of_one_kind_still_join() -> None:
    got = clusters([told("ev_a", "afp", "Aid worker killed in Israeli strike in Gaza"),
                    told("ev_b", "ap", "World Central Kitchen team killed in Israeli air strike in Gaza")])
    assert got["ev_a"] == got["ev_b"]
