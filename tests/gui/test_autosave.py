"""The debounced saver: a pause in typing writes once, focus-out and close write at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QVBoxLayout

from ritmeregie.ui.rituals.autosave import DebouncedSaver, flush_all

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]


class Form(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.written: list[tuple[str, str]] = []
        self.line = QLineEdit(self)
        self.text = QPlainTextEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(self.text)
        self.saver = DebouncedSaver(self.save, delay_ms=50, max_wait_ms=10_000, parent=self)
        self.saver.watch(self.line, self.text)
        self.saver.watch_window(self)

    def save(self) -> None:
        self.written.append((self.line.text(), self.text.toPlainText()))


@pytest.fixture
def form(qtbot) -> Form:  # type: ignore[no-untyped-def]
    dialog = Form()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_typing_saves_once_after_a_pause(qtbot, form: Form) -> None:  # type: ignore[no-untyped-def]
    form.line.setFocus()
    qtbot.keyClicks(form.line, "Notulen")
    assert form.saver.pending
    qtbot.waitUntil(lambda: not form.saver.pending)
    assert form.written == [("Notulen", "")]


def test_focus_out_saves_at_once(qtbot, form: Form) -> None:  # type: ignore[no-untyped-def]
    form.line.setFocus()
    qtbot.keyClicks(form.line, "Agenda")
    form.text.setFocus()
    assert form.written == [("Agenda", "")]
    assert not form.saver.pending


def test_close_saves_at_once(qtbot, form: Form) -> None:  # type: ignore[no-untyped-def]
    form.text.setFocus()
    qtbot.keyClicks(form.text, "Morgen eerder beginnen")
    form.close()
    assert form.written == [("", "Morgen eerder beginnen")]


def test_loading_is_not_typing(qtbot, form: Form) -> None:  # type: ignore[no-untyped-def]
    with form.saver.loading():
        form.line.setText("uit de store")
    assert not form.saver.pending
    form.saver.flush()
    assert form.written == []


def test_long_typing_saves_by_the_deadline(qtbot) -> None:  # type: ignore[no-untyped-def]
    written: list[int] = []
    edit = QLineEdit()
    qtbot.addWidget(edit)
    saver = DebouncedSaver(
        lambda: written.append(len(edit.text())), delay_ms=60_000, max_wait_ms=50
    )
    saver.watch(edit)
    edit.setText("a")
    edit.setText("ab")
    qtbot.waitUntil(lambda: bool(written))
    assert written == [2]


def test_failed_save_stays_pending_and_flush_all_retries(qtbot, form: Form) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []

    def failing() -> None:
        calls.append("try")
        if len(calls) == 1:
            raise OSError("disk full")

    saver = DebouncedSaver(failing, delay_ms=60_000, parent=form)
    saver.watch(form.line)
    form.line.setText("x")
    saver.flush()
    assert saver.pending and isinstance(saver.last_error, OSError)
    flush_all()
    assert not saver.pending and calls == ["try", "try"]
