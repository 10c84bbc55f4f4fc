"""Settings → Calendars → "CalDAV server": accounts, publishing the own agenda, sync now.

Every step that talks to the server (add with its password, test, publish, sync) runs as the
command line in a child process (ui/caldav_sync.py), so a slow server never freezes a window and
the password goes to the keychain the same way as from a terminal: on the child's standard input,
never in an argument, the store or a log. The list is read from the store on the Qt thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QProcess, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..caldav_sync import cli_argv
from .fields import hint, subheading

if TYPE_CHECKING:
    from ritmeregie.storage import Store

ACCOUNT_ROLE = 256  # Qt.UserRole: the account's name behind a row


class CaldavPanel(QWidget):
    """The accounts and what they hold; `changed` after every step that wrote to the store."""

    changed = Signal()
    step_finished = Signal(bool, str)  # ok, the one line shown

    def __init__(self, data_dir: Path, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._store = store
        self._process: QProcess | None = None
        self._build()
        self.reload()

    def _build(self) -> None:
        title = subheading(self)
        title.setText(self.tr("CalDAV server"))
        intro = hint(self)
        intro.setText(
            self.tr(
                "Keep your agenda and must-do's on a CalDAV server (Nextcloud, iCloud, "
                "Fastmail …), the same on every device. The password goes into your keychain."
            )
        )
        self.accounts = QListWidget(self)
        self.accounts.setAccessibleName(self.tr("CalDAV accounts"))
        self.accounts.currentItemChanged.connect(self.on_selected)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Werk"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://cloud.example.nl/remote.php/dav/")
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for text, field in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("A&ddress:"), self.url_edit),
            (self.tr("&User:"), self.user_edit),
            (self.tr("Pass&word:"), self.password_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.add_button = QPushButton(self.tr("&Add account"), self)
        self.add_button.clicked.connect(self.on_add)
        self.calendar_edit = QLineEdit(self)
        self.calendar_edit.setPlaceholderText("/remote.php/dav/calendars/sanne/ritmeregie/")
        self.calendar_edit.setAccessibleName(self.tr("Path of the calendar on the server"))
        self.rhythm_box = QCheckBox(self.tr("Show my focus blocks as &busy"), self)
        self.publish_button = QPushButton(self.tr("&Publish my agenda"), self)
        self.publish_button.clicked.connect(self.on_publish)
        self.test_button = QPushButton(self.tr("&Test"), self)
        self.test_button.clicked.connect(self.on_test)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self.on_remove)
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.sync_button.clicked.connect(self.on_sync)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        self.accounts_group = self._accounts_group()
        layout.addWidget(self.accounts_group, 1)
        layout.addWidget(self._publish_group())
        layout.addWidget(self._add_group(form))
        layout.addWidget(self.status)
        layout.addStretch(0)  # takes the room while there is no list to give it to

    def _accounts_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Accounts"), self)
        self.empty_label = hint(group)
        self.empty_label.setText(
            self.tr(
                "No account yet. Add one below; the address is in your calendar "
                "service's settings (often under CalDAV)."
            )
        )
        buttons = QHBoxLayout()
        for button in (self.test_button, self.remove_button, self.sync_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(group)
        box.addWidget(self.empty_label)
        box.addWidget(self.accounts, 1)
        box.addLayout(buttons)
        return group

    def _publish_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Publish"), self)
        explain = hint(group)
        explain.setText(self.tr("Your agenda goes to this calendar of the chosen account."))
        label = QLabel(self.tr("&Calendar on the server:"), group)
        label.setBuddy(self.calendar_edit)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(explain)
        form.addRow(label, self.calendar_edit)
        row = QHBoxLayout()
        row.addWidget(self.rhythm_box)
        row.addStretch(1)
        row.addWidget(self.publish_button)
        form.addRow("", row)
        return group

    def _add_group(self, form: QFormLayout) -> QGroupBox:
        group = QGroupBox(self.tr("Add account"), self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        box = QVBoxLayout(group)
        box.addLayout(form)
        box.addLayout(row)
        return group

    # -- the list --------------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.selected()
        self.accounts.clear()
        collections = self._store.caldav.collections()
        for account in self._store.caldav.accounts():
            bound = [c for c in collections if c.account == account.name]
            lines = [f"{account.name} — {account.username} · {account.url}"]
            for c in bound:
                what = c.layer_name or {
                    "agenda": self.tr("your agenda"),
                    "tasks": self.tr("your must-do's"),
                }.get(c.purpose.value, c.purpose.value)
                when = (
                    c.last_sync.astimezone().strftime("%H:%M")
                    if isinstance(c.last_sync, dt.datetime)
                    else self.tr("not yet")
                )
                line = self.tr("  {path}: {what}, synced {when}").format(
                    path=c.path, what=what, when=when
                )
                lines.append(line + (f" — {c.last_error}" if c.last_error else ""))
            item = QListWidgetItem("\n".join(lines))
            item.setData(ACCOUNT_ROLE, account.name)
            self.accounts.addItem(item)
            if account.name == keep:
                self.accounts.setCurrentItem(item)
        # An empty list says what to do rather than showing a blank box.
        empty = self.accounts.count() == 0
        self.empty_label.setVisible(empty)
        self.accounts.setVisible(not empty)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretchFactor(self.accounts_group, 0 if empty else 1)
        self.on_selected()

    def selected(self) -> str | None:
        item = self.accounts.currentItem()
        return str(item.data(ACCOUNT_ROLE)) if item is not None else None

    @Slot()
    def on_selected(self, *_: object) -> None:
        chosen = self.selected() is not None and self._process is None
        for button in (self.test_button, self.remove_button, self.publish_button):
            button.setEnabled(chosen)
        self.add_button.setEnabled(self._process is None)
        self.sync_button.setEnabled(self._process is None and self.accounts.count() > 0)

    # -- the steps (each one child command) -------------------------------------------------------

    @Slot()
    def on_add(self) -> None:
        name, url, user = (
            e.text().strip() for e in (self.name_edit, self.url_edit, self.user_edit)
        )
        if not (name and url and user and self.password_edit.text()):
            self._say(False, self.tr("Fill in the name, address, user and password."))
            return
        password = self.password_edit.text()
        self.password_edit.clear()  # not kept in the window longer than needed
        self._run(
            ["caldav", "add", name, "--url", url, "--user", user, "--password-stdin"],
            password + "\n",
            self.tr("Added '{name}'.").format(name=name),
        )

    @Slot()
    def on_test(self) -> None:
        name = self.selected()
        if name:
            self._run(
                ["caldav", "test", name], None, self.tr("'{name}' answers.").format(name=name)
            )

    @Slot()
    def on_publish(self) -> None:
        name, path = self.selected(), self.calendar_edit.text().strip()
        if not name or not path:
            self._say(False, self.tr("Give the calendar's path on the server."))
            return
        args = ["caldav", "publish", name, "--calendar", path]
        if self.rhythm_box.isChecked():
            args.append("--with-rhythm")
        self._run(args, None, self.tr("Published; it syncs from now on."), then=self.on_sync)

    @Slot()
    def on_remove(self) -> None:
        name = self.selected()
        if name:
            self._run(["caldav", "rm", name], None, self.tr("Removed '{name}'.").format(name=name))

    @Slot()
    def on_sync(self) -> None:
        self._run(["sync"], None, self.tr("Synced."))

    def _run(
        self,
        args: list[str],
        stdin: str | None,
        success: str,
        then: Callable[[], None] | None = None,
    ) -> None:
        if self._process is not None:
            return
        process = QProcess(self)
        argv = cli_argv(self._data_dir, *args)
        self._process = process
        self._success, self._then = success, then
        process.finished.connect(self.on_finished)
        process.start(argv[0], argv[1:])
        if stdin is not None:
            process.write(stdin.encode("utf-8"))
        process.closeWriteChannel()
        self.status.setText(self.tr("Working …"))
        self.on_selected()

    @Slot(int, QProcess.ExitStatus)
    def on_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        err = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        process.deleteLater()
        lines = err.splitlines()
        self.reload()
        self.changed.emit()
        if code != 0:
            self._say(False, lines[-1] if lines else self.tr("That did not work."))
            return
        # A success may still carry one line to know (no keychain: give the password each time).
        self._say(True, self._success + (f" {lines[-1]}" if lines else ""))
        if self._then is not None:
            self._then()

    def _say(self, ok: bool, line: str) -> None:
        self.status.setText(line)
        self.step_finished.emit(ok, line)

    def stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.waitForFinished(5_000)
            self._process = None


class CaldavDialog(QDialog):
    """Settings → Calendars → "CalDAV server…": the panel in a window of its own."""

    def __init__(self, data_dir: Path, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CalDAV server"))
        self.panel = CaldavPanel(data_dir, store, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        self.resize(640, 680)

    def done(self, result: int) -> None:
        self.panel.stop()
        super().done(result)
