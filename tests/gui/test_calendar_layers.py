"""Calendar layers in the GUI: the legend and its toggles, tentative and all-day drawing, a dropped
.ics imported through the worker, Settings → Calendars, and background subscription refreshes.

Monday 2027-03-29 in Europe/Amsterdam (the first day of summer time), 10:40 on a ManualClock.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from app_harness import AppUnderTest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from ritmeregie.domain.clock import ManualClock
from ritmeregie.domain.model import BlockKind
from ritmeregie.services.calendars import Window, import_into
from ritmeregie.storage import Store
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.calendar_import import ImportDialog
from ritmeregie.ui.controller import RhythmController
from ritmeregie.ui.settings.calendars_page import CalendarsPage
from ritmeregie.ui.vandaag import VandaagWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

TZ = ZoneInfo("Europe/Amsterdam")
MONDAY = dt.date(2027, 3, 29)
ICS = Path(__file__).resolve().parents[1] / "data" / "ics"


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime(2027, 3, 29, 10, 40, tzinfo=TZ)


@pytest.fixture
def store(running: AppUnderTest) -> Store:
    """The running app's store with this module's records."""
    opened = running.store
    opened.settings.set("timezone", "Europe/Amsterdam")
    return opened


def add_layers(store: Store) -> None:
    window = Window.rolling(MONDAY)
    import_into(
        store, "Directie", (ICS / "outlook_directie.ics").read_bytes(), window, tz=TZ, blocking=True
    )
    import_into(store, "Team", (ICS / "google_team.ics").read_bytes(), window, tz=TZ)


@pytest.fixture
def window(qtbot, store: Store, controller: RhythmController, settled) -> VandaagWindow:
    add_layers(store)
    settled()  # the app has replanned with the layers
    win = VandaagWindow(controller)
    qtbot.addWidget(win)
    win.resize(1000, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def layer_blocks(window: VandaagWindow, source: str):
    return [b for b in window.timeline.blocks() if b.source == source]


def activate(qtbot, widget) -> None:
    # Keys (mnemonics, focus changes) reach only the active window.
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def close_message(qtbot, importer) -> str:
    qtbot.waitUntil(lambda: importer.message is not None and importer.message.isVisible())
    box = importer.message
    text = box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    return text


# --- Vandaag ---------------------------------------------------------------------------------------


def test_legend_lists_every_layer_and_the_timeline_draws_them(window: VandaagWindow):
    legend = window.legend
    assert legend.box("Directie") is not None and legend.box("Team") is not None
    assert legend.box("Directie").isChecked() and not legend.hint.isVisible()
    mt = next(b for b in layer_blocks(window, "Directie") if b.title == "MT-overleg")
    assert mt.blocking and mt.kind is BlockKind.BUSY
    # Focus stays out of the blocking layer; the context layer overlaps the rhythm in its own lane.
    own = [b for b in window.timeline.blocks() if b.source is None]
    assert not [b for b in own if b.start < mt.end and mt.start < b.end]
    # Drawn in the layer's own colour (a light wash of it).
    source = window.controller.store.calendars.get("Directie")
    assert source is not None and source.color
    assert window.timeline.layer_colour(mt) == QColor(source.color)
    image = window.timeline.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    rect = window.timeline.block_rect(mt)
    pixel = QColor(image.pixel(int(rect.right() - 6), int(rect.bottom() - 4)))
    layer = QColor(source.color)
    base = window.timeline.palette().color(window.timeline.backgroundRole())
    # Between the panel and the layer colour: a wash of it, not another kind's fill.
    for channel in ("red", "green", "blue"):
        lo, hi = sorted((getattr(layer, channel)(), getattr(base, channel)()))
        assert lo - 3 <= getattr(pixel, channel)() <= hi + 3


def test_tentative_and_context_are_named(window: VandaagWindow):
    from ritmeregie.ui.timeline import block_label

    tentative = next(b for b in layer_blocks(window, "Directie") if b.title == "Gesprek wethouder")
    assert tentative.tentative
    assert block_label(tentative) == "13:30–15:00 Gesprek wethouder (Directie, tentative)"
    weekstart = next(b for b in layer_blocks(window, "Team"))
    assert block_label(weekstart) == "09:00–09:30 Weekstart team (Team, context)"


def test_a_layer_toggle_hides_it_and_is_remembered(qtbot, window: VandaagWindow):
    box = window.legend.box("Team")
    assert layer_blocks(window, "Team")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert layer_blocks(window, "Team") == []
    assert layer_blocks(window, "Directie")  # the other layer stays
    source = window.controller.store.calendars.get("Team")
    assert source is not None and not source.visible
    # Hidden is only hidden: the planner still knows the layer.
    assert any(b.source == "Team" for b in window.controller.plan.blocks)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert layer_blocks(window, "Team")


def test_all_day_events_sit_in_a_band_not_on_the_hours(
    qtbot, store: Store, clock: ManualClock, controller: RhythmController, settled
):
    import_into(
        store,
        "Privé",
        (ICS / "apple_prive.ics").read_bytes(),
        Window(dt.date(2027, 11, 1), dt.date(2027, 11, 1)),
        tz=TZ,
    )
    settled()
    clock.advance(dt.datetime(2027, 11, 1, 10, 0, tzinfo=TZ) - clock.now())
    controller.replan("a new day")  # what the running app's day watch does
    win = VandaagWindow(controller)
    qtbot.addWidget(win)
    win.show()
    [holiday] = win.timeline.all_day_blocks()
    assert holiday.title == "Vrije dag"
    band = win.timeline.all_day_rect(holiday)
    assert band.isValid() and band.bottom() < win.timeline.y_for(
        dt.datetime(2027, 11, 1, 8, tzinfo=TZ)
    )


def drop(window: VandaagWindow, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(200, 200).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_a_dropped_ics_asks_name_and_role_and_imports_off_the_gui_thread(
    qtbot, window: VandaagWindow
):
    importer = window.importer
    drop(window, ICS / "apple_prive.ics")
    dialog = importer.dialog
    assert isinstance(dialog, ImportDialog)
    assert dialog.name_edit.text() == "Privé"  # from X-WR-CALNAME
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.name_edit, " thuis")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    assert dialog.blocking_box.hasFocus()
    qtbot.keyClick(dialog.blocking_box, Qt.Key.Key_Space)
    assert dialog.blocking_box.isChecked()
    with qtbot.waitSignal(importer.imported, timeout=20_000) as imported:
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
        assert importer.busy  # the worker is reading; the GUI thread is free
    report = imported.args[0]
    assert report.name == "Privé thuis" and report.events > 0
    source = window.controller.store.calendars.get("Privé thuis")
    assert source is not None and source.blocking
    qtbot.waitUntil(lambda: bool(layer_blocks(window, "Privé thuis")))  # saved, so replanned
    assert window.legend.box("Privé thuis") is not None
    assert close_message(qtbot, importer).startswith("'Privé thuis': ")


def test_a_dropped_file_that_is_no_calendar_stores_nothing(qtbot, window: VandaagWindow):
    importer = window.importer
    drop(window, ICS / "not_a_calendar.ics")
    with qtbot.waitSignal(importer.import_failed, timeout=20_000) as failed:
        qtbot.keyClick(importer.dialog.name_edit, Qt.Key.Key_Return)
    assert failed.args[0] == "This is not a calendar file (.ics): it has no BEGIN:VCALENDAR."
    assert window.controller.store.calendars.names() == ["Directie", "Team"]
    close_message(qtbot, importer)


def test_escape_cancels_a_drop(qtbot, window: VandaagWindow):
    drop(window, ICS / "apple_prive.ics")
    dialog = window.importer.dialog
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    assert window.importer.dialog is None and not window.importer.busy
    assert window.controller.store.calendars.names() == ["Directie", "Team"]


# --- Settings → Calendars --------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/team.ics":
            body, code = (ICS / "google_team.ics").read_bytes(), 200
        else:
            body, code = b"not here", 404
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.fixture
def shell(store: Store, running: AppUnderTest) -> RitmeregieApp:
    return running.app  # built, not started: no network


@pytest.fixture
def page(qtbot, shell: RitmeregieApp) -> CalendarsPage:
    widget = CalendarsPage(shell)
    qtbot.addWidget(widget)
    widget.resize(700, 560)
    widget.show()
    return widget


def rows(page: CalendarsPage) -> list[list[str]]:
    return [
        [page.list.topLevelItem(i).text(c) for c in range(4)]
        for i in range(page.list.topLevelItemCount())
    ]


def test_page_adds_a_file_and_switches_blocking(qtbot, page: CalendarsPage):
    assert rows(page) == [] and page.empty.isVisible()
    page.add_file(ICS / "outlook_directie.ics")
    dialog = page.importer.dialog
    assert dialog.name_edit.text() == "Directie"
    with qtbot.waitSignal(page.importer.imported, timeout=20_000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    close_message(qtbot, page.importer)
    assert [r[:2] for r in rows(page)] == [["Directie", "Context"]]
    page.blocking_box.setFocus()
    qtbot.keyClick(page.blocking_box, Qt.Key.Key_Space)
    source = page.store.calendars.get("Directie")
    assert source is not None and source.blocking
    # The saved role replans the day, which reloads the page (plan_changed).
    qtbot.waitUntil(lambda: [r[:2] for r in rows(page)] == [["Directie", "Blocks focus"]])
    assert any(b.source == "Directie" and b.blocking for b in page.controller.plan.blocks)


def test_page_removes_after_asking(qtbot, page: CalendarsPage):
    add_layers(page.store)
    page.reload()
    page.list.setCurrentItem(page.list.topLevelItem(1))
    page.remove_button.setFocus()
    qtbot.keyClick(page.remove_button, Qt.Key.Key_Space)
    box = page.confirm
    assert isinstance(box, QMessageBox) and "'Team'" in box.text()
    activate(qtbot, box)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel is the default: nothing happens
    assert page.store.calendars.names() == ["Directie", "Team"]
    qtbot.keyClick(page.remove_button, Qt.Key.Key_Space)
    yes = page.confirm.button(QMessageBox.StandardButton.Yes)
    yes.setFocus()
    qtbot.keyClick(yes, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.store.calendars.names() == ["Directie"])
    assert [r[0] for r in rows(page)] == ["Directie"]


def test_page_subscribes_over_the_network_and_shows_a_failure(
    qtbot, page: CalendarsPage, server: str
):
    with qtbot.waitSignal(page.importer.imported, timeout=20_000):
        assert page.subscribe("Team", f"{server}/team.ics", 30, False)
    close_message(qtbot, page.importer)
    source = page.store.calendars.get("Team")
    assert (
        source is not None and source.url == f"{server}/team.ics" and source.refresh_minutes == 30
    )
    assert "Subscribed: every 30 min" in page.detail.text()
    qtbot.waitUntil(lambda: not page.importer.busy)
    with qtbot.waitSignal(page.importer.import_failed, timeout=20_000) as failed:
        page.subscribe("Weg", f"{server}/gone.ics", 30, False)
    assert (
        failed.args[0]
        == "The calendar 'Weg' could not be fetched: the server answered 404 (Not Found)"
    )
    assert page.store.calendars.get("Weg") is None
    close_message(qtbot, page.importer)


def test_background_sync_fetches_due_subscriptions_and_keeps_the_last_copy(
    qtbot, shell: RitmeregieApp, server: str, clock: ManualClock
):
    store = shell.store
    store.calendars.add("Team", url=f"{server}/team.ics", refresh_minutes=30)
    sync = shell.calendar_sync
    with qtbot.waitSignal(sync.refreshed, timeout=20_000) as refreshed:
        sync.on_timer()
    assert refreshed.args == ["Team"]
    events = store.calendars.count_events("Team")
    assert events > 0
    qtbot.waitUntil(lambda: not sync.fetching)
    # Not due again for 30 minutes: nothing is fetched.
    sync.on_timer()
    assert not sync.fetching
    store.calendars.set_subscription("Team", f"{server}/gone.ics", 30)
    clock.advance(dt.timedelta(minutes=30))
    with qtbot.waitSignal(sync.refresh_failed, timeout=20_000) as failed:
        sync.on_timer()
    assert failed.args[0] == "Team" and "404" in failed.args[1]
    qtbot.waitUntil(lambda: not sync.fetching)
    assert store.calendars.count_events("Team") == events
    source = store.calendars.get("Team")
    assert source is not None and source.last_error == failed.args[1]


def test_no_subscription_means_no_fetch(shell: RitmeregieApp):
    shell.store.calendars.add("Handmatig")
    shell.calendar_sync.on_timer()
    assert not shell.calendar_sync.fetching and shell.calendar_sync.queue == []
    QApplication.processEvents()


def test_the_horizon_moves_forward_in_a_worker_not_on_the_gui_thread(
    qtbot, shell: RitmeregieApp, clock: ManualClock
):
    store = shell.store
    short = Window(MONDAY - dt.timedelta(days=1), MONDAY + dt.timedelta(days=28))
    import_into(store, "Directie", (ICS / "outlook_directie.ics").read_bytes(), short, tz=TZ)
    sync = shell.calendar_sync
    sync.on_timer()
    # The expansion runs in the worker: the GUI thread returned with the layer as it was.
    assert list(sync.rolling) == ["Directie"]
    source = store.calendars.get("Directie")
    assert source is not None and source.expanded_to == short.last
    qtbot.waitUntil(lambda: not sync.rolling, timeout=30_000)
    source = store.calendars.get("Directie")
    assert source is not None
    assert (source.expanded_from, source.expanded_to) == (
        Window.rolling(MONDAY).first,
        Window.rolling(MONDAY).last,
    )
    # Rolled once for today: the next wake does not expand it again.
    sync.on_timer()
    assert not sync.rolling
