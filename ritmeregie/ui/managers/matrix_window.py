"""The priority matrix: the open must-do's in four quadrants, per manager or all.

Columns urgent | not urgent, rows important | not important (the usual picture). An item moves by
mouse (drag it to another quadrant) or by keyboard: Ctrl+Left/Right makes it urgent or not,
Ctrl+Up/Down important or not, and 1-4 put it straight into a quadrant. Tab walks the quadrants.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.priority import Quadrant
from ritmeregie.services.managers import matrix_of, move_to_quadrant
from ritmeregie.storage import MustDo, StoreError

if TYPE_CHECKING:
    from ..app import RitmeregieApp

ID_ROLE = Qt.ItemDataRole.UserRole
# Where each quadrant sits: (row, column).
PLACES = {
    Quadrant.URGENT_IMPORTANT: (0, 0),
    Quadrant.IMPORTANT: (0, 1),
    Quadrant.URGENT: (1, 0),
    Quadrant.NEITHER: (1, 1),
}
NUMBER_KEYS = {
    Qt.Key.Key_1: Quadrant.URGENT_IMPORTANT,
    Qt.Key.Key_2: Quadrant.IMPORTANT,
    Qt.Key.Key_3: Quadrant.URGENT,
    Qt.Key.Key_4: Quadrant.NEITHER,
}


def quadrant_after(quadrant: Quadrant, key: Qt.Key) -> Quadrant | None:
    """Ctrl+arrow: Left makes it urgent, Right not urgent, Up important, Down not important."""
    urgent, important = quadrant.urgent, quadrant.important
    if key == Qt.Key.Key_Left:
        urgent = True
    elif key == Qt.Key.Key_Right:
        urgent = False
    elif key == Qt.Key.Key_Up:
        important = True
    elif key == Qt.Key.Key_Down:
        important = False
    else:
        return None
    for candidate in Quadrant:
        if candidate.urgent == urgent and candidate.important == important:
            return candidate
    return None


class QuadrantList(QListWidget):
    """One quadrant; items dropped here (from another quadrant) ask to move."""

    item_dropped = Signal(int, object)  # must-do id, Quadrant
    move_asked = Signal(int, object)  # must-do id, Quadrant (from the keyboard)

    def __init__(self, quadrant: Quadrant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def dropEvent(self, event: QDropEvent) -> None:
        source = event.source()
        if not isinstance(source, QuadrantList) or source is self:
            event.ignore()
            return
        item = source.currentItem()
        if item is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the window rebuilds the lists
        event.accept()
        self.item_dropped.emit(int(item.data(ID_ROLE)), self.quadrant)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None:
            target = None
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                target = quadrant_after(self.quadrant, Qt.Key(event.key()))
            elif event.key() in NUMBER_KEYS:
                target = NUMBER_KEYS[Qt.Key(event.key())]
            if target is not None:
                if target is not self.quadrant:
                    self.move_asked.emit(int(item.data(ID_ROLE)), target)
                return
        super().keyPressEvent(event)


class MatrixWindow(QWidget):
    moved = Signal(int, object)  # must-do id, Quadrant

    def __init__(self, app: RitmeregieApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setWindowTitle(self.tr("Priority matrix"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.filter = QComboBox(self)
        self.filter.setAccessibleName(self.tr("Show the requests of"))
        label = QLabel(self.tr("&Show"), self)
        label.setBuddy(self.filter)
        self.hint = QLabel(
            self.tr("Drag an item, or Ctrl+arrow: left urgent, up important; 1-4 a quadrant."),
            self,
        )
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.filter, 1)

        grid = QGridLayout()
        self.lists: dict[Quadrant, QuadrantList] = {}
        titles = self._titles()
        for quadrant, (row, column) in PLACES.items():
            box = QVBoxLayout()
            heading = QLabel(titles[quadrant], self)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            listing = QuadrantList(quadrant, self)
            listing.setAccessibleName(titles[quadrant])
            heading.setBuddy(listing)
            listing.item_dropped.connect(self.on_move)
            listing.move_asked.connect(self.on_move)
            self.lists[quadrant] = listing
            box.addWidget(heading)
            box.addWidget(listing, 1)
            grid.addLayout(box, row, column)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.hint)
        self.resize(760, 520)
        self._fill_filter()
        self.filter.currentIndexChanged.connect(self.on_filter_changed)
        # Every write replans once (ui/store_changes.py): the intake card or the command line
        # adding a request shows here without a reload.
        app.controller.plan_changed.connect(self.refresh)
        self.refresh()

    def _titles(self) -> dict[Quadrant, str]:
        return {
            Quadrant.URGENT_IMPORTANT: self.tr("Urgent and important: do it"),
            Quadrant.IMPORTANT: self.tr("Important, not urgent: plan it"),
            Quadrant.URGENT: self.tr("Urgent, not important: keep it short"),
            Quadrant.NEITHER: self.tr("Neither: let it go or later"),
        }

    def _fill_filter(self) -> None:
        self.filter.clear()
        self.filter.addItem(self.tr("All managers"), None)
        for manager in self.app.store.managers.all():
            self.filter.addItem(manager.name, manager.name)

    def set_manager(self, name: str | None) -> None:
        index = self.filter.findData(name)
        self.filter.setCurrentIndex(max(0, index))

    @Slot(int)
    def on_filter_changed(self, _index: int) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        chosen = self.filter.currentData()
        current = self._current_id()
        quadrants = matrix_of(self.app.store, chosen)
        colours = {m.name: m.color for m in self.app.store.managers.all()}
        for quadrant, listing in self.lists.items():
            listing.clear()
            for must_do in quadrants[quadrant]:
                listing.addItem(self._item(must_do, colours))
        if current is not None:
            self.select(current)

    def _item(self, must_do: MustDo, colours: dict[str, str | None]) -> QListWidgetItem:
        parts = [must_do.title]
        if must_do.manager:
            parts.append(must_do.manager)
        if must_do.deadline is not None:
            parts.append(must_do.deadline.strftime("%d-%m"))
        item = QListWidgetItem(" · ".join(parts))
        item.setData(ID_ROLE, must_do.id)
        colour = colours.get(must_do.manager or "")
        if colour:
            item.setForeground(QBrush(QColor(colour)))
        return item

    def _current_id(self) -> int | None:
        for listing in self.lists.values():
            if listing.hasFocus() and listing.currentItem() is not None:
                return int(listing.currentItem().data(ID_ROLE))
        return None

    def select(self, must_do_id: int) -> None:
        """Focus the item wherever it is now (after a move the keyboard stays with it)."""
        for listing in self.lists.values():
            for row in range(listing.count()):
                if listing.item(row).data(ID_ROLE) == must_do_id:
                    listing.setCurrentRow(row)
                    listing.setFocus()
                    return

    def quadrant_of(self, must_do_id: int) -> Quadrant | None:
        for quadrant, listing in self.lists.items():
            for row in range(listing.count()):
                if listing.item(row).data(ID_ROLE) == must_do_id:
                    return quadrant
        return None

    @Slot(int, object)
    def on_move(self, must_do_id: int, quadrant: Quadrant) -> None:
        try:
            move_to_quadrant(self.app.store, must_do_id, quadrant)
        except StoreError as exc:
            self.hint.setText(self.tr("Not moved: {reason}").format(reason=exc))
            return
        self.refresh()
        self.select(must_do_id)
        self.moved.emit(must_do_id, quadrant)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


def open_matrix(app: RitmeregieApp, manager: str | None = None) -> MatrixWindow:
    window = MatrixWindow(app)
    if manager is not None:
        window.set_manager(manager)
    return window
