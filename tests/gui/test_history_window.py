"""The History window on a real store, driven by the keyboard: search, kind, dates, detail, export.

Friday 2027-03-26 in Europe/Amsterdam; the clock is a ManualClock.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from app_harness import AppUnderTest, focused, shown_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import DaduRow, FrictionStatus, Store
from ritmeregie.ui.controller import RhythmController
from ritmeregie.ui.history import HistoryWindow, Kind, open_history

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

TZ = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)
LONG = "Het directieoverleg liep strak dankzij de DADU.\nKarin was blij — مرحبا 🎉\n" + (
    "Nog een zin. " * 200
)


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime(2027, 3, 26, 17, 0, tzinfo=TZ)


@pytest.fixture
def store(running: AppUnderTest) -> Store:
    """The running app's store with this module's records."""
    opened = running.store
    opened.reflections.save(FRIDAY, LONG, "Inbox-blok uitgelopen", "Eerst focus, dan mail", 4)
    opened.reflections.save(FRIDAY - dt.timedelta(days=3), "Rustige dinsdag", "", "", 3)
    opened.reflections.save(dt.date(2026, 10, 1), "Lang geleden", "", "", None)
    opened.dadu.append_row(
        "Overleg directie",
        FRIDAY - dt.timedelta(days=2),
        DaduRow(decision="Budget Q2 akkoord", action="Offerte opvragen", owner="Karin"),
    )
    opened.dadu.append_row(
        "Overleg directie", FRIDAY - dt.timedelta(days=2), DaduRow(decision="Heidag in juni")
    )
    friction = opened.frictions.add("Printer op de tweede verdieping weigert")
    opened.frictions.set_status(friction.id, FrictionStatus.FIXED)
    return opened


@pytest.fixture
def window(qtbot, store: Store, controller: RhythmController) -> HistoryWindow:
    win = HistoryWindow(controller)
    win.native_dialogs = False
    return shown_active(qtbot, win)


def _rows(window: HistoryWindow) -> list[tuple[str, str]]:
    return [
        (window.list.topLevelItem(i).text(0), window.list.topLevelItem(i).text(1))
        for i in range(window.list.topLevelItemCount())
    ]


def test_shows_the_last_three_months_newest_first_with_the_whole_text(
    window: HistoryWindow,
) -> None:
    assert _rows(window) == [
        ("2027-03-26", "Reflection"),
        ("2027-03-26", "Friction"),
        ("2027-03-24", "DADU"),
        ("2027-03-23", "Reflection"),
    ]
    assert window.count_label.text() == "4 of 4 entries"
    detail = window.detail.toPlainText()
    for line in LONG.strip().split("\n"):
        assert line.strip() in detail
    assert "Inbox-blok uitgelopen" in detail and "Energy: 4 of 5" in detail
    assert window.list.currentItem().text(2).startswith("Het directieoverleg")


def test_search_by_keyboard_is_case_insensitive_over_all_words(
    qtbot, window: HistoryWindow
) -> None:
    window.list.setFocus()
    qtbot.keyClick(focused(window), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused(window) is window.search_edit
    qtbot.keyClicks(window.search_edit, "KARIN overleg")
    assert _rows(window) == [("2027-03-26", "Reflection"), ("2027-03-24", "DADU")]
    assert "background-color:#F6D87A" in window.detail.toHtml().replace(" ", "") or (
        "#f6d87a" in window.detail.toHtml().lower()
    )
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)
    assert focused(window) is window.list
    qtbot.keyClick(window.list, Qt.Key.Key_Down)
    detail = window.detail.toPlainText()
    assert "Overleg directie" in detail
    assert "Budget Q2 akkoord" in detail and "Offerte opvragen (Karin)" in detail
    assert "Heidag in juni" in detail
    window.search_edit.setText("مرحبا")  # QTest cannot type Arabic; an input method would
    assert _rows(window) == [("2027-03-26", "Reflection")]
    qtbot.keyClicks(window.search_edit, " niets")
    assert _rows(window) == []
    assert "Nothing found" in window.detail.toPlainText()
    assert not window.export_button.isEnabled()


def test_kind_filter_by_keyboard(qtbot, window: HistoryWindow) -> None:
    window.kind_box.setFocus()
    qtbot.keyClick(window.kind_box, Qt.Key.Key_Down)
    assert {kind for _, kind in _rows(window)} == {"Reflection"}
    qtbot.keyClick(window.kind_box, Qt.Key.Key_Down)
    qtbot.keyClick(window.kind_box, Qt.Key.Key_Down)
    assert _rows(window) == [("2027-03-26", "Friction")]
    assert "Fixed" in window.detail.toPlainText()


def test_date_range_reads_the_store_again(qtbot, window: HistoryWindow) -> None:
    window.from_edit.setFocus()
    assert window.from_edit.date().toPython() == dt.date(2026, 12, 26)  # 90 days back
    window.from_edit.setSelectedSection(window.from_edit.sectionAt(1))  # the month
    qtbot.keyClicks(window.from_edit, "09")
    assert window.from_edit.date().toPython() == dt.date(2026, 9, 26)
    assert ("2026-10-01", "Reflection") in _rows(window)
    window.to_edit.setFocus()
    window.to_edit.setSelectedSection(window.to_edit.sectionAt(2))  # the day
    qtbot.keyClicks(window.to_edit, "24")
    rows = _rows(window)
    assert ("2027-03-26", "Reflection") not in rows
    assert ("2027-03-24", "DADU") in rows


def test_reopening_shows_what_was_written_meanwhile(window: HistoryWindow, store: Store) -> None:
    store.frictions.add("Wachtwoord verloopt elke maand")
    window.hide()
    window.show()
    assert any("Wachtwoord" in window.list.topLevelItem(i).text(2) for i in range(5))


def _export(qtbot, window: HistoryWindow, path: Path, name_filter: str) -> None:
    # Offscreen key events pass the shortcut map (no Alt+E here): Tab from the text to the button.
    assert window.export_button.shortcut().toString() == "Alt+E"
    window.detail.setFocus()
    qtbot.keyClick(window.detail, Qt.Key.Key_Tab)
    assert focused(window) is window.export_button
    qtbot.keyClick(window.export_button, Qt.Key.Key_Space)
    dialog = window.file_dialog
    assert isinstance(dialog, QFileDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.selectNameFilter(name_filter)
    dialog.filterSelected.emit(name_filter)
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_edit is not None
    dialog.setDirectory(str(path.parent))  # a bare name: no completion pop-up in the way
    name_edit.setFocus()
    name_edit.selectAll()
    qtbot.keyClicks(name_edit, path.name)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(name_edit, Qt.Key.Key_Return)


def test_export_writes_exactly_what_is_shown(qtbot, window: HistoryWindow, tmp_path: Path) -> None:
    qtbot.keyClicks(window.search_edit, "directie")
    filters = list(window.export_filters())
    _export(qtbot, window, tmp_path / "gezocht", filters[2])  # JSON, suffix added
    doc = json.loads((tmp_path / "gezocht.json").read_text(encoding="utf-8"))
    assert [r["satisfied"] for r in doc["reflections"]] == [LONG]
    assert [d["meeting"] for d in doc["dadu"]] == ["Overleg directie"]
    assert doc["frictions"] == [] and doc["mustdos"] == [] and doc["agenda"] == []
    assert "Exported 2 entries" in window.count_label.text()

    window.search_edit.clear()
    _export(qtbot, window, tmp_path / "alles.csv", filters[1])
    raw = (tmp_path / "alles.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    kinds = [row[0] for row in rows if row and row[0] != "type"]
    assert sorted(kinds) == ["dadu", "dadu", "friction", "reflection", "reflection"]
    assert QApplication.activeModalWidget() is None


def test_open_history_with_context(qtbot, store: Store, controller: RhythmController) -> None:
    app = SimpleNamespace(controller=controller)
    window = open_history(app, kind="dadu", search="budget")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.kind_box.currentData() == Kind.DADU
    assert _rows(window) == [("2027-03-24", "DADU")]
    window.set_context(date=dt.date(2026, 10, 1), kind="reflection", search="")
    assert _rows(window) == [("2026-10-01", "Reflection")]


def test_inputs_have_accessible_names(window: HistoryWindow) -> None:
    for widget in (
        window.search_edit,
        window.kind_box,
        window.from_edit,
        window.to_edit,
        window.list,
        window.detail,
    ):
        assert widget.accessibleName()


def test_the_app_opens_one_history_window_and_passes_context(
    qapp, store: Store, clock: ManualClock
) -> None:
    from ritmeregie.ui.app import RitmeregieApp
    from ritmeregie.ui.window_keys import WindowKey

    app = RitmeregieApp(store, clock, TZ)
    try:
        window = app.show_window(WindowKey.HISTORY)
        assert isinstance(window, HistoryWindow)
        assert app.show_window(WindowKey.HISTORY, kind="friction") is window
        assert _rows(window) == [("2027-03-26", "Friction")]
        window.close()
        qapp.processEvents()
    finally:
        app.deleteLater()
        qapp.processEvents()
