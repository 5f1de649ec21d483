"""The Store contract shared by the SQLite and PostgreSQL backends, and the event query."""

from __future__ import annotations

import base64
import decimal
import math
import numbers
import re
from collections.abc import Callable, Iterator
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, cast, runtime_checkable

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from eventwire.errors import NotMerged, UsageError
from eventwire.model import Article, Event
from eventwire.store.taxonomy import SUB_TYPES, event_type_name, sub_type_name

if TYPE_CHECKING:
    from eventwire.merge.types import Cluster

MAX_LIMIT = 100_000
_WORD = re.compile(r"\w+", re.UNICODE)


class EventQuery(BaseModel):
    """Filters for events; results are ordered by (date_start, id), or the reverse, so cursors are stable."""

    event_type: str | None = None  # an ACLED type, or POLITICAL: events with no ACLED type
    sub_event_type: str | None = None
    country: str | None = None  # ISO-2 of the event location
    since: date | None = None  # event overlaps [since, until]
    until: date | None = None
    text: str | None = None  # words in article title/text or in the event's evidence
    article_id: str | None = None
    # Events whose confidence is at least this: a learned probability of being right for violent events, a rule
    # score for the others (docs/data-model.md); merged events are filtered by their combined confidence.
    min_confidence: float | None = Field(default=None, ge=0, le=1, allow_inf_nan=False)
    # (min_lon, min_lat, max_lon, max_lat) in WGS84 degrees, the GeoJSON order; min_lon > max_lon crosses the
    # antimeridian. Events with no point are outside every box; merged events use their canonical event's point.
    bbox: tuple[float, float, float, float] | None = None
    limit: int = Field(default=1000, ge=0, le=MAX_LIMIT)
    offset: int = Field(default=0, ge=0)
    cursor: str | None = None  # opaque; from next_cursor() of the previous page
    # "newest": latest date first, undated last (a map of a large store showed its oldest 1000 events).
    order: Literal["oldest", "newest"] = "oldest"

    def __init__(self, **data: Any) -> None:
        # Bad filters come from a person (CLI flag, query string): a usage error, not a traceback.
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise UsageError(query_error_text(exc)) from exc

    @field_validator("country")
    @classmethod
    def _upper_country(cls, v: str | None) -> str | None:
        return country_code(v) if v is not None else None

    @field_validator("event_type")
    @classmethod
    def _acled_type(cls, v: str | None) -> str | None:
        # A misspelt type ("Battle") would match nothing and read as "no such events".
        return event_type_name(v) if v is not None else None

    @field_validator("sub_event_type")
    @classmethod
    def _acled_sub_type(cls, v: str | None) -> str | None:
        return sub_type_name(v) if v is not None else None

    @field_validator("bbox", mode="before")
    @classmethod
    def _parse_bbox(cls, v: Any) -> tuple[float, float, float, float] | None:
        return parse_bbox(v) if v is not None else None

    @model_validator(mode="after")
    def _check_range(self) -> EventQuery:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"since ({self.since}) is after until ({self.until})")
        parent = SUB_TYPES.get(self.sub_event_type or "")
        if self.event_type and parent and parent != self.event_type:
            raise ValueError(f"{self.sub_event_type!r} is a sub-event type of {parent!r}, not of {self.event_type!r}")
        return self


def country_code(value: str) -> str:
    """An ISO 3166-1 alpha-2 code, upper-cased; a name or a code no country has is an error that suggests one.

    "UK" or "Ukraine" would match no event and read as "no events there".
    """
    import pycountry

    code = value.strip().upper()
    if code == "XK" or (len(code) == 2 and pycountry.countries.get(alpha_2=code)):
        return code  # XK: Kosovo, as GeoNames and ACLED use it
    try:
        guess = "GB" if code == "UK" else "GR" if code == "EL" else pycountry.countries.lookup(value.strip()).alpha_2
    except LookupError:
        guess = None
    raise ValueError("country must be an ISO 3166-1 alpha-2 code" + (f"; did you mean {guess}?" if guess else ", e.g. UA"))


BBOX_FORM = "min_lon,min_lat,max_lon,max_lat in degrees, e.g. 22.1,44.3,40.2,52.4"


