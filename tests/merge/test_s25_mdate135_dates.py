"""Issue #5: two outlets stating days further apart than time zones explain report two events."""

from __future__ import annotations

from datetime import date, datetime

from merge_helpers import same_cluster, strike

from eventwire.merge import merge_events
from eventwire.merge.similarity import joined_stated, spans_apart
from eventwire.model import Article, DateSpan, Event

JUNE = date(2025, 6, 6)


def _on(ev: Event, first: date, last: date | None = None, text: str | None = "") -> Event:
    """The event dated by its text (by default "June 6"), or, with text None, by its publication day."""
    text = f"June {first.day}" if text == "" else text
    return ev.model_copy(update={"date": DateSpan(start=first, end=last or first, precision="day", text=text)})


def _codes(cl) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in cl.flags}


def test_stated_days_two_apart_are_two_events() -> None:
    a = _on(strike("ev_a", "A"), JUNE)
    b = _on(strike("ev_b", "B"), date(2025, 6, 8))  # same town and toll, stated two days later
    assert len(merge_events([a, b])) == 2


def test_stated_days_one_apart_stay_one_event_with_a_flag() -> None:
    # "Overnight" strikes are dated to the evening by one outlet and to the morning by another.
    a = _on(strike("ev_a", "A", 7), JUNE)
    b = _on(strike("ev_b", "B", 7), date(2025, 6, 7))
    (cl,) = merge_events([a, b])
    flag = next(f for f in cl.flags if f.code == "date_disagreement")
    assert "state different days" in flag.message
    assert [e.value for e in flag.evidence] == ["2025-06-06", "2025-06-07"]


def test_stated_days_one_apart_without_a_toll_raise_no_flag() -> None:
    # Two tollless reports of one town on consecutive stated days may be two days' fighting: no "disagreement".
    a = _on(strike("ev_a", "A", None), JUNE)
    b = _on(strike("ev_b", "B", None), date(2025, 6, 7))
    (cl,) = merge_events([a, b])
    assert "date_disagreement" not in _codes(cl)


def test_stated_range_reaching_the_other_day() -> None:
    # As the extractor dates a short range: by its last day ("June 6-8" is June 8); the text gives the first back.
    a = _on(strike("ev_a", "A"), date(2025, 6, 8), text="June 6-8")
    b = _on(strike("ev_b", "B"), JUNE)
    (cl,) = merge_events([a, b])
    assert not any("state different days" in f.message for f in cl.flags)


def test_publication_dated_report_does_not_bridge_stated_days() -> None:
    a = _on(strike("ev_a", "A"), JUNE)
    c = _on(strike("ev_c", "C"), date(2025, 6, 7), text=None)
    b = _on(strike("ev_b", "B"), date(2025, 6, 8))
    evs = [a, b, c]
    assert not same_cluster(evs, "ev_a", "ev_b")
    assert same_cluster(evs, "ev_a", "ev_c") or same_cluster(evs, "ev_b", "ev_c")


def test_group_spans() -> None:
    assert spans_apart((10, 10), (12, 12)) and not spans_apart((10, 11), (12, 12))
    assert not spans_apart(None, (12, 12))
    assert joined_stated((10, 12), (11, 11)) == (11, 11) and joined_stated(None, (3, 4)) == (3, 4)


def test_written_reports_of_two_days() -> None:
    import eventwire

    arts = [
        Article(id="x1", text="Russian shelling killed three civilians in Kupiansk on October 12.", source="Daily A",
                published=datetime(2022, 10, 13, 9)),
        Article(id="x2", text="Russian shelling killed three civilians in Kupiansk on October 14.", source="Daily B",
                published=datetime(2022, 10, 15, 9)),
        Article(id="x3", text="Russian shelling killed three civilians in Kupiansk on October 12, officials said.",
                source="Daily C", published=datetime(2022, 10, 13, 12)),
    ]
    events = [e for a in arts for e in eventwire.extract(a)]
    assert sorted(str(e.date.start) for e in events) == ["2022-10-12", "2022-10-12", "2022-10-14"]
    clusters = merge_events(events, articles=arts)
    days = sorted(sorted({str(e.date.start) for e in events if e.id in set(c.member_ids)}) for c in clusters)
    assert days == [["2022-10-12"], ["2022-10-14"]]
