"""Switching languages in a running Qt app, both ways, with the locale following.

The Dutch catalogue is compiled from the .ts into a folder of the test's own, so these tests do
not depend on whether set-up built the shipped .qm.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from ritmeregie.platform import i18n
from ritmeregie.platform.resources import i18n_dir
from ritmeregie.services.vocabulary import kind_name

pytestmark = pytest.mark.gui


@pytest.fixture
def catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "i18n"
    folder.mkdir()
    ts = folder / "ritmeregie_nl.ts"
    shutil.copy(i18n_dir() / "ritmeregie_nl.ts", ts)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = ts.with_suffix(".qm")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    monkeypatch.setattr(i18n, "i18n_dir", lambda: folder)
    return folder


@pytest.fixture
def app(qapp: QApplication, catalogue: Path) -> Iterator[QApplication]:
    default = QLocale()
    yield qapp
    i18n.install_qt_translator(qapp, "en")
    QLocale.setDefault(default)


def tray_today() -> str:
    return QCoreApplication.translate("Tray", "Today")


def ours(app: QApplication) -> list[QTranslator]:
    return app.findChildren(QTranslator, i18n.TRANSLATOR_NAME)


class LanguageChanges(QObject):
    """Counts the LanguageChange events Qt sends the application on a switch."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.count += 1
        return False


def test_dutch_then_english_again_then_dutch(app: QApplication) -> None:
    assert i18n.install_qt_translator(app, "nl")
    assert tray_today() == "Vandaag"
    assert kind_name_in_cli() == "Stil kwartier"
    assert i18n.install_qt_translator(app, "en")
    assert tray_today() == "Today"  # before the fix, nl stayed installed
    assert kind_name_in_cli() == "Quiet quarter"
    assert ours(app) == []
    assert i18n.install_qt_translator(app, "nl")
    assert tray_today() == "Vandaag"


def kind_name_in_cli() -> str:
    from ritmeregie.domain.model import BlockKind

    return kind_name(BlockKind.QUIET_QUARTER)


def test_switching_twice_keeps_one_set_of_translators(app: QApplication) -> None:
    i18n.install_qt_translator(app, "nl")
    first = len(ours(app))
    i18n.install_qt_translator(app, "nl")
    assert len(ours(app)) == first
    assert tray_today() == "Vandaag"


def test_a_switch_tells_every_widget(app: QApplication) -> None:
    counter = LanguageChanges()
    app.installEventFilter(counter)
    try:
        i18n.install_qt_translator(app, "nl")
        before = counter.count
        assert before > 0
        i18n.install_qt_translator(app, "en")
        assert counter.count > before
    finally:
        app.removeEventFilter(counter)


def test_translators_removed_by_someone_else_do_not_break_the_next_switch(
    app: QApplication,
) -> None:
    i18n.install_qt_translator(app, "nl")
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    app.processEvents()
    assert i18n.install_qt_translator(app, "en")
    assert i18n.install_qt_translator(app, "nl")
    assert tray_today() == "Vandaag"


def test_a_missing_catalogue_says_so_and_stays_usable(
    app: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path / "nowhere")
    assert not i18n.install_qt_translator(app, "nl")
    assert i18n.install_qt_translator(app, "en")
    assert tray_today() == "Today"


# --- the locale follows the language ------------------------------------------------------------


def test_the_locale_follows_the_language(app: QApplication) -> None:
    i18n.install_qt_translator(app, "nl")
    assert QLocale().language() == QLocale.Language.Dutch
    assert i18n.format_long_date(dt.date(2027, 3, 26)) == "vrijdag 26 maart 2027"
    i18n.install_qt_translator(app, "en")
    assert QLocale().language() == QLocale.Language.English
    assert "26 March 2027" in i18n.format_long_date(dt.date(2027, 3, 26))


def test_english_on_a_non_english_system_is_british(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.locale_for("en").name() == "en_GB"
    assert i18n.locale_for("nl").name() == "nl_NL"


def test_the_systems_own_flavour_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("nl_BE")))
    assert i18n.locale_for("nl").name() == "nl_BE"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_US")))
    assert i18n.locale_for("en").name() == "en_US"


def test_times_follow_the_locales_clock() -> None:
    default = QLocale()
    try:
        QLocale.setDefault(QLocale("en_US"))
        assert i18n.time_format() == "h:mm AP"
        assert i18n.format_time(dt.time(16, 30)) == "4:30 PM"
        QLocale.setDefault(QLocale("nl_NL"))
        assert i18n.time_format() == "HH:mm"
        assert i18n.format_time(dt.time(8, 5)) == "08:05"
    finally:
        QLocale.setDefault(default)