def parse_bbox(value: str | Any) -> tuple[float, float, float, float]:
    """A bounding box from "min_lon,min_lat,max_lon,max_lat" or four numbers; a malformed one names the form."""
    parts = value.split(",") if isinstance(value, str) else value
    try:
        box = tuple(_bbox_number(p) for p in parts)
    except (TypeError, ValueError):
        box = ()
    if len(box) != 4 or not all(math.isfinite(x) for x in box):
        raise ValueError(f"bbox must be four numbers: {BBOX_FORM}")
    min_lon, min_lat, max_lon, max_lat = box
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise ValueError(f"bbox longitudes must be from -180 to 180: {BBOX_FORM}")
    if not (-90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise ValueError(f"bbox latitudes must be from -90 to 90 (longitude comes first): {BBOX_FORM}")
    if min_lat > max_lat:  # min_lon > max_lon is a box across the antimeridian; latitudes have no such reading
        raise ValueError(f"bbox min_lat ({min_lat:g}) is above max_lat ({max_lat:g}): {BBOX_FORM}")
    if min_lon == 180 and max_lon == -180:  # read as crossing the antimeridian it holds only the ±180 line
        raise ValueError(f"bbox from longitude 180 to -180 holds only the 180 line; the world is -180 to 180: {BBOX_FORM}")
    return min_lon, min_lat, max_lon, max_lat


_DECIMAL = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", re.ASCII)


def _bbox_number(part: Any) -> float:
    """A plain decimal number: text, or a real number but a bool (numpy, Decimal); `1_0`, non-ASCII digits refused."""
    if isinstance(part, bool) or not isinstance(part, (str, numbers.Real, decimal.Decimal)):
        raise TypeError(part)
    if isinstance(part, str) and not _DECIMAL.fullmatch(part.strip()):
        raise ValueError(part)
    return float(part)


def query_error_text(exc: ValidationError) -> str:
    """One line per bad filter: 'limit: Input should be ... (got -5)'."""
    parts = []
    for err in exc.errors():
        msg = str(err["msg"]).removeprefix("Value error, ")
        field = ".".join(map(str, err["loc"]))
        if field:
            msg = (msg if msg.startswith(field) else f"{field}: {msg}") + f" (got {err['input']!r})"
        parts.append(msg)
    return "invalid query: " + "; ".join(parts)


def fts_terms(text: str) -> list[str]:
    """Words of a free-text query (FTS syntax characters are dropped, so any input is safe)."""
    return _WORD.findall(text)


# With prefix=True a query word this long also matches the longer words it begins ("drone" finds "drones", "shell"
# "shelling"): the index does not stem, and the map's Text box found nothing for "drone" in "Russian drones struck".
# Shorter words stay whole, or "war" would find "warehouse". Searches rank whole-word matches first.
PREFIX_FROM = 4


def is_prefix_term(term: str) -> bool:
    """Whether a query word also matches the longer words it begins (when prefixes are asked for)."""
    return len(term) >= PREFIX_FROM


def fts5_query(text: str, prefix: bool = False) -> str | None:
    """A safe FTS5 MATCH expression: every word quoted, all required, longer ones as prefixes if asked (None: none)."""
    terms = fts_terms(text)
    return " ".join(f'"{t}"' + ("*" if prefix and is_prefix_term(t) else "") for t in terms) if terms else None


def sort_key(event: Event) -> tuple[str, str]:
    """The (date_start, id) key the stores order by; events without a date sort first (last when newest first)."""
    return (event.date.start.isoformat() if event.date.start else "", event.id)


def encode_cursor(key: tuple[str, str], order: str = "oldest") -> str:
    """Opaque cursor for keyset pagination; a newest-first one says so (oldest-first ones keep their old form)."""
    parts = [*key, "newest"] if order == "newest" else list(key)
    return base64.urlsafe_b64encode("\x1f".join(parts).encode("utf-8")).decode("ascii")


def decode_cursor(cursor: str, order: str = "oldest") -> tuple[str, str]:
    """Inverse of encode_cursor; a malformed cursor, or one from a query in the other order, is a usage error."""
    try:
        raw = base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8")
        day, event_id, *rest = raw.split("\x1f")
        if rest not in ([], ["newest"]):
            raise ValueError(raw)
    except (ValueError, UnicodeError) as exc:
        raise UsageError(f"invalid cursor: {cursor!r}") from exc
    made = "newest" if rest else "oldest"
    if made != order:  # it would page on from the same event in the other direction: skipped or repeated events
        raise UsageError(f"this cursor continues an order={made} query: ask with order={made}, or start without it")
    return day, event_id


def next_cursor(events: list[Event], q: EventQuery) -> str | None:
    """Cursor for the page after `events`, or None when this page was the last one."""
    if not events or len(events) < q.limit:
        return None
    return encode_cursor(sort_key(events[-1]), q.order)


T = TypeVar("T")


def iter_pages(fetch: Callable[[EventQuery], list[T]], q: EventQuery,
               event_of: Callable[[T], Event] | None = None) -> Iterator[T]:
    """Every item `fetch` returns for `q`, page by page with the cursor (`event_of` maps a cluster to its event)."""
    while True:
        page = fetch(q)
        yield from page
        events = [event_of(x) for x in page] if event_of else cast("list[Event]", page)
        cursor = next_cursor(events, q)
        if cursor is None:
            return
        q = q.model_copy(update={"cursor": cursor})


def check_cluster_query(q: EventQuery) -> None:
    """Clusters are filtered by their canonical event's type, country, dates, place and confidence only."""
    if q.text is not None or q.article_id is not None:
        raise UsageError("merged events cannot be filtered by text or article; query the events instead")


NOT_MERGED = "no merged events in this database: run `eventwire merge --db ...` first"


def merged_events(store: Store, q: EventQuery) -> list[Event]:
    """The canonical events of the stored clusters; a store never merged is a usage error, not "0 events"."""
    if not store.stats().get("clusters"):
        raise NotMerged(NOT_MERGED)
    return [c.event for c in store.query_clusters(q)]


def event_article_ids(event: Event) -> list[str]:
    """Every article an event links to: its article_ids plus those of its evidence, in order."""
    seen: dict[str, None] = dict.fromkeys(event.article_ids)
    for ev in event.evidence:
        seen.setdefault(ev.article_id, None)
    return [a for a in seen if a]


def event_search_text(event: Event) -> str:
    """Text indexed for an event: evidence, claims, location and actor names."""
    parts = [e.text for e in event.evidence]
    parts += [c.text for c in event.claims]
    parts += [c.speaker for c in event.claims]
    if event.location:
        parts.append(event.location.name)
    parts += [a.name for a in event.actors]
    return "\n".join(p for p in parts if p)


@runtime_checkable
class Store(Protocol):
    """What the CLI, API and REST server use; every backend implements exactly this."""

    url: str

    def upsert_article(self, article: Article) -> bool:
        """Store an article; True if its id was new (idempotent by id)."""
        ...

    def upsert_articles(self, articles: list[Article]) -> int:
        """Store many articles in one transaction; returns how many were new."""
        ...

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id is stored."""
        ...

    def get_article(self, article_id: str) -> Article | None:
        """The stored article, or None."""
        ...

    def article_urls(self, article_ids: list[str]) -> dict[str, str | None]:
        """The stored URL (or None) of each of these articles that is stored, without loading their texts."""
        ...

    def upsert_events(self, events: list[Event]) -> int:
        """Store events, replacing any with the same id; returns how many were written."""
        ...

    def replace_article_events(self, article_id: str, events: list[Event]) -> int:
        """Store an article's events and drop those an earlier extraction of it left; returns how many were dropped."""
        ...

    def get_event(self, event_id: str) -> Event | None:
        """The stored event, or None."""
        ...

    def query_events(self, q: EventQuery) -> list[Event]:
        """Events matching the query, ordered by (date_start, id), reversed for order="newest"."""
        ...

    def count_events(self, q: EventQuery) -> int:
        """How many events match the query (ignores limit, offset and cursor)."""
        ...

    def search_articles(self, text: str, limit: int = 20) -> list[Article]:
        """Articles whose title or text contains all the words, best match first."""
        ...

    def save_clusters(self, clusters: list[Cluster], removed: list[str]) -> int:
        """Store merged clusters (replacing same ids and their members), drop `removed` ids; returns written."""
        ...

    def load_clusters(self) -> list[Cluster]:
        """Every stored cluster, by id."""
        ...

    def query_clusters(self, q: EventQuery) -> list[Cluster]:
        """Clusters whose canonical event matches the query (type, country, dates, paging), by (date_start, id)."""
        ...

    def get_cluster(self, cluster_id: str) -> Cluster | None:
        """The stored cluster (merged event "cev_…", or the id of one since joined into it), or None."""
        ...

    def clusters_of(self, event_ids: list[str]) -> dict[str, str]:
        """Cluster id of each given event that belongs to a stored cluster."""
        ...

    def record_failure(self, run_id: str | None, source: str, reason: str, stage: str | None = None) -> None:
        """Keep a dead letter: a document that failed, where and why."""
        ...

    def start_run(self, config: dict[str, Any]) -> str:
        """Open a run record; returns its id."""
        ...

    def finish_run(self, run_id: str, stats: dict[str, Any]) -> None:
        """Close a run record with its stats summary."""
        ...

    def runs(self) -> list[dict[str, Any]]:
        """Run records, oldest first: id, start and finish times, config and stats."""
        ...

    def failures(self, run_id: str | None = None) -> list[dict[str, Any]]:
        """Dead letters, oldest first (all runs, or one)."""
        ...

    def stats(self) -> dict[str, Any]:
        """Counts: articles, events, links, runs, failures, merged clusters, events by type."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def articles_published(self, start: date, end: date, page: int = 1000) -> Iterator[Article]:
        """Every stored article published from `start` to `end` (days, both included), with or without events."""
        ...
