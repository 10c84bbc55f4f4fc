"""The small cards that appear by the tray (the nudge window, the friction entry): where they go and
how they look, so both stay one family."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import QWidget

SCREEN_MARGIN_PX = 16
STRIPE_WIDTH_PX = 6


def position_near_tray(size: QSize, anchor: QRect | None) -> QPoint:
    """Next to the tray icon when known (below a top tray, above a bottom one, right-aligned to
    it), else bottom-right of the screen; always inside the screen's available area."""
    screen = None
    if anchor is not None and anchor.isValid():
        screen = QGuiApplication.screenAt(anchor.center())
    area = (screen or QGuiApplication.primaryScreen()).availableGeometry()
    margin = SCREEN_MARGIN_PX
    if anchor is None or not anchor.isValid():
        return QPoint(
            area.right() + 1 - margin - size.width(), area.bottom() + 1 - margin - size.height()
        )
    if anchor.center().y() < area.center().y():
        y = anchor.bottom() + 1 + margin // 2
    else:
        y = anchor.top() - margin // 2 - size.height()
    x = anchor.right() + 1 - size.width()
    x = min(max(x, area.left() + margin), area.right() + 1 - margin - size.width())
    y = min(max(y, area.top() + margin), area.bottom() + 1 - margin - size.height())
    return QPoint(x, y)


def paint_card(widget: QWidget, stripe: QColor) -> None:
    """The window colour, a stripe in the block's colour on the left and a 1 px border in the
    palette's mid tone: a calm card edge without a shadow."""
    painter = QPainter(widget)
    try:
        palette = widget.palette()
        rect = widget.rect()
        painter.fillRect(rect, palette.window())
        painter.fillRect(QRect(0, 0, STRIPE_WIDTH_PX, rect.height()), stripe)
        painter.setPen(palette.mid().color())
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
    finally:
        painter.end()
