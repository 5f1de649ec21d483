"""Record <-> row conversion shared by the SQL backends (plain columns plus a JSON record)."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from eventwire.model import Article, Event
from eventwire.store.base import event_search_text

if TYPE_CHECKING:
    from eventwire.merge.types import Cluster

M = TypeVar("M", bound=BaseModel)

ARTICLE_COLUMNS = ("id", "url", "source", "title", "published", "language", "text", "fetched_at", "meta")
EVENT_COLUMNS = (
    "id",
    "event_type",
    "sub_event_type",
    "plover_event",
    "date_start",
    "date_end",
    "country_code",
    "geonameid",
    "lat",
    "lon",
    "fatalities_best",
    "injured_best",
    "confidence",
    "search_text",
    "record",
    "updated_at",
)


def now_iso() -> str:
    """Current UTC time as ISO 8601."""
    return datetime.now(timezone.utc).isoformat()


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def iso_out(value: str | datetime | None) -> str | None:
    """A stored time as ISO text, whether the driver returns text (SQLite) or a datetime (PostgreSQL)."""
    return value.isoformat() if isinstance(value, datetime) else value


def from_record(model: type[M], record: str | dict[str, Any]) -> M:
    """A record model from its stored JSON: text in SQLite, already parsed from PostgreSQL jsonb."""
    return model.model_validate_json(record) if isinstance(record, str) else model.model_validate(record)


def json_out(value: Any) -> Any:
    """A stored JSON value, whether the driver returns text (SQLite) or parsed JSON (PostgreSQL jsonb)."""
    return json.loads(value) if isinstance(value, str) else value


def parse_published(value: str | None) -> date | datetime | None:
    """A stored publication value back as the date or datetime it was."""
    if not value:
        return None
    # A bare day is 10 characters; anything longer carried a time when stored.
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


def article_row(article: Article) -> tuple[Any, ...]:
    """Column values for an article, in ARTICLE_COLUMNS order."""
    meta = article.model_dump(mode="json", include={"meta"})["meta"]
    return (
        article.id,
        article.url,
        article.source,
        article.title,
        _iso(article.published),
        article.language,
        article.text,
        article.fetched_at.isoformat(),
        json.dumps(meta, ensure_ascii=False),
    )


def row_article(row: Any) -> Article:
    """An Article from a row in ARTICLE_COLUMNS order."""
    aid, url, source, title, published, language, text, fetched_at, meta = row
    if isinstance(meta, str):
        meta = json.loads(meta)
    if isinstance(fetched_at, str):
        fetched_at = datetime.fromisoformat(fetched_at)
    if isinstance(published, str):
        published = parse_published(published)
    return Article(
        id=aid,
        url=url,
        source=source,
        title=title,
        published=published,
        language=language,
        text=text,
        fetched_at=fetched_at,
        meta=meta or {},
    )


def _span_and_country(event: Event) -> tuple[str | None, str | None, str | None]:
    """date_start, date_end and country_code columns; an open span ends on its start, so overlap filters work."""
    loc = event.location
    start = event.date.start
    return (
        _iso(start),
        _iso(event.date.end or start),
        loc.country_code.upper() if loc and loc.country_code else None,
    )


def event_row(event: Event, updated_at: str) -> tuple[Any, ...]:
    """Column values for an event, in EVENT_COLUMNS order; `record` is the full JSON."""
    loc = event.location
    return (
        event.id,
        event.event_type,
        event.sub_event_type,
        event.plover.event if event.plover else None,
        *_span_and_country(event),
        loc.geonameid if loc else None,
        loc.lat if loc else None,
        loc.lon if loc else None,
        event.fatalities.best,
        event.injured.best,
        event.confidence,
        event_search_text(event),
        event.model_dump_json(),
        updated_at,
    )


def row_event(record: str | dict[str, Any]) -> Event:
    """An Event from its stored JSON record."""
    return from_record(Event, record)


CLUSTER_COLUMNS = (
    "id",
    "event_type",
    "sub_event_type",
    "date_start",
    "date_end",
    "country_code",
    "n_members",
    "n_sources",
    "fatalities_best",
    "record",
    "updated_at",
)


def cluster_row(cluster: Cluster, updated_at: str) -> tuple[Any, ...]:
    """Column values for a merged cluster, in CLUSTER_COLUMNS order; `record` is the full JSON."""
    ev = cluster.event
    return (
        cluster.id,
        ev.event_type,
        ev.sub_event_type,
        *_span_and_country(ev),
        len(cluster.member_ids),
        len(cluster.sources),
        ev.fatalities.best,
        cluster.model_dump_json(),
        updated_at,
    )


def row_cluster(record: str | dict[str, Any]) -> Cluster:
    """A Cluster from its stored JSON record."""
    from eventwire.merge.types import Cluster

    return from_record(Cluster, record)
