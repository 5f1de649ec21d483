"""The Article record: one news report as read from a source."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from typing import Any

from pydantic import BaseModel, Field, model_validator


def content_id(*parts: str | None, prefix: str = "") -> str:
    """Deterministic short id from normalized content (re-ingesting is idempotent)."""
    h = hashlib.sha1()
    for p in parts:
        h.update(" ".join((p or "").split()).encode("utf-8"))
        h.update(b"\x1f")
    return prefix + h.hexdigest()[:16]


class Article(BaseModel):
    """A news report: text plus what is known of its origin."""

    id: str = ""
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: date | datetime | None = None
    language: str | None = None
    text: str
    fetched_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    meta: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _fill_id(self) -> Article:
        # The id hashes the content, not the path, so the same story read twice is one article.
        if not self.id:
            self.id = content_id(self.title, self.text, prefix="art_")
        return self

    @property
    def published_date(self) -> date | None:
        """Publication day, whether `published` holds a date or a datetime."""
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published
