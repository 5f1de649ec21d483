"""The report read as an analyst would (rep134): no empty killed panel or size key in a week without a toll, no map
label on a country's centre and towns before regions, one top row for a sentence listing several towns, and no
"unclear figure" flag for casualties that give no figure."""

from __future__ import annotations

from datetime import date

from eventwire.export.report import build_report
from eventwire.export.report_chart import drawn_tolls, timeline_figure
from eventwire.export.report_map import map_figure, place_labels, sized
from eventwire.export.report_stats import compute, figureless, pick_top, severity
from eventwire.model import Count, DateSpan, Event, Evidence, Flag, Location
from export.test_report_confidence import ODESA, SINCE, UNTIL
from store.samples import KHARKIV, KYIV

UKRAINE = Location(name="Ukraine", geonameid=690791, lat=49.0, lon=32.0, country_code="UA", feature_code="PCLI",
                   precision=3)
DONETSK_OBLAST = Location(name="Donetsk Oblast", geonameid=709716, lat=48.0, lon=37.75, country_code="UA",
                          admin1="Donetsk Oblast", feature_code="ADM1", precision=3)
BAKHMUT = Location(name="Bakhmut", geonameid=709403, lat=48.5947, lon=38.0006, country_code="UA",
                   admin1="Donetsk Oblast", precision=1)
SOLEDAR = Location(name="Soledar", geonameid=695007, lat=48.6833, lon=38.0833, country_code="UA",
                   admin1="Donetsk Oblast", precision=1)
SIVERSK = Location(name="Siversk", geonameid=694216, lat=48.8667, lon=38.1, country_code="UA",
                   admin1="Donetsk Oblast", precision=1)


def clash(eid: str, place: Location, text: str, killed: int | None = None, day: int = 4,
          flags: list[Flag] | None = None, confidence: float = 0.7, article: str | None = None) -> Event:
    """An armed clash told by a sentence written for this test."""
    return Event(id=eid, event_type="Battles", sub_event_type="Armed clash",
                 date=DateSpan(start=date(2025, 6, day), end=date(2025, 6, day), precision="day"), location=place,
                 fatalities=Count(low=killed, best=killed, text=f"{killed} killed") if killed is not None else Count(),
                 evidence=[Evidence(article_id=article or f"art_{eid}", start=0, end=len(text), text=text,
                                    supports=["event_type", "location"])],
                 article_ids=[article or f"art_{eid}"], sources=["Daily Brief"], flags=flags or [], confidence=confidence)


LIST = "Troops repelled attacks near Bakhmut, Soledar and Siversk on Wednesday."


def test_a_week_without_a_toll_draws_no_killed_panel_and_no_size_key() -> None:
    quiet = [clash("ev_a", BAKHMUT, "Troops fought near Bakhmut."), clash("ev_b", KYIV, "Troops fought near Kyiv.")]
    data = compute(quiet, SINCE, UNTIL)
    assert not drawn_tolls(data) and len(timeline_figure(data).axes) == 1
    assert not sized(quiet)
    legend = [t.get_text() for t in map_figure(quiet, {"UA"}).axes[0].get_legend().get_texts()]
    assert "1 killed" not in legend and "Battles" in legend
    md = build_report(quiet, since=SINCE, until=UNTIL, fmt="md")
    assert "Events per day by type. No killed panel: no event drawn here reports anyone killed." in md
    assert "all markers one size: no event shown reports anyone killed; hollow markers" in md
    told = [*quiet, clash("ev_c", ODESA, "Two soldiers were killed in a clash near Odesa.", killed=2)]
    data = compute(told, SINCE, UNTIL)
    assert drawn_tolls(data) and len(timeline_figure(data).axes) == 2 and sized(told)
    md = build_report(told, since=SINCE, until=UNTIL, fmt="md")
    assert "killed per day: the sum of low figures" in md and "marker area grows with the number killed" in md
    # A toll of zero draws no panel either (a zero bar cannot be seen); the table still says 0 (mend of review D4).
    zero = compute([clash("ev_z", KYIV, "No one was killed in the clash near Kyiv.", killed=0)], SINCE, UNTIL)
    assert not drawn_tolls(zero)


