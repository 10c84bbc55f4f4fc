"""'Verslag via AI…': today's DADUs and her style notes become one prompt to copy; nothing is sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from meetings_support import FRIDAY, QT_LOG_IGNORE, at, running_app
from PySide6.QtGui import QGuiApplication

from ritmeregie.storage import DaduRow
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.window_keys import WindowKey
from ritmeregie.ui.words.report_prompt import ReportPromptWindow

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]


@pytest.fixture
def app(qapp: Any, data_dir: Path) -> Iterator[RitmeregieApp]:
    with running_app(data_dir, at(13, 30)) as (running, _clock):
        yield running


def test_the_prompt_holds_todays_dadus_and_her_style(qtbot: Any, app: RitmeregieApp) -> None:
    app.store.dadu.add(
        "MT-overleg",
        FRIDAY,
        [DaduRow(decision="Heidag gaat door op 14 mei", action="Zaal boeken", owner="Sanne")],
    )
    app.store.dadu.add("Oud overleg", FRIDAY.replace(day=FRIDAY.day - 1), [DaduRow("Niet vandaag")])
    window = app.show_window(WindowKey.REPORT_PROMPT)
    assert isinstance(window, ReportPromptWindow)
    prompt = window.prompt.toPlainText()
    assert "Heidag gaat door op 14 mei" in prompt and "Zaal boeken (Sanne)" in prompt
    assert "Niet vandaag" not in prompt
    assert "First draft written with help from AI." in prompt
    window.style_notes.setPlainText("Korte zinnen, besluiten eerst.")
    assert "Korte zinnen, besluiten eerst." in window.prompt.toPlainText()
    with qtbot.waitSignal(window.copied) as copied:
        window.copy_button.click()
    assert copied.args == [window.prompt.toPlainText()] == [QGuiApplication.clipboard().text()]
    # Copying saves the notes at once: they are there next time.
    assert app.store.settings.get("style_notes") == "Korte zinnen, besluiten eerst."


def test_without_dadus_the_prompt_says_so(qtbot: Any, app: RitmeregieApp) -> None:
    window = app.show_window(WindowKey.REPORT_PROMPT)
    assert isinstance(window, ReportPromptWindow)
    assert "(No DADUs recorded yet today.)" in window.prompt.toPlainText()
