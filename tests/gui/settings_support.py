"""Shared set-up for the settings and welcome tests: a real app (not started) on a ManualClock.

Friday 2027-03-26, 09:00 in Europe/Amsterdam with the default rhythm. The app is built but not
started: no scheduler runs and no tray shows, which these windows do not need. A test that
switches the language gets English back afterwards (`english_after`), so no other test is left
speaking Dutch.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from app_harness import AppUnderTest
from app_harness import focused as focused  # the tests' one helper, re-exported
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from ritmeregie.platform import i18n
from ritmeregie.platform.resources import i18n_dir
from ritmeregie.ui.app import RitmeregieApp

AMS = ZoneInfo("Europe/Amsterdam")
FRIDAY_9 = dt.datetime(2027, 3, 26, 9, 0, tzinfo=AMS)

QT_LOG_IGNORE = (
    r"This plugin does not support raise\(\)",
    r"This plugin does not support propagateSizeHints\(\)",
)


@pytest.fixture
def now() -> dt.datetime:
    return FRIDAY_9


@pytest.fixture
def shell(running: AppUnderTest) -> RitmeregieApp:
    # The conftest's running app (built, not started); its teardown closes the windows (twice:
    # unsaved problems ask again), the tray and the store.
    return running.app


@pytest.fixture
def catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The Dutch catalogue compiled from the .ts into a folder of its own (set-up may not have
    built the shipped .qm, or built it before the .ts last changed)."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    ts = folder / "ritmeregie_nl.ts"
    shutil.copy(i18n_dir() / "ritmeregie_nl.ts", ts)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        timeout=60,
    )
    monkeypatch.setattr(i18n, "i18n_dir", lambda: folder)
    return folder


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    default = QLocale()
    yield
    i18n.install_qt_translator(qapp, "en")
    QLocale.setDefault(default)
    qapp.processEvents()


def show(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
