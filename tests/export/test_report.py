"""The situation report built from hand-made events: sections, figures, escaping, figures, files."""

from __future__ import annotations

import base64
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from eventwire.errors import UsageError
from eventwire.export.report import build_report, report_from_store
from eventwire.export.report_map import fit_bounds, load_outlines, render_map
from eventwire.export.report_stats import compute, count_bounds, range_text
from eventwire.model import Count, DateSpan, Event, Evidence, Flag, Location, Plover

SINCE, UNTIL = date(2025, 6, 1), date(2025, 6, 7)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _loc(name: str, lat: float, lon: float, cc: str, admin1: str) -> Location:
    return Location(name=name, lat=lat, lon=lon, country_code=cc, admin1=admin1)


def _ev(eid: str, day: int, loc: Location | None, etype: str | None, sub: str | None, fat: Count,
        inj: Count, sources: list[str], quote: str, flags: list[Flag] | None = None) -> Event:
    return Event(
        id=eid, event_type=etype, sub_event_type=sub, date=DateSpan(start=date(2025, 6, day), end=date(2025, 6, day),
                                                                    precision="day"),
        location=loc, fatalities=fat, injured=inj, sources=sources, article_ids=[f"art_{eid}"],
        evidence=[Evidence(article_id=f"art_{eid}", start=10, end=10 + len(quote), text=quote,
                           supports=["fatalities"])],
        flags=flags or [], plover=None if etype else Plover(event="THREATEN"),
    )


def events() -> list[Event]:
    """Six events in Ukraine, Russia and Syria, written for this test (figures and places are facts)."""
    kyiv = _loc("Kyiv", 50.4547, 30.5238, "UA", "Kyiv City")
    return [
        _ev("ev_kyiv", 6, kyiv, "Explosions/Remote violence", "Air/drone strike",
            Count(low=4, best=4, text="at least four people were killed"),
            Count(low=24, best=24, text="dozens of others were injured"), ["Wire A", "Paper B"],
            "The mayor said at\u2002least four people died and dozens were hurt in the night attack."),
        _ev("ev_lutsk", 6, _loc("Lutsk", 50.7593, 25.3424, "UA", "Volyn"), "Explosions/Remote violence",
            "Shelling/artillery/missile attack", Count(low=2, best=3, high=5, text="two to five killed"), Count(),
            ["Wire A"], "Officials gave a toll of between two and five dead."),
        _ev("ev_olenya", 1, _loc("Olenya air base", 68.15, 33.46, "RU", "Murmansk"), "Explosions/Remote violence",
            "Air/drone strike", Count(), Count(), ["Wire A"], "Drones struck aircraft parked at the air base."),
        _ev("ev_qatana", 6, _loc("Qatana", 33.4372, 36.0797, "SY", "Rif Dimashq"), "Explosions/Remote violence",
            "Air/drone strike", Count(), Count(), ["Wire A"],
            "A drone hit a building in <script>alert('x')</script> the Qatana district.",
            [Flag(code="location_contradicts_story", message="Syria is named in a story about Ukraine & Russia",
                  start=12, end=40)]),
        _ev("ev_threat", 4, _loc("Moscow", 55.7522, 37.6156, "RU", "Moscow"), None, None, Count(), Count(),
            ["Paper B"], "The president promised a response | to the attack."),
        _ev("ev_old", 20, kyiv, "Battles", "Armed clash", Count(low=50, best=50), Count(), ["Wire A"],
            "Outside the period."),
    ]


def test_figures_are_summed_ranges() -> None:
    data = compute(events(), SINCE, UNTIL)
    assert len(data.events) == 5  # ev_old (20 June) is outside the period
    assert (data.total.fatalities.low, data.total.fatalities.high) == (6, 9)  # 4+2 .. 4+5
    assert data.total.fatalities.events == 2
    assert (data.total.injured.low, data.total.injured.high) == (24, 24)
    assert data.sources == ["Paper B", "Wire A"]
    assert data.by_type["Explosions/Remote violence"].events == 4
    assert data.by_type["Political: Threaten"].events == 1
    assert data.by_place["UA / Kyiv City"].fatalities.text() == "4"
    assert data.by_day[date(2025, 6, 6)].events == 3
    assert data.top[0].id == "ev_lutsk"  # high of 5 beats Kyiv's 4
    assert [r.flag.code for r in data.flags] == ["location_contradicts_story"]


