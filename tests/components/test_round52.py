"""Round 52: news-article causes of false events: toll updates, the means of a fight, gunmen on police, demonyms."""

from __future__ import annotations

from datetime import date

from coding_helpers import coded

from eventwire.api import extract
from eventwire.evaluate.common import is_violent

PUB = date(2024, 5, 24)


def _violent(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None)
            for e in extract(text, published=PUB) if is_violent(e)]


def test_a_demonym_before_a_place_name_is_whose_not_where() -> None:
    got = coded("Seven Palestinians were killed in an Israeli West Bank raid on Friday.", PUB)
    assert got and all(place == "West Bank" for _, place in got)


def test_a_demonym_alone_still_gives_way_to_the_named_place() -> None:
    got = coded("An Israeli strike killed five people in Rafah on Friday.", PUB)
    assert len(got) == 1 and all(place and place.startswith("Rafa") for _, place in got)


def test_a_toll_update_of_an_attack_told_before_is_no_second_event() -> None:
    got = _violent("Russian drones struck a college dormitory in Starobilsk on Friday, killing six students.\n\n"
                   "Officials in Kyiv said they had targeted a military site.\n\n"
                   "By Sunday the toll from that strike had climbed to 19, regional officials said.")
    assert len(got) == 1 and got[0][1] == "Starobilsk"


def test_a_toll_update_that_opens_the_story_is_the_event() -> None:
    got = _violent("The death toll from the drone strike on Starobilsk rose to 21 on Friday.")
    assert len(got) == 1


def test_gunmen_attacking_police_fight_a_battle() -> None:
    assert coded("Gunmen attacked a police station in Mosul on Friday, killing 16 policemen.", PUB) \
        == {("Armed clash", "Mosul")}


def test_gunmen_attacking_a_wedding_attack_civilians() -> None:
    assert coded("Gunmen attacked a wedding party in Kirkuk on Friday, killing two guests.", PUB) \
        == {("Attack", "Kirkuk")}


def test_bombs_as_the_means_of_an_ambush_are_no_event_of_their_own() -> None:
    got = coded("In Mosul, some 40 insurgents tried to ambush an army convoy with roadside bombs, "
                "rocket-propelled grenades and rifle fire on Friday.", PUB)
    assert ("Remote explosive/landmine/IED", "Mosul") not in got


def test_an_attack_with_missiles_is_still_a_missile_attack() -> None:
    assert coded("Russian forces attacked Kharkiv with missiles on Friday.", PUB) \
        == {("Shelling/artillery/missile attack", "Kharkiv")}


def test_a_place_naming_the_speakers_is_not_a_second_event() -> None:
    got = _violent("Israeli strike on Khan Younis kills 9 Palestinians, Gaza medics say")
    assert len(got) == 1 and (got[0][1] or "").startswith("Kh")


def test_a_place_before_a_killing_verb_without_speakers_is_still_where() -> None:
    got = coded("Gunmen opened fire on a market, killing five people in Kirkuk, police said on Friday.", PUB)
    assert got == {("Attack", "Kirkuk")}


def test_a_name_s_participle_aside_retells_the_dated_event_in_that_country() -> None:
    got = [(sub, place, day) for sub, place, day in (
        (e.sub_event_type, e.location.name if e.location else None, e.date.start)
        for e in extract("Galloway called for aid worker Margaret Hassan, kidnapped in Iraq, to be freed.\n\n"
                         "Mrs Hassan was abducted in Baghdad on 19 October.", published=date(2004, 10, 30))
        if is_violent(e))]
    assert got == [("Abduction/forced disappearance", "Baghdad", date(2004, 10, 19))]


def test_a_country_level_kidnapping_told_alone_stays() -> None:
    got = coded("Aid worker Margaret Hassan, kidnapped in Iraq, appeared in a video on Friday.", PUB)
    assert got == {("Abduction/forced disappearance", "Iraq")}


def test_a_missile_named_by_its_model_types_the_strike() -> None:
    got = coded("On Friday an Oreshnik struck a factory in the town of Bila Tserkva, the governor said.", PUB)
    assert got == {("Shelling/artillery/missile attack", "Bila Tserkva")}
