"""Mends of rep134 after review: a vague size ("dozens of casualties") keeps its flag listed, one top row only for one
article's list of towns on one side in one country, map labels kept for regions and small countries, and one
"anyone killed" test for the timeline panel, the marker sizes and both captions. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import eventwire
from eventwire.export.report import build_report
from eventwire.export.report_chart import drawn_tolls, timeline_figure
from eventwire.export.report_map import map_figure, place_labels, sized
from eventwire.export.report_stats import compute, figureless, pick_top, severity
from eventwire.model import Actor, Event, Flag, Location
from export.test_s25_rep134_report import BAKHMUT, LIST, SIVERSK, SOLEDAR, clash

WEEK = date(2025, 6, 2), date(2025, 6, 8)
PUBLISHED = "2025-06-06"


def flag_phrases(text: str) -> list[str | None]:
    """figureless() of each unsplit-casualties flag the pipeline writes for the text."""
    return [figureless(e, f) for e in eventwire.extract(text, published=PUBLISHED) for f in e.flags
            if f.code == "casualties_unsplit"]


def test_a_vague_size_before_or_after_the_noun_keeps_the_flag_listed() -> None:
    # The checks stage keeps only the noun ("'casualties' does not say…"); the size is read from the text around it.
    for text in ("An artillery barrage on the bus station in Kramatorsk on Monday left dozens of casualties, the "
                 "mayor said.",
                 "Fighting between soldiers and militiamen near Bunia on Saturday caused hundreds of casualties, a "
                 "local official said.",
                 "A drone strike on a wedding in Hodeidah on Sunday caused scores of casualties, medics said.",
                 "Mortar fire on Horlivka on Friday caused casualties in the tens, the local administration said.",
                 "Gunmen attacked a village in Sokoto on Thursday, causing casualties numbering in the dozens, "
                 "residents said.",
                 "Rebels ambushed an army convoy near Beni on Monday and caused many casualties, the army said."):
        assert flag_phrases(text) == [None], text
    assert flag_phrases("Ukrainian troops held off an attack near Avdiivka on Monday, inflicting heavy casualties, "
                        "the brigade said.") == ["heavy casualties"]
    assert flag_phrases("Russian units attacking near Vuhledar on Tuesday kept taking mounting casualties, the "
                        "brigade said.") == ["mounting casualties"]


def test_the_report_lists_a_vague_size_and_quotes_the_hidden_phrase() -> None:
    text = ("An artillery barrage on the bus station in Kramatorsk on Monday left dozens of casualties, the mayor "
            "said. Russian units attacking near Vuhledar on Tuesday kept taking mounting casualties, the brigade "
            "said.")
    md = build_report(eventwire.extract(text, published=PUBLISHED), since=WEEK[0], until=WEEK[1], fmt="md")
    assert "**Flags: 1**" in md and "dozens of casualties" in md
    assert "Not listed: 1 mention of casualties without any figure (such as “mounting casualties”)" in md


def test_a_share_in_percent_is_a_size() -> None:
    text = "The regiment lost 40% casualties near Siversk on Monday."
    at = text.index("casualties")
    flag = Flag(code="casualties_unsplit", message="'casualties' does not say how many", start=at, end=at + 10)
    assert figureless(clash("ev_1", SIVERSK, text), flag) is None


def test_a_flag_whose_text_is_missing_stays_listed() -> None:
    e = clash("ev_1", BAKHMUT, "Troops near Bakhmut took heavy casualties.")
    far = Flag(code="casualties_unsplit", message="'casualties' does not say how many", start=500, end=510)
    assert figureless(e, far) is None and figureless(e, far.model_copy(update={"start": None})) is None


def one_article(e: Event) -> Event:
    """The event told by the shared test article."""
    return e.model_copy(update={"article_ids": ["art_same"]})


def with_sides(e: Event, *names: str) -> Event:
    """The event with these actors."""
    return e.model_copy(update={"actors": [Actor(name=n) for n in names]})


def test_one_sentence_in_two_outlets_articles_keeps_two_rows() -> None:
    a = clash("ev_a", BAKHMUT, "Fierce fighting continued on Wednesday, the staff said.")
    b = clash("ev_b", SOLEDAR, "Fierce fighting continued on Wednesday, the staff said.")
    b = b.model_copy(update={"sources": ["Other Wire"]})
    top, also = pick_top(sorted([a, b], key=severity, reverse=True), 10)
    assert len(top) == 2 and also == {}
    md = build_report([a, b], since=WEEK[0], until=WEEK[1], fmt="md")
    assert "same sentence" not in md and "1: Other Wire" in md


def test_opposite_sides_or_countries_in_one_sentence_keep_two_rows() -> None:
    text = "Russian artillery shelled Sumy on Thursday and Ukrainian artillery shelled Kursk the same day."
    events = eventwire.extract(text, published=PUBLISHED)
    assert {e.location.name for e in events if e.location} == {"Sumy", "Kursk"}
    top, also = pick_top(sorted(events, key=severity, reverse=True), 10)
    assert len(top) == 2 and also == {}
    # Same sentence, same country, but the two events name different actors.
    one = [with_sides(clash("ev_1", BAKHMUT, LIST), "Army"), with_sides(clash("ev_2", SOLEDAR, LIST), "Rebels")]
    assert pick_top([one_article(e) for e in one], 10)[1] == {}


def test_a_list_of_towns_from_one_article_still_shares_a_row() -> None:
    text = "Russian forces shelled Nikopol, Marhanets and Pokrov on Thursday, the regional governor said."
    events = eventwire.extract(text, published=PUBLISHED)
    top, also = pick_top(sorted(events, key=severity, reverse=True), 10)
    assert len(top) == 1 and sorted(also[top[0].id]) == sorted({"Nikopol", "Marhanets", "Pokrov"} -
                                                               {top[0].location.name})  # type: ignore[union-attr]
    listed = [one_article(clash(f"ev_{i}", p, LIST)) for i, p in enumerate((BAKHMUT, SOLEDAR, SIVERSK))]
    assert pick_top(listed, 10)[1] == {"ev_0": ["Soledar", "Siversk"]}


DONBAS = Location(name="Donbas", lat=48.0, lon=38.0, country_code="UA", feature_code="RGN", precision=3)
IZIUM = Location(name="Izium", lat=49.2103, lon=37.2569, country_code="UA", admin1="Kharkiv Oblast", precision=1)
BAHRAIN = Location(name="Bahrain", lat=26.0, lon=50.55, country_code="BH", feature_code="PCLI", precision=3)
SANAA = Location(name="Sanaa", lat=15.3547, lon=44.2066, country_code="YE", admin1="Amanat Alasimah", precision=1)
UKRAINE = Location(name="Ukraine", lat=49.0, lon=32.0, country_code="UA", feature_code="PCLI", precision=3)


def map_names(events: list[Event]) -> list[str]:
    """The place labels map_figure draws (country names are upper case)."""
    fig = map_figure(events, {e.location.country_code for e in events if e.location and e.location.country_code})
    return [t.get_text() for t in fig.axes[0].texts if not t.get_text().isupper() and "Outlines" not in t.get_text()]


def test_a_region_without_admin1_keeps_its_label_and_leads_when_deadlier() -> None:
    events = [clash("ev_d", DONBAS, "Shelling killed ten people in the Donbas.", killed=10),
              clash("ev_i", IZIUM, "A drone hit Izium.")]
    assert [n for n, _, _ in place_labels(events, (30.0, 44.0, 41.0, 53.0), {"UA"})] == ["Donbas", "Izium"]
    assert map_names(events)[0] == "Donbas"


def test_a_small_countrys_centre_keeps_its_label_where_its_name_is_not_drawn() -> None:
    events = [clash("ev_b", BAHRAIN, "Protesters gathered in Bahrain."), clash("ev_s", SANAA, "A strike hit Sanaa.")]
    assert "Bahrain" in map_names(events)
    assert [n for n, _, _ in place_labels(events, (40.0, 12.0, 56.0, 30.0), {"BH"})] == ["Sanaa"]
    assert "Ukraine" not in map_names([clash("ev_u", UKRAINE, "Fighting went on in Ukraine."),
                                       clash("ev_i", IZIUM, "A drone hit Izium.")])


def test_a_zero_toll_gives_one_answer_in_both_figures_and_captions() -> None:
    text = "Russian missiles hit Zaporizhzhia on Tuesday. Nobody was killed, the regional governor said."
    events = eventwire.extract(text, published=PUBLISHED)
    assert [e.fatalities.best for e in events] == [0]
    data = compute(events, *WEEK)
    assert not drawn_tolls(data) and len(timeline_figure(data).axes) == 1 and not sized(events)
    md = build_report(events, since=WEEK[0], until=WEEK[1], fmt="md")
    assert "No killed panel: no event drawn here reports anyone killed." in md
    assert "all markers one size: no event shown reports anyone killed" in md
    assert "| **0** (“Nobody was killed”) |" in md
