"""The FastAPI app: a thin shell over the store and the pipeline, one error envelope, cursor pages."""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire import __version__
from eventwire.errors import EventwireError, NotMerged, UsageError
from eventwire.export.common import source_labels
from eventwire.model import Article, Event
from eventwire.store import open_store
from eventwire.store.base import EventQuery, merged_events, next_cursor

WEB = Path(str(resources.files("eventwire") / "web"))
COUNTRIES = Path(str(resources.files("eventwire") / "data" / "geo" / "countries.geojson"))


class ApiError(Exception):
    """An error answered in the one envelope: {"error": {"code", "message"}}."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class ArticleIn(BaseModel):
    """A document to ingest: the JSONL input shape."""

    text: str = Field(min_length=1, max_length=10_000_000)
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None


class EventPage(BaseModel):
    """One page of events and the cursor for the next (null on the last page)."""

    items: list[Event]
    next_cursor: str | None


class IngestFailure(BaseModel):
    """A posted document that was stored but not extracted, and why."""

    article_id: str | None
    source: str
    reason: str
    stage: str | None


class IngestResult(BaseModel):
    """The events extracted from the posted documents, and the documents that failed."""

    events: list[Event]
    failures: list[IngestFailure]


def _envelope(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def create_app(db: str, token: str | None = None) -> FastAPI:
    """The app over the store at `db`; write endpoints need `token` (none given: writes are refused)."""
    store = open_store(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="eventwire", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Structured, geolocated, source-linked conflict event data.")
    app.state.store = store

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, exc: ApiError) -> JSONResponse:
        return _envelope(exc.status, exc.code, exc.message)

    @app.exception_handler(EventwireError)
    async def _ew_error(_: Request, exc: EventwireError) -> JSONResponse:
        if isinstance(exc, UsageError):  # e.g. a cursor that does not decode: the same answer as any bad filter
            return _envelope(422, "invalid_request", str(exc))
        return _envelope(500, type(exc).__name__, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        detail = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return _envelope(422, "invalid_request", detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _envelope(exc.status_code, "http_error", str(exc.detail))

    def require_token(authorization: str | None = Header(default=None)) -> None:
        if not token:
            raise ApiError(403, "writes_disabled", "this server was started without a write token")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise ApiError(401, "unauthorized", "a valid 'Authorization: Bearer <token>' header is required")

    def event_query(
        type: str | None = Query(None, description='ACLED event type, e.g. "Explosions/Remote violence"'),
        sub_type: str | None = None, country: str | None = Query(None, description="ISO-2, e.g. UA"),
        since: date | None = None, until: date | None = None, text: str | None = None,
        limit: int = Query(100, ge=1, le=1000), cursor: str | None = None,
    ) -> EventQuery:
        try:
            return EventQuery(event_type=type, sub_event_type=sub_type, country=country, since=since,
                              until=until, text=text, limit=limit, cursor=cursor)
        except UsageError as exc:  # filters that parse but do not make sense together, e.g. since > until
            raise ApiError(422, "invalid_request", str(exc)) from exc

    def page(q: EventQuery, merged: bool) -> list[Event]:
        if not merged:
            return store.query_events(q)
        try:
            return merged_events(store, q)
        except NotMerged as exc:
            raise ApiError(409, "not_merged", str(exc)) from exc
        except UsageError as exc:  # text search runs over articles; a merged event has none of its own
            raise ApiError(422, "invalid_request", str(exc)) from exc

    merged_param = Query(False, description="Merged events (one per real-world event, from `eventwire merge`) "
                         "instead of every article's own; not with `text`.")

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def list_events(q: EventQuery = Depends(event_query), merged: bool = merged_param) -> EventPage:
        """Events matching the filters, oldest first, one page at a time."""
        items = page(q, merged)
        return EventPage(items=items, next_cursor=next_cursor(items, q))

    @app.get("/api/events.geojson", tags=["events"])
    def events_geojson(q: EventQuery = Depends(event_query), merged: bool = merged_param) -> dict[str, Any]:
        """The same page as GeoJSON (events without coordinates are left out and counted)."""
        items = page(q, merged)
        feats = [_feature(e) for e in items if e.location and e.location.lat is not None]
        return {"type": "FeatureCollection", "features": feats, "next_cursor": next_cursor(items, q),
                "skipped_without_coordinates": len(items) - len(feats)}

    @app.get("/api/events/{event_id}", response_model=Event, tags=["events"])
    def get_event(event_id: str) -> Event:
        """One event with its evidence."""
        event = store.get_event(event_id)
        if event is None:
            raise ApiError(404, "not_found", f"no event {event_id}")
        return event

    @app.get("/api/articles/{article_id}", response_model=Article, tags=["articles"])
    def get_article(article_id: str) -> Article:
        """One source article (untrusted text: escape it before display)."""
        article = store.get_article(article_id)
        if article is None:
            raise ApiError(404, "not_found", f"no article {article_id}")
        return article

    @app.get("/api/stats", tags=["meta"])
    def stats() -> dict[str, Any]:
        """Counts of articles, events, runs and failures."""
        return store.stats()

    @app.post("/api/ingest", response_model=IngestResult, dependencies=[Depends(require_token)], tags=["write"])
    def ingest(docs: list[ArticleIn]) -> IngestResult:
        """Extract and store events from documents (needs the write token).

        A document that fails (e.g. not in English) is still stored, listed in `failures` with its reason and
        recorded in the failures table; the other documents go on.
        """
        from eventwire.readers.common import with_headline
        from eventwire.run import run_into_store

        articles = []
        for doc in docs:
            fields = {k: v for k, v in doc.model_dump().items() if v is not None}
            fields["text"] = with_headline(fields["text"], fields.get("title"))  # as the readers do
            articles.append(Article(**fields))
        events: list[Event] = []
        stats = run_into_store(articles, store, on_doc=lambda d: events.extend(d.events))
        failures = [IngestFailure(article_id=f.article.id if f.article else None, source=f.source,
                                  reason=f.reason, stage=f.stage) for f in stats.failures]
        return IngestResult(events=events, failures=failures)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="eventwire API",
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger/favicon-32x32.png")

    @app.get("/", include_in_schema=False)
    @app.get("/map", include_in_schema=False)  # the name a person types for the map page
    def index() -> FileResponse:
        return FileResponse(WEB / "index.html")

    @app.get("/static/countries.geojson", include_in_schema=False)
    def countries() -> FileResponse:
        return FileResponse(COUNTRIES, media_type="application/geo+json")

    import swagger_ui_bundle  # self-hosted Swagger UI assets, nothing from a CDN

    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
    app.mount("/static", StaticFiles(directory=WEB), name="static")
    return app


def _feature(e: Event) -> dict[str, Any]:
    assert e.location is not None
    return {"type": "Feature", "id": e.id,
            "geometry": {"type": "Point", "coordinates": [e.location.lon, e.location.lat]},
            "properties": {"date": e.date.start.isoformat() if e.date.start else None,
                           "event_type": e.event_type, "sub_event_type": e.sub_event_type,
                           "plover": e.plover.event if e.plover else None, "place": e.location.name,
                           "country": e.location.country_code, "geo_precision": e.location.precision,
                           "fatalities": e.fatalities.best,
                           "fatalities_low": e.fatalities.low, "fatalities_high": e.fatalities.high,
                           "injured": e.injured.best, "injured_low": e.injured.low, "injured_high": e.injured.high,
                           "sources": source_labels(e),
                           "flags": [f.code for f in e.flags],
                           "evidence": _toll_sentence(e)}}


def _toll_sentence(e: Event) -> str | None:
    """The evidence behind the death toll (else the injured, else the first): a popup shows one sentence."""
    ranked = sorted(e.evidence, key=lambda v: ("fatalities" not in v.supports, "injured" not in v.supports))
    return ranked[0].text if ranked else None
