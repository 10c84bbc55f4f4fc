"""Settings → Calendars → CalDAV server: add an account (password to the keychain), publish the
agenda with the rhythm, sync now, and a wrong password said in one line — on a real Radicale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from radicale_server import RadicaleServer

from ritmeregie.storage import open_store
from ritmeregie.ui.settings.caldav_panel import CaldavDialog, CaldavPanel

WAIT_MS = 90_000


def _step(qtbot: QtBot, panel: CaldavPanel, click: object) -> tuple[bool, str]:
    with qtbot.waitSignal(panel.step_finished, timeout=WAIT_MS) as done:
        click.click()  # type: ignore[attr-defined]
    ok, line = done.args
    return bool(ok), str(line)


def test_add_publish_and_sync_from_settings(
    qtbot: QtBot,
    radicale: RadicaleServer,
    data_dir: Path,
    keyring_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for key, value in keyring_env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("RITMEREGIE_CALDAV_PASSWORD", raising=False)
    with open_store(data_dir) as store:
        at = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
        store.agenda.add("Overleg", at, at + dt.timedelta(hours=1), "Europe/Amsterdam")
        panel = CaldavPanel(data_dir, store)
        qtbot.addWidget(panel)
        panel.name_edit.setText("Werk")
        panel.url_edit.setText(radicale.url)
        panel.user_edit.setText(radicale.user)
        panel.password_edit.setText("not-the-password")
        # The server is asked before the account is kept: a wrong password is said at once.
        ok, line = _step(qtbot, panel, panel.add_button)
        assert not ok and "401" in line and "\n" not in line
        assert panel.accounts.count() == 0

        panel.name_edit.setText("Thuis")
        panel.password_edit.setText(radicale.password)
        ok, line = _step(qtbot, panel, panel.add_button)
        assert ok and "Thuis" in line
        assert panel.password_edit.text() == ""
        assert panel.accounts.count() == 1
        panel.accounts.setCurrentRow(0)
        assert panel.selected() == "Thuis"
        ok, line = _step(qtbot, panel, panel.test_button)
        assert ok, line
        panel.calendar_edit.setText("/sanne/agenda/")
        panel.rhythm_box.setChecked(True)
        with qtbot.waitSignal(panel.step_finished, timeout=WAIT_MS):
            panel.publish_button.click()  # publishes, then syncs at once
        ok, line = _step(qtbot, panel, panel.sync_button)
        assert ok, line
        bound = store.caldav.collections("Thuis")
        assert {c.purpose.value for c in bound} == {"agenda", "tasks"}
        assert all(c.with_rhythm for c in bound if c.purpose.value == "agenda")
        assert all(c.last_sync is not None for c in bound)
        assert "Thuis" in panel.accounts.item(0).text()
        panel.stop()


def _mnemonics(root: QWidget) -> list[str]:
    widgets = [w for kind in (QPushButton, QCheckBox, QLabel) for w in root.findChildren(kind)]
    texts = [w.text() for w in widgets]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t and not t.endswith("&")]


def test_every_field_is_named_and_no_two_keys_clash(qtbot: QtBot, data_dir: Path) -> None:
    with open_store(data_dir) as store:
        dialog = CaldavDialog(data_dir, store)
        qtbot.addWidget(dialog)
        keys = _mnemonics(dialog)
        assert len(keys) == len(set(keys)) >= 9
        panel = dialog.panel
        buddies = {label.buddy() for label in panel.findChildren(QLabel) if label.buddy()}
        for field in panel.findChildren(QLineEdit):
            assert field in buddies or field.accessibleName(), field.placeholderText()
        dialog.close()
