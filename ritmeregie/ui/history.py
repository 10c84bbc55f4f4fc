"""The History window: reflections, DADUs and frictions — searchable, filtered by kind and date.

The store is read once per date range; the search (case-insensitive, every word must occur
somewhere in the entry's text) and the kind filter work on what was read. "Export shown…" writes
exactly the entries in the list, as Markdown, CSV or JSON (ritmeregie/services/exporting.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.localtime import day_bounds, local_date
from ritmeregie.services.export_data import ExportData, ExportFormat
from ritmeregie.services.exporting import render, write_export

from .controller import RhythmController
from .history_detail import detail_html, empty_html, kind_names
from .history_entries import (
    KIND_COLOURS,
    Entry,
    Kind,
    dadu_entry,
    friction_entry,
    highlighter,
    kind_dot,
    matches,
    reflection_entry,
    search_words,
)
from .list_helpers import current_value

if TYPE_CHECKING:
    from .app import RitmeregieApp

DEFAULT_DAYS = 90
DATE_FORMAT = "yyyy-MM-dd"


class HistoryWindow(QWidget):
    def __init__(self, controller: RhythmController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.entries: list[Entry] = []
        self.shown: list[Entry] = []
        self.native_dialogs = True  # tests drive Qt's own file dialog
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(self.tr("History — ritmeregie"))
        self.resize(980, 640)
        self._build()
        today = controller.today()
        self.set_range(today - dt.timedelta(days=DEFAULT_DAYS), today)

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Words from a reflection, DADU or friction"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(self.tr("Everything"), None)
        self.kind_box.addItem(self.tr("Reflections"), Kind.REFLECTION)
        self.kind_box.addItem(self.tr("DADUs"), Kind.DADU)
        self.kind_box.addItem(self.tr("Frictions"), Kind.FRICTION)
        self.kind_box.setAccessibleName(self.tr("Kind"))
        self.from_edit = self._date_edit(self.tr("From"))
        self.to_edit = self._date_edit(self.tr("To"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Search"), self.search_edit),
                (self.tr("&Kind"), self.kind_box),
                (self.tr("&From"), self.from_edit),
                (self.tr("&To"), self.to_edit),
            )
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.setColumnStretch(0, 1)

        self.list = QTreeWidget(self)
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Summary")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Entries"))
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setTabChangesFocus(True)  # Tab leaves the text for the buttons
        self.detail.setAccessibleName(self.tr("The whole entry"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of entries shown"))
        self.export_button = QPushButton(self.tr("&Export shown…"), self)
        self.export_button.setToolTip(
            self.tr("Save the entries in the list as Markdown, CSV or JSON")
        )
        self.close_button = QPushButton(self.tr("&Close"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(grid)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.search_edit.textChanged.connect(self.apply_filter)
        self.search_edit.returnPressed.connect(self.list.setFocus)
        self.kind_box.currentIndexChanged.connect(self.apply_filter)
        self.from_edit.dateChanged.connect(self.on_range_edited)
        self.to_edit.dateChanged.connect(self.on_range_edited)
        self.list.currentItemChanged.connect(self.on_current_changed)
        self.list.itemActivated.connect(lambda *_: self.detail.setFocus())
        self.export_button.clicked.connect(self.on_export)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search_edit.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        for first, second in (
            (self.search_edit, self.kind_box),
            (self.kind_box, self.from_edit),
            (self.from_edit, self.to_edit),
            (self.to_edit, self.list),
            (self.list, self.detail),
            (self.detail, self.export_button),
            (self.export_button, self.close_button),
        ):
            self.setTabOrder(first, second)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setAccessibleName(name)
        return edit

    # -- loading and filtering -------------------------------------------------------------------

    def set_range(self, first: dt.date, last: dt.date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.reload()

    def date_range(self) -> tuple[dt.date, dt.date]:
        first = self.from_edit.date().toPython()
        last = self.to_edit.date().toPython()
        assert isinstance(first, dt.date) and isinstance(last, dt.date)
        return (first, last) if first <= last else (last, first)

    def set_context(
        self,
        kind: str | None = None,
        search: str | None = None,
        date: dt.date | None = None,
        **_: object,
    ) -> None:
        if date is not None:
            self.set_range(date, date)
        if kind is not None:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(Kind(kind))))
        if search is not None:
            self.search_edit.setText(search)

    @Slot()
    def on_range_edited(self) -> None:
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # something may have been written since the window was last open

    @Slot()
    def reload(self) -> None:
        store = self.controller.store
        tz = self.controller.tz
        first, last = self.date_range()
        boundary = self.controller.day_boundary()
        start, end = day_bounds(first, tz, boundary)[0], day_bounds(last, tz, boundary)[1]
        entries = [reflection_entry(r) for r in store.reflections.between(first, last)]
        entries += [dadu_entry(d) for d in store.dadu.between(first, last)]
        entries += [
            friction_entry(f, local_date(f.created, tz, boundary))
            for f in store.frictions.between(start, end)
        ]
        kind_order = list(Kind)
        entries.sort(key=lambda e: (e.date, -kind_order.index(e.kind)), reverse=True)
        self.entries = entries
        self.apply_filter()

    @Slot()
    def apply_filter(self) -> None:
        words = search_words(self.search_edit.text())
        kind = self.kind_box.currentData()
        current = self.current_entry()
        self.shown = [
            e for e in self.entries if (kind is None or e.kind == kind) and matches(e, words)
        ]
        self.list.clear()
        names = kind_names()
        keep: QTreeWidgetItem | None = None
        for index, entry in enumerate(self.shown):
            item = QTreeWidgetItem([entry.date.isoformat(), names[entry.kind], entry.summary])
            item.setIcon(1, kind_dot(KIND_COLOURS[entry.kind]))
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(2, entry.summary)
            self.list.addTopLevelItem(item)
            if entry is current:
                keep = item
        self.count_label.setText(
            self.tr("{shown} of {total} entries").format(
                shown=len(self.shown), total=len(self.entries)
            )
        )
        self.export_button.setEnabled(bool(self.shown))
        chosen = keep or self.list.topLevelItem(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        if not self.shown:
            self.show_detail(None)

    def current_entry(self) -> Entry | None:
        index = current_value(self.list)
        return self.shown[index] if isinstance(index, int) and index < len(self.shown) else None

    @Slot(object, object)
    def on_current_changed(self, *_: object) -> None:
        self.show_detail(self.current_entry())

    # -- the detail pane ---------------------------------------------------------------------------

    def show_detail(self, entry: Entry | None) -> None:
        if entry is None:
            self.detail.setHtml(empty_html(bool(self.entries)))
        else:
            self.detail.setHtml(
                detail_html(entry, highlighter(search_words(self.search_edit.text())))
            )

    # -- export --------------------------------------------------------------------------------------

    def export_filters(self) -> dict[str, ExportFormat]:
        return {
            self.tr("Markdown (*.md)"): ExportFormat.MD,
            self.tr("CSV for a spreadsheet (*.csv)"): ExportFormat.CSV,
            self.tr("JSON (*.json)"): ExportFormat.JSON,
        }

    @Slot()
    def on_export(self) -> None:
        first, last = self.date_range()
        dialog = QFileDialog(self, self.tr("Export shown entries"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(list(self.export_filters()))
        dialog.selectFile(f"ritmeregie-{first.isoformat()}-{last.isoformat()}.md")
        if not self.native_dialogs:
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.filterSelected.connect(lambda name: self._suffix_follows(dialog, name))
        dialog.fileSelected.connect(
            lambda path: self.export_to(
                Path(path), self.export_filters()[dialog.selectedNameFilter()]
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def _suffix_follows(self, dialog: QFileDialog, name_filter: str) -> None:
        fmt = self.export_filters()[name_filter]
        dialog.setDefaultSuffix(fmt.value)

    def export_to(self, path: Path, fmt: ExportFormat) -> None:
        if path.suffix.lower() != f".{fmt.value}":
            path = path.with_name(path.name + f".{fmt.value}")
        first, last = self.date_range()
        data = ExportData(
            tz=self.controller.tz,
            exported=self.controller.now(),
            first=first,
            last=last,
            reflections=tuple(e.record for e in reversed(self.shown) if e.kind is Kind.REFLECTION),
            dadu=tuple(e.record for e in reversed(self.shown) if e.kind is Kind.DADU),
            frictions=tuple(e.record for e in reversed(self.shown) if e.kind is Kind.FRICTION),
        )
        try:
            write_export(path, render(data, fmt), bom=fmt is ExportFormat.CSV)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export"),
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return
        self.count_label.setText(
            self.tr("Exported {count} entries to {path}").format(count=len(self.shown), path=path)
        )


def open_history(
    app: RitmeregieApp,
    kind: str | None = None,
    search: str | None = None,
    date: dt.date | None = None,
    **_context: object,
) -> HistoryWindow:
    window = HistoryWindow(app.controller)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if kind is not None or search is not None or date is not None:
        window.set_context(kind=kind, search=search, date=date)
    return window
