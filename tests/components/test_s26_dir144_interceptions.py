"""Session 26 (dir144): who launched what was intercepted, who defended and where; watchers and responders."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract

DAY = date(2024, 3, 1)


def _coded(text: str, sub: str) -> list[tuple[str | None, list[tuple[str, str | None]]]]:
    """(place's country, [(role, actor's country)]) of each event of `sub` in `text`."""
    return [(e.location.country_code if e.location else None, [(a.role, a.country_code) for a in e.actors])
            for e in extract(text, published=DAY) if e.sub_event_type == sub]


def test_interception_actor_is_the_launcher_and_the_defender_its_recipient() -> None:
    assert _coded("Ukrainian air defences shot down 20 Russian drones overnight", "Disrupted weapons use") == [
        ("UA", [("actor", "RU"), ("recipient", "UA")])]
    assert _coded("Saudi air defences intercept Houthi missiles fired at Riyadh", "Disrupted weapons use") == [
        ("SA", [("actor", "YE"), ("recipient", "SA")])]
    assert _coded("Syria intercepts Israeli missiles over Damascus", "Disrupted weapons use") == [
        ("SY", [("actor", "IL"), ("recipient", "SY")])]


def test_launcher_named_after_the_weapon() -> None:
    # Only air defences tell where (the land they guard); the launcher's country is never the place.
    # A bare origin ("from Iran and Yemen") names no party (mend of review D6): no actor, and still not the place.
    assert _coded("Israel shoots down drones from Iran and Yemen", "Disrupted weapons use") == [
        (None, [("recipient", "IL")])]
    assert _coded("Ukrainian forces downed 30 drones launched by Russia overnight", "Disrupted weapons use") == [
        (None, [("actor", "RU"), ("recipient", "UA")])]
    assert _coded("Romanian jets destroyed at least 12 drones launched by Russia", "Disrupted weapons use") == [
        (None, [("actor", "RU"), ("recipient", "RO")])]


def test_interception_with_no_launcher_names_no_attacker() -> None:
    assert _coded("Polish air defences intercept some rockets", "Disrupted weapons use") == [
        (None, [("recipient", "PL")])]


def test_defused_bomb_unchanged() -> None:
    # The actors too: `is_interception` matches "neutralized", which the defuse rule shares (review remark 6).
    # Since place147 a foiled bomb names no civilian victims (issue #5): no "Civilians (Nigeria)" recipient.
    assert [(e.sub_event_type, [(a.role, a.country_code) for a in e.actors])
            for e in extract("Police defused a bomb near the market in Kano", published=DAY)] == [
        ("Disrupted weapons use", [])]


def test_watcher_is_not_the_attacker() -> None:
    # Rewritten in my own words (review D9); since the mend of D2 the watcher is no recipient, only the place.
    assert _coded("Finnish army is tracking the approach of 40 drones, an aide says", "Air/drone strike") == [
        ("FI", [])]
    assert _coded("Dutch navy monitoring a drone attack, a spokesman says", "Air/drone strike") == [("NL", [])]


def test_responder_is_not_the_attacker() -> None:
    for text in ("Armenian deputies urge a tough response to the Azerbaijan attack",
                 "Pakistani cabinet authorizes army to decide response to India attack"):
        events = extract(text, published=DAY)
        assert events, text
        assert all(a.country_code not in ("AM", "PK") for e in events for a in e.actors if a.role == "actor"), text
