"""The weekly review: a summary generated from the store, notes saved as typed, Markdown copied."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from app_harness import AppUnderTest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ritmeregie.domain.clock import ManualClock
from ritmeregie.services.review_summary import build_summary
from ritmeregie.storage import FrictionStatus, Store
from ritmeregie.storage.records import DaduRow
from ritmeregie.storage.reviews import ReviewKind
from ritmeregie.ui.rituals.weekly_review import WeeklyReviewDialog

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]

AMS = ZoneInfo("Europe/Amsterdam")
MON = dt.date(2027, 3, 29)


def at(date: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(date, dt.time(hour), tzinfo=AMS)


@pytest.fixture
def now() -> dt.datetime:
    return at(MON - dt.timedelta(days=5), 10)  # Wednesday of last week


@pytest.fixture
def store(running: AppUnderTest, clock: ManualClock) -> Store:
    """The running app's store with this module's records."""
    opened = running.store
    last_week = MON - dt.timedelta(days=7)
    done = opened.must_dos.add("Notulen MT uitgewerkt", planned_for=last_week)
    opened.must_dos.done(done.id)
    opened.must_dos.add("Nog open", planned_for=last_week)
    opened.dadu.add(
        "MT-overleg",
        last_week + dt.timedelta(days=1),
        [
            DaduRow("Printer", "Offerte opvragen", "Karin", MON + dt.timedelta(days=3)),
            DaduRow("Budget vastgesteld"),
        ],
    )
    fixed = opened.frictions.add("Sjabloon verslag op drie plekken")
    opened.frictions.set_status(fixed.id, FrictionStatus.FIXED)
    opened.frictions.add("Pincode printer")
    opened.reflections.save(last_week + dt.timedelta(days=2), "Rustige ochtend", "", "", 4)
    opened.agenda.add(
        "Heidag MT",
        at(MON + dt.timedelta(days=3), 9),
        at(MON + dt.timedelta(days=3), 17),
        "Europe/Amsterdam",
    )
    opened.agenda.add("Vorige week", at(last_week, 9), at(last_week, 10), "Europe/Amsterdam")
    opened.must_dos.add("Jaarverslag", deadline=MON + dt.timedelta(days=4))
    clock.advance(dt.timedelta(days=5, hours=-1))  # Monday 09:00: the review block
    return opened


def test_the_summary_gathers_last_week_and_the_coming_week(store: Store) -> None:
    summary = build_summary(store, AMS, MON)
    assert summary.done_must_dos == ("Notulen MT uitgewerkt",)
    assert [(a.meeting, a.action, a.owner) for a in summary.open_actions] == [
        ("MT-overleg", "Offerte opvragen", "Karin")
    ]
    assert summary.fixed_frictions == ("Sjabloon verslag op drie plekken",)
    assert [h.text for h in summary.highlights] == ["Rustige ochtend"]
    assert summary.energy_average == 4
    assert [a.title for a in summary.agenda] == ["Heidag MT"]
    # DADU deadlines are must-dos too, so the coming week lists both.
    assert sorted(d.title for d in summary.deadlines) == [
        "Jaarverslag",
        "Offerte opvragen (MT-overleg)",
    ]


def test_notes_saved_as_typed_and_markdown_copied(qtbot, store: Store, controller) -> None:  # type: ignore[no-untyped-def]
    dialog = WeeklyReviewDialog(controller, MON + dt.timedelta(days=2))  # any day of the week
    dialog.bring_forward()
    qtbot.waitActive(dialog)
    assert dialog.week == MON
    shown = dialog.summary_view.toPlainText()
    assert "Notulen MT uitgewerkt" in shown and "Heidag MT" in shown
    assert dialog.focusWidget() is dialog.notes_edit
    qtbot.keyClicks(dialog.notes_edit, "Vakantie in mei bespreken")
    qtbot.waitUntil(
        lambda: store.reviews.get(ReviewKind.WEEKLY_REVIEW, MON) == "Vakantie in mei bespreken"
    )
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(
        dialog.windowHandle(),
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("# Weekly review — week of Mon 29-3\n")
    assert "- MT-overleg, Tue 23-3: Offerte opvragen (owner: Karin, deadline Thu 1-4)" in copied
    assert copied.rstrip().endswith("## Notes for the conversation\n\nVakantie in mei bespreken")
    assert dialog.copied_label.text().startswith("Copied.")
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Escape)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_reopening_the_week_shows_its_notes(qtbot, store: Store, controller) -> None:  # type: ignore[no-untyped-def]
    store.reviews.save(ReviewKind.WEEKLY_REVIEW, MON, "Eerder geschreven")
    dialog = WeeklyReviewDialog(controller, MON)
    qtbot.addWidget(dialog)
    assert dialog.notes_edit.toPlainText() == "Eerder geschreven"
    assert not dialog.saver.pending
