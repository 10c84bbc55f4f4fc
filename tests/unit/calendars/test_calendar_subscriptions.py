"""Subscriptions against a real HTTP server on 127.0.0.1: a good fetch, a time-out, a file that is
too large, a redirect loop, a 404 and a page that is no calendar — and each failure keeps the last
good copy and names the calendar and the reason in one line."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from calendar_files import AMS, T0, ics

from ritmeregie.domain.clock import ManualClock
from ritmeregie.services.calendars import CalendarError, FetchError, Window
from ritmeregie.services.calendars.fetch import fetch, normalise_url
from ritmeregie.services.calendars.subscriptions import (
    due_subscriptions,
    is_due,
    refresh_subscription,
)
from ritmeregie.storage import Store

WINDOW = Window(dt.date(2027, 3, 14), dt.date(2027, 4, 30))
TIMEOUT_S = 0.5
MAX_BYTES = 256 * 1024


class CalendarServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.body = ics("outlook_directie.ics")
        self.release = threading.Event()  # lets the slow handler go at teardown
        self.hits: list[str] = []

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"


class Handler(BaseHTTPRequestHandler):
    server: CalendarServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.hits.append(self.path)
        if self.path == "/directie.ics":
            self._send(200, self.server.body, "text/calendar")
        elif self.path == "/slow.ics":
            self.server.release.wait(10)
            self._send(200, self.server.body, "text/calendar")
        elif self.path == "/big.ics":
            # No Content-Length: the limit must hold while reading.
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.end_headers()
            chunk = b"X" * 65536
            try:
                for _ in range(2 * MAX_BYTES // len(chunk)):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/loop.ics":
            self._redirect("/loop.ics")
        elif self.path.startswith("/hop/"):
            self._redirect(f"/hop/{int(self.path.rsplit('/', 1)[1]) + 1}")
        elif self.path == "/moved.ics":
            self._redirect("/directie.ics")
        elif self.path == "/login":
            self._send(200, b"<html><body>Log in</body></html>", "text/html")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, code: int, body: bytes, kind: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, target: str) -> None:
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture
def server() -> Iterator[CalendarServer]:
    httpd = CalendarServer()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.release.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.fixture
def subscribed(store: Store, server: CalendarServer) -> Store:
    """A layer subscribed to the server, refreshed once successfully."""
    store.calendars.add("Directie", url=server.url("/directie.ics"), refresh_minutes=30)
    refresh_subscription(store, "Directie", WINDOW, AMS)
    return store


def span() -> tuple[dt.datetime, dt.datetime]:
    return (
        dt.datetime.combine(WINDOW.first, dt.time(0), tzinfo=AMS),
        dt.datetime.combine(WINDOW.last, dt.time(0), tzinfo=AMS),
    )


def point_at(store: Store, server: CalendarServer, path: str) -> None:
    store.calendars.set_subscription("Directie", server.url(path), 30)


def refresh(store: Store) -> None:
    refresh_subscription(store, "Directie", WINDOW, AMS, timeout_s=TIMEOUT_S, max_bytes=MAX_BYTES)


def test_a_subscription_fetches_and_imports(subscribed: Store, server: CalendarServer):
    events = subscribed.calendars.events_between(*span())
    assert "MT-overleg" in {e.title for e in events}
    source = subscribed.calendars.get("Directie")
    assert source is not None and source.last_error is None and source.raw_sha256


def test_a_redirect_is_followed(subscribed: Store, server: CalendarServer):
    point_at(subscribed, server, "/moved.ics")
    refresh(subscribed)
    assert server.hits[-2:] == ["/moved.ics", "/directie.ics"]


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/slow.ics", "timed out after 0.5 s"),
        ("/big.ics", "the file is larger than 0.25 MB"),
        ("/loop.ics", "too many redirects"),
        ("/hop/0", "too many redirects"),
        ("/missing.ics", "the server answered 404 (Not Found)"),
    ],
)
def test_a_failed_fetch_names_the_reason_and_keeps_the_last_good_copy(
    subscribed: Store, server: CalendarServer, path: str, reason: str
):
    before = subscribed.calendars.events_between(*span())
    raw = subscribed.calendars.raw("Directie")
    point_at(subscribed, server, path)
    with pytest.raises(FetchError) as caught:
        refresh(subscribed)
    expected = f"The calendar 'Directie' could not be fetched: {reason}"
    assert str(caught.value) == expected
    assert subscribed.calendars.events_between(*span()) == before
    assert subscribed.calendars.raw("Directie") == raw
    source = subscribed.calendars.get("Directie")
    assert source is not None and source.last_error == expected


def test_redirects_are_capped(subscribed: Store, server: CalendarServer):
    point_at(subscribed, server, "/hop/0")
    with pytest.raises(FetchError):
        refresh(subscribed)
    hops = [h for h in server.hits if h.startswith("/hop/")]
    assert 1 < len(hops) <= 6  # the first request plus at most five redirects


def test_a_page_that_is_no_calendar_keeps_the_last_good_copy(
    subscribed: Store, server: CalendarServer
):
    before = subscribed.calendars.events_between(*span())
    point_at(subscribed, server, "/login")
    with pytest.raises(
        CalendarError, match="The calendar 'Directie' could not be read: This is not"
    ):
        refresh(subscribed)
    assert subscribed.calendars.events_between(*span()) == before


def test_a_new_copy_replaces_the_old_one(subscribed: Store, server: CalendarServer):
    server.body = ics("google_team.ics")
    refresh(subscribed)
    titles = {e.title for e in subscribed.calendars.events_between(*span())}
    assert "Weekstart team" in titles and "MT-overleg" not in titles


def test_only_https_or_this_machine(server: CalendarServer):
    assert (
        normalise_url("webcal://calendar.example.org/x.ics") == "https://calendar.example.org/x.ics"
    )
    assert normalise_url(server.url("/x")) == server.url("/x")
    for bad in (
        "http://calendar.example.org/x.ics",
        "ftp://example.org/x",
        "file:///etc/passwd",
        "nonsense",
    ):
        with pytest.raises(CalendarError):
            normalise_url(bad)
    with pytest.raises(FetchError, match="could not be fetched: Only https addresses"):
        fetch("http://calendar.example.org/x.ics", "Directie")


def test_which_subscriptions_are_due(store: Store, server: CalendarServer, clock: ManualClock):
    store.calendars.add("Handmatig")
    store.calendars.add("Directie", url=server.url("/directie.ics"), refresh_minutes=30)
    now = T0
    assert [s.name for s in due_subscriptions(store, now)] == ["Directie"]  # never fetched
    refresh_subscription(store, "Directie", WINDOW, AMS)
    source = store.calendars.get("Directie")
    assert source is not None
    assert not is_due(source, now + dt.timedelta(minutes=29))
    assert is_due(source, now + dt.timedelta(minutes=30))
