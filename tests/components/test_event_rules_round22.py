"""Round 22 (session 5): fire on named places and oblasts; spans of days dated on the last day (sentences written for the test)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.dates import find_dates
from eventwire.model import Event

PUB = date(2022, 6, 5)


def _shelled(text: str, pub: date = PUB) -> dict[str, Event]:
    events: list[Event] = extract(text, published=pub)
    return {e.location.name: e for e in events
            if e.location is not None and e.location.name and e.sub_event_type == "Shelling/artillery/missile attack"}


def test_fired_on_a_list_of_villages_is_a_shelling_at_each() -> None:
    got = _shelled("Russian forces fired on Tsyrkuny and Derhachi north of Kharkiv City.")
    assert {"Tsyrkuny", "Derhachi"} <= set(got)


def test_fired_on_oblasts_is_an_area_event_in_each_oblast() -> None:
    got = _shelled("Russian forces additionally fired on Zaporizhia, Mykolaiv, and Dnipropetrovsk Oblasts.")
    assert {e.location.admin1 for e in got.values() if e.location} >= {"Zaporizhzhia Oblast", "Mykolaiv Oblast",
                                                                          "Dnipropetrovsk Oblast"}


def test_fired_on_the_line_of_contact_in_oblasts() -> None:
    got = _shelled("Russian troops intensively fired on the line of contact in Zaporizhia and Mykolaiv Oblasts.")
    assert {e.location.admin1 for e in got.values() if e.location} >= {"Zaporizhzhia Oblast", "Mykolaiv Oblast"}


def test_fire_on_a_weekday_or_on_ukrainian_troops_is_no_place() -> None:
    # "fired on Monday" names a day, not a target; "fired at Ukrainian troops" names no settlement.
    assert _shelled("The unit fired on Monday, officials said.") == {}
    assert _shelled("Russian forces fired at Ukrainian troops.") == {}


def test_between_two_days_of_a_month_is_one_span() -> None:
    ms = find_dates("Russian forces shelled Kharkiv between April 16 and 18.", date(2022, 4, 19))
    assert [(m.start_date, m.end_date) for m in ms] == [(date(2022, 4, 16), date(2022, 4, 18))]


def test_a_second_day_before_a_noun_is_a_count_not_a_span() -> None:
    ms = find_dates("On April 5 and 6 civilians were killed.", date(2022, 4, 19))
    assert [(m.start_date, m.end_date) for m in ms] == [(date(2022, 4, 5), date(2022, 4, 5))]


def test_a_span_of_days_is_dated_on_the_last_day() -> None:
    # Gold README "Spans of days": one event, dated on the last day named.
    for text in ("Russian forces shelled Kharkiv between April 16 and 18.",
                 "Russian forces shelled Kharkiv on April 16-18.",
                 "Russian forces shelled Kharkiv from April 16 to 18."):
        got = _shelled(text, date(2022, 4, 19))
        assert got["Kharkiv"].date.start == date(2022, 4, 18), text


def test_two_days_at_one_place_are_one_event() -> None:
    text = ("Russian forces shelled Kharkiv on April 16 and 17. "
            "Russian forces continued shelling Kharkiv on April 17.")
    got = [e for e in extract(text, published=date(2022, 4, 18))
           if e.location is not None and e.location.name == "Kharkiv"]
    assert [e.date.start for e in got] == [date(2022, 4, 17)]


def test_a_month_long_stretch_keeps_its_first_day() -> None:
    got = _shelled("Russian forces shelled Kharkiv on June 1-30.", date(2022, 7, 1))
    assert got["Kharkiv"].date.start == date(2022, 6, 1)


def _clashes(text: str) -> set[str]:
    return {e.location.name for e in extract(text, published=PUB)
            if e.location is not None and e.location.name and e.sub_event_type == "Armed clash"}


def test_a_list_whose_items_open_with_near_or_around() -> None:
    # "around A (note) and near B (note) and C (note)": each item is a place of the fight.
    text = ("Local officials reported ongoing fighting around Ivano-Darivka (some 5 km southeast of Siversk) and near "
            "Berestove (roughly 15 km southeast of Siversk) and Bilohorivka (about 15 km northeast of Siversk).")
    assert {"Ivano-Darivka", "Berestove", "Bilohorivka"} <= _clashes(text)


def test_a_border_zone_is_no_place_of_the_fight() -> None:
    # Gold README "Region-level events": a border zone is no region; a town named with it still is.
    text = "Russian forces conducted localized ground attacks near the Kherson-Mykolaiv Oblast border."
    assert "Kherson" not in _clashes(text)
    assert "Bilohorivka" in _shelled("Russian forces shelled Bilohorivka near the Luhansk Oblast border.")
    # An official's title names the region: the event stays there.
    told = extract("Dnipropetrovsk Oblast Head Valentyn Reznichenko reported shelling.", published=PUB)
    assert any(e.location is not None and e.location.admin1 == "Dnipropetrovsk Oblast" for e in told)


def test_previously_of_another_clause_or_an_adjective_is_no_past_reference() -> None:
    # "after previously conducting only localized attacks" tells what came before; the assaults named are new.
    text = ("Russian forces conducted large-scale assaults on Rubizhne on June 5 after previously conducting only "
            "localized attacks.")
    assert "Rubizhne" in _clashes(text)
    adjective = ("Russian forces continued defending previously occupied positions and conducted artillery strikes "
                 "on Kherson.")
    assert "Kherson" in _shelled(adjective)
    # Guard: a past act told with "previously" stays historical.
    assert "Rubizhne" not in _clashes("Russian forces previously attacked Rubizhne.")


def test_fire_on_various_places_in_a_region_is_no_summary_of_its_towns() -> None:
    # Two named towns of Zaporizhia Oblast hit the same day do not fold "various locations in ... Zaporizhia".
    text = ("Russian forces shelled Huliaipole and Orikhiv on June 5. Russian forces shelled Vasylivka and Tokmak "
            "on June 5. Russian forces additionally fired on various locations in Kherson and Zaporizhia Oblasts "
            "on June 5.")
    regions = [e for e in extract(text, published=PUB) if e.location is not None
               and e.location.admin1 == "Zaporizhzhia Oblast" and e.location.name == "Zaporizhzhia Oblast"]
    assert regions, "the oblast-level fire is kept"


def test_fire_on_people_or_a_named_party_is_no_shelling() -> None:
    # "fired on Palestinians", "on Kurdish protesters", "at US warships": gunfire at people or no place; the fire-list
    # rule is for named places standing alone.
    for text in ("Israeli forces fired at Palestinians near Rafah.",
                 "Police fired on Kurdish protesters in Diyarbakir.",
                 "Houthi rebels fired at US warships in the Red Sea."):
        assert not any(e.sub_event_type == "Shelling/artillery/missile attack"
                       for e in extract(text, published=PUB)), text
