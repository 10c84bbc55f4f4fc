"""Fetching a subscribed calendar: https only, one deadline, a size limit, few redirects.

Outlook's "publish calendar" links and Google's secret iCal address are plain https downloads
(webcal:// is the same address with another name). Plain http is allowed only to this machine
(127.0.0.1, ::1, localhost), which is what the tests use. Every failure is a FetchError whose
text names the calendar and the reason, e.g. "The calendar 'Directie' could not be fetched:
timed out after 20 s"; the caller keeps the last good copy.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from typing import IO, Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from ritmeregie import __version__
from ritmeregie.platform.i18n import translate
from ritmeregie.services.calendars.errors import CalendarError, FetchError

TIMEOUT_S = 20
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
CUT_GRACE_S = 1.0  # after the deadline, how long the fetch thread gets to notice its cut socket
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def normalise_url(url: str) -> str:
    """The address to fetch; raises CalendarError for anything but https (or loopback http)."""
    text = url.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme == "webcal" or scheme == "webcals":
        parts = parts._replace(scheme="https")
        scheme = "https"
    host = (parts.hostname or "").lower()
    if not host:
        raise CalendarError(
            translate("Calendars", "'{url}' is not a web address (https://…).").format(url=text)
        )
    if scheme == "https" or (scheme == "http" and host in LOOPBACK_HOSTS):
        return urlunsplit(parts)
    raise CalendarError(
        translate(
            "Calendars", "Only https addresses can be subscribed to ('{url}' is not one)."
        ).format(url=text)
    )


class RedirectRefused(Exception):
    """A redirect we do not follow; str() is the reason, in the user's words."""


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 1  # the same address twice is a loop

    def __init__(self, origin: str) -> None:
        super().__init__()
        self._origin_local = (urlsplit(origin).hostname or "").lower() in LOOPBACK_HOSTS

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: Any
    ) -> Any:
        # Looked at before urllib's own check, which calls every refused scheme a redirect error.
        location = headers.get("location") or headers.get("uri")
        if location:
            refused = self._refusal(urljoin(req.full_url, location))
            if refused is not None:
                fp.close()  # the redirect's own answer: its connection ends here
                raise RedirectRefused(refused)
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def _refusal(self, target: str) -> str | None:
        try:
            normalise_url(target)
        except CalendarError:
            return translate(
                "Calendars", "it redirects to {url}, which is not an https address"
            ).format(url=_short(target))
        host = (urlsplit(target).hostname or "").lower()
        if host in LOOPBACK_HOSTS and not self._origin_local:
            # A server elsewhere must not steer us to a service on this computer.
            return translate(
                "Calendars", "it redirects to {url}, an address on this computer"
            ).format(url=_short(target))
        return None


