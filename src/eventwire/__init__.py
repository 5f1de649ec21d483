"""eventwire: turn conflict news into structured, geolocated, source-linked event data."""

from __future__ import annotations

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

from eventwire.api import extract, geoparse, ingest, open_store, query  # noqa: E402
from eventwire.model import Article, Event, PlaceMention  # noqa: E402

__all__ = [
    "Article",
    "Event",
    "PlaceMention",
    "__version__",
    "extract",
    "geoparse",
    "ingest",
    "open_store",
    "query",
]
