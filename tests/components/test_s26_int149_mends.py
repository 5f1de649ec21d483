"""Session 26 (int149 mends): 'both' is two, the launcher launched weapons, 'them' points to weapons, own bridges."""

from __future__ import annotations

from datetime import date

from coding_helpers import tallies

from eventwire.api import extract

DAY = date(2024, 3, 1)
DISRUPTED = "Disrupted weapons use"
SHELLING = "Shelling/artillery/missile attack"


def _events(text: str, sub: str) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    """(place name, [(role, actor's country)]) of each event of `sub` in `text`."""
    return [(e.location.name if e.location else None, [(a.role, a.country_code) for a in e.actors])
            for e in extract(text, published=DAY) if e.sub_event_type == sub]


def test_both_is_two_of_one_kind() -> None:
    # D1: "both" never copies a launched count other than 2, and names no kind among several.
    assert tallies("Russian troops sent 6 drones toward Sumy, and Ukrainian air defences downed both of them.") \
        == [("drone", None, 6, None)]
    assert tallies("Russian troops sent 2 drones toward Sumy, and Ukrainian air defences downed both of them.") \
        == [("drone", None, 2, 2)]
    got = tallies("Russian troops fired 12 Shahed drones, 5 Kalibr missiles and 2 Kh-59 missiles at Mykolaiv, and "
                   "Ukrainian air defences downed both of them.")
    assert all(it is None for *_, it in got), got
    assert tallies("Russia fired 3 drones and 2 missiles at Lviv, and air defences downed both the drones.") \
        == [("drone", None, 3, None), ("missile", None, 2, None)]


def test_an_ally_that_used_jets_is_not_the_launcher() -> None:
    # D2: "used fighter jets" and "sent warships" launch nothing that was intercepted.
    for text in ("Iran fired 90 missiles at Israel on Monday. British forces used fighter jets, and Israeli air "
                 "defences intercepted 30 of them.",
                 "Iran fired 90 missiles at Israel on Monday, British forces sent warships to the area, and Israeli "
                 "air defences intercepted 30 of the missiles."):
        got = _events(text, DISRUPTED)
        actors = [a for _, roles in got for a in roles]
        assert ("actor", "GB") not in actors and ("actor", "IR") in actors, (text, actors)
        assert "United Kingdom" not in [place for place, _ in got], got


def test_them_must_point_to_launched_weapons() -> None:
    # D3: an arms word in the sentence before is not enough; "them" must be a launch clause's weapons.
    for text in ("Marchers held banners against cluster bombs in Leeds. Officers intercepted them near the station.",
                 "Inspectors found missile parts in a lorry in Varna. Coast guards intercepted them at the port.",
                 "Russian troops fired rockets at the hamlet and seized 9 farmers. Ukrainian soldiers intercepted "
                 "them near Kupiansk."):
        assert _events(text, DISRUPTED) == [], text
    assert _events("Russia launched 14 drones at Poltava overnight. Ukrainian forces shot down 11 of them.",
                   DISRUPTED)


def test_own_bridge_torn_down_is_no_strike() -> None:
    # D4: a side's own bridge blown "to slow" the enemy is no strike on anyone.
    for text in ("Ukrainian troops destroyed a Ukrainian railway bridge near Lyman on May 19 to slow Russian troops.",
                 "Russian forces destroyed a Russian pontoon bridge near Kherson on May 19 to slow Ukrainian troops."):
        assert SHELLING not in [e.sub_event_type for e in extract(text, published=DAY)], text
    assert _events("Russian forces destroyed a Ukrainian pontoon bridge near Lyman on May 19.", SHELLING)


def test_coalition_defenders_and_the_launch_target_place_it() -> None:
    # D5: a co-defender's land is no place; the town the launch clause aimed at is.
    got = _events("Iran fired 90 missiles at Israel on Monday. Israeli and British forces intercepted most of them.",
                  DISRUPTED)
    assert got and all(place != "United Kingdom" for place, _ in got), got
    got = _events("Hamas fired rockets at Sderot. Israel's Iron Dome intercepted most of them.", DISRUPTED)
    assert got and got[0][0] == "Sderot", got
