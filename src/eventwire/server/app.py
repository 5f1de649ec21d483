"""The FastAPI app: a thin shell over the store and the pipeline, one error envelope, cursor pages."""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal, TypeVar

from fastapi import Body, Depends, FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire import __version__
from eventwire.errors import EventwireError, NotMerged, UsageError
from eventwire.export.common import date_label, source_labels
from eventwire.export.geojson import position
from eventwire.model import Article, Event
from eventwire.server.schemas import (
    BAD_BODY,
    BAD_FILTER,
    INGEST_EXAMPLES,
    ArticleIn,
    EventPage,
    EventRecord,
    IngestFailure,
    IngestResult,
    error_answers,
    event_record,
    example,
)
from eventwire.store import open_store
from eventwire.store.base import NOT_MERGED, EventQuery, merged_events, next_cursor

WEB = Path(str(resources.files("eventwire") / "web"))
COUNTRIES = Path(str(resources.files("eventwire") / "data" / "geo" / "countries.geojson"))
T = TypeVar("T")


class ApiError(Exception):
    """An error answered in the one envelope: {"error": {"code", "message"}}."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _found(item: T | None, what: str) -> T:
    """The stored item, or the 404 answer that names what is missing."""
    if item is None:
        raise ApiError(404, "not_found", f"no {what}")
    return item


def _validation_text(e: Any) -> str:
    """One line per validation error; the two commonest body mistakes say how to mend them."""
    where = ".".join(map(str, e["loc"]))
    if e["loc"] == ("body",) and e["type"] == "list_type" and isinstance(e.get("input"), dict):
        # One story posted as an object got "Input should be a valid list", which names no fix.
        return 'body: send a JSON list of documents, e.g. [{"text": "..."}]; got one object: wrap it in [ ]'
    if e["type"] == "json_invalid":
        return f"body: not valid JSON ({e.get('ctx', {}).get('error', e['msg'])} at character {e['loc'][-1]})"
    return f"{where}: {e['msg']}"


# The event list's query parameters; "event_type" is the records' field name, so a person tries it first.
EVENT_FILTERS = ("type", "sub_type", "country", "since", "until", "text", "bbox", "min_confidence", "limit",
                 "cursor", "merged", "order")
_FILTER_HINTS = {"event_type": "type", "sub_event_type": "sub_type", "subtype": "sub_type", "from": "since",
                 "to": "until", "q": "text", "page_size": "limit", "sort": "order", "order_by": "order",
                 "confidence": "min_confidence", "min_conf": "min_confidence", "bounds": "bbox",
                 "box": "bbox", "extent": "bbox"}


def _refuse_unknown_filters(request: Request, known: tuple[str, ...] = EVENT_FILTERS) -> None:
    """A misspelt filter was ignored and every event came back; say so (names starting "_" are cache busters)."""
    import difflib

    unknown = [k for k in request.query_params if k not in known and not k.startswith("_")]
    if unknown:
        said = []
        for k in unknown:
            near = _FILTER_HINTS.get(k) if known == EVENT_FILTERS else None
            near = near or next(iter(difflib.get_close_matches(k, known, n=1)), None)
            said.append(f"{k!r}" + (f" (did you mean {near!r}?)" if near else ""))
        raise ApiError(422, "invalid_request", f"unknown query parameter {', '.join(said)}; "
                                               f"filters: {', '.join(known)}")


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
    # The self-hosted Swagger UI (swagger-ui-bundle, Swagger UI 4) renders OpenAPI 3.0 only: told "3.1.0", /docs
    # shows "Unable to render this definition" and no endpoint at all.
    app.openapi_version = "3.0.3"
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
        detail = "; ".join(_validation_text(e) for e in exc.errors())
        return _envelope(422, "invalid_request", detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _envelope(exc.status_code, "http_error", str(exc.detail))

    def require_token(authorization: str | None = Header(
            default=None, description="`Bearer <token>`: the EVENTWIRE_TOKEN the server was started with",
            openapi_examples=example("Bearer s3cret"))) -> None:
        if not token:
            raise ApiError(403, "writes_disabled", "this server was started without a write token")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise ApiError(401, "unauthorized", "a valid 'Authorization: Bearer <token>' header is required")

    def event_query(
        request: Request,
        type: str | None = Query(None, description="ACLED event type, any case; `Political`: the PLOVER-only "
                                 "events (threats, demands, …) that have no ACLED type",
                                 openapi_examples=example("Battles")),
        sub_type: str | None = Query(None, description="ACLED sub-event type, any case",
                                     openapi_examples=example("Air/drone strike")),
        country: str | None = Query(None, description="ISO 3166-1 alpha-2 code",
                                    openapi_examples=example("UA")),
        since: date | None = Query(None, description="Events that end on or after this day",
                                   openapi_examples=example("2025-06-01")),
        until: date | None = Query(None, description="Events that start on or before this day",
                                   openapi_examples=example("2025-06-07")),
        text: str | None = Query(None, description="Events whose evidence, place, actors or source articles "
                                 "hold all these words", openapi_examples=example("Kharkiv")),
        bbox: str | None = Query(
            None, openapi_examples=example("22.1,44.3,40.2,52.4"),
            description="Events whose point is in this box: `min_lon,min_lat,max_lon,max_lat` in WGS84 degrees "
                        "(the GeoJSON order); `min_lon` > `max_lon` crosses the antimeridian. Events with no point "
                        "are outside every box; a merged event is placed at its canonical event's point."),
        min_confidence: float | None = Query(
            None, ge=0, le=1, allow_inf_nan=False, openapi_examples=example("0.6"),
            description="Events whose `confidence` is at least this (0–1). For a violent event (battle, "
                        "explosion, violence against civilians, riot) it is a learned probability that its type, "
                        "date (±1 day) and place (within 25 km) are right, calibrated on the project's hand-labelled "
                        "reports; for other events (protests, strategic developments, political) a rule score; for "
                        "a merged event, 1 − the chance that all of its sources are wrong."),
        limit: int = Query(100, ge=1, le=1000, description="Events per page"),
        cursor: str | None = Query(None, description="`next_cursor` of the page before (asked with the same order)"),
        order: Literal["oldest", "newest"] = Query(
            "oldest", description="`oldest` first (undated events first), or `newest` first (undated events last)",
            openapi_examples=example("newest")),
    ) -> EventQuery:
        _refuse_unknown_filters(request)
        try:
            return EventQuery(event_type=type, sub_event_type=sub_type, country=country, since=since,
                              until=until, text=text, bbox=bbox, min_confidence=min_confidence, limit=limit,
                              cursor=cursor, order=order)
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

    filter_errors = error_answers(BAD_FILTER, (409, "not_merged", NOT_MERGED))

    @app.get("/api/events", response_model=EventPage, tags=["events"], responses=filter_errors)
    def list_events(q: EventQuery = Depends(event_query), merged: bool = merged_param) -> EventPage:
        """Events matching the filters, oldest first (or `order=newest`), one page at a time."""
        items = page(q, merged)
        return EventPage(items=[event_record(e) for e in items], next_cursor=next_cursor(items, q))

    @app.get("/api/events.geojson", tags=["events"], responses=filter_errors)
    def events_geojson(q: EventQuery = Depends(event_query), merged: bool = merged_param) -> dict[str, Any]:
        """The same page as GeoJSON (events without coordinates are left out and counted)."""
        items = page(q, merged)
        # Each popup links its articles: the original page where one is known, else the stored text.
        urls = store.article_urls([a for e in items for a in e.article_ids])
        feats = [_feature(e, urls) for e in items if position(e.location) is not None]
        return {"type": "FeatureCollection", "features": feats, "next_cursor": next_cursor(items, q),
                "skipped_without_coordinates": len(items) - len(feats)}

    @app.get("/api/events/{event_id}", response_model=EventRecord, tags=["events"],
             responses=error_answers((404, "not_found", "no event ev_0123456789abcdef"), BAD_FILTER))
    def get_event(event_id: str = PathParam(openapi_examples=example("ev_0123456789abcdef"))) -> EventRecord:
        """One event with its evidence: an article's ("ev_…") or a merged one ("cev_…", from `merged=true`)."""
        if event_id.startswith("cev_"):  # the ids `merged=true` lists were a 404 here
            cluster = store.get_cluster(event_id)
            return event_record(_found(cluster.event if cluster else None, f"merged event {event_id}"))
        return event_record(_found(store.get_event(event_id), f"event {event_id}"))

    @app.get("/api/articles/{article_id}", response_model=Article, tags=["articles"],
             responses=error_answers((404, "not_found", "no article art_51da25b1c39e89ff"), BAD_FILTER))
    def get_article(article_id: str = PathParam(openapi_examples=example("art_51da25b1c39e89ff"))) -> Article:
        """One source article (untrusted text: escape it before display)."""
        return _found(store.get_article(article_id), f"article {article_id}")

    @app.get("/api/stats", tags=["meta"])
    def stats() -> dict[str, Any]:
        """Counts of articles, events, runs and failures."""
        return store.stats()

    @app.get("/api/failures", tags=["meta"],
             responses=error_answers((422, "invalid_request", "unknown query parameter 'limit'; filters: run_id")))
    def failures(request: Request,
                 run_id: str | None = Query(None, openapi_examples=example("run_e596222054524de5"),
                                            description="Only this ingest run's failures (each one names its run)"),
                 ) -> list[dict[str, Any]]:
        """Documents that failed in earlier ingests (all runs, or one run's), with the stage and the reason."""
        # `?limit=1` was ignored and all failures came back, as a misspelt event filter once did.
        _refuse_unknown_filters(request, ("run_id",))
        return store.failures(run_id)

    @app.post("/api/ingest", response_model=IngestResult, dependencies=[Depends(require_token)],
              tags=["write"], responses=error_answers(
                  (401, "unauthorized", "a valid 'Authorization: Bearer <token>' header is required"),
                  (403, "writes_disabled", "this server was started without a write token"), BAD_BODY))
    def ingest(docs: list[ArticleIn] = Body(openapi_examples=INGEST_EXAMPLES)) -> IngestResult:
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
        return IngestResult(events=[event_record(e) for e in events], failures=failures,
                            new_articles=stats.new_articles, new_events=stats.new_events)

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

    for route in app.routes:  # the docs' list shows each endpoint's first docstring line, not "Events Geojson"
        if isinstance(route, APIRoute) and route.include_in_schema and route.description:
            route.summary = route.description.split("\n", 1)[0].rstrip(".")

    import swagger_ui_bundle  # self-hosted Swagger UI assets, nothing from a CDN

    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
    app.mount("/static", StaticFiles(directory=WEB), name="static")
    return app


