"""CalDAV sync cut off at every request: the real Radicale killed (SIGKILL) just before the n-th
request of a sync, or the client dying there. The cut sync reports one error line and changes
nothing it has not finished; after the server is back, the next syncs complete with nothing lost
on either device and nothing doubled, on the devices or on the server."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import caldav
import pytest
from ledger import Tally
from radicale_server import RadicaleServer

from ritmeregie.services.caldav import service
from ritmeregie.services.caldav.connection import Connection
from ritmeregie.storage import open_store

pytestmark = [pytest.mark.reliability, pytest.mark.timeout(600)]

START = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=1)


class ClientKilled(BaseException):
    """The client process dies here: nothing after this point runs (SQLite keeps what was
    committed, as after kill -9)."""


def _cutting(at: int, cut: Callable[[], None]) -> Callable[[Any, str], Connection]:
    def connect(account: Any, password: str) -> Connection:
        conn = Connection(account.url, account.username, password, name=account.name)
        session = conn._client.session
        counted = session.request

        def request(*args: Any, **kwargs: Any) -> Any:
            if conn.requests + 1 == at:
                cut()
            return counted(*args, **kwargs)

        session.request = request
        return conn

    return connect


def _work(store: Any, round_no: int) -> dict[str, int]:
    """A new item and must-do, an edit of the first item, the deletion of an older must-do."""
    start = START + dt.timedelta(hours=round_no)
    store.agenda.add(
        f"Overleg {round_no}", start, start + dt.timedelta(minutes=30), "Europe/Amsterdam"
    )
    store.must_dos.add(f"Actie {round_no}")
    items = store.agenda.entries_between(START - dt.timedelta(days=1), START + dt.timedelta(days=9))
    store.agenda.update(items[0].id, notes=f"bijgewerkt in ronde {round_no}")
    old = [m for m in store.must_dos.open() if m.title == f"Actie {round_no - 2}"]
    for must_do in old:
        store.must_dos.remove(must_do.id)
    return {"writes": 3 + len(old)}


def _agenda(store: Any) -> Counter[tuple[str, str]]:
    items = store.agenda.entries_between(START - dt.timedelta(days=1), START + dt.timedelta(days=9))
    return Counter((e.title, e.notes) for e in items)


def _must_dos(store: Any) -> Counter[str]:
    return Counter(m.title for m in store.must_dos.open())


def _server_uids(radicale: RadicaleServer, path: str) -> Counter[str]:
    client = caldav.DAVClient(url=radicale.url, username=radicale.user,
                              password=radicale.password, auth_type="basic")  # fmt: skip
    calendar = client.calendar(url=radicale.url.rstrip("/") + path)
    return Counter(str(o.icalendar_component["summary"]) for o in calendar.search())


@pytest.mark.parametrize("who", ["server", "client"])
def test_sync_cut_at_every_request_loses_and_doubles_nothing(
    who: str, radicale: RadicaleServer, tmp_path: Path, ledger: Callable[[str], Tally]
) -> None:
    tally = ledger(f"caldav sync cut ({who} killed)")
    password: Callable[[Any], str] = lambda account: radicale.password  # noqa: E731
    a = open_store(tmp_path / "laptop")
    b = open_store(tmp_path / "desktop")
    try:
        for store in (a, b):
            store.caldav.add_account("Werk", radicale.url, radicale.user)
            service.publish(store, "Werk", "/sanne/agenda/", None, False, password)
        for round_no in range(1, 7):
            tally.writes_acknowledged += _work(a, round_no)["writes"]
            cut_at = round_no % 4 + 1  # the sync's first few requests: report, GETs and PUTs
            happened: list[bool] = []

            def cut(happened: list[bool] = happened) -> None:
                happened.append(True)
                if who == "server":
                    radicale.kill()
                    return
                raise ClientKilled

            try:
                report = service.sync(a, password, connect_to=_cutting(cut_at, cut))
            except ClientKilled:
                report = None
            tally.faults_injected += len(happened)
            if who == "server" and happened:
                assert report is not None and report.errors and "\n" not in report.errors[0]
                radicale.start()
            for _ in range(2):  # then one sync each way, and once more to settle
                assert not service.sync(a, password).errors
                assert not service.sync(b, password).errors
            assert _agenda(a) == _agenda(b), f"round {round_no}"
            assert _must_dos(a) == _must_dos(b), f"round {round_no}"
            assert max(_agenda(a).values()) == 1 and max(_must_dos(a).values()) == 1
            assert max(_server_uids(radicale, "/sanne/agenda/").values()) == 1
            assert max(_server_uids(radicale, "/sanne/agenda-tasks/").values()) == 1
        assert len(_agenda(a)) == 6  # every round's new item, each once
        assert set(_must_dos(a)) == {"Actie 5", "Actie 6"}  # the deleted ones stayed deleted
        assert ("Overleg 1", "bijgewerkt in ronde 6") in _agenda(b)  # the last edit won
    finally:
        a.close()
        b.close()
