"""Round 54: wire news: a dateline after a title line, and the dateline's local day as the story's day."""

from __future__ import annotations

from datetime import date

from eventwire.api import extract
from eventwire.components.dates import local_day, make, story_day
from eventwire.components.sentences import split_sentences
from eventwire.evaluate.common import is_violent
from eventwire.model import Article
from eventwire.pipeline.workdoc import WorkDoc


def _violent(text: str, pub: date) -> list[tuple[str | None, str | None, date | None]]:
    return [(e.sub_event_type, e.location.name if e.location else None, e.date.start)
            for e in extract(text, published=pub) if is_violent(e)]


def test_a_dateline_after_a_title_is_where_it_was_filed_not_where_it_happened() -> None:
    body = ("BEIRUT, March 20 - Israeli warplanes bombed militia bases to the east of the coastal town of Sidon, radio "
            "reports said.")
    with_title = _violent("WARPLANES POUND MILITIA BASES\n\n" + body, date(1987, 3, 20))
    assert with_title == _violent(body, date(1987, 3, 20))
    assert [place for _, place, _ in with_title] == ["Sidon"]


def test_the_dateline_day_anchors_a_weekday_when_publication_is_a_day_earlier() -> None:
    # Stamped Monday 19 Oct (GMT); filed in Manila on Tuesday 20 Oct: "early on Tuesday" is the 20th.
    text = ("BLAST IN MANILA OFFICE\n\nMANILA, Oct 20 - A bomb exploded in a government office building early on "
            "Tuesday, a security official said.")
    got = _violent(text, date(1987, 10, 19))
    assert got and all(day == date(1987, 10, 20) for _, _, day in got)


def test_the_dateline_day_dates_an_undated_event() -> None:
    text = "MANILA, Oct 20 - A bomb exploded in a government office building, a security official said."
    got = _violent(text, date(1987, 10, 19))
    assert got and all(day == date(1987, 10, 20) for _, _, day in got)


def test_a_dateline_day_far_from_publication_is_not_the_story_day() -> None:
    assert local_day("MANILA, Oct 12 - A bomb exploded on Tuesday.", date(1987, 10, 19)) is None
    assert local_day("MANILA, Oct 19 - A bomb exploded on Tuesday.", date(1987, 10, 19)) is None  # the same day
    assert local_day("MANILA, Oct 20 - A bomb exploded on Tuesday.", date(1987, 10, 19)) == date(1987, 10, 20)
    assert local_day("A bomb exploded on Tuesday, Oct 20 - officials said.", date(1987, 10, 19)) is None  # no dateline


def test_the_story_day_is_in_the_date_reference() -> None:
    text = "MANILA, Oct 20 - A bomb exploded early on Tuesday."
    doc = WorkDoc(Article(text=text, published=date(1987, 10, 19)))
    doc.sentences = split_sentences(text)
    doc = make()(doc)
    assert doc.meta["date_reference"] == {"date": "1987-10-20", "source": "dateline"}
    assert story_day(doc) == date(1987, 10, 20)
    doc = WorkDoc(Article(text=text, published=date(1987, 10, 19)))
    doc.sentences = split_sentences(text)
    doc = make(use_dateline=False)(doc)
    assert doc.meta["date_reference"] == {"date": "1987-10-19", "source": "published"}
    assert story_day(doc) == date(1987, 10, 19)


def test_a_place_in_a_firm_name_is_not_where() -> None:
    text = ("LIMA, March 23 - The director of Bank of Osaka in Peru was wounded in a shooting outside his home, "
            "a police spokesman said.")
    got = _violent(text, date(1987, 3, 23))
    assert got and all(place != "Osaka" for _, place, _ in got)


def test_a_firm_named_after_a_country_or_city_is_not_where() -> None:
    got = _violent("A bomb exploded at the Kenya Airways office in Uganda on Monday, killing a guard.", date(1990, 5, 7))
    assert [place for _, place, _ in got] == ["Uganda"]
    got = _violent("Gunmen shot dead the manager of the Cairo Stock Exchange branch in Alexandria on Monday.",
                   date(1990, 5, 7))
    assert got and all(place == "Alexandria" for _, place, _ in got)


def test_the_bank_of_a_river_stays_a_place() -> None:
    got = _violent("Russian forces shelled the west bank of Kherson on Monday.", date(2022, 11, 14))
    assert got and all(place == "Kherson" for _, place, _ in got)


def test_the_target_country_not_the_acting_country() -> None:
    text = "A U.S. strike on Iranian offshore rigs in the Gulf on Monday set them ablaze, a spokesman said."
    got = _violent(text, date(1987, 10, 19))
    assert got and all(place == "Iran" for _, place, _ in got)


def test_the_target_country_not_the_bureau_in_the_dateline() -> None:
    text = "BAHRAIN, Oct 19 - Unmarked warplanes struck two Iranian oil platforms in the lower Gulf on Monday."
    got = _violent(text, date(1987, 10, 19))
    assert got and all(place == "Iran" for _, place, _ in got)


def test_the_victims_nationality_is_not_where() -> None:
    text = "SAN SALVADOR, 7 JAN 90 -- Soldiers were arrested for the murder of six Spanish priests, the radio said."
    got = _violent(text, date(1990, 1, 7))
    assert all(place != "Spain" for _, place, _ in got)


def test_a_party_to_a_fight_is_not_its_target() -> None:
    text = "BEIRUT, April 8 - Fighting broke out between Palestinian guerrillas and militiamen near the camps."
    got = _violent(text, date(1987, 4, 8))
    assert all(place != "Palestinian Territory" for _, place, _ in got)


def test_jets_that_raided_made_an_air_strike() -> None:
    got = _violent("Unidentified jets raided two oil platforms off the coast of Oman on Monday.", date(1987, 10, 19))
    assert [sub for sub, _, _ in got] == ["Air/drone strike"]


def test_the_target_country_not_the_bureau_of_the_same_country() -> None:
    text = "ISLAMABAD, March 25 - Foreign warplanes bombed several Pakistani villages on Monday, officials said."
    got = _violent(text, date(1987, 3, 25))
    assert got and all(place == "Pakistan" for _, place, _ in got)


def test_a_toll_told_with_a_plural_noun_reports_the_event() -> None:
    text = "LAGOS, March 11 - The army imposed a curfew after 11 people died in clashes between rival groups."
    got = _violent(text, date(1987, 3, 11))
    assert [sub for sub, _, _ in got] == ["Armed clash"]


def test_a_plural_noun_with_no_toll_after_the_dateline_stays_told_before() -> None:
    text = "LAGOS, March 11 - The government said the clashes between rival groups had stopped."
    assert _violent(text, date(1987, 3, 11)) == []
