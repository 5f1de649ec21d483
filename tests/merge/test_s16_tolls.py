"""Session 16: a toll of foreign nationals' dead is a bounded floor, not the event's toll."""

from __future__ import annotations

from merge_helpers import RAFAH, STRIP, told

from eventwire.merge import EventMerger, merge_events
from eventwire.merge.features import national_part, toll_range
from eventwire.model import Event


def tolled(eid: str, outlet: str, text: str, killed: int, toll_text: str, place: dict = STRIP) -> Event:
    """A headline of an Israeli strike in the Gaza Strip (or `place`) whose toll reads `toll_text`."""
    return told(eid, outlet, text, killed=killed, place=place, toll=toll_text)


def clusters(events: list[Event]) -> dict[str, str]:
    m = EventMerger()
    m.add(events)
    return {e.id: m.cluster_of(e.id) for e in events}


def convoy() -> list[Event]:
    return [tolled("ev_s", "wire", "Seven aid workers killed in strike on convoy in Gaza", 7, "Seven aid workers killed"),
            tolled("ev_b", "bbc", "Three Britons killed in strike on aid convoy in Gaza", 3, "Three Britons killed")]


def test_a_foreign_nationals_toll_is_a_bounded_floor() -> None:
    three = convoy()[1]
    one = tolled("ev_c", "abc", "Australian aid worker killed in strike on convoy in Gaza", 1,
                 "Australian aid worker killed")
    assert national_part(three) and national_part(one)
    assert toll_range(three) == (3, 15.0)  # the vague span: it reaches the convoy's seven, not any toll
    plain = convoy()[0]
    assert not national_part(plain) and toll_range(plain) == (7, 7.0)


def test_no_part_for_home_people_whole_tolls_attackers_or_place_words() -> None:
    for toll in ("Twenty Palestinians killed",  # the place's own people are the usual dead
                 "Seven aid workers, including three Britons, killed",  # a whole toll that names its part
                 "Death toll in Israeli attack on displaced people rises to 45",  # the attacker's adjective
                 "Three killed in north Gaza"):  # half of "North Korean" is no nationality
        assert not national_part(tolled("ev_x", "afp", toll, 3, toll)), toll
    # With no place, home is the attackers' country (Israel's here): Israelis are no foreigners, Britons are.
    unplaced = tolled("ev_u", "afp", "Two Israelis killed", 2, "Two Israelis killed")
    unplaced.location = None
    assert not national_part(unplaced)
    unplaced.fatalities.text = "Two Britons killed"
    assert national_part(unplaced)


def test_reports_of_one_convoy_strike_join_across_a_partial_toll() -> None:
    got = clusters(convoy())
    assert got["ev_s"] == got["ev_b"]
    # Told as a plain toll, three dead against seven is another strike: the factor-two test keeps them apart.
    evs = convoy()
    evs[1].fatalities.text = "Three killed"
    got = clusters(evs)
    assert got["ev_s"] != got["ev_b"]


def test_a_small_foreign_toll_does_not_join_a_big_strike_elsewhere() -> None:
    evs = [tolled("ev_a", "abc", "Australian aid worker killed in Israeli strike in Gaza", 1,
                  "Australian aid worker killed"),
           tolled("ev_r", "afp", "Israeli strike kills 40 in Rafah", 40, "kills 40", place=RAFAH)]
    got = clusters(evs)
    assert got["ev_a"] != got["ev_r"]


def test_the_merged_toll_is_the_whole_toll_and_no_disagreement() -> None:
    (cluster,) = merge_events(convoy(), mentions=False)
    assert cluster.fatalities.best == 7 and cluster.fatalities.low == 7
    assert not [f for f in cluster.flags if f.code == "fatalities_disagreement"]


def test_a_foreign_toll_placed_only_at_a_country_is_no_floor() -> None:
    iraq = dict(name="Iraq", geonameid=99237, lat=33.0, lon=44.0, country_code="IQ", admin1=None,
                feature_code="PCLI", precision=3, text="Iraq")
    two = tolled("ev_i", "ap", "Two Americans killed in drone strike in Iraq", 2, "Two Americans killed", place=iraq)
    assert not national_part(two) and toll_range(two) == (2, 2.0)
