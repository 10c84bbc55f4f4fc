"""`caldav publish --with-rhythm`: the day's focus blocks and quiet quarter go on the server as
busy events "Focus — ritmeregie", and a pause (as the app passes it) removes them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import caldav
import time_machine
from radicale_server import RadicaleServer

from ritmeregie.services.caldav import service
from ritmeregie.services.caldav.objects import RHYTHM_TITLE
from ritmeregie.storage import open_store

# A Tuesday morning in Amsterdam, before the day's first focus block.
MORNING = dt.datetime(2027, 3, 9, 8, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))


def _server_titles(radicale: RadicaleServer, path: str) -> list[str]:
    client = caldav.DAVClient(url=radicale.url, username=radicale.user,
                              password=radicale.password, auth_type="basic")  # fmt: skip
    calendar = client.calendar(url=radicale.url.rstrip("/") + path)
    return sorted(str(e.icalendar_component["summary"]) for e in calendar.events())


def test_focus_blocks_on_the_server_and_gone_while_paused(
    radicale: RadicaleServer, tmp_path: Path
) -> None:
    password = lambda account: radicale.password  # noqa: E731
    with time_machine.travel(MORNING, tick=False), open_store(tmp_path / "data") as store:
        store.settings.set("timezone", "Europe/Amsterdam")
        store.caldav.add_account("Werk", radicale.url, radicale.user)
        service.publish(store, "Werk", "/sanne/agenda/", None, True, password)
        first = service.sync(store, password)
        assert not first.errors
        titles = _server_titles(radicale, "/sanne/agenda/")
        assert titles and set(titles) == {RHYTHM_TITLE}
        focus_count = len(titles)

        # A meeting in the plan moves the rhythm: the server follows at the next sync.
        now = dt.datetime.now(dt.UTC)
        store.agenda.add("Overleg", MORNING.replace(hour=10), MORNING.replace(hour=12),
                         "Europe/Amsterdam")  # fmt: skip
        assert not service.sync(store, password).errors
        after_meeting = _server_titles(radicale, "/sanne/agenda/")
        assert "Overleg" in after_meeting
        assert after_meeting.count(RHYTHM_TITLE) <= focus_count

        paused = service.sync(store, password, paused_until=now + dt.timedelta(hours=14))
        assert not paused.errors
        assert _server_titles(radicale, "/sanne/agenda/") == ["Overleg"]
