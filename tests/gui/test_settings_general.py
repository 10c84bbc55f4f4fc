"""Settings → General: the language switches the running app both ways; start at login writes the
real XDG entry (in a temporary config folder); the data folder opens; the welcome comes back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from settings_support import (  # noqa: F401 (fixtures)
    QT_LOG_IGNORE,
    catalogue,
    english_after,
    now,
    shell,
    show,
)

from ritmeregie.domain.model import BlockKind
from ritmeregie.platform import autostart, i18n
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.settings.general_page import GeneralPage
from ritmeregie.ui.settings.window import SettingsWindow
from ritmeregie.ui.tray import Tray
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Autostart writes here, never into the real ~/.config."""
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "system-config"))
    monkeypatch.setattr(sys, "platform", "linux")
    return home


@pytest.fixture
def page(qtbot, shell: RitmeregieApp, config_home: Path) -> GeneralPage:  # noqa: F811
    widget = GeneralPage(shell)
    qtbot.addWidget(widget)
    show(qtbot, widget)
    return widget


def choose_language(qtbot, page: GeneralPage, code: str) -> None:  # type: ignore[no-untyped-def]
    """By keyboard: Home, then Down until the wanted language (activated on every step)."""
    combo = page.language_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != code:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


# --- language -----------------------------------------------------------------------------------


def test_language_switches_the_running_app_both_ways(
    qtbot,
    shell: RitmeregieApp,  # noqa: F811
    config_home: Path,
    catalogue: Path,  # noqa: F811
    english_after: None,  # noqa: F811
) -> None:
    window = SettingsWindow(shell)
    qtbot.addWidget(window)
    show(qtbot, window)
    window.show_page("general")
    rows = window.rhythm_page.block_list
    assert rows.topLevelItem(0).text(1) == "Day start"

    choose_language(qtbot, window.general_page, "nl")
    assert shell.store.settings.get("language") == "nl"
    assert i18n.active_language() == "nl"
    assert QCoreApplication.translate("Tray", "Today") == "Vandaag"
    # Open windows that retranslate follow (Qt posts them LanguageChange): Dutch block names.
    qtbot.waitUntil(lambda: rows.topLevelItem(0).text(1) == "Dagstart")

    choose_language(qtbot, window.general_page, "en")
    assert shell.store.settings.get("language") == "en"
    assert QCoreApplication.translate("Tray", "Today") == "Today"
    qtbot.waitUntil(lambda: rows.topLevelItem(0).text(1) == "Day start")

    choose_language(qtbot, window.general_page, "auto")
    assert shell.store.settings.get("language") == "auto"
    assert i18n.active_language() == i18n.system_language()


def test_the_tray_menu_is_rebuilt_in_the_new_language(
    qtbot,
    shell: RitmeregieApp,  # noqa: F811
    catalogue: Path,  # noqa: F811
    english_after: None,  # noqa: F811
) -> None:
    shell.tray = Tray(shell.controller, shell)
    texts = [a.text() for a in shell.tray.menu.actions()]
    assert "Today" in texts
    shell.apply_language("nl")
    texts = [a.text() for a in shell.tray.menu.actions()]
    assert "Vandaag" in texts and "Today" not in texts
    assert len(texts) == len(set(texts)) or texts.count("Vandaag") == 1  # rebuilt, not doubled
    shell.apply_language("en")
    assert "Today" in [a.text() for a in shell.tray.menu.actions()]
    shell.tray.menu.deleteLater()


def test_a_hidden_window_is_rebuilt_in_the_new_language(
    qtbot,
    shell: RitmeregieApp,  # noqa: F811
    catalogue: Path,  # noqa: F811
    english_after: None,  # noqa: F811
) -> None:
    today = shell.show_window(WindowKey.TODAY)
    assert today is not None and today.windowTitle().startswith("Today")
    today.hide()
    shell.apply_language("nl")
    again = shell.show_window(WindowKey.TODAY)
    assert again is not None and again is not today
    assert again.windowTitle().startswith("Vandaag")
    assert shell.windows.get(WindowKey.TODAY) is again
    qtbot.waitUntil(lambda: shell.windows.get(WindowKey.TODAY) is again)  # old one gone, new kept
    again.hide()


