"""Guard against a Qt binding that corrupts the interpreter (PySide6 6.12.0 on Python 3.11).

That release dropped one reference to None on every void-returning call; a tray app that redraws
all day aborts with "deallocating None" within hours. The icon painter makes thousands of such calls.
"""

import sys

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

pytestmark = pytest.mark.gui

CALLS = 2_000


def test_void_calls_do_not_leak_references_to_none(qapp):
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        painter.setPen(QColor("#2F6FB3"))
    after = sys.getrefcount(None)
    painter.end()
    # Other code may take or drop a handful of references meanwhile; a leak shows as ~CALLS.
    assert abs(after - before) < CALLS // 10, f"None refcount moved by {after - before}"
