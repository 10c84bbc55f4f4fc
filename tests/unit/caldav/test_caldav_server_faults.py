"""A server that refuses (403), fails (503) or does not answer: one line, nothing changed here."""

from __future__ import annotations

import datetime as dt
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from radicale_server import RadicaleServer

from ritmeregie.services.caldav import service
from ritmeregie.services.caldav.connection import CaldavError, Connection
from ritmeregie.storage import open_store
from ritmeregie.storage.caldav import CollectionPurpose


class _Unavailable(BaseHTTPRequestHandler):
    def _answer(self) -> None:
        self.send_response(503)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_PUT = do_PROPFIND = do_REPORT = do_DELETE = _answer

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def unavailable() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Unavailable)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def silent() -> Iterator[str]:
    """Accepts connections and never answers (a hung server)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    finally:
        sock.close()


def _bound_store(folder: Path, url: str) -> Any:
    store = open_store(folder)
    store.caldav.add_account("Werk", url, "sanne")
    store.caldav.bind("Werk", "/sanne/agenda/", CollectionPurpose.AGENDA)
    at = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    store.agenda.add("Overleg", at, at + dt.timedelta(hours=1), "UTC")
    return store


def _one_line_and_untouched(store: Any, report: service.SyncReport) -> str:
    assert report.errors and "\n" not in report.errors[0]
    assert store.agenda.count() == 1
    assert all(not o.etag for o in store.caldav.objects(1))
    return report.errors[0]


def test_a_server_answering_503_is_one_line(unavailable: str, tmp_path: Path) -> None:
    with _bound_store(tmp_path / "data", unavailable) as store:
        line = _one_line_and_untouched(store, service.sync(store, lambda a: "pw"))
    assert "503" in line


def test_a_server_that_does_not_answer_is_one_line(silent: str, tmp_path: Path) -> None:
    def connect(account: Any, password: str) -> Connection:
        return Connection(account.url, account.username, password, name=account.name,
                          timeout_seconds=1)  # fmt: skip

    with _bound_store(tmp_path / "data", silent) as store:
        line = _one_line_and_untouched(
            store, service.sync(store, lambda a: "pw", connect_to=connect)
        )
    assert "in time" in line


def test_someone_elses_collection_is_refused_with_403(
    radicale: RadicaleServer, tmp_path: Path
) -> None:
    with open_store(tmp_path / "data") as store:
        store.caldav.add_account("Werk", radicale.url, radicale.user)
        with pytest.raises(CaldavError, match="403"):
            service.publish(store, "Werk", "/directeur/agenda/", None, False,
                            lambda a: radicale.password)  # fmt: skip
