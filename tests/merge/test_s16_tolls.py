"""Session 16: a toll of foreigners' dead is a floor, so it no longer splits reports of one strike."""

from __future__ import annotations

from merge_helpers import told

from eventwire.merge import EventMerger
from eventwire.merge.features import national_part, toll_range
from eventwire.model import Event


def tolled(eid: str, outlet: str, text: str, killed: int, toll_text: str) -> Event:
    """A headline of a Gaza strike whose toll reads `toll_text`."""
    ev = told(eid, outlet, text, killed=killed)
    ev.fatalities.text = toll_text
    return ev


def clusters(events: list[Event]) -> dict[str, str]:
    m = EventMerger()
    m.add(events)
    return {e.id: m.cluster_of(e.id) for e in events}


def test_foreign_nationals_toll_is_a_floor_and_home_toll_is_not() -> None:
    three = tolled("ev_b", "bbc", "Three Britons killed in strike on aid convoy in Gaza", 3, "Three Britons killed")
    one = tolled("ev_c", "abc", "Australian aid worker killed in strike on convoy in Gaza", 1,
                 "Australian aid worker killed")
    home = tolled("ev_p", "afp", "Twenty Palestinians killed in strike in Gaza", 20, "Twenty Palestinians killed")
    plain = tolled("ev_s", "wire", "Seven aid workers killed in strike on convoy in Gaza", 7, "Seven aid workers killed")
    assert national_part(three) and national_part(one)
    assert toll_range(three) == (3, float("inf"))
    assert not national_part(home) and toll_range(home) == (20, 20.0)  # the place's own people are the usual dead
    assert not national_part(plain) and toll_range(plain) == (7, 7.0)


def test_reports_of_one_convoy_strike_join_across_a_partial_toll() -> None:
    evs = [tolled("ev_s", "wire", "Seven aid workers killed in strike on convoy in Gaza", 7, "Seven aid workers killed"),
           tolled("ev_b", "bbc", "Three Britons killed in strike on aid convoy in Gaza", 3, "Three Britons killed")]
    got = clusters(evs)
    assert got["ev_s"] == got["ev_b"]
    # Told as a plain toll, three dead against seven is another strike: the factor-two test keeps them apart.
    evs[1].fatalities.text = "Three killed"
    got = clusters(evs)
    assert got["ev_s"] != got["ev_b"]
