"""A DADU action that became a must-do carries its meeting and decision to the server."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import caldav
from radicale_server import RadicaleServer

from ritmeregie.services.caldav import service
from ritmeregie.storage import open_store
from ritmeregie.storage.records import DaduRow


def test_the_dadu_must_do_names_its_meeting_and_decision(
    radicale: RadicaleServer, tmp_path: Path
) -> None:
    password = lambda account: radicale.password  # noqa: E731
    with open_store(tmp_path / "data") as store:
        store.caldav.add_account("Werk", radicale.url, radicale.user)
        service.publish(store, "Werk", "/sanne/agenda/", None, False, password)
        store.dadu.add(
            "MT-overleg",
            dt.date.today(),
            [DaduRow(decision="Budget akkoord", action="Offerte opvragen", owner="ik",
                     deadline=dt.date.today() + dt.timedelta(days=3))],
        )  # fmt: skip
        assert [m.title for m in store.must_dos.open()]
        assert not service.sync(store, password).errors
    client = caldav.DAVClient(url=radicale.url, username=radicale.user,
                              password=radicale.password, auth_type="basic")  # fmt: skip
    todos = client.calendar(url=radicale.url.rstrip("/") + "/sanne/agenda-tasks/").todos()
    assert len(todos) == 1
    description = str(todos[0].icalendar_component["description"])
    assert "MT-overleg" in description and "Budget akkoord" in description
