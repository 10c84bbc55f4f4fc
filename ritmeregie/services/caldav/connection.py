"""One connection to a CalDAV account through the `caldav` library, counted and with its failures
said in one line.

Basic auth is named up front (no 401 round trip per session), so a sync with nothing changed is
one REPORT per collection; `requests` counts what went over the wire (tests and the benchmark).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from ritmeregie.platform.i18n import translate

log = logging.getLogger("ritmeregie.services.caldav")

TIMEOUT_SECONDS = 20
MAX_ANSWER_BYTES = 32 * 1024 * 1024  # far above a year of a busy calendar in one multiget
_CHUNK_BYTES = 64 * 1024
_DAV = "{DAV:}"
_CALDAV = "{urn:ietf:params:xml:ns:caldav}"
_DISCOVER = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<D:propfind xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop>'
    "<D:resourcetype/><D:current-user-principal/><C:calendar-home-set/></D:prop></D:propfind>"
)


class CaldavError(Exception):
    """The server could not be used: one line for the person (no password in it, ever)."""


@dataclass(frozen=True, slots=True)
class Reply:
    status: int
    etag: str | None
    text: str


class Connection:
    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        name: str = "",
        timeout_seconds: float = TIMEOUT_SECONDS,
    ) -> None:
        from caldav.davclient import DAVClient

        self.name = name or urlsplit(url).netloc
        self.base = url if url.endswith("/") else url + "/"
        self.requests = 0
        self._client = DAVClient(
            url=self.base,
            username=username,
            password=password,
            auth_type="basic",
            # caldav annotates timeout as whole seconds; requests (which gets it) takes a float.
            timeout=timeout_seconds,  # type: ignore[arg-type]
            enable_rfc6764=False,
        )
        session = self._client.session
        original = session.request

        def counted(method: str, url: str, **kwargs: Any) -> Any:
            self.requests += 1
            # Redirects are not followed (a password never goes to another host unasked) and a
            # body is read up to a bound (a runaway answer cannot fill the memory).
            kwargs["allow_redirects"] = False
            kwargs["stream"] = True
            response = original(method, url, **kwargs)
            checked_answer(self.name, method, response)
            return response

        # Wrapped on purpose: every request the library makes is counted (the benchmark's figure)
        # and checked (no redirect followed, a bounded body); niquests' stub types it narrower.
        session.request = counted  # type: ignore[method-assign, assignment]

    def close(self) -> None:
        try:
            self._client.close()
        except Exception:  # closing a dead connection has nothing to report
            log.debug("closing the CalDAV session failed", exc_info=True)

    def url_for(self, path: str) -> str:
        return urljoin(self.base, path)

    def calendar(self, path: str) -> Any:
        # DAVClient.calendar carries no annotations in caldav 3.
        return self._client.calendar(url=self.url_for(path))  # type: ignore[no-untyped-call]

    def discover(self) -> str:
        """Where this account's calendars live on the server (a path such as /sanne/), from
        whatever address was given: a calendar collection (its parent), a calendar home, a
        principal, or the server's root (current-user-principal, then calendar-home-set)."""
        seen: set[str] = set()
        url = self.base
        while url not in seen and len(seen) < 3:
            seen.add(url)
            props = self._properties(url)
            if props.is_calendar:
                path = urlsplit(url).path
                return path.rstrip("/").rsplit("/", 1)[0] + "/"
            if props.home:
                return props.home
            if not props.principal:
                break
            url = urljoin(url, props.principal)
        raise CaldavError(
            translate(
                "CalDAV", "{name}: the address {url} shows no calendars (is it a CalDAV address?)."
            ).format(name=self.name, url=self.base)
        )

    def _properties(self, url: str) -> _Found:
        reply = self._call("PROPFIND", url, _DISCOVER, {"Depth": "0"})
        if reply.status == 404:
            raise CaldavError(
                translate("CalDAV", "{name}: the server has nothing at {url} (404).").format(
                    name=self.name, url=url
                )
            )
        if reply.status != 207:
            raise CaldavError(not_caldav(self.name))
        return _found(self.name, reply.text)

    # -- the few requests the engine makes itself -------------------------------------------------

    def exists(self, path: str) -> bool:
        reply = self._call("PROPFIND", self.url_for(path), "", {"Depth": "0"})
        if reply.status == 200:  # PROPFIND answered with a plain page: not a CalDAV server
            raise CaldavError(not_caldav(self.name))
        return reply.status == 207

    def make_collection(self, path: str, components: tuple[str, ...]) -> None:
        comps = "".join(f'<C:comp name="{c}"/>' for c in components)
        body = (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
            "<D:set><D:prop><C:supported-calendar-component-set>"
            f"{comps}</C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>"
        )
        reply = self._call("MKCALENDAR", self.url_for(path), body, {})
        if reply.status not in (200, 201):
            raise CaldavError(
                translate(
                    "CalDAV", "{name}: the collection {path} could not be made ({status})."
                ).format(name=self.name, path=path, status=reply.status)
            )

    def get(self, href: str) -> Reply:
        return self._call("GET", self.url_for(href), "", {})

    def put(self, href: str, ics: str, *, if_match: str | None, create: bool) -> Reply:
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if if_match:
            headers["If-Match"] = if_match
        elif create:
            headers["If-None-Match"] = "*"
        return self._call("PUT", self.url_for(href), ics, headers)

    def delete(self, href: str, *, if_match: str | None) -> Reply:
        headers = {"If-Match": if_match} if if_match else {}
        return self._call("DELETE", self.url_for(href), "", headers)

    def _call(self, method: str, url: str, body: str, headers: dict[str, str]) -> Reply:
        try:
            response = self._client.request(url, method, body, headers)
        except Exception as exc:
            raise failure_line(self.name, exc) from None
        status = int(response.status)
        if status >= 500:
            raise CaldavError(_answered(self.name, status))
        etag = response.headers.get("ETag") if response.headers else None
        raw = response.raw if isinstance(response.raw, str) else ""
        return Reply(status, etag, raw)


