"""Checklists, its view: the lists on the left, the open one on the right (checklists.py fills
them and saves what changes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


class ChecklistsView(QWidget):
    def _build(self) -> None:
        self.lists = QListWidget(self)
        self.lists.setAccessibleName(QCoreApplication.translate("ChecklistsWindow", "Checklists"))
        self.lists.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lists.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps the "2/5" visible
        self.lists.setSpacing(3)
        lists_label = QLabel(QCoreApplication.translate("ChecklistsWindow", "Check&lists"), self)
        lists_label.setBuddy(self.lists)
        self.archived_box = QCheckBox(
            QCoreApplication.translate("ChecklistsWindow", "Show ar&chived"), self
        )
        self.new_button = QPushButton(
            QCoreApplication.translate("ChecklistsWindow", "&New checklist"), self
        )
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(lists_label)
        left_layout.addWidget(self.lists, 1)
        left_layout.addWidget(self.archived_box)
        left_layout.addWidget(self.new_button)

        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(
            QCoreApplication.translate("ChecklistsWindow", "Title of the checklist")
        )
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_edit.setFont(font)
        self.progress_label = QLabel(self)
        self.progress_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.items = QListWidget(self)
        self.items.setAccessibleName(QCoreApplication.translate("ChecklistsWindow", "Steps"))
        self.items.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.items.setSpacing(4)
        self.add_edit = QLineEdit(self)
        self.add_edit.setPlaceholderText(
            QCoreApplication.translate("ChecklistsWindow", "Add a step and press Enter")
        )
        self.add_edit.setAccessibleName(QCoreApplication.translate("ChecklistsWindow", "New step"))
        self.hint = QLabel(
            QCoreApplication.translate(
                "ChecklistsWindow", "Space ticks · F2 renames · Delete removes · Ctrl+↑/↓ moves"
            ),
            self,
        )
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.round_button = QPushButton(
            QCoreApplication.translate("ChecklistsWindow", "New &round"), self
        )
        self.round_button.setToolTip(
            QCoreApplication.translate("ChecklistsWindow", "Clear the ticks for the next time")
        )
        self.archive_button = QPushButton(
            QCoreApplication.translate("ChecklistsWindow", "&Archive"), self
        )
        self.undo_button = QPushButton(
            QCoreApplication.translate("ChecklistsWindow", "&Undo"), self
        )
        self.undo_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.round_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        self.empty_label = QLabel(
            QCoreApplication.translate(
                "ChecklistsWindow",
                "No checklists yet. Make one from a friction on Friction Friday, or start a "
                "new one here.",
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.detail = QWidget(self)
        right = QVBoxLayout(self.detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        right.addWidget(self.title_edit)
        right.addWidget(self.progress_label)
        right.addWidget(self.items, 1)
        right.addWidget(self.add_edit)
        right.addWidget(self.hint)
        right.addLayout(buttons)
        for button in (self.new_button, self.round_button, self.archive_button, self.undo_button):
            button.setAutoDefault(False)

        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([240, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty_label)

        QWidget.setTabOrder(self.lists, self.archived_box)
        QWidget.setTabOrder(self.archived_box, self.new_button)
        QWidget.setTabOrder(self.new_button, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.items)
        QWidget.setTabOrder(self.items, self.add_edit)
        QWidget.setTabOrder(self.add_edit, self.round_button)
        QWidget.setTabOrder(self.round_button, self.archive_button)
        QWidget.setTabOrder(self.archive_button, self.undo_button)
