"""A manager's calendar from CalDAV: the first refresh fetches in batches, later ones only what
changed (an edit, a deletion), and the layer follows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from caldav.davclient import DAVClient
from radicale_server import RadicaleServer

from ritmeregie.services.caldav import service
from ritmeregie.storage import open_store

EVENTS = 250
DAY = dt.date.today() + dt.timedelta(days=2)


def _event(n: int, title: str) -> str:
    start = dt.datetime.combine(DAY, dt.time(6), tzinfo=dt.UTC) + dt.timedelta(minutes=n)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        f"UID:ev-{n}@test\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{start + dt.timedelta(minutes=30):%Y%m%dT%H%M%SZ}\r\n"
        f"SUMMARY:{title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def test_a_layer_arrives_in_batches_and_then_only_what_changed(
    radicale: RadicaleServer, tmp_path: Path
) -> None:
    path = radicale.make_collection("directie")
    client = DAVClient(url=radicale.url, username=radicale.user, password=radicale.password,
                       auth_type="basic")  # fmt: skip
    base = radicale.url.rstrip("/") + path
    for n in range(EVENTS):
        client.put(f"{base}ev-{n}.ics", _event(n, f"MT {n}"), {"Content-Type": "text/calendar"})
    password = lambda account: radicale.password  # noqa: E731
    with open_store(tmp_path / "data") as store:
        store.caldav.add_account("Werk", radicale.url, radicale.user)
        first = service.add_layer(store, "Directie", "Werk", path, password)
        assert first.pulled == EVENTS
        assert first.requests <= 1 + EVENTS // 200 + 1  # the report, then multigets of 200
        assert store.calendars.count_events("Directie") == EVENTS

        client.put(f"{base}ev-7.ics", _event(7, "MT verzet"), {"Content-Type": "text/calendar"})
        client.delete(f"{base}ev-8.ics")
        again = service.sync(store, password)
        [layer] = again.collections
        assert (layer.pulled, layer.deleted, layer.requests) == (1, 1, 2)
        assert store.calendars.count_events("Directie") == EVENTS - 1
        start = dt.datetime.combine(DAY, dt.time(0), tzinfo=dt.UTC)
        titles = {
            e.title for e in store.calendars.events_between(start, start + dt.timedelta(days=1))
        }
        assert "MT verzet" in titles and "MT 7" not in titles and "MT 8" not in titles

        assert service.sync(store, password).requests == 1
