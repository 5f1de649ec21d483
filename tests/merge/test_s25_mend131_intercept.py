"""Session 25, mend131: an interception tells an air attack only when the weapon is what was intercepted."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from merge_helpers import ISRAEL, next_day_mentions, strike
from test_s25_merge131_intercept import DAY, drone_attack, told

from eventwire.merge.interceptions import intercepts
from eventwire.merge.mentions import FLOWN
from eventwire.model import Event, Evidence, Weapon


def missile_attack() -> list[Event]:
    """Three outlets' headlines of one overnight missile attack on Israel."""
    heads = (("afp", "Missile hits Israeli town overnight"), ("ap", "Missile attack on Israel damages homes"),
             ("bbc", "Missiles strike Israel in overnight attack"))
    out = []
    for k, (outlet, text) in enumerate(heads):
        ev = strike(f"ev_m{k}", outlet, None, place=ISRAEL, day=DAY, actors=[])
        ev.evidence = [Evidence(article_id=ev.article_ids[0], start=0, end=len(text), text=text,
                                supports=["event_type"])]
        ev.weapons = [Weapon(kind="missile")]
        out.append(ev)
    return out


# The review's table: an interceptor, or an interception of something that carries a weapon, tells no attack.
NOT_AN_ATTACK = [
    (drone_attack, "Police intercept drone smuggling ring"),
    (drone_attack, "Customs intercept shipment of drone parts bound for Russia"),
    (drone_attack, "Ukraine asks allies for more interceptor drones"),
    (drone_attack, "Ukraine receives new batch of interceptor drones from allies"),
    (missile_attack, "US approves sale of interceptor missiles to Gulf allies"),
    (missile_attack, "Army running low on interceptor missiles, officials say"),
    (missile_attack, "Navy intercepts ship carrying missiles"),
]


@pytest.mark.parametrize("make, text", NOT_AN_ATTACK)
def test_a_report_of_interceptors_or_intercepted_cargo_is_no_mention(make: Callable[[], list[Event]], text: str) -> None:
    assert next_day_mentions(make(), DAY, text) == {}
    assert next_day_mentions(make(), DAY, text.upper()) == {}  # no capitalised word is read as the weapon's origin


def test_a_report_of_missiles_intercepted_is_a_mention_of_the_missile_attack() -> None:
    assert next_day_mentions(missile_attack(), DAY, "Army says it intercepted most of the missiles") \
        == {"art_0": "sole_anchor"}


TOLD = ["Israeli military plans to intercept drones before they reach Israeli skies",
        "Israel says it intercepted most of the missiles", "Ukraine says it downed 30 Russian drones",
        "Most Iranian drones were intercepted, army says", "Army says 99% of drones and missiles were intercepted",
        "Drones launched at Kyiv were intercepted", "Interception of ballistic missiles over the desert"]
NOT_TOLD = ["Navy intercepts dhow smuggling missile parts to rebels", "Ship carrying missiles intercepted off Yemen",
            "Shipment of drone parts intercepted at border", "Police intercept smuggled drones",
            "US Navy intercepts ship carrying Iranian missiles bound for Yemen",
            "Ukraine asks allies for more interceptor drones"]


@pytest.mark.parametrize("case", [str, str.upper, str.title])
def test_the_weapon_must_be_what_was_intercepted_in_any_case(case: Callable[[str], str]) -> None:
    # The verb's object or its passive subject; ALL-CAPS and Title Case headlines read the same.
    assert [t for t in TOLD if not intercepts(case(t), FLOWN)] == []
    assert [t for t in NOT_TOLD if intercepts(case(t), FLOWN)] == []
    assert [t for t in NOT_TOLD if told(case(t))] == []
