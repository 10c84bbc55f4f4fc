"""Vandaag, its view: the window's widgets and where they sit (vandaag.py fills them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from .controller import RhythmController
from .timeline import TimelineWidget
from .today_tasks import TodayTasksPanel
from .undo_bar import UndoBar


class VandaagView(QWidget):
    # WindowKey: a ritual, history, settings … asked for from here
    window_requested = Signal(object)

    controller: RhythmController

    def _build(self) -> None:
        self.date_label = QLabel(self)
        font = self.date_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.date_label.setFont(font)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        status_font = self.status_label.font()
        status_font.setPointSizeF(status_font.pointSizeF() * 1.1)
        self.status_label.setFont(status_font)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setAccessibleName(
            QCoreApplication.translate("VandaagWindow", "Changes to the rhythm today")
        )

        self.timeline = TimelineWidget(self)
        # Not `self.scroll`: that would hide QWidget.scroll().
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.timeline)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusProxy(self.timeline)

        agenda_heading = QLabel(QCoreApplication.translate("VandaagWindow", "Own agenda"), self)
        heading_font = agenda_heading.font()
        heading_font.setBold(True)
        agenda_heading.setFont(heading_font)
        self.agenda_list = QTreeWidget(self)
        self.agenda_list.setColumnCount(3)
        self.agenda_list.setHeaderLabels(
            [
                QCoreApplication.translate("VandaagWindow", "Time"),
                QCoreApplication.translate("VandaagWindow", "Title"),
                QCoreApplication.translate("VandaagWindow", "Kind"),
            ]
        )
        self.agenda_list.setRootIsDecorated(False)
        self.agenda_list.setUniformRowHeights(True)
        self.agenda_list.setAlternatingRowColors(True)
        self.agenda_list.setAllColumnsShowFocus(True)
        self.agenda_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_list.setAccessibleName(
            QCoreApplication.translate("VandaagWindow", "Own agenda of today")
        )
        header = self.agenda_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        agenda_heading.setBuddy(self.agenda_list)
        self.empty_label = QLabel(
            QCoreApplication.translate("VandaagWindow", "Nothing on your own agenda today."), self
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.new_button = QPushButton(
            QCoreApplication.translate("VandaagWindow", "&New item"), self
        )
        self.edit_button = QPushButton(QCoreApplication.translate("VandaagWindow", "&Edit"), self)
        self.delete_button = QPushButton(
            QCoreApplication.translate("VandaagWindow", "&Delete"), self
        )
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.undo_bar = UndoBar(QCoreApplication.translate("VandaagWindow", "&Undo"), self)
        self.undo_label = self.undo_bar.label
        self.undo_button = self.undo_bar.button

        side = QVBoxLayout()
        side.setSpacing(8)
        self.tasks_panel = TodayTasksPanel(self.controller, self)
        self.tasks_panel.window_requested.connect(self.window_requested)
        side.addWidget(self.tasks_panel)
        side.addSpacing(14)
        side.addWidget(agenda_heading)
        side.addWidget(self.agenda_list, 1)
        side.addWidget(self.empty_label)
        side.addLayout(buttons)
        side.addWidget(self.undo_bar)

        body = QHBoxLayout()
        body.setSpacing(18)
        body.addWidget(self.scroll_area, 3)
        body.addLayout(side, 2)

        layout = self.main_layout = QVBoxLayout(self)  # the window adds its navigator and legend
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(6)
        layout.addWidget(self.date_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.notes_label)
        layout.addSpacing(10)
        layout.addLayout(body, 1)

        QWidget.setTabOrder(self.timeline, self.tasks_panel.dagstart_button)
        QWidget.setTabOrder(self.tasks_panel.dagstart_button, self.agenda_list)
        QWidget.setTabOrder(self.agenda_list, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.undo_button)
