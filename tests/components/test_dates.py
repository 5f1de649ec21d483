"""Tests for date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.components.dates import dateline_date, find_dates, make
from eventwire.components.sentences import split_sentences
from eventwire.model import Article
from eventwire.pipeline.workdoc import WorkDoc

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"  # bundled copy of the seed story
PUB = date(2025, 6, 6)  # a Friday
D = date.fromisoformat


def _one(text: str, published: date | None = PUB) -> tuple[str, date | None, date | None, str, bool]:
    found = find_dates(text, published)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m.text, m.start_date, m.end_date, m.precision, m.relative


@pytest.mark.parametrize(("text", "expected"), [
    ("a drone attack Sunday", ("Sunday", D("2025-06-01"), D("2025-06-01"), "day", True)),
    ("On Wednesday, Putin", ("Wednesday", D("2025-06-04"), D("2025-06-04"), "day", True)),
    ("strikes on Friday", ("Friday", PUB, PUB, "day", True)),
    ("last Friday", ("last Friday", D("2025-05-30"), D("2025-05-30"), "day", True)),
    ("next Sunday", ("next Sunday", D("2025-06-08"), D("2025-06-08"), "day", True)),
    ("Sunday night", ("Sunday night", D("2025-06-01"), D("2025-06-01"), "day", True)),
    ("overnight into Friday", ("overnight into Friday", PUB, PUB, "day", True)),
    ("struck overnight", ("overnight", PUB, PUB, "day", True)),
    ("last night", ("last night", PUB, PUB, "day", True)),
    ("this morning", ("this morning", PUB, PUB, "day", True)),
    ("today", ("today", PUB, PUB, "day", True)),
    ("tonight", ("tonight", PUB, PUB, "day", True)),
    ("yesterday", ("yesterday", D("2025-06-05"), D("2025-06-05"), "day", True)),
    ("the day before", ("the day before", D("2025-06-05"), D("2025-06-05"), "day", True)),
    ("three days ago", ("three days ago", D("2025-06-03"), D("2025-06-03"), "day", True)),
    ("last week", ("last week", D("2025-05-26"), D("2025-06-01"), "week", True)),
    ("earlier this week", ("earlier this week", D("2025-06-02"), PUB, "week", True)),
    ("last month", ("last month", D("2025-05-01"), D("2025-05-31"), "month", True)),
    ("earlier this month", ("earlier this month", D("2025-06-01"), PUB, "month", True)),
    ("last year", ("last year", D("2024-01-01"), D("2024-12-31"), "year", True)),
    ("June 6, 2025", ("June 6, 2025", PUB, PUB, "day", False)),
    ("6 June 2025", ("6 June 2025", PUB, PUB, "day", False)),
    ("June 6", ("June 6", PUB, PUB, "day", True)),
    ("2025-06-06", ("2025-06-06", PUB, PUB, "day", False)),
    ("06/06/2025", ("06/06/2025", PUB, PUB, "day", False)),
    ("13/06/2025", ("13/06/2025", D("2025-06-13"), D("2025-06-13"), "day", False)),
    ("June 2025", ("June 2025", D("2025-06-01"), D("2025-06-30"), "month", False)),
    ("in May", ("May", D("2025-05-01"), D("2025-05-31"), "month", True)),
    ("in 2022", ("2022", D("2022-01-01"), D("2022-12-31"), "year", False)),
    ("June 4-6", ("June 4-6", D("2025-06-04"), PUB, "day", True)),
    ("April 1, 7:00 pm ET", ("April 1, 7:00 pm ET", D("2025-04-01"), D("2025-04-01"), "day", True)),
    ("JANUARY 12, 1990", ("JANUARY 12, 1990", D("1990-01-12"), D("1990-01-12"), "day", False)),
    ("SAN SALVADOR, 12 JAN 90 --", ("12 JAN 90", D("1990-01-12"), D("1990-01-12"), "day", False)),
])
def test_expressions(text: str, expected: tuple) -> None:
    assert _one(text) == expected


def test_year_inferred_across_new_year() -> None:
    assert _one("TOOK PLACE ON 30 DECEMBER.", D("1990-01-03"))[:3] == (
        "30 DECEMBER", D("1989-12-30"), D("1989-12-30"))


def test_without_publication_date() -> None:
    found = find_dates("On Sunday, on June 6 and last week, but also on June 6, 2025.", None)
    assert [(m.text, m.start_date, m.precision) for m in found] == [
        ("Sunday", None, "unknown"), ("June 6", None, "unknown"), ("last week", None, "unknown"),
        ("June 6, 2025", PUB, "day")]


def test_not_dates() -> None:
    assert find_dates("10 may have died; they may 5; a march of 20 km; the 1990s", PUB) == []


def test_all_caps() -> None:
    got = [(m.text, m.start_date) for m in find_dates("CLASHES YESTERDAY AFTERNOON AND THIS MORNING", PUB)]
    assert got == [("YESTERDAY AFTERNOON", D("2025-06-05")), ("THIS MORNING", PUB)]


def test_dateline_reference_in_component() -> None:
    text = "SAN SALVADOR, 3 JAN 90 -- THREE SOLDIERS WERE KILLED YESTERDAY."
    assert dateline_date(text) == D("1990-01-03")
    doc = WorkDoc(Article(text=text))
    doc.sentences = split_sentences(text)
    doc = make()(doc)
    assert doc.meta["date_reference"] == {"date": "1990-01-03", "source": "dateline"}
    assert [(m.text, m.start_date) for m in doc.dates] == [
        ("3 JAN 90", D("1990-01-03")), ("YESTERDAY", D("1990-01-02"))]


def test_seed_story_component() -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = WorkDoc(Article(text=text, published=PUB))
    doc.sentences = split_sentences(text)
    doc = make()(doc)
    got = {m.text: m.start_date for m in doc.dates}
    assert got == {"Sunday": D("2025-06-01"), "Wednesday": D("2025-06-04")}
    assert doc.meta["date_reference"] == {"date": "2025-06-06", "source": "published"}


def test_a_weekday_in_a_future_clause_is_the_coming_day() -> None:
    monday = date(2024, 5, 27)

    def days(text: str) -> list[tuple[str, date | None]]:
        return [(d.text, d.start_date) for d in find_dates(text, monday)]

    # The weekday dates the verb of its own clause: the meeting is planned, the strike is not dated.
    assert days("UN Security Council will hold urgent talks on Tuesday after Israeli strike in Rafah") == [
        ("Tuesday", date(2024, 5, 28))]
    assert days("Biden to meet Netanyahu on Thursday after Wednesday's strike") == [
        ("Thursday", date(2024, 5, 30)), ("Wednesday", date(2024, 5, 22))]
    assert days("The council will meet on Monday") == [("Monday", monday)]
    # A future verb in another clause leaves a past weekday alone.
    assert days("Hamas will respond after Israel struck Rafah on Sunday") == [("Sunday", date(2024, 5, 26))]
    assert days("Officials said on Sunday they will investigate") == [("Sunday", date(2024, 5, 26))]
    assert days("Israel struck Rafah on Sunday") == [("Sunday", date(2024, 5, 26))]