@dataclass(frozen=True, slots=True)
class _Found:
    is_calendar: bool
    home: str | None
    principal: str | None


def _found(name: str, text: str) -> _Found:
    import xml.etree.ElementTree as ET

    if "<!DOCTYPE" in text[:2000] or "<!ENTITY" in text:  # no entity tricks in a DAV answer
        raise CaldavError(not_caldav(name))
    try:
        root = ET.fromstring(text)
    except ET.ParseError:
        raise CaldavError(not_caldav(name)) from None
    if root.tag != f"{_DAV}multistatus":
        raise CaldavError(not_caldav(name))

    def href(prop: str) -> str | None:
        found = root.find(f".//{prop}/{_DAV}href")
        text = (found.text or "").strip() if found is not None else ""
        return urlsplit(text).path or None if text else None

    return _Found(
        is_calendar=root.find(f".//{_DAV}resourcetype/{_CALDAV}calendar") is not None,
        home=href(f"{_CALDAV}calendar-home-set"),
        principal=href(f"{_DAV}current-user-principal"),
    )


def checked_answer(name: str, method: str, response: Any) -> None:
    """Refuse an answer no CalDAV server gives: a redirect, a web page for a DAV request, a body
    beyond MAX_ANSWER_BYTES. Reads the body (bounded) so the library finds it as usual."""
    status = int(response.status_code)
    if 300 <= status < 400:
        response.close()
        target = urlsplit(response.headers.get("Location", "")).netloc or "?"
        raise CaldavError(
            translate(
                "CalDAV",
                "{name}: the server sends us on to {target} ({status}); if that is right, "
                "add the account again with that address.",
            ).format(name=name, target=target, status=status)
        )
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > MAX_ANSWER_BYTES:
        response.close()
        raise CaldavError(_too_large(name))
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(_CHUNK_BYTES):
        size += len(chunk)
        if size > MAX_ANSWER_BYTES:
            response.close()
            raise CaldavError(_too_large(name))
        chunks.append(chunk)
    response._content = b"".join(chunks)
    response._content_consumed = True
    response.close()
    kind = response.headers.get("Content-Type", "").lower()
    if method in ("PROPFIND", "REPORT") and status < 300 and "html" in kind:
        raise CaldavError(not_caldav(name))


def not_caldav(name: str) -> str:
    return translate(
        "CalDAV",
        "{name}: the server's answer is not CalDAV (a login page, or something in between?); "
        "check the address.",
    ).format(name=name)


def _too_large(name: str) -> str:
    return translate(
        "CalDAV", "{name}: the server's answer is far too large; nothing was changed."
    ).format(name=name)


def failure_line(name: str, exc: BaseException) -> CaldavError:
    """What went wrong, in one line, from whatever the library or the network raised."""
    from caldav.lib import error

    if isinstance(exc, CaldavError):
        return exc
    if isinstance(exc, error.AuthorizationError):
        reason = getattr(exc, "reason", "") or ""
        code = "403" if "403" in str(exc) or "Forbidden" in reason else "401"
        if code == "403":
            return CaldavError(
                translate(
                    "CalDAV", "{name}: the server refuses access to this collection (403)."
                ).format(name=name)
            )
        return CaldavError(
            translate(
                "CalDAV",
                "{name}: the server did not accept the user name or password (401); "
                "check them with 'ritmeregie caldav add' again.",
            ).format(name=name)
        )
    text = f"{type(exc).__name__} {exc}"
    if "XMLSyntax" in text or "ParseError" in text or "DAVError" in text:
        return CaldavError(not_caldav(name))
    if "Timeout" in text or "timed out" in text:
        return CaldavError(
            translate(
                "CalDAV", "{name}: the server did not answer in time; try again later."
            ).format(name=name)
        )
    if "Connection" in text or "refused" in text or "resolve" in text.lower():
        return CaldavError(
            translate(
                "CalDAV", "{name}: the server cannot be reached; your work stays here."
            ).format(name=name)
        )
    for status in ("500", "502", "503", "504"):
        if status in str(exc):
            return CaldavError(_answered(name, int(status)))
    return CaldavError(
        translate("CalDAV", "{name}: the server could not be used ({error}).").format(
            name=name, error=type(exc).__name__
        )
    )


def _answered(name: str, status: int) -> str:
    return translate("CalDAV", "{name}: the server answered {status}; try again later.").format(
        name=name, status=status
    )
