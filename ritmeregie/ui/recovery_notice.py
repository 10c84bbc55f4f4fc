"""After a recovery at start: what happened, where the old file is, what was put back.

Shown once, not modal, right after the app came up (run_app). Calm words: nothing was deleted, and
whatever was entered after the backup is still in the old file.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..storage.damage import Damage
from ..storage.recovery import Recovery

log = logging.getLogger("ritmeregie.ui")

TEXT_WIDTH_PX = 440


class RecoveryNotice(QDialog):
    """Tells the user that the store was damaged at start and what ritmeregie did about it."""

    def __init__(self, recovery: Recovery, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery = recovery
        self.setWindowTitle(self.tr("ritmeregie: your data"))
        self.setObjectName("recovery-notice")

        icon = QLabel(self)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(pixmap.pixmap(40, 40))
        icon.setFixedWidth(52)

        self.heading = QLabel(self.heading_text(), self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        self.body = QLabel(self.body_text(), self)
        self.body.setWordWrap(True)
        self.body.setFixedWidth(TEXT_WIDTH_PX)

        where = QLabel(self.tr("The old file is kept in:"), self)
        self.path_field = QLineEdit(str(recovery.moved_to), self)
        self.path_field.setReadOnly(True)
        self.path_field.setAccessibleName(self.tr("Folder with the old file"))
        self.path_field.setCursorPosition(0)
        where.setBuddy(self.path_field)

        buttons = QDialogButtonBox(self)
        self.show_folder_button = QPushButton(self.tr("&Show folder"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        buttons.addButton(self.show_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.setDefault(True)
        self.show_folder_button.clicked.connect(self.on_show_folder)
        buttons.accepted.connect(self.accept)

        text = QVBoxLayout()
        text.setSpacing(10)
        text.addWidget(self.heading)
        text.addWidget(self.body)
        text.addSpacing(4)
        text.addWidget(where)
        text.addWidget(self.path_field)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(16)
        layout.addLayout(row)
        layout.addWidget(buttons)

        self.setTabOrder(self.close_button, self.show_folder_button)
        self.setTabOrder(self.show_folder_button, self.path_field)
        self.close_button.setFocus()

    def heading_text(self) -> str:
        if self.recovery.restored_from is None:
            return self.tr("Your data could not be read")
        return self.tr("Your data was restored from a backup")

    def damage_text(self) -> str:
        texts = {
            Damage.EMPTY: self.tr("the database file was empty"),
            Damage.TRUNCATED: self.tr("the database file was cut short"),
            Damage.NOT_A_DATABASE: self.tr("the database file was no longer a database"),
            Damage.MALFORMED: self.tr("the database file was damaged inside"),
        }
        return texts[self.recovery.damage]

    def body_text(self) -> str:
        damage = self.damage_text()
        if self.recovery.restored_from is None or self.recovery.restored_taken is None:
            return self.tr(
                "When ritmeregie started, {damage}. It moved the file aside — nothing was "
                "deleted — and, as there was no good backup, started with an empty agenda and "
                "the default rhythm."
            ).format(damage=damage)
        taken = self.recovery.restored_taken.astimezone()
        return self.tr(
            "When ritmeregie started, {damage}. It moved the file aside — nothing was deleted — "
            "and put back the backup of {date} at {time}. Anything you entered after that is "
            "still in the old file."
        ).format(damage=damage, date=f"{taken:%Y-%m-%d}", time=f"{taken:%H:%M}")

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing (by the user or by the app quitting) never waits for an answer: the notice
        # only informs, and QDialog's default could keep an early quit from going through.
        self.hide()
        event.accept()

    @Slot()
    def on_show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.recovery.moved_to)))


def show_recovery_notice(recovery: Recovery, parent: QWidget | None = None) -> RecoveryNotice:
    """Show the notice (not modal) and return it; the caller keeps it alive."""
    notice = RecoveryNotice(recovery, parent)
    log.info("recovery notice shown: old file in %s", recovery.moved_to)
    notice.show()
    notice.raise_()
    notice.activateWindow()
    return notice
