"""The REST API's request and response shapes, with the examples the OpenAPI page shows."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, JsonValue, field_validator

from eventwire.export.common import source_labels
from eventwire.model import Event

_ARTICLE_EXAMPLE: dict[str, JsonValue] = {
    "text": "Russian drones struck Kharkiv overnight, killing two people and injuring five, the regional "
            "governor said.",
    "title": "Drone strike on Kharkiv kills two",
    "url": "https://example.org/news/kharkiv-drone-strike",
    "source": "Example Wire",
    "published": "2025-06-06",
}


class ArticleIn(BaseModel):
    """A document to ingest: the JSONL input shape."""

    model_config = ConfigDict(json_schema_extra={"examples": [_ARTICLE_EXAMPLE]})

    text: str = Field(min_length=1, max_length=10_000_000)
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | datetime | None = Field(
        None, description="ISO 8601 date or date-time, RFC 2822, or written ('June 6, 2025'), as in files")

    @field_validator("text")
    @classmethod
    def _has_text(cls, value: str) -> str:
        # "   " passed min_length and was stored as a processed article with no events; the readers call it empty.
        if not value.strip():
            raise ValueError("empty document: the text is only whitespace")
        return value

    @field_validator("published", mode="before")
    @classmethod
    def _read_date(cls, value: Any) -> Any:
        # "2025-06-06T10:00:00Z" was a 422 ("Datetimes provided to dates should have zero time") though the
        # JSON Lines reader takes it; read it the way the readers do.
        if isinstance(value, str) and not value.strip():
            return None  # an empty form field: no date, as in the readers
        if isinstance(value, str):
            from eventwire.readers.common import parse_published

            parsed = parse_published(value)
            if parsed is None:
                raise ValueError(f"not a date: {value!r} (e.g. 2025-06-06 or 2025-06-06T10:00:00Z)")
            return parsed
        return value


class EventRecord(Event):
    """An event record as stored, plus `source_labels`: its sources as a person should read them."""

    source_labels: list[str] = Field(
        default_factory=list,
        description="`sources` for display, in the same order: an entry that is one of the event's own "
                    "article ids (the document named no outlet) reads 'unnamed source (article art_…)'.",
        examples=[["Example Wire", "unnamed source (article art_51da25b1c39e89ff)"]])


def event_record(event: Event) -> EventRecord:
    """The API's record of a stored event: the event itself, unchanged, and its source labels."""
    return EventRecord.model_construct(**dict(event), source_labels=source_labels(event))


class EventPage(BaseModel):
    """One page of events and the cursor for the next (null on the last page)."""

    items: list[EventRecord]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class IngestFailure(BaseModel):
    """A posted document that was stored but not extracted, and why."""

    article_id: str | None
    source: str
    reason: str
    stage: str | None


class IngestResult(BaseModel):
    """The events extracted from the posted documents, and the documents that failed."""

    events: list[EventRecord]
    failures: list[IngestFailure]
    new_articles: int = Field(0, description="Articles this request stored that the database did not hold.")
    new_events: int = Field(0, description="Events this request added, net: a document sent again has its events "
                            "replaced, and fewer may come back (then this is negative).")


class ErrorBody(BaseModel):
    """What went wrong: a stable code for programs and a sentence for people."""

    code: str
    message: str


class ErrorEnvelope(BaseModel):
    """Every error answer has this one shape."""

    error: ErrorBody


def example(value: str) -> dict[str, Any]:
    """A parameter's example as Swagger UI shows it (and fills it in on "Try it out")."""
    return {value: {"value": value}}  # the key is what the examples list shows


def error_answers(*codes: tuple[int, str, str]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for error answers: (status, code, example message) each."""
    return {status: {"model": ErrorEnvelope, "description": message, "content": {
                "application/json": {"example": {"error": {"code": code, "message": message}}}}}
            for status, code, message in codes}


BAD_FILTER = (422, "invalid_request", "invalid query: since (2025-06-07) is after until (2025-06-01)")
BAD_BODY = (422, "invalid_request", "body.0.text: Field required")
INGEST_EXAMPLES: dict[str, Any] = {
    "one story": {"summary": "One news story with its outlet and date", "value": [_ARTICLE_EXAMPLE]},
    "bare text": {"summary": "Text only (dated today, outlet unknown)",
                  "value": [{"text": "Shelling hit Kherson on Tuesday; one man was killed."}]},
}
