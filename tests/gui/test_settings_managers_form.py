"""Settings → Managers as a form: every field has a label (its buddy) or an accessible name, the
colour shows as a swatch and is chosen in the colour dialog, and an empty page says what to do."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from meetings_support import QT_LOG_IGNORE, at, running_app
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QColorDialog, QLabel, QWidget

from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.settings.managers_page import ManagersPage
from ritmeregie.ui.window_keys import WindowKey

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_LOG_IGNORE)]


@pytest.fixture
def app(qapp: Any, data_dir: Path) -> Iterator[RitmeregieApp]:
    with running_app(data_dir, at(10, 12)) as (running, _clock):
        yield running


def managers_page(app: RitmeregieApp) -> ManagersPage:
    window = app.show_window(WindowKey.SETTINGS, page="managers")
    assert window is not None
    page = window.pages["managers"]  # type: ignore[attr-defined]
    assert isinstance(page, ManagersPage)
    return page


def test_every_field_has_a_label_and_an_accessible_name(app: RitmeregieApp) -> None:
    app.store.managers.add("Karin de Vries")
    page = managers_page(app)
    buddies = {label.buddy(): label for label in page.findChildren(QLabel) if label.buddy()}
    labelled: list[QWidget] = [page.name_edit, page.color_button, page.layers, page.review_day]
    for field in labelled:
        assert field in buddies, field
        assert "&" in buddies[field].text() and buddies[field].isVisibleTo(page)
    fields: list[QWidget] = [*labelled, page.color_edit, page.review_time, page.new_name]
    for field in fields:
        assert field.accessibleName(), field
    assert isinstance(page.default_check, QCheckBox) and "&" in page.default_check.text()


def test_the_colour_shows_as_a_swatch_and_is_chosen_in_the_dialog(
    qtbot: Any, app: RitmeregieApp
) -> None:
    app.store.managers.add("Karin de Vries")
    page = managers_page(app)
    assert page.color_button.icon().isNull() is False
    qtbot.mouseClick(page.color_button, Qt.MouseButton.LeftButton)
    dialog = page.color_dialog
    assert isinstance(dialog, QColorDialog) and dialog.isVisible()
    dialog.setCurrentColor(QColor("#2f6fb3"))
    dialog.accept()
    karin = app.store.managers.find("Karin de Vries", exact=True)
    assert karin is not None and karin.color == "#2F6FB3"
    assert page.color_edit.text() == "#2F6FB3"
    swatch = page.color_button.icon().pixmap(8, 8).toImage()
    assert swatch.pixelColor(4, 4).name() == "#2f6fb3"


def test_without_managers_the_page_says_what_to_do(app: RitmeregieApp) -> None:
    page = managers_page(app)
    assert page.list.count() == 0
    assert page.empty_label.isVisibleTo(page) and page.empty_label.text()
    assert not page.details.isVisibleTo(page)
    page.new_name.setText("Tom Bakker")
    page.on_add()
    assert not page.empty_label.isVisibleTo(page) and page.details.isVisibleTo(page)
    assert page.details.title() == "Tom Bakker"
