"""Guards on a force's bare strike as an act (review of miss151): a force that is struck, idioms and movement senses,
strikes that stopped, and the means named by the striker, the next sentence or the headline. Sentences written for
this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import extract

DAY = date(2022, 11, 18)
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
# Five typed acts, one of them a shelling: a front report.
FRONT = ("Russian forces shelled Izyum on November 18. Russian forces launched airstrikes on Lyman. "
         "Russian troops conducted ground attacks near Siversk. Russian forces fired artillery at Bakhmut. "
         "Ukrainian forces repelled a Russian assault near Vuhledar. ")
# Six clashes and no shelling: a war story, not a front report of fire.
STORY = ("Hamas gunmen ambushed Israeli soldiers in Jabalia on Monday. Israeli troops clashed with militants in "
         "Beit Lahia. Fighters attacked an army post near Khan Younis. Gunmen opened fire on troops in Nablus. "
         "Militants ambushed a patrol near Tubas. Palestinian gunmen clashed with soldiers in Jenin. ")


def _types_at(text: str, place: str) -> set[str | None]:
    return {e.sub_event_type for e in extract(text, published=DAY) if e.location is not None and e.location.name == place}


@pytest.mark.parametrize(("sentence", "place"), [
    ("Russian troops were struck by lightning near Tokmak.", "Tokmak"),  # passive: the force is struck
    ("Ukrainian troops were struck by a bus in Kupiansk.", "Kupyansk"),
    ("Russian forces struck a hopeful tone in Kherson.", "Kherson"),  # idiom
    ("Ukrainian troops struck camp near Pokrovsk.", "Pokrovsk"),
    ("Russian forces struck west from Kursk toward Sumy on November 18.", "Kursk"),  # a ground push's origin
    ("Russian army units struck a pedestrian in Lviv, police said.", "Lviv"),  # a vehicle hit
    ("Russian forces halted strikes on power plants in Zaporizhzhia during the talks.", "Zaporizhzhya"),  # stopped
    ("The deal obliges Ukrainian forces to end strikes on Belgorod.", "Belgorod"),
])
def test_no_attack_is_read_from_these_strikes(sentence: str, place: str) -> None:
    assert SHELL not in _types_at(FRONT + sentence, place)
    assert AIR not in _types_at(FRONT + sentence, place)


def test_a_report_that_tells_a_shelling_keeps_the_shelling_reading() -> None:
    assert SHELL in _types_at(FRONT + "Russian forces struck Poltava on November 18.", "Poltava")


def test_the_means_named_elsewhere_make_an_air_strike() -> None:
    # The striker is an air force; the next sentence names drones; the headline names drones.
    assert _types_at(FRONT + "Russian air forces struck Sumy on November 18.", "Sumy") == {AIR}
    assert _types_at(FRONT + "Russian forces struck Poltava on November 18. The attack involved 20 Shahed drones.",
                     "Poltava") == {AIR}
    assert _types_at("Drone strikes pound eastern Ukraine overnight. " + FRONT
                     + "Russian forces struck Poltava on November 18.", "Poltava") == {AIR}


def test_a_war_story_with_no_shelling_keeps_the_news_reading() -> None:
    assert SHELL not in _types_at(STORY + "Israeli forces struck Khan Younis overnight.", "Khān Yūnis")
    assert AIR in _types_at(STORY + "Israeli forces struck Khan Younis overnight.", "Khān Yūnis")
