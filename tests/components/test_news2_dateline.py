"""News and wire stories (session 17): a wire dateline's town is the bureau, not where an act told elsewhere was."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.evaluate.common import fatalities_of, is_violent

_DAY = date(1987, 5, 12)


def _events(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.event_type, e.location.name if e.location else None, fatalities_of(e))
            for e in extract(text, published=_DAY) if is_violent(e)]


def test_a_place_the_lead_tells_with_the_act_beats_the_datelines_town() -> None:
    got = _events("NICOSIA, May 12 - Israeli warplanes bombed guerrilla bases in south Lebanon today, killing nine "
                  "people, police said.")
    assert [(name, k) for _, name, k in got] == [("Lebanon", 9)]
    got = _events("PARIS, May 12 - Sudanese troops killed 90 rebels and seized 20 in fighting in the desert of "
                  "northern Sudan, a government statement said.")
    assert [(name, k) for _, name, k in got] == [("Sudan", 90)]
    got = _events("ATHENS, May 12 - Turkish jets bombed Kurdish camps in the mountains of northern Iraq, killing 20 "
                  "guerrillas, officials said.")
    assert [(name, k) for _, name, k in got] == [("Iraq", 20)]


def test_the_datelines_town_stays_when_the_lead_names_only_its_country_or_no_place() -> None:
    # The country that holds the bureau's town, a firm's name or nothing else: the town is where.
    got = _events("BOGOTA, May 12 - The manager of a Bank of Tokyo branch in Colombia was wounded in a shooting "
                  "attack, police said.")
    assert [name for _, name, _ in got] == ["Bogotá"]
    got = _events("NAIROBI, May 12 - A bomb exploded outside a hotel today, police said.")
    assert [name for _, name, _ in got] == ["Nairobi"]


def test_a_place_in_a_later_clause_or_naming_people_does_not_move_the_act() -> None:
    # "as Syria sent ...", "and Syria sent ...": another clause; "two U.S. nurses": a country that names people.
    got = _events("BEIRUT, May 12 - Two militias clashed in the western suburbs of the capital as Syria sent more "
                  "troops to the border.")
    assert [name for _, name, _ in got] == ["Beirut"]
    got = _events("BEIRUT, May 12 - Fighting broke out between two militias in the southern suburbs and Syria moved "
                  "more troops to the border.")
    assert [name for _, name, _ in got] == ["Beirut"]
    got = _events("QUITO, May 12 - The murder of two U.S. nurses by gunmen today shocked the country, officials "
                  "said.")
    assert [name for _, name, _ in got] == ["Quito"]


def test_a_place_of_another_phrase_than_the_acts_own_does_not_move_it() -> None:
    # The country is the complement of "with", "for raids on", "the consulate of", "working in": not where the act was.
    for text, town in (
            ("ANKARA, May 12 - Gunmen killed two soldiers in a quarrel with Syria over water, police said.", "Ankara"),
            ("BEIRUT, May 12 - Israeli jets bombed Palestinian camps today in reprisal for raids on Israel, police "
             "said.", "Beirut"),
            ("AMMAN, May 12 - Gunmen shot dead a guard at the consulate of Iraq, police said.", "Amman"),
            ("QUITO, May 12 - Gunmen killed two nurses working in Colombia today, officials said.", "Quito")):
        assert [name for _, name, _ in _events(text)] == [town], text


def test_a_toll_placed_only_at_the_dateline_joins_the_act_of_its_sentence() -> None:
    # The deaths found no place but the bureau's town; the raid of the same sentence is placed and dated.
    got = _events("NEW DELHI, May 12 - Officials said 35 civilians were killed when Pakistani jets bombed a string "
                  "of Indian villages on Sunday.")
    assert len(got) == 1
    assert got[0][1] == "India" and got[0][2] == 35