def _feature(e: Event, urls: dict[str, str | None]) -> dict[str, Any]:
    assert e.location is not None
    return {"type": "Feature", "id": e.id,
            "geometry": {"type": "Point", "coordinates": position(e.location)},
            # `date` (the first day) sorts and pages; `date_label` is what a person reads ("2021" for "in 2021").
            "properties": {"date": e.date.start.isoformat() if e.date.start else None,
                           "date_end": e.date.end.isoformat() if e.date.end else None,
                           "date_precision": e.date.precision, "date_label": date_label(e.date) or None,
                           "event_type": e.event_type, "sub_event_type": e.sub_event_type,
                           "plover": e.plover.event if e.plover else None, "place": e.location.name,
                           "country": e.location.country_code, "geo_precision": e.location.precision,
                           "confidence": e.confidence, "fatalities": e.fatalities.best,
                           "fatalities_low": e.fatalities.low, "fatalities_high": e.fatalities.high,
                           "injured": e.injured.best, "injured_low": e.injured.low, "injured_high": e.injured.high,
                           "sources": source_labels(e),
                           "articles": [{"id": a, "url": urls.get(a)} for a in e.article_ids],
                           "flags": [f.code for f in e.flags],
                           "evidence": _toll_sentence(e)}}


def _toll_sentence(e: Event) -> str | None:
    """The evidence behind the death toll (else the injured, else the first): a popup shows one sentence."""
    ranked = sorted(e.evidence, key=lambda v: ("fatalities" not in v.supports, "injured" not in v.supports))
    return ranked[0].text if ranked else None
