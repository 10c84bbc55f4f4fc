"""Small HTTP servers around the tests' Radicale: a reverse proxy that puts it behind a path
prefix (as Apache or nginx set-ups do, with X-Script-Name), and a hostile server that answers
every request in one bad way (garbage XML, a redirect to another host, a login page, an endless
body)."""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

METHODS = ("GET", "PUT", "DELETE", "PROPFIND", "REPORT", "MKCALENDAR", "OPTIONS", "PROPPATCH")


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def prefix_proxy(target: str, prefix: str) -> type[BaseHTTPRequestHandler]:
    """Requests under `prefix` go to `target` without it; Radicale learns it via X-Script-Name."""
    host = urlsplit(target).netloc

    class Proxy(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _forward(self) -> None:
            if not self.path.startswith(prefix + "/"):
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
            headers["X-Script-Name"] = prefix
            conn = http.client.HTTPConnection(host, timeout=30)
            conn.request(self.command, self.path[len(prefix) :], body=body, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            conn.close()
            self.send_response(answer.status)
            for key, value in answer.getheaders():
                if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(key, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    for method in METHODS:
        setattr(Proxy, f"do_{method}", Proxy._forward)
    return Proxy


LOGIN_PAGE = b"<!DOCTYPE html><html><body><form>Log in</form></body></html>"


def hostile(mode: str) -> type[BaseHTTPRequestHandler]:
    class Hostile(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            if mode == "redirect":
                self.send_response(302)
                self.send_header("Location", "http://elsewhere.example:8080/login")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif mode == "login":
                self._body(200, "text/html", LOGIN_PAGE)
            elif mode == "garbage":
                self._body(207, "application/xml", b"<multistatus><<< not xml &&&")
            elif mode == "endless":
                self.send_response(207)
                self.send_header("Content-Type", "application/xml")
                self.send_header("Connection", "close")
                self.end_headers()  # no length: the body goes on until the client hangs up
                block = b"<x>" + b"a" * 65536 + b"</x>"
                try:
                    while True:
                        self.wfile.write(block)
                except OSError:
                    return

        def _body(self, status: int, kind: str, data: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    for method in METHODS:
        setattr(Hostile, f"do_{method}", Hostile._answer)
    return Hostile
