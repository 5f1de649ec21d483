"""A second opposed camp's event id hashes its camp number as an element of its own (s23)."""

import datetime

import eventwire
from eventwire.components.assemble import event_id
from eventwire.model.article import content_id

DAY = datetime.date(2024, 3, 5)


def test_event_id_without_a_camp_is_the_five_part_hash() -> None:
    day = datetime.date(2024, 3, 3)
    old = content_id("art_1", "Protests", "Peaceful protest", "618426", day.isoformat(), prefix="ev_")
    assert event_id("art_1", "Protests", "Peaceful protest", 618426, day) == old
    assert event_id("art_1", "Protests", "Peaceful protest", 618426, day, 0) == old
    assert event_id("art_1", "Protests", "Peaceful protest", 618426, day, 1) != old


def test_two_camps_of_one_sub_type_keep_their_own_place_and_ids() -> None:
    events = eventwire.extract("Pro-Russian activists rallied in Chisinau on Sunday. Pro-EU protesters held a rival "
                               "rally in Chisinau on Sunday.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Peaceful protest", "Peaceful protest"]
    first, second = events
    assert first.location is not None and second.location is not None
    assert first.location.geonameid == second.location.geonameid
    key = first.location.geonameid
    assert first.id == event_id(first.article_ids[0], "Protests", "Peaceful protest", key, first.date.start)
    assert second.id == event_id(second.article_ids[0], "Protests", "Peaceful protest", key, second.date.start, 1)


def test_three_rival_camps_give_three_events() -> None:
    events = eventwire.extract("Pro-Russian activists rallied in Chisinau on Sunday. Pro-EU protesters held a rival "
                               "rally in Chisinau on Sunday. Pro-Romanian demonstrators staged an opposing march in "
                               "Chisinau on Sunday.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"] * 3
    assert len({e.id for e in events}) == 3
