"""Fetching a subscribed calendar: https only, a time limit, a size limit, few redirects.

Outlook's "publish calendar" links and Google's secret iCal address are plain https downloads
(webcal:// is the same address with another name). Plain http is allowed only to this machine
(127.0.0.1, ::1, localhost), which is what the tests use. Every failure is a FetchError whose
text names the calendar and the reason, e.g. "The calendar 'Directie' could not be fetched:
timed out after 20 s"; the caller keeps the last good copy.
"""

from __future__ import annotations

import socket
import ssl
import time
import urllib.error
import urllib.request
from typing import IO, Any
from urllib.parse import urlsplit, urlunsplit

from ritmeregie import __version__
from ritmeregie.i18n import translate

from .errors import CalendarError, FetchError

TIMEOUT_S = 20
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5
CHUNK_BYTES = 64 * 1024
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


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 1  # the same address twice is a loop

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        try:
            normalise_url(newurl)  # never follow a redirect to plain http elsewhere
        except CalendarError:
            raise urllib.error.HTTPError(
                newurl, code, "redirect to a non-https address", headers, fp
            ) from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(
    url: str,
    name: str,
    *,
    timeout_s: float = TIMEOUT_S,
    max_bytes: int = MAX_BYTES,
) -> bytes:
    """The body of `url`, or FetchError with one line that names the calendar."""

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
    opener = urllib.request.build_opener(
        _Redirects(), urllib.request.HTTPSHandler(context=ssl.create_default_context())
    )
    request = urllib.request.Request(
        address,
        headers={"User-Agent": f"ritmeregie/{__version__}", "Accept": "text/calendar, */*"},
    )
    deadline = time.monotonic() + timeout_s
    try:
        with opener.open(request, timeout=timeout_s) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise failed(_too_large(max_bytes))
            chunks: list[bytes] = []
            size = 0
            while True:
                if time.monotonic() > deadline:
                    raise failed(timeout_text)
                chunk = response.read(CHUNK_BYTES)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise failed(_too_large(max_bytes))
                chunks.append(chunk)
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the connection of the last answer
        if exc.code in (301, 302, 303, 307, 308):
            raise failed(translate("Calendars", "too many redirects")) from None
        reason = translate("Calendars", "the server answered {code} ({reason})").format(
            code=exc.code, reason=exc.reason
        )
        raise failed(reason) from None
    except TimeoutError:
        raise failed(timeout_text) from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise failed(timeout_text) from None
        raise failed(_reason(exc.reason)) from None
    except (OSError, ValueError) as exc:  # reset connections, bad status lines, …
        raise failed(_reason(exc)) from None
    return b"".join(chunks)


def _too_large(max_bytes: int) -> str:
    return translate("Calendars", "the file is larger than {size} MB").format(
        size=f"{max_bytes / (1024 * 1024):g}"
    )


def _reason(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return str(reason.strerror)
    return " ".join(str(reason).split())[:160] or type(reason).__name__
