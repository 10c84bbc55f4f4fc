"""The floors the app is measured against, run as a script by path (no ritmeregie import).

    python floor.py [--stack | --stack-first] [--then quit|stay]

Qt floor: a QApplication with a QSystemTrayIcon and a small menu. With --stack it first does what
the product's stack costs at start: SQLAlchemy with its ORM and an SQLite engine (one mapped table,
created and queried in a temporary file), APScheduler's Qt scheduler (started) and plyer. With
--stack-first it imports that stack before PySide6 (whose import hook reads the source of every
module imported after it): the same work in the cheaper order, shown next to the floor.

"Ready" means the same as for the app: the tray icon was shown, a tray host exists, and a
zero-delay timer set right after show() has fired, i.e. the event loop is running and has worked
off what start-up queued. Then it prints READY and quits (--then quit) or stays idle until killed.
"""

import argparse
import sys
import tempfile
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine


# No `from __future__ import annotations` here: SQLAlchemy reads the local class's `Mapped[int]` at run time.
def load_stack(folder: str) -> "tuple[Engine, Any]":
    """The engine and the started-to-be scheduler (APScheduler ships no types: Any)."""
    import datetime as dt

    import plyer  # noqa: F401  (the product imports plyer's notification facade)
    from apscheduler.schedulers.qt import QtScheduler
    from sqlalchemy import Integer, String, create_engine, select
    from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

    class Base(DeclarativeBase):
        pass

    class Item(Base):
        __tablename__ = "items"
        id: Mapped[int] = mapped_column(Integer, primary_key=True)
        title: Mapped[str] = mapped_column(String(64))

    engine = create_engine(f"sqlite:///{folder}/floor.sqlite3")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Item(title="floor"))
        session.commit()
        session.scalars(select(Item)).all()
    scheduler = QtScheduler(timezone=dt.UTC)
    return engine, scheduler


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stack", action="store_true")
    parser.add_argument("--stack-first", action="store_true")
    parser.add_argument("--then", choices=("quit", "stay"), default="quit")
    args = parser.parse_args()
    if args.stack_first:
        import apscheduler.schedulers.base  # noqa: F401
        import plyer  # noqa: F401
        import sqlalchemy.orm  # noqa: F401

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
    from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    folder = tempfile.TemporaryDirectory(prefix="ritmeregie-floor-")
    stack = load_stack(folder.name) if args.stack or args.stack_first else None
    if stack is not None:
        stack[1].start()

    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#3b7a57"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    menu = QMenu()
    for text in ("Now", "Start focus now", "Take a reset", "Pause", "Today", "Settings"):
        menu.addAction(QAction(text, menu))
    menu.addSeparator()
    quit_action = QAction("Quit", menu)
    quit_action.triggered.connect(app.quit)
    menu.addAction(quit_action)
    tray.setContextMenu(menu)
    tray.setToolTip("floor")
    tray.show()

    def ready() -> None:
        available = QSystemTrayIcon.isSystemTrayAvailable() and tray.isVisible()
        print("READY" if available else "READY no-tray", flush=True)
        if args.then == "quit":
            app.quit()

    QTimer.singleShot(0, ready)
    code = app.exec()
    folder.cleanup()
    return code


if __name__ == "__main__":
    sys.exit(main())
