"""Settings → Rhythm: where each of the page's widgets sits (grids, rows, the tab order)."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from .rhythm_view import RhythmPageView


def lay_out(page: RhythmPageView) -> None:
    lengths = QGridLayout()
    lengths.setHorizontalSpacing(10)
    lengths.setVerticalSpacing(6)
    lengths.addWidget(page.focus_label, 0, 0)
    lengths.addWidget(page.focus_spin, 0, 1)
    lengths.addWidget(page.reset_label, 0, 2)
    lengths.addWidget(page.reset_spin, 0, 3)
    lengths.setColumnStretch(4, 1)
    lengths.addWidget(page.focus_problem, 1, 0, 1, 5)
    lengths.addWidget(page.reset_problem, 2, 0, 1, 5)
    lengths.addWidget(page.report_check, 3, 0, 1, 5)

    day = QGridLayout()
    day.setHorizontalSpacing(10)
    day.setVerticalSpacing(8)
    day.setColumnStretch(1, 1)
    day.addWidget(page.working_check, 0, 0, 1, 2)
    hours = QHBoxLayout()
    hours.setSpacing(8)
    hours.addWidget(page.start_edit)
    hours.addWidget(page.to_label)
    hours.addWidget(page.end_edit)
    hours.addSpacing(8)
    hours.addWidget(page.same_hours_button)
    hours.addStretch(1)
    day.addWidget(page.hours_label, 1, 0)
    day.addLayout(hours, 1, 1)
    day.addWidget(page.hours_problem, 2, 1)
    lunch = QHBoxLayout()
    lunch.setSpacing(8)
    lunch.addWidget(page.lunch_check)
    lunch.addWidget(page.lunch_start)
    lunch.addWidget(page.lunch_for)
    lunch.addWidget(page.lunch_minutes)
    lunch.addStretch(1)
    day.addLayout(lunch, 3, 0, 1, 2)
    day.addWidget(page.lunch_problem, 4, 1)

    list_buttons = QHBoxLayout()
    list_buttons.setSpacing(8)
    list_buttons.addWidget(page.add_button)
    list_buttons.addWidget(page.remove_button)
    list_buttons.addStretch(1)

    editor = QGridLayout()
    editor.setHorizontalSpacing(10)
    editor.setVerticalSpacing(6)
    editor.addWidget(page.kind_label, 0, 0)
    editor.addWidget(page.kind_combo, 0, 1, 1, 3)
    editor.addWidget(page.block_start_label, 1, 0)
    editor.addWidget(page.block_start, 1, 1)
    editor.addWidget(page.block_minutes_label, 1, 2)
    editor.addWidget(page.block_minutes, 1, 3)
    editor.addWidget(page.block_title_label, 2, 0)
    editor.addWidget(page.block_title, 2, 1, 1, 3)
    editor.addWidget(page.block_problem, 3, 0, 1, 4)
    editor.setColumnStretch(1, 1)
    editor.setColumnStretch(3, 1)
    editor.setRowStretch(4, 1)

    blocks = QHBoxLayout()
    blocks.setSpacing(16)
    left = QVBoxLayout()
    left.setSpacing(6)
    left.addWidget(page.block_list, 1)
    left.addLayout(list_buttons)
    blocks.addLayout(left, 3)
    blocks.addLayout(editor, 2)

    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(page.title_label)
    layout.addWidget(page.intro)
    layout.addSpacing(10)
    layout.addWidget(page.lengths_heading)
    layout.addLayout(lengths)
    layout.addSpacing(12)
    layout.addWidget(page.days_heading)
    layout.addWidget(page.day_tabs)
    layout.addSpacing(4)
    layout.addLayout(day)
    layout.addSpacing(6)
    layout.addWidget(page.blocks_label)
    layout.addLayout(blocks)
    layout.addSpacing(12)
    layout.addWidget(page.preview_heading)
    layout.addWidget(page.preview)
    layout.addStretch(1)

    order = [
        page.focus_spin,
        page.reset_spin,
        page.report_check,
        page.day_tabs,
        page.working_check,
        page.start_edit,
        page.end_edit,
        page.same_hours_button,
        page.lunch_check,
        page.lunch_start,
        page.lunch_minutes,
        page.block_list,
        page.add_button,
        page.remove_button,
        page.kind_combo,
        page.block_start,
        page.block_minutes,
        page.block_title,
    ]
    for first, second in itertools.pairwise(order):
        QWidget.setTabOrder(first, second)
