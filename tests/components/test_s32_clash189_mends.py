"""Review mends of clash189: a deployment is no gain, "control over" is no rule of this branch, and an outskirts
reached unopposed, after the other side left, or in an earlier year is no clash. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.api import extract

PUB = date(2023, 3, 10)


def _events(text: str) -> set[tuple[str | None, str | None]]:
    """(sub-type, place) of the violent events extracted from the text."""
    return {(e.sub_event_type, e.location.name if e.location else None) for e in extract(text, published=PUB)}


@pytest.mark.parametrize("text", [
    "Russian forces established positions in Belarus near the Ukrainian border on Tuesday.",
    "NATO forces established positions in Estonia on Tuesday as part of an exercise.",
    "UN peacekeeping forces established positions near Abyei on Tuesday.",
    "UN peacekeeping forces gained a foothold near Abyei on Tuesday.",
    "National Guard troops established positions in Minneapolis on Saturday.",
    "Russian forces have established positions in Nova Kakhovka to defend against a river crossing, officials said.",
    "Russian forces have established positions in Oleshky and Hola Prystan on the left bank.",
    "Turkish troops established positions in northern Syria on Tuesday.",
    "Chinese forces gained a foothold in Djibouti on Thursday.",
    "Ukrainian forces gained a foothold on Zmiinyi Island on Tuesday.",
])
def test_a_deployment_is_no_gain(text: str) -> None:
    assert _events(text) == set()


@pytest.mark.parametrize("text", [
    "Russian forces established control over Gazprom on Thursday.",
    "Russian forces gained control of Telegram on Thursday.",
    "Russian forces established control over Donetsk Oblast on Thursday.",
])
def test_control_over_a_name_gives_nothing(text: str) -> None:
    assert _events(text) == set()


@pytest.mark.parametrize("text", [
    "Taliban fighters advanced to the outskirts of Kabul on Sunday without meeting resistance.",
    "Rebel fighters advanced to the southern outskirts of Gao on Tuesday without firing a shot.",
    "Ukrainian troops advanced to the outskirts of Kherson, where residents greeted them, on Tuesday.",
    "Ukrainian troops advanced to the outskirts of Kherson after Russian forces withdrew.",
    "In 1683 the Ottoman army advanced to the outskirts of Vienna.",
    "In the summer of 2014, separatist forces advanced to the outskirts of Mariupol.",
    "In 2014 separatist forces established positions in northern Mariupol.",
])
def test_no_fight_at_the_edge(text: str) -> None:
    assert _events(text) == set()


def test_a_bare_bearing_before_outskirts() -> None:
    assert _events("Russian troops advanced into the northwest outskirts of Irpin on Tuesday.") == {
        ("Armed clash", "Irpin")}


@pytest.mark.parametrize("text", [
    "National Guard troops advanced to the outskirts of Ferguson on Tuesday night.",
    "Insurgent fighters advanced to the outskirts of Herat on Sunday as army units melted away.",
])
def test_lead_probes_no_fight_or_no_side(text: str) -> None:
    # The review's last probes: a guard unit is no side; a move unopposed is no fight.
    assert _events(text) == set()
