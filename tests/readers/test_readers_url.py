"""URL reader: address refusal (no network) and real fetches from a local http.server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from readers_support import FIXTURES, read_all

from eventwire.errors import ReaderError
from eventwire.readers import url as url_reader
from eventwire.readers.url import check_host, refused_address


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.10", "private"),
        ("172.16.5.4", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
        ("::ffff:127.0.0.1", "loopback"), ("0.0.0.0", "unspecified"), ("100.64.0.1", "non-global"),
        ("224.0.0.1", "multicast"), ("8.8.8.8", None), ("2606:4700:4700::1111", None),
    ],
)
def test_refused_address(address, why):
    assert refused_address(address) == why


def test_localhost_and_literals_refused():
    for url in ("http://127.0.0.1:8000/x", "http://localhost/", "http://[::1]/", "http://169.254.169.254/latest"):
        with pytest.raises(ReaderError, match="refusing to fetch .* address .* \\(--allow-private\\)"):
            check_host(url, allow_private=False)
    check_host("http://127.0.0.1:8000/x", allow_private=True)  # allowed on request


def test_any_private_answer_refuses(monkeypatch):
    # A host that resolves to one public and one private address is refused.
    def fake(host, port, *a, **k):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port))]

    monkeypatch.setattr(url_reader.socket, "getaddrinfo", fake)
    with pytest.raises(ReaderError, match="private address 10.0.0.7"):
        check_host("https://news.example.com/story", allow_private=False)


def test_bad_scheme_via_read_sources():
    # Not an http(s) URL: never fetched, and said so (it is not a file that went missing).
    _, [e] = read_all("ftp://example.org/file.txt")
    assert e.reason == ("unsupported URL scheme 'ftp': only http and https URLs are fetched "
                        "(download it and pass the file)")
    _, [e] = read_all("no/such/file.txt")
    assert e.reason == "no such file or directory"


PAGES = {
    "/page": ("text/html; charset=utf-8", (FIXTURES / "strike-report.html").read_bytes()),
    "/feed": ("application/rss+xml", (FIXTURES / "feed.rss").read_bytes()),
    "/ru": ("text/plain; charset=windows-1251", "Удар по Харькову.\nПогибли два человека.".encode("cp1251")),
    "/empty": ("text/html", b"<html><body><nav>Home</nav></body></html>"),
    "/big": ("text/plain", b"x" * 50_000),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        if self.path == "/chunked":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b"1000\r\n" + b"y" * 4096 + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
            return
        if self.path == "/drip":  # a byte every 0.2 s: each wait is short, the whole answer never ends
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(100):
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:  # the reader gave up and closed the connection
                    return
                time.sleep(0.2)
            return
        if self.path not in PAGES:
            self.send_error(404)
            return
        ctype, body = PAGES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_fetch_html_and_redirect(server):
    arts, errs = read_all(f"{server}/page", f"{server}/redirect", allow_private=True, timeout=5)
    assert errs == []
    assert [a.title for a in arts] == ["Drone strike hits Kharkiv apartment block"] * 2
    assert arts[0].meta["path"] == f"{server}/page" and arts[0].url == f"{server}/page"
    assert arts[1].meta["fetched_url"] == f"{server}/page"
    assert arts[0].meta["content_type"] == "text/html"


def test_fetch_feed_and_charset(server):
    arts, errs = read_all(f"{server}/feed", f"{server}/ru", allow_private=True, timeout=5)
    assert errs == [] and len(arts) == 4
    assert arts[0].meta["path"] == f"{server}/feed#entry=0"
    assert arts[3].text == "Удар по Харькову.\nПогибли два человека."


def test_fetch_errors(server):
    arts, errs = read_all(f"{server}/missing", f"{server}/empty", f"{server}/big", f"{server}/chunked",
                          allow_private=True, timeout=5, max_bytes=40_000)
    assert arts == []
    assert [e.reason for e in errs] == [
        "HTTP 404 Not Found",
        "no article text found in HTML page",
        "document is 50,000 bytes, over the 40,000 bytes limit (--max-bytes)",
        "document is over the 40,000 bytes limit (--max-bytes)",
    ]


def test_loopback_refused_without_allow_private(server):
    _, [e] = read_all(f"{server}/page", timeout=5)
    assert "refusing to fetch 127.0.0.1: it resolves to loopback address 127.0.0.1" in e.reason


def test_peer_address_checked_after_connect(server, monkeypatch):
    # Even if the DNS check is fooled (rebinding), the connected address is checked before reading.
    monkeypatch.setattr(url_reader, "check_host", lambda url, allow: None)
    monkeypatch.setattr(url_reader, "_PROXY_VARS", ())
    _, [e] = read_all(f"{server}/page", timeout=5)
    assert e.reason == "refusing to read from loopback address 127.0.0.1 (--allow-private)"


def test_unreachable(monkeypatch):
    # A closed local port: a clear fetch error, no exception.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    _, [e] = read_all(f"http://127.0.0.1:{port}/", allow_private=True, timeout=2)
    assert e.reason.startswith("fetch failed: ConnectError")


def test_a_server_that_drips_bytes_is_given_up_after_the_timeout(server):
    """httpx times each wait; a byte every 0.2 s would never trip it, so the whole fetch has a deadline."""
    start = time.monotonic()
    arts, [e] = read_all(f"{server}/drip", f"{server}/page", allow_private=True, timeout=1)
    assert time.monotonic() - start < 10
    assert e.source == f"{server}/drip"
    assert e.reason == "fetch took longer than the 1 s timeout (EVENTWIRE_TIMEOUT, or timeout in eventwire.toml)"
    assert [a.title for a in arts] == ["Drone strike hits Kharkiv apartment block"]  # the next URL is read
