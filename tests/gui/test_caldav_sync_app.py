"""The app's CalDAV sync: a child `ritmeregie sync` on a real Radicale, shortly after a change and
every few minutes; a dead server is one line and a growing pause, and the next try catches up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from radicale_server import RadicaleServer

from ritmeregie.services.caldav import service
from ritmeregie.storage import open_store
from ritmeregie.ui.caldav_sync import BACKOFF_FIRST_MS, CaldavSync


def test_sync_runs_beside_the_app_and_backs_off_when_the_server_is_gone(
    qtbot: QtBot, radicale: RadicaleServer, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RITMEREGIE_CALDAV_PASSWORD", radicale.password)
    with open_store(data_dir) as store:
        store.caldav.add_account("Werk", radicale.url, radicale.user)
        service.publish(store, "Werk", "/sanne/agenda/", None, False, lambda a: radicale.password)
        now = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
        store.agenda.add("Overleg", now, now + dt.timedelta(hours=1), "Europe/Amsterdam")
    syncer = CaldavSync(data_dir, lambda: True)
    try:
        with qtbot.waitSignal(syncer.synced, timeout=90_000) as first:
            syncer.on_due()
        assert first.args[0]["ok"] is True
        assert sum(c["pushed"] for c in first.args[0]["collections"]) == 1

        radicale.kill()
        with qtbot.waitSignal(syncer.sync_failed, timeout=90_000) as failed:
            syncer.on_due()
        assert "\n" not in failed.args[0] and "reached" in failed.args[0]
        assert syncer.failures == 1 and syncer.next_delay_ms() == BACKOFF_FIRST_MS
        syncer.poke()  # a change while backing off waits for the pause, not five seconds

        radicale.start()
        with qtbot.waitSignal(syncer.synced, timeout=90_000) as again:
            syncer.on_due()
        assert again.args[0]["ok"] is True and syncer.failures == 0
    finally:
        syncer.stop()
        syncer.deleteLater()