def test_map_labels_skip_a_countrys_centre_and_put_towns_before_regions() -> None:
    pts = [clash("ev_country", UKRAINE, "Troops fought in Ukraine.", confidence=0.9),
           clash("ev_region", DONETSK_OBLAST, "Troops fought in Donetsk Oblast.", confidence=0.9),
           clash("ev_town", KHARKIV, "Troops fought near Kharkiv.", confidence=0.5)]
    names = [n for n, _, _ in place_labels(pts, (22.0, 44.0, 41.0, 53.0), {"UA"})]
    assert names == ["Kharkiv", "Donetsk Oblast"]  # no "Ukraine" beside UKRAINE; the town first at equal tolls
    # A deadly region still comes before a town where nobody was reported killed.
    deadly = [clash("ev_region", DONETSK_OBLAST, "Shelling in Donetsk Oblast killed 5.", killed=5),
              clash("ev_town", KHARKIV, "Troops fought near Kharkiv.")]
    assert [n for n, _, _ in place_labels(deadly, (22.0, 44.0, 41.0, 53.0))] == ["Donetsk Oblast", "Kharkiv"]


def test_a_sentence_listing_towns_takes_one_top_row_and_every_event_still_counts() -> None:
    events = [clash("ev_1", BAKHMUT, LIST, confidence=0.8, article="art_list"),
              clash("ev_2", SOLEDAR, LIST, confidence=0.7, article="art_list"),
              clash("ev_3", SIVERSK, LIST, confidence=0.6, article="art_list"),
              clash("ev_4", KYIV, "Troops fought near Kyiv.")]
    top, also = pick_top(sorted(events, key=severity, reverse=True), 10)
    assert [e.id for e in top] == ["ev_1", "ev_4"] and also == {"ev_1": ["Soledar", "Siversk"]}
    md = build_report(events, since=SINCE, until=UNTIL, fmt="md")
    assert "**Events: 4**" in md
    assert "| Bakhmut, Donetsk Oblast, UA; the same sentence also names Soledar, Siversk |" in md
    assert "2 further events told in the same sentence as a listed one, alike in sides, type, date and figures, " \
           "share its row (see Place)." in md
    # Different tolls, or days, in one sentence are told apart: each keeps its row.
    apart = [clash("ev_1", BAKHMUT, LIST, killed=2, article="art_list"),
             clash("ev_2", SOLEDAR, LIST, killed=3, article="art_list"),
             clash("ev_3", SIVERSK, LIST, day=5, article="art_list")]
    top, also = pick_top(sorted(apart, key=severity, reverse=True), 10)
    assert len(top) == 3 and also == {}
    assert "same sentence" not in build_report(apart, since=SINCE, until=UNTIL, fmt="md")


def unsplit(text: str, phrase: str) -> Flag:
    """The flag the checks stage writes for a casualty phrase of `text` that does not split killed from injured."""
    at = text.index(phrase)
    return Flag(code="casualties_unsplit", message=f"'{phrase}' does not say how many were killed and how many "
                "injured", start=at, end=at + len(phrase))


def test_casualties_without_a_figure_are_no_unclear_figure() -> None:
    heavy, forty = "Troops near Bakhmut took heavy casualties.", "The clash near Kyiv caused 40 casualties."
    assert figureless(clash("ev_1", BAKHMUT, heavy), unsplit(heavy, "casualties")) == "heavy casualties"
    assert figureless(clash("ev_2", KYIV, forty), unsplit(forty, "40 casualties")) is None
    other = Flag(code="date_disagreement", message="'x' does not say how many", start=0, end=6)
    assert figureless(clash("ev_1", BAKHMUT, heavy), other) is None
    events = [clash("ev_1", BAKHMUT, heavy, flags=[unsplit(heavy, "casualties")]),
              clash("ev_2", KYIV, forty, flags=[unsplit(forty, "40 casualties")])]
    md = build_report(events, since=SINCE, until=UNTIL, fmt="md")
    assert "**Flags: 1** — contradictions and unclear figures on 1 event" in md
    assert "'40 casualties' does not say" in md and "'casualties' does not say" not in md
    assert "Not listed: 1 mention of casualties without any figure (such as “heavy casualties”), which leaves no " \
           "number unclear." in md
    alone = build_report(events[:1], since=SINCE, until=UNTIL, fmt="md")
    assert "No open flags on these events." in alone and "Not listed: 1 mention" in alone
