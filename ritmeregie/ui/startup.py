"""Starting the tray app: the private data folder, the log, the one instance, the store, the app.

`ritmeregie` without a command ends here (cli/launch.py); the app itself is ui/app.py.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ritmeregie.platform.i18n import install_qt_translator, resolve_language

from ..domain.clock import SystemClock
from ..domain.localtime import UnknownTimezoneError, zone
from ..platform.ipc_client import IpcError, NoInstanceError, send_command
from ..platform.memory import release_free_memory
from ..platform.paths import local_timezone_name
from ..platform.single_instance import SingleInstance, SingleInstanceError
from ..storage import StoreError, WriteFailedError, open_store
from ..storage.database import check_data_folder_owned
from .app import RitmeregieApp
from .app_icon import app_icon

log = logging.getLogger("ritmeregie.ui")

# What only the start needed goes back to the system this long after it (platform/memory.py).
RELEASE_MEMORY_AFTER_MS = 2_000


def _raise_running(data_dir: Path) -> int:
    # The running instance may hold the lock a moment before it listens: retry briefly.
    for _ in range(20):
        try:
            send_command(data_dir, "raise")
            return 0
        except NoInstanceError:
            time.sleep(0.1)
        except IpcError as exc:
            print(f"ritmeregie: {exc}", file=sys.stderr)
            return 1
    print("ritmeregie: already running", file=sys.stderr)
    return 0


def _setup_logging(data_dir: Path) -> None:
    """A small rotating log in the data folder; unexpected errors go there, not to a console."""
    from logging.handlers import RotatingFileHandler

    class QuietFileHandler(RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:
            # A full or read-only disk: the log cannot take the line; the user hears of the disk
            # from the app itself, once, not through a traceback on the terminal.
            pass

    handlers: list[logging.Handler] = []
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        handlers.append(
            QuietFileHandler(
                data_dir / "ritmeregie.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        )
    except OSError:
        pass
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    handlers.append(console)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        handlers=handlers,
    )

    def log_unexpected(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if isinstance(error, WriteFailedError):
            # A refused write that left a slot: WriteNotice has said it already (store.writes).
            log.warning("not saved: %s", error)
            return
        log.critical("unexpected error", exc_info=(kind, error, trace))

    sys.excepthook = log_unexpected


def run_app(data_dir: Path, language: str | None = None) -> int:
    os.umask(0o077)  # everything the app creates (log, lock, backups) is private to the user
    try:
        # Before the log is opened: a folder or log of another user is not written at all.
        check_data_folder_owned(data_dir)
    except StoreError as exc:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        return _fatal(app, str(exc))
    _setup_logging(data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ritmeregie")
    app.setApplicationDisplayName("ritmeregie")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)

    lock = SingleInstance(data_dir)
    instance: SingleInstance | None = lock
    try:
        if not lock.acquire():
            return _raise_running(data_dir)
        if lock.listen_error is not None:
            print(
                f"ritmeregie: {lock.listen_error}; 'ritmeregie quit' and 'status' cannot reach it.",
                file=sys.stderr,
            )
    except SingleInstanceError as exc:
        # A read-only data folder: no lock file there. The store opens for reading and says so.
        log.warning("running without the single-instance lock: %s", exc)
        instance = None
    try:
        store = open_store(data_dir, recover=True)
    except StoreError as exc:
        if instance is not None:
            instance.close()
        return _fatal(app, str(exc))
    install_qt_translator(app, resolve_language(language or store.settings.language()))
    try:
        tz = zone(store.settings.timezone_name() or local_timezone_name())
    except UnknownTimezoneError:
        tz = zone(local_timezone_name())
    shell = RitmeregieApp(store, SystemClock(), tz, instance)
    shell.start()
    shell.welcome_if_new()
    notice = None
    if store.recovery is not None:  # its code loads only when there is something to say
        from .recovery_notice import show_recovery_notice

        notice = show_recovery_notice(store.recovery)
    # What only the start needed (code compiled, the first paint) goes back to the system once
    # the tray is up (platform/memory.py).
    QTimer.singleShot(RELEASE_MEMORY_AFTER_MS, release_free_memory)
    app.aboutToQuit.connect(shell.stop)
    if instance is not None:
        app.aboutToQuit.connect(instance.close)
    try:
        return app.exec()
    finally:
        if notice is not None:
            notice.close()
        store.close()


def _fatal(app: QApplication, message: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    print(f"ritmeregie: {message}", file=sys.stderr)
    QMessageBox.critical(None, "ritmeregie", message)
    return 1
