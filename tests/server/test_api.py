"""The REST API over a real SQLite store filled by the real pipeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.api import load_pipeline
from eventwire.model import Article
from eventwire.server import create_app
from eventwire.store import open_store

SEED = Path(__file__).resolve().parents[2] / "examples" / "kyiv-airstrikes.txt"


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    db = tmp_path_factory.mktemp("api") / "ew.db"
    article = Article(text=SEED.read_text(encoding="utf-8"), published=date(2025, 6, 6), source="seed")
    with open_store(str(db)) as store:
        store.upsert_article(article)
        store.upsert_events(load_pipeline()(article).events)
    with TestClient(create_app(str(db), token="s3cret")) as c:
        yield c


def test_events_filter_and_cursor_pages(client):
    everything = client.get("/api/events", params={"limit": 1000}).json()
    assert everything["next_cursor"] is None and len(everything["items"]) >= 3
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/events", params=params).json()
        seen += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [e["id"] for e in everything["items"]]
    ua = client.get("/api/events", params={"country": "UA"}).json()["items"]
    assert ua and all(e["location"]["country_code"] == "UA" for e in ua)


def test_geojson_and_single_records(client):
    geo = client.get("/api/events.geojson", params={"country": "UA"}).json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    kyiv = next(f for f in geo["features"] if f["properties"]["place"] == "Kyiv")
    lon, lat = kyiv["geometry"]["coordinates"]
    assert abs(lat - 50.45) < 0.3 and abs(lon - 30.52) < 0.3
    event = client.get(f"/api/events/{kyiv['id']}").json()
    assert event["fatalities"]["low"] == 4
    article = client.get(f"/api/articles/{event['article_ids'][0]}").json()
    assert "Klitschko" in article["text"]


def test_one_error_envelope(client):
    missing = client.get("/api/events/ev_nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    bad = client.get("/api/events", params={"since": "yesterday"})
    assert bad.status_code == 422 and "since" in bad.json()["error"]["message"]
    assert client.get("/api/nothing-here").json()["error"]["code"] == "http_error"


@pytest.mark.parametrize("params, words", [
    ({"country": "ukraine"}, "ISO 3166-1 alpha-2"),
    ({"country": "UK"}, "did you mean GB?"),  # no country has UK: it matched nothing and read as "no events"
    ({"since": "2025-06-10", "until": "2025-06-01"}, "since (2025-06-10) is after until (2025-06-01)"),
    ({"limit": 0}, "limit"),
    ({"cursor": "garbage"}, "invalid cursor"),
    ({"type": "Battle"}, "did you mean 'Battles'?"),
    ({"sub_type": "Air/drone strike", "type": "Battles"}, "is a sub-event type of 'Explosions/Remote violence'"),
])
def test_bad_filters_are_a_clear_4xx_not_a_500(client, params, words):
    for path in ("/api/events", "/api/events.geojson"):
        bad = client.get(path, params=params)
        # One status and one code for every bad filter, whichever layer finds it (a cursor is decoded last).
        assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"
        assert words in bad.json()["error"]["message"]


def test_a_failing_document_is_kept_and_listed_and_the_others_go_on(client):
    before = client.get("/api/stats").json()
    doc = [{"text": "Рано утром российские беспилотники атаковали Киев, погибли четыре человека.", "source": "t"},
           {"text": "Shelling hit Kherson on Tuesday, killing three people, officials said.",
            "published": "2025-06-10", "source": "t"}]
    ok = client.post("/api/ingest", json=doc, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200
    [failure] = ok.json()["failures"]
    assert "language" in failure["reason"] and failure["article_id"].startswith("art_")
    assert any((e["location"] or {}).get("name") == "Kherson" for e in ok.json()["events"])
    after = client.get("/api/stats").json()
    assert after["articles"] == before["articles"] + 2 and after["failures"] == before["failures"] + 1
    assert "Киев" in client.get(f"/api/articles/{failure['article_id']}").json()["text"]
    listed = client.get("/api/failures").json()
    assert listed[-1]["reason"] == failure["reason"] and listed[-1]["stage"] == failure["stage"]


def test_writes_are_refused_without_a_server_token(tmp_path):
    with TestClient(create_app(str(tmp_path / "ro.db"))) as ro:
        refused = ro.post("/api/ingest", json=[{"text": "Shelling hit Kharkiv."}],
                          headers={"Authorization": "Bearer anything"})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "writes_disabled"


def test_writes_need_the_token(client):
    doc = [{"text": "Shelling hit Kharkiv overnight, killing two people, officials said.",
            "published": "2025-06-07", "source": "test"}]
    before = client.get("/api/stats").json()["articles"]
    assert client.post("/api/ingest", json=doc).status_code == 401
    assert client.post("/api/ingest", json=doc, headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = client.post("/api/ingest", json=doc, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["failures"] == []
    assert any(e["location"]["name"] == "Kharkiv" for e in ok.json()["events"])
    assert client.get("/api/stats").json()["articles"] == before + 1


def test_docs_and_map_are_self_hosted(client):
    docs = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200
    page = client.get("/").text
    assert "/static/vendor/leaflet-1.9.4/leaflet.js" in page and "http" not in page.split("<body>")[1]
    assert client.get("/static/vendor/leaflet-1.9.4/leaflet.js").status_code == 200
    assert client.get("/static/countries.geojson").json()["type"] == "FeatureCollection"
    script = client.get("/static/map.js").text
    assert ".innerHTML" not in script  # article text only via textContent
    # The map asks for one page of 1000: it must tell the reader when there are more.
    assert "limit: 1000" in script and "body.next_cursor ?" in script


def test_ingested_title_is_read_as_the_headline(client):
    """The body says only "here"; the title names the city, as wire stories do."""
    doc = [{"title": "Car bomb kills three in Mogadishu", "text": "A car bomb exploded at a checkpoint here on "
            "Saturday, killing three people, police said.", "published": "2025-06-07", "source": "test"}]
    ok = client.post("/api/ingest", json=doc, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200
    assert any((e["location"] or {}).get("name") == "Mogadishu" for e in ok.json()["events"])
    [ev] = [e for e in ok.json()["events"] if e["location"]]
    art = client.get(f"/api/articles/{ev['article_ids'][0]}").json()
    assert art["text"].startswith("Car bomb kills three in Mogadishu\n\nA car bomb")


def test_the_map_labels_a_document_without_an_outlet_as_an_unnamed_source(client):
    """POSTed without a source or URL, the event's `sources` hold its article id: the map must not show it as an outlet."""
    doc = [{"text": "A drone struck a market in Zaporizhzhia on Friday, killing five people, the governor said.",
            "published": "2025-06-13"}]
    ok = client.post("/api/ingest", json=doc, headers={"Authorization": "Bearer s3cret"})
    [ev] = [e for e in ok.json()["events"] if e["location"]]
    art = ev["article_ids"][0]
    assert ev["sources"] == [art]  # the record itself is unchanged (merge counts sources from it)
    geo = client.get("/api/events.geojson", params={"since": "2025-06-13", "until": "2025-06-13"}).json()
    [feat] = [f for f in geo["features"] if f["id"] == ev["id"]]
    assert feat["properties"]["sources"] == [f"unnamed source (article {art})"]
    script = client.get("/static/map.js").text
    assert "p.sources" in script  # the popup shows them