def test_country_filter_and_ranges() -> None:
    data = compute(events(), SINCE, UNTIL, country="ua")
    assert {e.id for e in data.events} == {"ev_kyiv", "ev_lutsk"}
    assert count_bounds(Count(low=2, best=3, high=5)) == (2, 5)
    assert count_bounds(Count(best=7)) == (7, 7)
    assert count_bounds(Count()) == (None, None)
    assert range_text(Count(low=4, best=4, text="at least four")) == "≥4"
    assert range_text(Count(low=4, best=5, high=6)) == "4–6"


def test_merged_members_are_not_counted_twice() -> None:
    evs = events()[:2]
    canon = evs[0].model_copy(update={"id": "cev_1", "evidence": evs[0].evidence + evs[1].evidence})
    data = compute([*evs, canon], SINCE, UNTIL)
    assert [e.id for e in data.events] == ["cev_1"]
    assert data.canonical == 1 and data.reports_merged == 2


def test_html_report_is_self_contained_and_escaped(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    html = build_report(events(), since=SINCE, until=UNTIL, fmt="html", out=out)
    assert out.read_text(encoding="utf-8") == html
    for section in ("Headline figures", "Map and timeline", "Top events", "Open flags: contradictions and unclear figures"):
        assert f"<h2>{section}</h2>" in html
    assert "<script>" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "Ukraine &amp; Russia" in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # nothing fetched from the network
    assert "6–9" in html and "location_contradicts_story" in html
    assert "at least four people died" in html  # U+2002 collapsed in quotes
    imgs = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert len(imgs) == 2
    assert all(base64.b64decode(i).startswith(PNG_MAGIC) for i in imgs)


def test_markdown_report_writes_pngs_beside(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "report.md"
    md = build_report(events(), since=SINCE, until=UNTIL, country="UA", fmt="md", out=out)
    assert md.startswith("# Situation report: Ukraine, 01 Jun 2025")
    for name in ("report_map.png", "report_timeline.png"):
        png = out.with_name(name)
        assert png.read_bytes().startswith(PNG_MAGIC) and png.stat().st_size > 10_000
        assert f"]({name})" in md
    assert "Qatana" not in md  # filtered to Ukraine
    assert "| Date | Place | Type |" in md


def test_markdown_escapes_markup() -> None:
    md = build_report(events(), since=SINCE, until=UNTIL, fmt="md")
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert r"response \| to the attack" in md  # a pipe in a quote cannot break the table
    assert "data:image/png;base64," in md  # no file to put PNGs beside: inlined


def test_map_draws_outlines_and_points() -> None:
    outlines = {o.iso2: o for o in load_outlines()}
    ua = outlines["UA"]
    # Crimea (Simferopol 44.95N 34.10E) lies inside Ukraine's outline in this atlas.
    assert ua.bbox[1] < 44.5 and ua.bbox[0] < 34.1 < ua.bbox[2]
    png = render_map(events()[:2], {"UA"})
    assert png is not None and png.startswith(PNG_MAGIC) and len(png) > 20_000
    assert render_map([], set()) is None
    assert render_map([], {"UA"}, country="UA") is not None  # no located events: the country itself
    w, s, e, n = fit_bounds([(30.5, 50.4)])
    assert e - w >= 4 and n - s >= 4 and w < 30.5 < e


def test_empty_period_and_bad_arguments(tmp_path: Path) -> None:
    html = build_report([], since=SINCE, until=SINCE + timedelta(days=2), fmt="html")
    assert "No events in this period." in html and "No open flags" in html
    with pytest.raises(UsageError):
        build_report(events(), since=UNTIL, until=SINCE)
    with pytest.raises(UsageError):
        build_report(events(), since=SINCE, until=UNTIL, fmt="pdf")  # type: ignore[arg-type]


def test_report_from_store(tmp_path: Path) -> None:
    from eventwire.store import open_store

    with open_store(tmp_path / "ew.db") as store:
        store.upsert_events(events())
        md = report_from_store(store, SINCE, UNTIL, "UA", "md", None)
    assert "Kyiv" in md and "Lutsk" in md and "Olenya" not in md
    assert "6–9" in md


def test_report_from_store_reports_merged_events(tmp_path: Path, seed_text: str) -> None:
    from datetime import datetime

    import eventwire
    from eventwire.merge.store import merge_store
    from eventwire.model import Article
    from eventwire.store import open_store

    a = Article(text=seed_text, source="Outlet A", published=datetime(2025, 6, 6, 8))
    b = Article(text=seed_text.replace("at least four people", "at least six people"), source="Outlet B",
                published=datetime(2025, 6, 6, 12))
    period = (date(2025, 6, 1), date(2025, 6, 7))
    with open_store(tmp_path / "ew.db") as store:
        store.upsert_articles([a, b])
        extracted = eventwire.extract(a) + eventwire.extract(b)
        store.upsert_events(extracted)
        before = report_from_store(store, *period, "UA", "md", None)
        stats = merge_store(store, dedup=False)  # two outlets, not one syndicated copy
        assert stats.clusters == len(extracted) // 2
        md = report_from_store(store, *period, "UA", "md", None)
        html = report_from_store(store, *period, "UA", "html", None)
    assert "as extracted (not merged)" in before and "merged:" not in before
    # One canonical event per cluster: every member report folded in, none counted twice.
    ua = [e for e in extracted if e.location and e.location.country_code == "UA"]
    assert f"merged: {len(ua)} reports into {len(ua) // 2} events" in md
    # The Kyiv strike: two independent sources, killed 4–6 across them, and the disagreement with both figures.
    assert "2 independent (2 reports): Outlet A, Outlet B" in md
    assert "4–6" in md
    assert "fatalities\\_disagreement" in md  # markdown escapes the underscore
    assert "Outlet A: 4 (at least four people were killed); Outlet B: 6 (at least six" in md
    assert "2 independent (2 reports)" in html


def test_long_periods_are_binned_by_week() -> None:
    from eventwire.export.report_chart import bin_days

    assert bin_days(7) == (1, "day") and bin_days(365) == (7, "week") and bin_days(2000) == (30, "30 days")
    many = [e.model_copy(update={"id": f"ev_{i}", "date": DateSpan(start=date(2024, 1, 1) + timedelta(days=i % 366),
                                                                     precision="day")})
            for i, e in enumerate(events()[:2] * 300)]
    md = build_report(many, since=date(2024, 1, 1), until=date(2024, 12, 31), fmt="md")
    assert "Events per week by type" in md and "**Events: 600**" in md


def test_regions_print_as_names_and_political_categories_differ() -> None:
    from eventwire.export.report_stats import region_name, type_color

    assert region_name("UA.05") == "Donetsk Oblast"  # the records' name, not GeoNames' "Donetsk"
    assert region_name("Kyiv City") == "Kyiv City"  # already a name
    assert type_color("Political: Mobilize") != type_color("Political: Retreat")
    assert type_color("Political: Mobilize") not in ("#8C8C8C", "#444444")


def test_events_dated_to_a_longer_span_are_listed_apart_not_counted() -> None:
    """A month-dated event ("in late June") overlapping a week's report is shown at the end, not in the figures."""
    month = events()[1].model_copy(update={
        "id": "ev_month", "date": DateSpan(start=date(2025, 5, 20), end=date(2025, 6, 30), precision="month")})
    data = compute([*events(), month], SINCE, UNTIL)
    assert "ev_month" not in {e.id for e in data.events}
    assert [e.id for e in data.spanning] == ["ev_month"]
    assert data.total.fatalities.events == 2  # Lutsk's copy adds nothing
    md = build_report([*events(), month], since=SINCE, until=UNTIL, fmt="md")
    assert "1 further event is dated only to a longer period" in md
    assert "## Dated only to a longer period" in md
    assert md.index("## Dated only to a longer period") > md.index("## Top events")


def test_meta_line_counts_in_the_right_number() -> None:
    one = [e for e in events() if e.id == "ev_lutsk"]  # one event from one source
    md = build_report(one, since=SINCE, until=UNTIL, fmt="md")
    assert "1 event from 1 source ·" in md
    assert "5 events from 2 sources ·" in build_report(events(), since=SINCE, until=UNTIL, fmt="md")


def test_the_top_table_does_not_call_events_without_a_toll_the_deadliest() -> None:
    from eventwire.export.report_doc import sources_cell, top_note

    evs = events()  # five in the period: two with a death toll
    assert top_note(compute(evs, SINCE, UNTIL, top_n=2)) == (
        "The 2 deadliest of 5 events (ranked by killed, then injured, then sources).")
    assert top_note(compute(evs, SINCE, UNTIL, top_n=3)) == (
        "3 of 5 events: 2 with a death toll, then 1 without one (ranked by killed, then injured, then sources).")
    assert top_note(compute(evs, SINCE, UNTIL)).startswith("All 5 events: 2 with a death toll, then 3 without one")
    quiet = compute(evs[2:4], SINCE, UNTIL)
    assert top_note(quiet) == "All 2 events; none gives a death toll (ranked by killed, then injured, then sources)."
    # One report from one outlet: no "1 independent (1 report)" noise.
    from eventwire.export.report_stats import MergeInfo

    data = compute(evs, SINCE, UNTIL, merge=MergeInfo(independent={"ev_lutsk": 1}))
    lutsk = next(e for e in data.events if e.id == "ev_lutsk")
    assert sources_cell(lutsk, data) == "1: Wire A"


def test_a_country_level_event_is_not_a_bare_code_in_the_places_table() -> None:
    ev = events()[0].model_copy(update={"location": Location(name="Ukraine", country_code="UA", precision=3)})
    assert list(compute([ev], SINCE, UNTIL).by_place) == ["UA (no region given)"]


def test_a_flag_on_one_word_is_quoted_with_its_sentence() -> None:
    text = ("Troops repelled an assault near Izyum on Tuesday. Ukrainian officials said Russian units suffered "
            "40 casualties in the fighting. Shelling went on.")
    at = text.index("casualties")
    # rep134: a figure in the phrase, since one without any ("heavy casualties") is no longer listed as a flag.
    flag = Flag(code="casualties_unsplit", message="'40 casualties' does not say how many were killed",
                start=at, end=at + len("casualties"))
    ev = _ev("ev_izyum", 6, _loc("Izyum", 49.2, 37.3, "UA", "Kharkiv Oblast"), "Battles", "Armed clash", Count(),
             Count(), ["Wire A"], "Troops repelled an assault near Izyum on Tuesday.", [flag])
    ev = ev.model_copy(update={"evidence": [ev.evidence[0].model_copy(update={"start": 0, "end": 49})]})
    [row] = compute([ev], SINCE, UNTIL, texts={"art_ev_izyum": text}).flags
    assert row.evidence == "Ukrainian officials said Russian units suffered 40 casualties in the fighting."


def test_flag_evidence_labels_articles_that_name_no_outlet(tmp_path: Path, seed_text: str) -> None:
    """The flags table showed 'art_47c2…: 2022-05-01', a bare id that reads like an outlet's name."""
    from datetime import datetime

    import eventwire
    from eventwire.export.common import unnamed_source
    from eventwire.merge.store import merge_store
    from eventwire.model import Article
    from eventwire.store import open_store

    a = Article(text=seed_text, published=datetime(2025, 6, 6, 8))
    b = Article(text=seed_text.replace("at least four people", "at least six people"), published=datetime(2025, 6, 6, 12))
    with open_store(tmp_path / "ew.db") as store:
        store.upsert_articles([a, b])
        store.upsert_events(eventwire.extract(a) + eventwire.extract(b))
        merge_store(store, dedup=False)
        md = report_from_store(store, date(2025, 6, 1), date(2025, 6, 7), "UA", "md", None).replace("\\_", "_")
    assert f"{unnamed_source(a.id)}: 4 (at least four people were killed)" in md
    assert f"{unnamed_source(b.id)}: 6 (at least six people were killed)" in md
    assert f"“{a.id}: 4" not in md and f"“{b.id}: 6" not in md


def test_a_timeline_with_many_event_types_keeps_its_two_legends_apart() -> None:
    """A year of ISW (16 types) drew a one-column legend that ran over the killed panel's legend."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from eventwire.export.report_chart import timeline_figure

    plover = ["ACCUSE", "AID", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE", "RETREAT", "SANCTION",
              "SUPPORT", "THREATEN", "REJECT", "REQUEST", "AGREE"]
    base = events()[0]
    many = [base] + [base.model_copy(update={"id": f"ev_{i:016x}", "event_type": None, "sub_event_type": None,
                                             "plover": Plover(event=code)}) for i, code in enumerate(plover)]
    for n in (3, len(many)):
        fig = timeline_figure(compute(many[:n], SINCE, UNTIL))
        renderer = FigureCanvasAgg(fig).get_renderer()
        top, bottom = (ax.get_legend().get_window_extent(renderer) for ax in fig.axes)
        assert top.y0 > bottom.y1, n  # the events legend ends above the killed legend
        assert top.x1 <= fig.bbox.x1 and top.y1 <= fig.bbox.y1, n  # and stays inside the picture


def test_a_map_with_many_event_types_keeps_its_legend_inside_the_picture() -> None:
    """16 types plus the size keys ran off the bottom of a wide country's (short) map; the '100 killed' key was cut."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from eventwire.export.report_map import map_figure

    plover = ["ACCUSE", "AID", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE", "RETREAT", "SANCTION",
              "SUPPORT", "THREATEN", "REJECT", "REQUEST", "AGREE"]
    # Facts only: Moscow and Omsk, a wide spread that makes the map short.
    places = [Location(name="Moscow", lat=55.75, lon=37.62, country_code="RU", precision=1),
              Location(name="Omsk", lat=54.99, lon=73.37, country_code="RU", precision=1),
              Location(name="Russia", lat=60.0, lon=100.0, country_code="RU", precision=3)]
    base = events()[0]
    many = [base.model_copy(update={"location": places[0]})] + [
        base.model_copy(update={"id": f"ev_{i:016x}", "event_type": None, "sub_event_type": None,
                                "plover": Plover(event=code), "location": places[i % 3]})
        for i, code in enumerate(plover)]
    for n in (2, len(many)):
        fig = map_figure(many[:n], {"RU"}, "RU")
        renderer = FigureCanvasAgg(fig).get_renderer()
        legend = fig.axes[0].get_legend()
        box = legend.get_window_extent(renderer)
        big = max(h.get_markersize() for h in legend.legend_handles) / 2 * fig.dpi / 72
        assert box.y0 - big >= 0 and box.x1 <= fig.bbox.x1, n


def test_a_week_has_a_day_table_and_a_span_of_days_belongs_to_no_day() -> None:
    two_days = events()[1].model_copy(update={
        "id": "ev_two", "date": DateSpan(start=date(2025, 6, 2), end=date(2025, 6, 3), precision="day")})
    md = build_report([*events(), two_days], since=SINCE, until=UNTIL, fmt="md")
    table = md[md.index("By day"):]
    assert "By day (1 event dated only to a span of days: in the totals, in no day)" in md
    assert re.search(r"\| 2025-06-06 Fri \| 3 \| 6–9 \| 24 \|", table)  # Kyiv, Lutsk and Qatana
    assert re.search(r"\| 2025-06-02 Mon \| 0 \|", table)  # every day of the week has a row, quiet ones too
    month = build_report(events(), since=SINCE, until=SINCE + timedelta(days=40), fmt="md")
    assert "By day" not in month  # over a month, the timeline carries the days
