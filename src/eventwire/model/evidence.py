"""Evidence: the span of article text that supports one or more fields."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Evidence(BaseModel):
    """Character offsets into an article's text and the fields they support."""

    article_id: str
    start: int
    end: int
    text: str
    supports: list[str] = Field(default_factory=list)
