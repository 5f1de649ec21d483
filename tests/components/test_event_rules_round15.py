"""Round 15 (session 4): classes found on unlabelled ISW reports (sentences written for the test)."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.model import Event

PUB = date(2022, 3, 27)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def _violent(text: str, published: date = PUB) -> list[Event]:
    return [e for e in extract(text, published=published) if e.event_type in VIOLENT]


def _places(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return sorted((e.location.admin1, e.location.feature_code) if e.location else (None, None) for e in events)


def test_awaited_or_readied_fighting_is_no_event() -> None:
    assert _violent("Russian forces are fortifying positions in Kherson Oblast in anticipation of Ukrainian "
                    "counteroffensives.") == []
    assert _violent("A Russian blogger said that Ukrainian troops are preparing a large-scale attack near "
                    "Svatove.") == []
    assert _violent("Shoigu claimed that Ukrainian units were preparing massive missile strikes on "
                    "Nova Kakhovka.") == []
    # A report of the act itself stays an event.
    assert len(_violent("Russian forces shelled Kherson City on March 27.")) == 1


def test_capitals_in_a_list_of_oblasts_are_the_regions() -> None:
    evs = _violent("Russian bombers launched cruise missiles at Kyiv, Sumy, and Chernihiv Oblasts on March 27.")
    assert _places(evs) == [("Chernihiv Oblast", "ADM1"), ("Kyiv Oblast", "ADM1"), ("Sumy Oblast", "ADM1")]
    # A list of towns stays towns.
    evs = _violent("Russian forces shelled Kharkiv, Chuhuiv, and Izyum on March 27.")
    assert {e.location.feature_code for e in evs if e.location} <= {"PPL", "PPLA", "PPLA2", "PPLC"}
    assert len(evs) == 3


def test_the_date_before_that_is_when_it_was_told() -> None:
    ev = _violent("Regional officials confirmed on March 27 that Russian troops captured Slavutych, some 35 "
                  "kilometers west of Chernihiv, on March 26.")
    assert [e.date.start for e in ev] == [date(2022, 3, 26)]
    # A day in a relative clause dates the assaults' start, not the repelling told that day.
    ev = _violent("Ukraine's General Staff said on March 27 that Ukrainian troops repelled the Russian assaults on "
                  "Popasna that began on March 25.")
    assert ev and all(e.date.start == date(2022, 3, 27) for e in ev)


def test_present_tense_fighting_takes_no_earlier_sentence_day() -> None:
    text = ("Russian forces captured Rubizhne on March 20. "
            "Local officials said that Russian forces are fighting in Izyum.")
    izyum = [e for e in _violent(text) if e.location and e.location.name == "Izyum"]
    assert [e.date.start for e in izyum] == [PUB]


def test_rounds_fired_at_a_town_are_shelling() -> None:
    evs = _violent("Russian forces fired six rounds at Enerhodar on March 27, killing a plant employee.")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]
    assert not any(e.sub_event_type == "Shelling/artillery/missile attack"
                   for e in _violent("Police fired rubber rounds at protesters in Minsk on March 27."))


def test_a_front_sentence_is_not_placed_at_the_town_before() -> None:
    text = ("Russian forces shelled Lysychansk on March 27. "
            "Russian forces still conducted limited ground assaults across all axes on March 27.")
    clashes = [e for e in _violent(text) if e.event_type == "Battles"]
    assert all(e.location is None or e.location.name != "Lysychansk" for e in clashes)


def test_the_city_of_the_sentence_before_not_its_region() -> None:
    text = ("Russian troops may have taken Melitopol, north of Crimea, on the evening of February 25. "
            "Russian sources claimed to have captured the city by 7:00 pm.")
    evs = _violent(text, published=date(2022, 2, 25))
    assert [e.location.name for e in evs if e.location] == ["Melitopol"]


def test_one_region_border_is_no_place_beside_a_town() -> None:
    evs = _violent("Russian units tried a small ground assault east of Siversk near the Luhansk Oblast "
                   "border on March 27.")
    assert [e.location.name for e in evs if e.location] == ["Siversk"]


def test_acting_party_demonym_summary_folds_into_the_days_strikes() -> None:
    text = ("Russia probably aims to ground Ukraine's air force. "
            "Russian forces conducted thirty missile strikes on March 27. "
            "Russian forces also shelled Kharkiv on March 27.")
    evs = _violent(text)
    assert all(e.location is not None and e.location.country_code == "UA" for e in evs)


def test_war_long_tallies_in_headlines_are_no_event() -> None:
    pub = date(2024, 2, 1)
    for head in ("21,000 killed in Gaza war as aid needs keep growing",
                 "Health officials say the offensive has now killed more than 20000 people",
                 "Gaza death toll passes 17,300 as Israeli attacks continue",
                 "Press union says 90 reporters killed since Israeli attacks began"):
        assert _violent(head, pub) == [], head
    # The day's own toll told beside the war's is an event with its own figure.
    for head, n in (("Gaza death toll climbs to 30,410 as 71 more Palestinians killed", 71),
                    ("163 Palestinians killed in Gaza in past 24 hours, death toll rises to 24,620", 163)):
        evs = _violent(head, pub)
        assert [e.fatalities.best for e in evs] == [n], head


def test_a_war_as_a_headlines_background_is_no_event() -> None:
    pub = date(2024, 2, 1)
    assert _violent("How doctors in Gaza persevere amid Israeli attacks", pub) == []
    assert _violent("Water and fuel run short in Gaza amid deadly Israeli airstrikes", pub) == []
    assert len(_violent("Five killed in Rafah amid Israeli strikes", pub)) == 1


def test_a_counterfactual_toll_keeps_the_bombing() -> None:
    text = ("Yesterday, a car bomb with 600 kg of explosives was planted by drug gangs in Bogota. Had it not been "
            "for a faulty fuse, it would have killed at least 3,000 people.")
    evs = _violent(text, date(1990, 4, 6))
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
