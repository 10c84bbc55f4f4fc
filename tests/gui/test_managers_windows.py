"""Several managers in the app: the intake card by keyboard alone (saved as you type), the
priority matrix moved by keyboard and by mouse, and the conflict notice's agreement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from meetings_support import QT_LOG_IGNORE, at, focused, running_app
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from ritmeregie.domain.priority import Preference, Quadrant
from ritmeregie.storage import Intake
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.managers.conflict_notice import ConflictNotice
from ritmeregie.ui.managers.intake import RequestIntake
from ritmeregie.ui.managers.matrix_window import MatrixWindow
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]


@pytest.fixture
def app(qapp: Any, data_dir: Path) -> Iterator[RitmeregieApp]:
    with running_app(data_dir, at(10, 12)) as (running, _clock):
        running.store.managers.add("Anna")
        running.store.managers.add("Bert")
        yield running


def test_the_intake_card_works_by_keyboard_alone_and_saves_as_you_type(
    qtbot: Any, app: RitmeregieApp
) -> None:
    card = app.show_window(WindowKey.REQUEST_INTAKE)
    assert isinstance(card, RequestIntake)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    assert card.title.hasFocus()
    qtbot.keyClicks(card.title, "Notitie voor de RvC")
    qtbot.waitUntil(lambda: card.must_do_id is not None)  # saved while typing, no button
    steps = [
        ("manager", None),  # the combo: Down picks the next manager
        ("needed_by", "vrijdag"),
        ("goal", "Besluit over het budget"),
        ("needed_for", "Raad van commissarissen"),
        ("impact", "RvC schuift een week"),
        ("prefer", None),
        ("minutes", "90"),
    ]
    for name, text in steps:
        qtbot.keyClick(focused(card), Qt.Key.Key_Tab)
        widget = getattr(card, name)
        assert focused(card) is widget, name
        if text is None:
            qtbot.keyClick(widget, Qt.Key.Key_Down)
        else:
            if name == "minutes":
                qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(widget, text)
    qtbot.keyClick(focused(card), Qt.Key.Key_Tab)
    assert focused(card) is card.urgent
    qtbot.keyClick(card.urgent, Qt.Key.Key_Space)
    qtbot.keyClick(focused(card), Qt.Key.Key_Escape)
    assert not card.isVisible()
    assert card.must_do_id is not None
    item = app.store.must_dos.get(card.must_do_id)
    assert item is not None
    assert item.title == "Notitie voor de RvC"
    assert item.manager == "Bert"  # Anna is the default; Down chose the next
    assert item.deadline is not None and item.deadline.weekday() == 4
    assert (item.goal, item.needed_for, item.impact) == (
        "Besluit over het budget",
        "Raad van commissarissen",
        "RvC schuift een week",
    )
    assert item.prefer is Preference.SPEED
    assert item.estimate_minutes == 90
    assert item.urgent and not item.important
    assert len(app.store.must_dos.open()) == 1  # one must-do, updated as she typed


def test_the_intake_card_starts_afresh_with_the_default_manager(
    qtbot: Any, app: RitmeregieApp
) -> None:
    card = app.show_window(WindowKey.REQUEST_INTAKE)
    assert isinstance(card, RequestIntake)
    assert card.manager.currentText() == "Anna"
    qtbot.keyClicks(card.title, "Eerste")
    qtbot.keyClick(card.title, Qt.Key.Key_Return)  # Enter closes; it is saved
    assert not card.isVisible()
    again = app.show_window(WindowKey.REQUEST_INTAKE)
    assert again is card and card.title.text() == "" and card.must_do_id is None
    assert [m.title for m in app.store.must_dos.open()] == ["Eerste"]


def open_matrix(qtbot: Any, app: RitmeregieApp) -> MatrixWindow:
    window = app.show_window(WindowKey.MATRIX)
    assert isinstance(window, MatrixWindow)
    qtbot.addWidget(window)
    return window


def test_the_matrix_moves_an_item_by_keyboard(qtbot: Any, app: RitmeregieApp) -> None:
    anna = app.store.managers.find("Anna")
    assert anna is not None
    item = app.store.must_dos.add("Jaarplan", important=True, manager_id=anna.id)
    window = open_matrix(qtbot, app)
    assert window.quadrant_of(item.id) is Quadrant.IMPORTANT
    window.select(item.id)
    listing = window.lists[Quadrant.IMPORTANT]
    qtbot.keyClick(listing, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert window.quadrant_of(item.id) is Quadrant.URGENT_IMPORTANT
    stored = app.store.must_dos.get(item.id)
    assert stored is not None and stored.urgent and stored.important
    # The keyboard stays with the item: Ctrl+Down takes it on, 4 puts it in "neither".
    qtbot.keyClick(focused(window), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.quadrant_of(item.id) is Quadrant.URGENT
    qtbot.keyClick(focused(window), Qt.Key.Key_4)
    assert window.quadrant_of(item.id) is Quadrant.NEITHER


def test_the_matrix_moves_an_item_by_mouse(qtbot: Any, app: RitmeregieApp) -> None:
    item = app.store.must_dos.add("Taxi bestellen", urgent=True)
    window = open_matrix(qtbot, app)
    source = window.lists[Quadrant.URGENT]
    target = window.lists[Quadrant.IMPORTANT]
    source.setCurrentRow(0)
    drop = QDropEvent(
        QPoint(5, 5).toPointF(),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # A real drag runs Qt's own event loop; the drop it ends with is what the list handles.
    target.dropEvent(_with_source(drop, source))
    assert window.quadrant_of(item.id) is Quadrant.IMPORTANT
    stored = app.store.must_dos.get(item.id)
    assert stored is not None and stored.important and not stored.urgent


def _with_source(event: QDropEvent, source: Any) -> QDropEvent:
    event.source = lambda: source  # type: ignore[method-assign]
    return event


def test_the_matrix_filters_per_manager(qtbot: Any, app: RitmeregieApp) -> None:
    anna = app.store.managers.find("Anna")
    bert = app.store.managers.find("Bert")
    assert anna is not None and bert is not None
    mine = app.store.must_dos.add("Voor Anna", manager_id=anna.id)
    theirs = app.store.must_dos.add("Voor Bert", manager_id=bert.id)
    window = open_matrix(qtbot, app)
    assert window.quadrant_of(mine.id) and window.quadrant_of(theirs.id)
    window.set_manager("Bert")
    assert window.quadrant_of(mine.id) is None
    assert window.quadrant_of(theirs.id) is Quadrant.NEITHER


def test_the_conflict_notice_keeps_the_agreement_with_both_requests(
    qtbot: Any, app: RitmeregieApp
) -> None:
    anna = app.store.managers.find("Anna")
    bert = app.store.managers.find("Bert")
    assert anna is not None and bert is not None
    monday = at(9).date() + dt.timedelta(days=3)
    first = app.store.must_dos.add(
        "Notitie RvC",
        urgent=True,
        important=True,
        deadline=monday,
        manager_id=anna.id,
        estimate_minutes=2000,
    )
    second = app.store.must_dos.add(
        "Reis Brussel",
        urgent=True,
        deadline=monday,
        manager_id=bert.id,
        estimate_minutes=120,
        intake=Intake(impact="Bert reist later"),
    )
    notice = app.show_window(WindowKey.CONFLICT_NOTICE)
    assert isinstance(notice, ConflictNotice)
    assert notice.conflict is not None
    assert "Reis Brussel" in notice.proposal.text() and "Bert reist later" in notice.proposal.text()
    assert "Anna" in notice.advice.text() and "Bert" in notice.advice.text()
    qtbot.mouseClick(notice.copy_button, Qt.MouseButton.LeftButton)
    assert "Reis Brussel (Bert)" in QGuiApplication.clipboard().text()
    qtbot.mouseClick(notice.keep_button, Qt.MouseButton.LeftButton)
    for item in (first, second):
        [kept] = app.store.agreements.for_must_do(item.id)
        assert "Reis Brussel" in kept.text
    moved = app.store.must_dos.get(second.id)
    assert moved is not None and moved.deadline is not None and moved.deadline > monday


def overflowing_requests(app: RitmeregieApp) -> None:
    anna = app.store.managers.find("Anna")
    bert = app.store.managers.find("Bert")
    assert anna is not None and bert is not None
    monday = at(9).date() + dt.timedelta(days=3)
    app.store.must_dos.add(
        "A", urgent=True, deadline=monday, manager_id=anna.id, estimate_minutes=2000
    )
    app.store.must_dos.add(
        "B", urgent=True, deadline=monday, manager_id=bert.id, estimate_minutes=100
    )


def test_a_conflict_is_named_once_in_a_calm_notice(qtbot: Any, app: RitmeregieApp) -> None:
    overflowing_requests(app)
    watch = app.prompts.conflicts
    with qtbot.waitSignal(watch.conflict_named):
        watch.look()
    notice = app.windows.get(WindowKey.CONFLICT_NOTICE)
    assert isinstance(notice, ConflictNotice) and notice.isVisible()
    notice.close()
    with qtbot.assertNotEmitted(watch.conflict_named):
        watch.look()  # the same conflict is not named twice


def test_no_conflict_notice_during_a_meeting(qtbot: Any, app: RitmeregieApp) -> None:
    now = at(10, 12)
    app.store.agenda.add(
        "Overleg",
        now - dt.timedelta(minutes=12),
        now + dt.timedelta(minutes=48),
        "Europe/Amsterdam",
    )
    app.controller.replan("a meeting now")
    overflowing_requests(app)
    with qtbot.assertNotEmitted(app.prompts.conflicts.conflict_named):
        app.prompts.conflicts.look()
    assert app.windows.get(WindowKey.CONFLICT_NOTICE) is None


def test_one_manager_sees_no_conflict_notice(qtbot: Any, app: RitmeregieApp) -> None:
    app.store.managers.remove("Bert")
    app.store.must_dos.add("Te veel", urgent=True, estimate_minutes=5000, deadline=at(9).date())
    with qtbot.assertNotEmitted(app.prompts.conflicts.conflict_named):
        app.prompts.conflicts.look()
    assert app.windows.get(WindowKey.CONFLICT_NOTICE) is None


def test_settings_managers_page_adds_and_changes_managers(qtbot: Any, app: RitmeregieApp) -> None:
    from ritmeregie.ui.settings.managers_page import ManagersPage

    window = app.show_window(WindowKey.SETTINGS, page="managers")
    assert window is not None
    page = window.pages["managers"]  # type: ignore[attr-defined]
    assert isinstance(page, ManagersPage)
    page.new_name.setFocus()
    qtbot.keyClicks(page.new_name, "Carla")
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    assert page.current_name() == "Carla"
    page.color_edit.setText("#123456")
    page.on_color_edited()
    page.review_day.setCurrentIndex(2)  # Tuesday
    page.default_check.setChecked(True)
    carla = app.store.managers.find("Carla")
    assert carla is not None
    assert carla.color == "#123456" and carla.review_weekday == 1 and carla.is_default
    page.on_remove()
    assert app.store.managers.find("Carla", exact=True) is None
    window.close()


def test_the_dagstart_names_the_conflict_and_suggests_from_the_matrix(
    qtbot: Any, app: RitmeregieApp
) -> None:
    overflowing_requests(app)  # A (urgent) and B (urgent), due Monday, far too long together
    important = app.store.must_dos.add("Jaarplan", important=True)
    dagstart = app.show_window(WindowKey.DAGSTART)
    assert dagstart is not None
    qtbot.addWidget(dagstart)
    context = dagstart.conflict_context  # type: ignore[attr-defined]
    assert context.text.isVisibleTo(dagstart)
    assert "A (Anna)" in context.text.text() and "B (Bert)" in context.text.text()
    pool = dagstart.pool  # type: ignore[attr-defined]
    titles = [pool.item(row).text().split(" · ")[0] for row in range(pool.count())]
    # The matrix's order: important before merely urgent.
    assert titles.index(important.title) < titles.index("A")


def test_today_offers_the_intake_from_the_second_manager_on(qtbot: Any, app: RitmeregieApp) -> None:
    from ritmeregie.ui.today_tasks import TodayTasksPanel

    panel = TodayTasksPanel(app.controller)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.request_button.isVisible()
    with qtbot.waitSignal(panel.window_requested) as asked:
        qtbot.mouseClick(panel.request_button, Qt.MouseButton.LeftButton)
    assert asked.args == [WindowKey.REQUEST_INTAKE]
    app.store.managers.remove("Bert")
    panel.refresh()
    assert not panel.request_button.isVisible()


def test_history_shows_the_agreement(qtbot: Any, app: RitmeregieApp) -> None:
    first = app.store.must_dos.add("A")
    second = app.store.must_dos.add("B")
    app.store.agreements.add(
        "Afspraak over prioriteiten\n- Eerst: A\n- Schuift: B", [first.id, second.id]
    )
    history = app.show_window(WindowKey.HISTORY)
    assert history is not None
    qtbot.addWidget(history)
    history.reload()  # type: ignore[attr-defined]
    kinds = [e.kind.value for e in history.entries]  # type: ignore[attr-defined]
    assert "agreement" in kinds
    entry = next(e for e in history.entries if e.kind.value == "agreement")  # type: ignore[attr-defined]
    assert entry.summary == "Eerst: A"
    history.search_edit.setText("schuift")  # type: ignore[attr-defined]
    history.apply_filter()  # type: ignore[attr-defined]
    assert [e.kind.value for e in history.shown] == ["agreement"]  # type: ignore[attr-defined]


def test_the_weekly_review_per_manager_shows_their_dadu_actions(
    qtbot: Any, app: RitmeregieApp
) -> None:
    from ritmeregie.storage import DaduRow

    app.store.dadu.add(
        "MT-overleg",
        at(9).date(),
        [DaduRow(decision="Leverancier", action="Offertes", owner="Bert")],
    )
    dialog = app.show_window(WindowKey.WEEKLY_REVIEW)
    assert dialog is not None
    qtbot.addWidget(dialog)
    box = dialog.manager_box  # type: ignore[attr-defined]
    assert not box.isHidden()
    box.setCurrentIndex(box.findData(app.store.managers.find("Bert").id))  # type: ignore[union-attr]
    text = dialog.summary_view.toPlainText()  # type: ignore[attr-defined]
    assert "Offertes" in text
    box.setCurrentIndex(box.findData(app.store.managers.find("Anna").id))  # type: ignore[union-attr]
    assert "Offertes" not in dialog.summary_view.toPlainText()  # type: ignore[attr-defined]
    assert "Anna" in dialog.markdown()  # type: ignore[attr-defined]


def test_the_dadu_owner_field_offers_the_managers(qtbot: Any, app: RitmeregieApp) -> None:
    dialog = app.show_window(WindowKey.DADU, meeting_title="MT", date=at(9).date())
    assert dialog is not None
    qtbot.addWidget(dialog)
    completer = dialog.rows[-1].owner_edit.completer()  # type: ignore[attr-defined]
    assert completer is not None
    names = completer.model().stringList()  # type: ignore[attr-defined]
    assert names == ["Anna", "Bert"]
