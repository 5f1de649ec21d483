"""HTTP(S) sources: a guarded GET (no private addresses, size cap, timeout), then sniffed."""

from __future__ import annotations

import ipaddress
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from eventwire import __version__
from eventwire.errors import ReaderError
from eventwire.model import Article
from eventwire.readers.common import too_large
from eventwire.readers.options import ReadOptions

if TYPE_CHECKING:
    import httpx

MAX_REDIRECTS = 5
USER_AGENT = f"eventwire/{__version__} (news event extraction)"
_PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@dataclass
class Fetched:
    """A fetched body with where it finally came from."""

    data: bytes
    url: str
    content_type: str
    status: int


def is_url(source: str) -> bool:
    """Whether a source names an http(s) URL rather than a path."""
    return source.lower().startswith(("http://", "https://"))


def refused_address(address: str) -> str | None:
    """Why an IP address may not be fetched (loopback, private, ...), or None when it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    # Most specific first: Python counts link-local and unspecified addresses as private too.
    for attr, label in (("is_loopback", "loopback"), ("is_link_local", "link-local"),
                        ("is_unspecified", "unspecified"), ("is_multicast", "multicast"),
                        ("is_private", "private"), ("is_reserved", "reserved")):
        if getattr(ip, attr):
            return label
    return None if ip.is_global else "non-global"


def check_host(url: str, allow_private: bool) -> None:
    """Resolve the URL's host and refuse it when any address is not public (unless allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ReaderError(url, f"unsupported URL scheme '{parts.scheme}'")
    host = parts.hostname
    if not host:
        raise ReaderError(url, "URL has no host")
    if allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError) as e:
        raise ReaderError(url, f"cannot resolve host {host}: {e}") from e
    for info in infos:
        address = str(info[4][0])
        why = refused_address(address)
        if why:
            raise ReaderError(
                url, f"refusing to fetch {host}: it resolves to {why} address {address} (--allow-private)"
            )


def _check_peer(response: httpx.Response, url: str) -> None:
    """Re-check the address actually connected to (a DNS answer can change between lookups)."""
    if any(os.environ.get(v) for v in _PROXY_VARS):
        return  # the peer is the proxy, not the site
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if peer:
        why = refused_address(str(peer[0]))
        if why:
            raise ReaderError(url, f"refusing to read from {why} address {peer[0]} (--allow-private)")


def fetch(url: str, options: ReadOptions) -> Fetched:
    """GET `url` following at most MAX_REDIRECTS redirects, each hop checked; body capped at max_bytes."""
    import httpx  # imported on first fetch: most runs read files only

    limit = options.max_bytes
    # httpx's timeout bounds each wait, not the whole fetch: a server that sends a byte every few seconds
    # would hold the run for ever. The whole fetch, redirects included, gets `timeout` seconds.
    deadline = time.monotonic() + options.timeout
    with httpx.Client(timeout=options.timeout, follow_redirects=False,
                      headers={"User-Agent": USER_AGENT}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_host(url, options.allow_private)
            try:
                with client.stream("GET", url) as r:
                    if not options.allow_private:
                        _check_peer(r, url)
                    if r.is_redirect and r.headers.get("location"):
                        url = urljoin(url, r.headers["location"])
                        continue
                    if r.status_code >= 400:
                        raise ReaderError(url, f"HTTP {r.status_code} {r.reason_phrase}".strip())
                    declared = r.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > limit:
                        raise too_large(url, int(declared), limit)
                    chunks, size = [], 0
                    for chunk in r.iter_bytes():
                        if time.monotonic() > deadline:
                            raise ReaderError(url, f"fetch took longer than the {options.timeout:g} s timeout "
                                                   "(EVENTWIRE_TIMEOUT, or timeout in eventwire.toml)")
                        size += len(chunk)
                        if size > limit:
                            raise too_large(url, size, limit, at_least=True)
                        chunks.append(chunk)
                    return Fetched(b"".join(chunks), str(r.url), r.headers.get("content-type", ""),
                                   r.status_code)
            except httpx.HTTPError as e:
                raise ReaderError(url, f"fetch failed: {type(e).__name__}: {e}") from e
    raise ReaderError(url, f"more than {MAX_REDIRECTS} redirects")


def read_url(url: str, options: ReadOptions) -> Iterator[Article | ReaderError]:
    """Articles from a URL (an HTML page, a feed or text), sniffed like a file."""
    from eventwire.readers.dispatch import read_bytes

    try:
        got = fetch(url, options)
    except ReaderError as e:
        yield e
        return
    ctype = got.content_type.split(";")[0].strip().lower()
    charset = None
    if "charset=" in got.content_type:
        charset = got.content_type.split("charset=", 1)[1].split(";")[0].strip().strip('"') or None
    hint = None
    if ctype in ("application/rss+xml", "application/atom+xml"):
        hint = "feed"
    elif ctype in ("application/x-ndjson", "application/jsonl"):
        hint = "jsonl"
    elif ctype == "text/csv":
        hint = "csv"
    name = urlsplit(got.url).path
    yield from read_bytes(got.data, url, options, name=name, url=got.url, hint=hint,
                          encoding=charset, extra={"fetched_url": got.url, "content_type": ctype})
