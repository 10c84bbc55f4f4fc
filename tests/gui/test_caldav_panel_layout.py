"""The CalDAV dialog's parts: the accounts, publishing and adding each in a group of its own, the
path on the server labelled (not only a placeholder), and an empty list that says what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from ritmeregie.storage import open_store
from ritmeregie.ui.settings.caldav_panel import CaldavDialog


def test_groups_labels_and_the_empty_list(qtbot: QtBot, data_dir: Path) -> None:
    with open_store(data_dir) as store:
        dialog = CaldavDialog(data_dir, store)
        qtbot.addWidget(dialog)
        panel = dialog.panel
        groups = {box.title(): box for box in panel.findChildren(QGroupBox)}
        assert set(groups) == {"Accounts", "Publish", "Add account"}
        assert groups["Accounts"].isAncestorOf(panel.accounts)
        assert groups["Accounts"].isAncestorOf(panel.sync_button)
        assert groups["Publish"].isAncestorOf(panel.calendar_edit)
        assert groups["Add account"].isAncestorOf(panel.password_edit)
        [label] = [w for w in panel.findChildren(QLabel) if w.buddy() is panel.calendar_edit]
        assert label.text() == "&Calendar on the server:"
        # Empty: the hint instead of a blank list.
        assert panel.empty_label.isVisibleTo(panel) and not panel.accounts.isVisibleTo(panel)
        store.caldav.add_account("Werk", "https://cloud.example.nl/remote.php/dav/", "sanne")
        panel.reload()
        assert not panel.empty_label.isVisibleTo(panel) and panel.accounts.isVisibleTo(panel)
        dialog.close()
