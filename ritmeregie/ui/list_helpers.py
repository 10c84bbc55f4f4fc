"""Rows that carry what they show: the id (or name) behind each row of a list or a tree.

Every list in the app keeps its record's key in the row's UserRole (in column 0 of a tree); these
read the current row's key and make the row with a given key current, the same way everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem

ID_ROLE = Qt.ItemDataRole.UserRole

ItemView = QListWidget | QTreeWidget


def row_value(row: QListWidgetItem | QTreeWidgetItem | None) -> object:
    """The key a row carries (None for no row, or a row without one, like an empty-list note)."""
    if row is None:
        return None
    if isinstance(row, QTreeWidgetItem):
        return row.data(0, ID_ROLE)
    return row.data(ID_ROLE)


def current_value(view: ItemView) -> object:
    return row_value(view.currentItem())


def current_id(view: ItemView) -> int | None:
    value = current_value(view)
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) else None


def rows(view: ItemView) -> list[QListWidgetItem] | list[QTreeWidgetItem]:
    if isinstance(view, QTreeWidget):
        tree_rows = (view.topLevelItem(i) for i in range(view.topLevelItemCount()))
        return [row for row in tree_rows if row is not None]
    list_rows = (view.item(i) for i in range(view.count()))
    return [row for row in list_rows if row is not None]


def select_value(view: ItemView, value: object, *, else_first: bool = False) -> bool:
    """Make the row carrying `value` current; when none does and `else_first`, the first row.
    True when a row was made current."""
    shown = rows(view)
    chosen = next((row for row in shown if row_value(row) == value), None)
    if chosen is None and else_first and shown:
        chosen = shown[0]
    if chosen is None:
        return False
    _set_current(view, chosen)
    return True


def ensure_current(view: ItemView) -> None:
    """A list with rows always has a current one (the first, when nothing was chosen)."""
    if view.currentItem() is None:
        shown = rows(view)
        if shown:
            _set_current(view, shown[0])


def _set_current(view: ItemView, row: QListWidgetItem | QTreeWidgetItem) -> None:
    if isinstance(view, QTreeWidget) and isinstance(row, QTreeWidgetItem):
        view.setCurrentItem(row)
        return
    if isinstance(view, QListWidget) and isinstance(row, QListWidgetItem):
        view.setCurrentItem(row)
