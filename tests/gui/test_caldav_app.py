"""The running app and CalDAV: an own change asks for a sync shortly, the sync runs beside the app,
and Settings → Calendars opens the CalDAV server window with the accounts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from app_harness import AMS, AppUnderTest
from pytestqt.qtbot import QtBot
from radicale_server import RadicaleServer

from ritmeregie.services.caldav import service
from ritmeregie.ui.settings.calendars_page import CalendarsPage

MONDAY_9 = dt.datetime(2027, 3, 8, 9, 0, tzinfo=AMS)
# The offscreen platform cannot raise a window or pass size hints on; the dialog asks for both.
QT_LOG_IGNORE = (
    r"This plugin does not support raise\(\)",
    r"This plugin does not support propagateSizeHints\(\)",
)


@pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)
def test_an_own_change_syncs_beside_the_app_and_settings_show_the_account(
    qtbot: QtBot, qapp: object, radicale: RadicaleServer, data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("RITMEREGIE_CALDAV_PASSWORD", radicale.password)
    under_test = AppUnderTest(data_dir, MONDAY_9)
    app = under_test.app
    try:
        store = under_test.store
        store.caldav.add_account("Werk", radicale.url, radicale.user)
        service.publish(store, "Werk", "/sanne/agenda/", None, False, lambda a: radicale.password)
        syncer = app.caldav_sync
        assert syncer._soon.isActive()  # binding was a change too
        syncer._soon.stop()
        at = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
        store.agenda.add("Overleg", at, at + dt.timedelta(hours=1), "Europe/Amsterdam")
        assert syncer._soon.isActive(), "an own change asks for a sync shortly"
        with qtbot.waitSignal(syncer.synced, timeout=90_000) as done:
            syncer.on_due()
        assert done.args[0]["ok"] and sum(c["pushed"] for c in done.args[0]["collections"]) == 1

        page = CalendarsPage(app)
        qtbot.addWidget(page)
        page.caldav_button.click()
        dialog = page.caldav_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.panel.accounts.count() == 1
        assert "/sanne/agenda/" in dialog.panel.accounts.item(0).text()
        dialog.close()
    finally:
        under_test.close()
