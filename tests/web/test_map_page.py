"""The map page's data and script: popups link their reports, refused queries and empty stores say so.

The same page is driven in Debian's Chromium by tests/web/map_check.mjs (playwright-core, no browser download).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

from eventwire.model import Article, DateSpan, Event, Evidence, Location
from eventwire.server import create_app
from eventwire.store import open_store

KHARKIV = Location(name="Kharkiv", geonameid=706483, lat=49.9808, lon=36.2527, country_code="UA", precision=1)

# Texts written for this test; one URL is a script, which the page must never turn into a link.
ARTICLES = [
    Article(text="Drones hit a depot in Kharkiv overnight.", url="https://example.org/kharkiv", source="Wire A",
            published=date(2025, 6, 6)),
    Article(text="A depot in Kharkiv burned after a drone attack.", url="javascript:alert(1)", source="Wire B",
            published=date(2025, 6, 6)),
    Article(text="Kharkiv: a drone struck a depot, the governor said.", published=date(2025, 6, 6)),
]


def _event(n: int, articles: list[Article]) -> Event:
    return Event(id=f"ev_{n:016x}", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                 date=DateSpan(start=date(2025, 6, 6), end=date(2025, 6, 6), precision="day"), location=KHARKIV,
                 article_ids=[a.id for a in articles], sources=[a.source or a.id for a in articles],
                 evidence=[Evidence(article_id=articles[0].id, start=0, end=10, text=articles[0].text[:10])])


def test_popups_link_each_report_and_never_a_script_url(tmp_path: Path) -> None:
    db = tmp_path / "map.db"
    with open_store(db) as store:
        store.upsert_articles(ARTICLES)
        store.upsert_events([_event(1, ARTICLES)])
        assert store.article_urls([a.id for a in ARTICLES] + ["art_0000000000000000"]) == {
            ARTICLES[0].id: "https://example.org/kharkiv", ARTICLES[1].id: "javascript:alert(1)", ARTICLES[2].id: None}
    with TestClient(create_app(str(db))) as client:
        [feature] = client.get("/api/events.geojson").json()["features"]
        assert feature["properties"]["articles"] == [{"id": a.id, "url": a.url} for a in ARTICLES]
        script = client.get("/static/map.js").text
    # Only http(s) URLs become links; the others link the stored article, which the API serves.
    assert "/^https?:\\/\\//i.test(url)" in script and "`/api/articles/${encodeURIComponent(a.id)}`" in script
    assert "catch (e) { return null; }" in script  # a malformed URL ("http://[") must not break the popup
    assert 'rel = "noopener noreferrer"' in script


def test_the_map_clears_a_refused_query_and_names_an_empty_database(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    open_store(db).close()
    with TestClient(create_app(str(db))) as client:
        assert client.get("/api/stats").json()["events"] == 0  # what the page reads to tell "empty" from "no match"
        page, script = client.get("/").text, client.get("/static/map.js").text
    assert "no events in this database yet: add reports with eventwire ingest" in script
    # The markers and the list are cleared before a refused query's message, not left as if they were its answer.
    assert script.index("events.clearLayers();") < script.index("if (!res.ok)")
    assert '<link rel="icon" href="data:,">' in page  # no /favicon.ico 404 in the console
    # Merged with Text is refused by the API ("query the events instead"); the page names its own boxes instead.
    assert "untick Merged to search, or clear Text" in script
