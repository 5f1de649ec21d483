"""The source name an event record carries for its article."""

from __future__ import annotations

from urllib.parse import urlsplit

from eventwire.model import Article


def source_name(art: Article) -> str:
    """The outlet; else the URL's host without "www." (one site is one source); else the article id."""
    if art.source:
        return art.source
    if art.url:
        try:
            host = urlsplit(art.url.strip()).hostname
        except ValueError:  # a malformed URL (bad port, brackets) names no host
            host = None
        if host:
            return host.removeprefix("www.")
    return art.id
