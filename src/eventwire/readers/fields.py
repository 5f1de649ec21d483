"""Which key of a JSON record or CSV column holds each Article field."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ARTICLE_FIELDS = ("text", "id", "title", "url", "source", "published", "language")

# Names other corpora and tools use for the same fields (news-please, GDELT GKG text dumps, Kaggle sets).
ALIASES = {
    "text": "text", "body": "text", "content": "text", "article": "text", "story": "text",
    "doc_text": "text", "full_text": "text", "maintext": "text", "article_text": "text",
    "id": "id", "doc_id": "id", "article_id": "id",
    "title": "title", "headline": "title",
    "url": "url", "link": "url",
    "source": "source", "outlet": "source", "publisher": "source", "source_domain": "source",
    "published": "published", "date": "published", "publish_date": "published", "published_at": "published",
    "date_publish": "published",
    # NewsAPI's publishedAt, RSS's pubDate, schema.org's datePublished (keys are compared lower-cased).
    "publishedat": "published", "pubdate": "published", "datepublished": "published",
    "date_published": "published", "published_date": "published", "publication_date": "published",
    "language": "language", "lang": "language",
}


def parse_field_map(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """`["text=doc_text", "id=doc_id"]` as {"text": "doc_text", "id": "doc_id"}; ValueError on a bad pair."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, key = pair.partition("=")
        name, key = name.strip(), key.strip()
        if not sep or not key:
            raise ValueError(f"expected FIELD=KEY, got {pair!r}")
        if name not in ARTICLE_FIELDS:
            raise ValueError(f"unknown article field {name!r} (one of: {', '.join(ARTICLE_FIELDS)})")
        out[name] = key
    return out


def map_record(rec: Mapping[str, Any], explicit: Mapping[str, str]) -> dict[str, Any]:
    """The record's values under Article field names: explicit keys first, then exact names, then aliases."""
    out: dict[str, Any] = {}
    for key, value in rec.items():
        name = ALIASES.get(str(key).strip().strip("\ufeff").lower())
        # An exact name ("text") wins over an alias ("body") when a record has both.
        if name and (name not in out or key == name):
            out[name] = value
    for name, key in explicit.items():
        out[name] = rec.get(key)
    # Keys that are not article fields (e.g. "meta") pass through unchanged.
    for key, value in rec.items():
        if key not in ALIASES and key not in out:
            out[key] = value
    return out
