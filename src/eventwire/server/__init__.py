"""REST API (FastAPI) and the static map page: `eventwire serve`."""

from eventwire.server.app import create_app

__all__ = ["create_app"]