def test_an_open_window_is_rebuilt_when_asked_for_after_closing(
    qtbot,
    shell: RitmeregieApp,  # noqa: F811
    catalogue: Path,  # noqa: F811
    english_after: None,  # noqa: F811
) -> None:
    today = shell.show_window(WindowKey.TODAY)
    assert today is not None
    shell.apply_language("nl")
    assert shell.show_window(WindowKey.TODAY) is today  # still open: left as it is
    today.hide()
    again = shell.show_window(WindowKey.TODAY)
    assert again is not today and again is not None
    assert again.windowTitle().startswith("Vandaag")
    again.hide()


# --- start at login -----------------------------------------------------------------------------


def test_start_at_login_writes_and_removes_the_xdg_entry(
    qtbot,
    page: GeneralPage,
    shell: RitmeregieApp,  # noqa: F811
    config_home: Path,
) -> None:
    entry = config_home / "autostart" / "ritmeregie.desktop"
    assert page.autostart_check.isVisibleTo(page)
    assert not page.autostart_check.isChecked()
    page.autostart_check.setFocus()
    qtbot.keyClick(page.autostart_check, Qt.Key.Key_Space)
    assert entry.is_file()
    assert autostart.autostart_status() is autostart.AutostartStatus.ON
    # Not the default data folder: the login start must find this one.
    assert f"--data-dir {shell.store.data_dir.resolve()}" in entry.read_text()
    assert page.autostart_check.isChecked()
    qtbot.keyClick(page.autostart_check, Qt.Key.Key_Space)
    assert not entry.exists()
    assert autostart.autostart_status() is autostart.AutostartStatus.OFF


def test_start_at_login_reads_the_state_the_os_has(
    qtbot,
    shell: RitmeregieApp,  # noqa: F811
    config_home: Path,
) -> None:
    autostart.enable_autostart()
    page = GeneralPage(shell)
    qtbot.addWidget(page)
    assert page.autostart_check.isChecked()


def test_no_mechanism_no_option(
    qtbot,
    shell: RitmeregieApp,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "sunos5")
    page = GeneralPage(shell)
    qtbot.addWidget(page)
    show(qtbot, page)
    assert not page.autostart_check.isVisibleTo(page)
    assert not page.start_heading.isVisibleTo(page)


def test_a_refused_change_is_said_and_the_box_shows_the_truth(
    qtbot,
    page: GeneralPage,
    config_home: Path,
) -> None:
    # The autostart folder cannot be made: a file sits where the folder should be.
    config_home.mkdir(parents=True)
    (config_home / "autostart").write_text("not a folder")
    page.autostart_check.setFocus()
    qtbot.keyClick(page.autostart_check, Qt.Key.Key_Space)
    assert not page.autostart_check.isChecked()
    assert page.autostart_problem.isVisible()
    assert page.autostart_problem.text().startswith("That did not work:")


# --- data folder and welcome --------------------------------------------------------------------


class UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_the_data_folder_is_shown_read_only_and_opens(
    qtbot,
    page: GeneralPage,
    shell: RitmeregieApp,  # noqa: F811
) -> None:
    assert page.data_path.text() == str(shell.store.data_dir)
    assert page.data_path.isReadOnly()
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    try:
        page.open_button.setFocus()
        qtbot.keyClick(page.open_button, Qt.Key.Key_Space)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in recorder.urls] == [str(shell.store.data_dir)]


def test_show_the_welcome_again(qtbot, page: GeneralPage, shell: RitmeregieApp) -> None:  # noqa: F811
    shell.store.settings.set("first_run_done", True)
    page.welcome_button.setFocus()
    qtbot.keyClick(page.welcome_button, Qt.Key.Key_Space)
    welcome = shell.windows.get(WindowKey.WELCOME)
    assert welcome is not None and welcome.isVisible()


def test_restore_defaults_goes_back_to_the_systems_language(
    qtbot,
    page: GeneralPage,
    shell: RitmeregieApp,  # noqa: F811
    english_after: None,  # noqa: F811
) -> None:
    choose_language(qtbot, page, "en")
    undo = page.restore_defaults()
    assert shell.store.settings.get("language") == "auto"
    assert page.language_combo.currentData() == "auto"
    undo()
    assert shell.store.settings.get("language") == "en"
    assert page.language_combo.currentData() == "en"
    assert BlockKind.FOCUS  # the vocabulary stays importable after switching
