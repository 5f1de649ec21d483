"""Record <-> row conversion shared by the SQL backends (plain columns plus a JSON record)."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

from eventwire.model import Article, Event
from eventwire.store.base import event_search_text

if TYPE_CHECKING:
    from eventwire.merge.types import Cluster

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


def event_row(event: Event, updated_at: str) -> tuple[Any, ...]:
    """Column values for an event, in EVENT_COLUMNS order; `record` is the full JSON."""
    loc = event.location
    start = event.date.start
    end = event.date.end or start
    return (
        event.id,
        event.event_type,
        event.sub_event_type,
        event.plover.event if event.plover else None,
        _iso(start),
        _iso(end),
        loc.country_code.upper() if loc and loc.country_code else None,
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
    if isinstance(record, str):
        return Event.model_validate_json(record)
    return Event.model_validate(record)


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
    loc = ev.location
    start = ev.date.start
    return (
        cluster.id,
        ev.event_type,
        ev.sub_event_type,
        _iso(start),
        _iso(ev.date.end or start),
        loc.country_code.upper() if loc and loc.country_code else None,
        len(cluster.member_ids),
        len(cluster.sources),
        ev.fatalities.best,
        cluster.model_dump_json(),
        updated_at,
    )


def row_cluster(record: str | dict[str, Any]) -> Cluster:
    """A Cluster from its stored JSON record."""
    from eventwire.merge.types import Cluster

    if isinstance(record, str):
        return Cluster.model_validate_json(record)
    return Cluster.model_validate(record)