class _Sockets:
    """Every socket a fetch opened, so the deadline can cut them from the waiting thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self.cut = False

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.append(sock)
            if not self.cut:
                return
        _shutdown(sock)  # opened after the deadline: cut at once

    def cut_all(self) -> None:
        with self._lock:
            self.cut = True
            found = list(self._open)
        for sock in found:
            _shutdown(sock)


def _shutdown(sock: socket.socket) -> None:
    # The plain socket's shutdown (also under TLS): a read blocked in another thread returns.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _handlers(sockets: _Sockets) -> list[urllib.request.BaseHandler]:
    """http(s) handlers whose connections report their socket to `sockets`."""

    class Http(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            sockets.add(self.sock)

    class Https(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            sockets.add(self.sock)

    context = ssl.create_default_context()

    class HttpHandler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(Http, req)

    class HttpsHandler(urllib.request.HTTPSHandler):
        def __init__(self) -> None:
            super().__init__(context=context)

        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(Https, req, context=context)

    return [HttpHandler(), HttpsHandler()]


def fetch(
    url: str,
    name: str,
    *,
    timeout_s: float = TIMEOUT_S,
    max_bytes: int = MAX_BYTES,
) -> bytes:
    """The body of `url`, or FetchError with one line that names the calendar.

    `timeout_s` is the whole fetch: connecting, the answer's headers and its body, however slowly
    a server drips them. The fetch runs in a daemon thread that the caller waits for with that
    deadline; at the deadline its sockets are cut, so the thread ends too (a name lookup that
    hangs cannot be cut, but a daemon thread never keeps the app or a command from ending).
    """

    def failed(reason: str) -> FetchError:
        return FetchError(
            translate("Calendars", "The calendar '{name}' could not be fetched: {reason}").format(
                name=name, reason=reason
            )
        )

    try:
        address = normalise_url(url)
    except CalendarError as exc:
        raise failed(str(exc)) from None
    timeout_text = translate("Calendars", "timed out after {seconds} s").format(
        seconds=f"{timeout_s:g}"
    )
    deadline = time.monotonic() + timeout_s
    sockets = _Sockets()
    outcome: list[bytes | BaseException] = []

    def run() -> None:
        try:
            outcome.append(_download(address, deadline, timeout_s, max_bytes, sockets))
        except BaseException as exc:  # handed to the waiting thread
            outcome.append(exc)

    worker = threading.Thread(target=run, name=f"ritmeregie-fetch-{name}", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if not outcome:
        sockets.cut_all()
        worker.join(CUT_GRACE_S)
        raise failed(timeout_text)
    result = outcome[0]
    if isinstance(result, bytes):
        return result
    if sockets.cut or time.monotonic() >= deadline:
        raise failed(timeout_text)
    raise failed(_why(result, timeout_text, max_bytes))


class _TooLarge(Exception):
    pass


def _download(
    address: str, deadline: float, timeout_s: float, max_bytes: int, sockets: _Sockets
) -> bytes:
    opener = urllib.request.build_opener(_Redirects(address), *_handlers(sockets))
    request = urllib.request.Request(
        address,
        headers={"User-Agent": f"ritmeregie/{__version__}", "Accept": "text/calendar, */*"},
    )
    with opener.open(request, timeout=timeout_s) as response:
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > max_bytes:
            raise _TooLarge
        # The headers count against the same budget (http.client bounds them too: 100 lines).
        size = sum(len(k) + len(v) + 4 for k, v in response.headers.items())
        chunks: list[bytes] = []
        while True:
            if time.monotonic() >= deadline:
                raise TimeoutError
            # read1: what has arrived (at most CHUNK_BYTES), not "wait until the chunk is full",
            # so the deadline is looked at after every read, however slowly bytes come.
            chunk = response.read1(CHUNK_BYTES)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:
                raise _TooLarge
            chunks.append(chunk)
    return b"".join(chunks)


def _why(exc: BaseException, timeout_text: str, max_bytes: int) -> str:
    if isinstance(exc, _TooLarge):
        return _too_large(max_bytes)
    if isinstance(exc, RedirectRefused):
        return str(exc)
    if isinstance(exc, urllib.error.HTTPError):
        exc.close()  # it holds the connection of the last answer
        if exc.code in (301, 302, 303, 307, 308):
            return translate("Calendars", "too many redirects")
        return translate("Calendars", "the server answered {code} ({reason})").format(
            code=exc.code, reason=exc.reason
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return timeout_text
    if isinstance(exc, urllib.error.URLError):
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            return timeout_text
        if isinstance(exc.reason, RedirectRefused):
            return str(exc.reason)
        return _reason(exc.reason)
    if isinstance(exc, OSError | ValueError | http.client.HTTPException):
        return _reason(exc)  # reset connections, bad status lines, …
    raise exc  # a bug, not the server's doing: the caller's guard logs it


def _short(url: str) -> str:
    return url if len(url) <= 80 else url[:77] + "…"


def _too_large(max_bytes: int) -> str:
    return translate("Calendars", "the file is larger than {size} MB").format(
        size=f"{max_bytes / (1024 * 1024):g}"
    )


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return str(reason.strerror)
    return " ".join(str(reason).split())[:160] or type(reason).__name__