def test_event_records_carry_source_labels_beside_their_sources(client):
    """`sources` stays the stored record (merge counts from it); `source_labels` is what a person reads."""
    doc = [{"text": "Shelling hit a bus stop in Kherson on Saturday, killing two people, officials said.",
            "published": "2025-06-14"}]
    ok = client.post("/api/ingest", json=doc, headers={"Authorization": "Bearer s3cret"}).json()
    [posted] = [e for e in ok["events"] if e["location"]]
    art = posted["article_ids"][0]
    assert posted["sources"] == [art] and posted["source_labels"] == [f"unnamed source (article {art})"]
    assert client.get(f"/api/events/{posted['id']}").json()["source_labels"] == posted["source_labels"]
    listed = client.get("/api/events", params={"since": "2025-06-14", "until": "2025-06-14"}).json()["items"]
    assert [e["source_labels"] for e in listed if e["id"] == posted["id"]] == [posted["source_labels"]]
    seed = client.get("/api/events", params={"until": "2025-06-06"}).json()["items"]
    assert seed and all(e["source_labels"] == e["sources"] == ["seed"] for e in seed)  # a named outlet reads as is


def test_the_openapi_page_describes_and_gives_examples_for_every_endpoint(client):
    import re

    import swagger_ui_bundle

    spec = client.get("/openapi.json").json()
    # The bundled Swagger UI 4 shows "Unable to render this definition" for an OpenAPI 3.1 document.
    bundled = re.search(r"swagger-ui-(\d+)\.", str(swagger_ui_bundle.swagger_ui_path))
    assert bundled is not None and (int(bundled.group(1)) >= 5 or spec["openapi"].startswith("3.0."))
    operations = [(path, op) for path, ops in spec["paths"].items() for op in ops.values()]
    assert {path for path, _ in operations} == {"/api/events", "/api/events.geojson", "/api/events/{event_id}",
                                                "/api/articles/{article_id}", "/api/stats", "/api/failures",
                                                "/api/ingest"}
    for path, op in operations:
        assert op["summary"] == op["description"].split("\n", 1)[0].rstrip("."), path  # a line, not "Stats"
        for param in op.get("parameters", []):
            if param["name"] not in ("merged", "limit", "cursor"):  # a default or an opaque token needs none
                assert param.get("examples") or param["schema"].get("examples"), (path, param["name"])
            assert param.get("description") or param["in"] == "path", (path, param["name"])
        for status, answer in op["responses"].items():
            if status != "200":  # errors are documented as the envelope they really are, with an example
                example = answer["content"]["application/json"]["example"]
                assert set(example["error"]) == {"code", "message"}, (path, status)
    body = spec["paths"]["/api/ingest"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    story = body["one story"]["value"]
    said = client.post("/api/ingest", json=story, headers={"Authorization": "Bearer s3cret"})
    assert said.status_code == 200 and said.json()["events"]  # the example works as shown
    assert "source_labels" in spec["components"]["schemas"]["EventRecord"]["properties"]


def test_the_map_page_has_a_legend_and_answers_at_slash_map(client):
    assert client.get("/map").text == client.get("/").text
    script = client.get("/static/map.js").text
    assert "legend.addTo(map)" in script
    assert all(t in script for t in ("Battles", "Explosions/Remote violence", "Violence against civilians"))


def test_map_features_carry_the_toll_sentence_its_range_and_the_place_precision(client):
    geo = client.get("/api/events.geojson", params={"since": "2025-06-06", "until": "2025-06-06"}).json()
    [kyiv] = [f["properties"] for f in geo["features"]
              if f["properties"]["place"] == "Kyiv" and f["properties"]["sub_event_type"] == "Air/drone strike"]
    assert "at least four people were killed" in kyiv["evidence"]  # the sentence behind the toll, not the first one
    assert (kyiv["fatalities_low"], kyiv["fatalities_high"], kyiv["injured_low"]) == (4, None, 24)
    assert kyiv["geo_precision"] == 1
    script = client.get("/static/map.js").text
    # An open range reads "at least 4", a coarse place is drawn hollow and left out of the fitted view.
    assert "`at least ${low}`" in script and "fillOpacity: coarse ? 0" in script and "bounds.length ? bounds : wide" in script


def test_merged_events_are_served_once_merged_and_refused_before(tmp_path):
    db = tmp_path / "m.db"
    article = Article(text=SEED.read_text(encoding="utf-8"), published=date(2025, 6, 6), source="seed")
    with open_store(str(db)) as store:
        store.upsert_article(article)
        store.upsert_events(load_pipeline()(article).events)
    with TestClient(create_app(str(db))) as c:
        before = c.get("/api/events", params={"merged": True})
        assert before.status_code == 409 and "eventwire merge" in before.json()["error"]["message"]
        from eventwire.merge import merge_store

        with open_store(str(db)) as store:
            merge_store(store)
        items = c.get("/api/events", params={"merged": True, "country": "UA"}).json()["items"]
        assert items and all(e["id"].startswith("cev_") for e in items)
        # Each listed merged event can be fetched by its id (it was "404 no event cev_…").
        one = c.get(f"/api/events/{items[0]['id']}")
        assert one.status_code == 200 and one.json() == items[0]
        gone = c.get("/api/events/cev_0000000000000000")
        assert gone.status_code == 404 and gone.json()["error"]["message"] == "no merged event cev_0000000000000000"
        geo = c.get("/api/events.geojson", params={"merged": "on"}).json()  # the map's checkbox sends "on"
        assert geo["features"] and all(f["id"].startswith("cev_") for f in geo["features"])
        bad = c.get("/api/events", params={"merged": True, "text": "Kyiv"})
        assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"
        assert 'name="merged"' in c.get("/map").text
        assert c.get("/api/stats").json()["clusters"] > 0
        script = c.get("/static/map.js").text  # a merged store opens on its merged events, as the report counts
        assert "stats.clusters > 0" in script and 'load(merged ? {merged: "on", order: "newest"}' in script
        # The map's first query (merged, newest first): the merged events by day, latest first, undated last.
        newest = c.get("/api/events.geojson", params={"merged": "on", "order": "newest"}).json()["features"]
        assert {f["id"] for f in newest} == {f["id"] for f in geo["features"]}
        days = [f["properties"]["date"] or "" for f in newest]
        assert days == sorted(days, key=lambda d: (d != "", d), reverse=True)


def test_the_map_says_when_events_wait_for_a_merge(tmp_path):
    """Merged markers are the last merge's: /api/stats counts the events stored since, and the map says so."""
    from eventwire.merge import merge_store

    db = tmp_path / "m.db"
    first = Article(text="A Russian drone struck a house in Sumy on Monday, killing two people, officials said.",
                    published=date(2025, 6, 9), source="Wire A")
    later = Article(text="Shelling hit a market in Kherson on Tuesday, killing three people, officials said.",
                    published=date(2025, 6, 10), source="Wire B")
    with open_store(str(db)) as store:
        assert store.stats()["unmerged_events"] is None  # never merged: nothing waits
        store.upsert_article(first)
        store.upsert_events(load_pipeline()(first).events)
        merge_store(store)
        assert store.stats()["unmerged_events"] == 0
        store.upsert_article(later)
        waiting = load_pipeline()(later).events
        store.upsert_events(waiting)
    with TestClient(create_app(str(db))) as c:
        assert waiting and c.get("/api/stats").json()["unmerged_events"] == len(waiting)
        merged = c.get("/api/events", params={"merged": "true"}).json()["items"]
        assert merged and all(later.id not in m["article_ids"] for m in merged)  # the later story is not in
        script = c.get("/static/map.js").text
    assert "unmerged = stats.unmerged_events" in script and "stored since the last merge" in script


def test_the_two_commonest_ingest_body_mistakes_say_how_to_mend_them(client):
    """One story posted as an object said "body: Input should be a valid list"; broken JSON said "body.0"."""
    auth = {"Authorization": "Bearer s3cret"}
    one = client.post("/api/ingest", json={"text": "Shelling hit Kherson on Tuesday."}, headers=auth)
    assert one.status_code == 422 and one.json()["error"] == {
        "code": "invalid_request",
        "message": 'body: send a JSON list of documents, e.g. [{"text": "..."}]; got one object: wrap it in [ ]'}
    broken = client.post("/api/ingest", content=b'[{"text": "a",}]',
                         headers=auth | {"content-type": "application/json"})
    assert broken.status_code == 422 and broken.json()["error"]["message"] == (
        "body: not valid JSON (Expecting property name enclosed in double quotes at character 14)")
    empty = client.post("/api/ingest", json=[{"text": ""}], headers=auth)
    assert empty.json()["error"]["message"] == "body.0.text: String should have at least 1 character"


def test_an_unknown_filter_is_refused_not_ignored(client):
    """?event_type=Battles (the records' field name; the filter is `type`) returned every event, unfiltered."""
    for path in ("/api/events", "/api/events.geojson"):
        said = client.get(path, params={"event_type": "Battles"})
        assert said.status_code == 422 and said.json()["error"]["message"].startswith(
            "unknown query parameter 'event_type' (did you mean 'type'?); filters: type, sub_type, country")
    typo = client.get("/api/events", params={"contry": "UA", "limit": 1})
    assert typo.status_code == 422 and "'contry' (did you mean 'country'?)" in typo.json()["error"]["message"]
    # A cache buster ("_=1700000000") is a browser's, not a filter: still answered.
    assert client.get("/api/events", params={"_": "1700000000", "type": "Explosions/Remote violence"}).json()["items"]


def test_posted_dates_are_read_as_the_file_readers_read_them(client):
    """"published": "2025-06-06T10:00:00Z" was a 422 ("Datetimes provided to dates should have zero time")."""
    auth = {"Authorization": "Bearer s3cret"}
    story = "Shelling hit Kherson on Tuesday, killing one man, the governor said ({})."
    for n, when in enumerate(("2025-06-03T10:00:00Z", "Tue, 03 Jun 2025 10:00:00 GMT", "June 3, 2025", "")):
        doc = {"text": story.format(n), "published": when, "source": "Date Wire"}  # new texts: nothing stored before
        said = client.post("/api/ingest", json=[doc], headers=auth)
        assert said.status_code == 200, (when, said.text)
        dates = {e["date"]["start"] for e in said.json()["events"]}
        assert dates == ({"2025-06-03"} if when else {None}), when
    bad = client.post("/api/ingest", json=[{"text": story.format(9), "published": "06/07/2025"}], headers=auth)
    assert bad.status_code == 422 and "not a date: '06/07/2025'" in bad.json()["error"]["message"]
