"""The competence mirror: once a year, the year's reflections side by side, and one question.

"How enterprising have I been this year?" — the answer is saved as it is typed (review notes of
kind competence_mirror for the year). The reflections are shown read-only, newest month first,
with the month's average energy, so patterns stand out without any scoring.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ritmeregie.domain.review import energy_average
from ritmeregie.services.vocabulary import month_name
from ritmeregie.storage import Reflection, Store
from ritmeregie.storage.reviews import ReviewKind

from .autosave import DebouncedSaver

if TYPE_CHECKING:
    from ..app import RitmeregieApp


class CompetenceMirrorDialog(QDialog):
    def __init__(self, store: Store, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.year = year
        self.setWindowTitle(self.tr("Competence mirror — ritmeregie"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.saver = DebouncedSaver(self.save, parent=self)
        self._build()
        self.saver.watch(self.answer_edit)
        self.saver.watch_window(self)
        self.load()
        self.resize(900, 640)

    def _build(self) -> None:
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title_label.setFont(font)
        intro = QLabel(
            self.tr("Once a year: look back at your own reflections and name what you see."), self
        )
        intro.setWordWrap(True)

        year_heading = QLabel(self.tr("&Your reflections this year"), self)
        self.reflections_view = QTextBrowser(self)
        self.reflections_view.setAccessibleName(self.tr("Your reflections this year"))
        year_heading.setBuddy(self.reflections_view)

        self.question_label = QLabel(self.tr("&How enterprising have I been this year?"), self)
        self.question_label.setWordWrap(True)
        question_font = self.question_label.font()
        question_font.setPointSizeF(question_font.pointSizeF() * 1.15)
        question_font.setBold(True)
        self.question_label.setFont(question_font)
        hint = QLabel(
            self.tr(
                "Think of initiatives you took, things you improved, moments you chose your "
                "own course. And what you would like to take on next year."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.answer_edit = QPlainTextEdit(self)
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setAccessibleName(self.tr("How enterprising have I been this year?"))
        self.question_label.setBuddy(self.answer_edit)
        bold = year_heading.font()
        bold.setBold(True)
        year_heading.setFont(bold)

        left = QVBoxLayout()
        left.addWidget(year_heading)
        left.addWidget(self.reflections_view, 1)
        right = QVBoxLayout()
        right.addWidget(self.question_label)
        right.addWidget(hint)
        right.addSpacing(4)
        right.addWidget(self.answer_edit, 1)
        for column in (left, right):
            column.setSpacing(6)  # else they take the 20 between the columns from `body`
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, 1)
        body.addLayout(right, 1)

        saved = QLabel(self.tr("Saved as you type."), self)
        saved.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setAutoDefault(False)
        self.done_button.setToolTip(self.tr("Ctrl+Enter · everything is saved as you type"))
        self.done_button.clicked.connect(self.accept)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(saved)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(intro)
        layout.addSpacing(10)
        layout.addLayout(body, 1)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.answer_edit, self.reflections_view)
        QWidget.setTabOrder(self.reflections_view, self.done_button)

    def load(self) -> None:
        self.title_label.setText(self.tr("Competence mirror {year}").format(year=self.year))
        reflections = self.store.reflections.between(
            dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
        )
        self.reflections_view.setHtml(self.reflections_html(reflections))
        with self.saver.loading():
            self.answer_edit.setPlainText(
                self.store.reviews.get(ReviewKind.COMPETENCE_MIRROR, dt.date(self.year, 1, 1))
            )

    def reflections_html(self, reflections: list[Reflection]) -> str:
        if not reflections:
            return "<p>{}</p>".format(
                html.escape(self.tr("No reflections this year yet. Next year there will be."))
            )
        by_month: dict[int, list[Reflection]] = defaultdict(list)
        for reflection in reflections:
            by_month[reflection.date.month].append(reflection)
        labels = (
            self.tr("Satisfied"),
            self.tr("Less satisfied"),
            self.tr("Differently"),
        )
        parts: list[str] = []
        for month in sorted(by_month, reverse=True):
            days = by_month[month]
            average = energy_average(r.energy for r in days)
            name = month_name(month)  # Dutch months are lower case, but this starts a heading
            heading = html.escape(name[:1].upper() + name[1:])
            if average is not None:
                energy = f"{average:g}".replace(".", QLocale().decimalPoint())  # 3,2 in Dutch
                heading += " <span style='font-weight:normal'>· {}</span>".format(
                    html.escape(self.tr("energy {energy} / 5").format(energy=energy))
                )
            parts.append(f"<h3>{heading}</h3>")
            for r in reversed(days):
                rows = "".join(
                    f"<br><i>{html.escape(label)}:</i> {html.escape(text.strip())}"
                    for label, text in zip(
                        labels, (r.satisfied, r.less_satisfied, r.differently), strict=True
                    )
                    if text.strip()
                )
                parts.append(f"<p><b>{r.date.day} {html.escape(month_name(month))}</b>{rows}</p>")
        return "".join(parts)

    def save(self) -> None:
        self.store.reviews.save(
            ReviewKind.COMPETENCE_MIRROR, dt.date(self.year, 1, 1), self.answer_edit.toPlainText()
        )

    def set_context(self, year: int | None = None, **_context: object) -> None:
        if year is not None and year != self.year:
            self.saver.flush()
            self.year = year
            self.load()

    def bring_forward(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.answer_edit.setFocus()


def open_competence_mirror(
    app: RitmeregieApp, year: int | None = None, **_context: object
) -> CompetenceMirrorDialog:
    return CompetenceMirrorDialog(app.store, year or app.controller.today().year)
