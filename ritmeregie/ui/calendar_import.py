"""Importing a calendar from the GUI: ask the layer's name and whether it blocks, read the file in
a worker thread with a progress dialog, then store it on the main thread and replan.

The worker only parses and expands (ritmeregie.services.calendars.prepare touches no store); the store is
written here, on the Qt main thread, as everywhere else.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.services.calendars import (
    CalendarError,
    ImportReport,
    Prepared,
    Unchanged,
    Window,
    check_name,
    prepare,
    store_prepared,
)

from .controller import RhythmController

if TYPE_CHECKING:  # icalendar and urllib load only when a calendar is read, not with Vandaag
    from ritmeregie.services.calendars.expanding import Progress

log = logging.getLogger("ritmeregie.ui")

Job = Callable[["Progress"], "Prepared | Unchanged"]
CALNAME = re.compile(rb"^X-WR-CALNAME:(.+)$", re.MULTILINE)


def ics_paths(mime: QMimeData) -> list[Path]:
    """The local .ics files in a drag (other URLs and files are not ours to take)."""
    if not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith((".ics", ".ical", ".ifb"))
    ]


def suggested_name(path: Path, data: bytes) -> str:
    """The calendar's own name (X-WR-CALNAME, as Outlook and Google write it), else the file's."""
    found = CALNAME.search(data[:65536])
    if found:
        name = found.group(1).decode("utf-8", errors="replace").strip()
        if name:
            return name[:80]
    return path.stem[:80]


class ImportDialog(QDialog):
    """Name and role of a new layer; Enter imports, Esc cancels."""

    def __init__(self, name: str, existing: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._existing = existing
        self.setWindowTitle(self.tr("Import calendar"))
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setAccessibleName(self.tr("Name of the calendar"))
        self.name_edit.setMaxLength(80)
        self.name_edit.selectAll()
        self.blocking_box = QCheckBox(self.tr("&Blocks my focus time"), self)
        self.blocking_box.setToolTip(
            self.tr("On: no focus blocks or rituals during its events. Off: shown for context.")
        )
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow("", self.blocking_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "The calendar becomes a layer in Today. You can change this later in the settings."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self.on_name_changed)
        self.on_name_changed(name)
        self.setMinimumWidth(420)

    @Slot(str)
    def on_name_changed(self, text: str) -> None:
        clean = " ".join(text.split())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(clean))
        if clean in self._existing:
            self.note.setText(
                self.tr("'{name}' exists: importing replaces its events.").format(name=clean)
            )
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def values(self) -> tuple[str, bool]:
        return " ".join(self.name_edit.text().split()), self.blocking_box.isChecked()


class PrepareThread(QThread):
    """Runs one import job (read + expand, or fetch + read + expand) off the GUI thread."""

    progressed = Signal(int, int)
    prepared = Signal(object)  # Prepared or Unchanged
    failed = Signal(str)

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit)
        except CalendarError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not take the app down; the log has the details
            log.exception("calendar import failed")
            self.failed.emit(
                self.tr("The calendar could not be read ({error}).").format(
                    error=type(exc).__name__
                )
            )
        else:
            self.prepared.emit(result)


class CalendarImporter(QObject):
    """One import at a time, from a file or a prepared job; reports through signals and a box."""

    imported = Signal(object)  # ImportReport
    import_failed = Signal(str)

    def __init__(self, controller: RhythmController, window: QWidget) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        # Not `self.thread`: that would hide QObject.thread().
        self.prepare_thread: PrepareThread | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: ImportDialog | None = None
        self.message: QMessageBox | None = None
        self._pending: tuple[str, bool | None, str | None, int | None] = ("", None, None, None)

    @property
    def busy(self) -> bool:
        return self.prepare_thread is not None

    # --- starting ---------------------------------------------------------------------------

    def import_file(self, path: Path) -> None:
        """Ask name and role, then import `path` (one file; the rest of a drop is ignored)."""
        if self.busy or self.dialog is not None:
            return
        from ritmeregie.services.calendars.fetch import MAX_BYTES

        try:
            if path.stat().st_size > MAX_BYTES:
                raise OSError(self.tr("the file is larger than 20 MB"))
            data = path.read_bytes()
        except OSError as exc:
            self._show_failure(
                self.tr("{file} cannot be read: {reason}").format(
                    file=path.name, reason=exc.strerror or exc
                )
            )
            return
        existing = set(self.controller.store.calendars.names())
        dialog = ImportDialog(suggested_name(path, data), existing, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog

        def finished(result: int) -> None:
            self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                name, blocking = dialog.values()
                self.start(name, blocking, self._file_job(data))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _file_job(self, data: bytes) -> Job:
        window = Window.rolling(self.controller.today())
        tz = self.controller.tz
        return lambda progress: prepare(data, window, tz, progress)

    def start(
        self,
        name: str,
        blocking: bool | None,
        job: Job,
        *,
        url: str | None = None,
        refresh_minutes: int | None = None,
    ) -> bool:
        """Run `job` in a worker and store its result as layer `name`; False while one runs."""
        if self.busy:
            return False
        try:
            name = check_name(name)
        except CalendarError as exc:
            self._show_failure(str(exc))
            return False
        progress = QProgressDialog(
            self.tr("Reading the calendar '{name}'…").format(name=name), "", 0, 0, self.window
        )
        progress.setWindowTitle(self.tr("Import calendar"))
        progress.setCancelButton(None)  # a half-read file is never stored anyway
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        thread = PrepareThread(job, self)
        self.prepare_thread = thread
        self._pending = (name, blocking, url, refresh_minutes)
        # Bound slots of this main-thread object: the results arrive queued, on the main thread.
        thread.progressed.connect(self.on_progressed)
        thread.prepared.connect(self.on_prepared)
        thread.failed.connect(self.on_failed)
        thread.finished.connect(self.on_thread_finished)
        thread.start()
        return True

    # --- results (main thread) --------------------------------------------------------------

    @Slot(int, int)
    def on_progressed(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    @Slot(object)
    def on_prepared(self, prepared: Prepared | Unchanged) -> None:
        name, blocking, url, refresh_minutes = self._pending
        try:
            report = store_prepared(
                self.controller.store,
                name,
                prepared,
                blocking=blocking,
                url=url,
                refresh_minutes=refresh_minutes,
            )
        except CalendarError as exc:
            self.on_failed(str(exc))
            return
        self._show_report(report)  # the import was saved: the app replans (ui/store_changes.py)
        self.imported.emit(report)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self._show_failure(message)
        self.import_failed.emit(message)

    @Slot()
    def on_thread_finished(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self.prepare_thread is not None:
            self.prepare_thread.deleteLater()
            self.prepare_thread = None

    def _show_report(self, report: ImportReport) -> None:
        box = self._box(QMessageBox.Icon.Information, report.summary())
        if report.problems:
            box.setInformativeText(
                self.tr("{count} problems in the file; see the details.").format(
                    count=len(report.problems)
                )
            )
            box.setDetailedText("\n".join(report.problems))
        box.open()

    def _show_failure(self, message: str) -> None:
        self._box(QMessageBox.Icon.Warning, message).open()

    def _box(self, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        if self.message is not None:
            self.message.close()
        box = QMessageBox(
            icon, self.tr("Import calendar"), text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda *_: setattr(self, "message", None))
        self.message = box
        return box
