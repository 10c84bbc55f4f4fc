"""Scenario 8 — privacy: a private data folder (checked by doctor, repaired at the app's start, never
by the CLI) and no network access without a calendar subscription.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from ledger import Run, Tally

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import open_store
from ritmeregie.storage.backup import BackupKind, make_backup
from ritmeregie.storage.database import DB_FILENAME
from ritmeregie.storage.permissions import check_permissions

pytestmark = pytest.mark.reliability

AMS = ZoneInfo("Europe/Amsterdam")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def open_up(data_dir: Path) -> list[Path]:
    """Make everything readable for others, as a careless copy or a umask of 022 would."""
    with open_store(data_dir) as store:
        store.frictions.add("vertrouwelijk")
        backup = make_backup(store.path, data_dir, BackupKind.MANUAL, dt.datetime.now(dt.UTC))
    opened = [data_dir, data_dir / "backups", data_dir / DB_FILENAME, backup]
    for path in opened:
        path.chmod(0o755 if path.is_dir() else 0o644)
    log = data_dir / "ritmeregie.log"
    log.write_text("a log line\n")
    log.chmod(0o666)
    return [*opened, log]


def test_doctor_reports_open_modes_and_the_app_start_repairs_them(
    data_dir: Path, ritmeregie: Run, ledger: Callable[[str], Tally]
) -> None:
    opened = open_up(data_dir)
    ledger("8 privacy").faults_injected += len(opened)

    doctor = ritmeregie("doctor")
    assert doctor.returncode == 1
    assert "✗ privacy" in doctor.stdout and "5 not private" in doctor.stdout
    assert ritmeregie("plan").returncode == 0
    assert mode(data_dir / DB_FILENAME) == 0o644, "the CLI reports, it never repairs"

    with open_store(data_dir, recover=True) as store:  # what the app does at its start
        assert [f.text for f in store.frictions.all()] == ["vertrouwelijk"]
    for path in opened:
        assert mode(path) == (0o700 if path.is_dir() else 0o600), path
    assert check_permissions(data_dir) == []
    assert "✓ privacy" in ritmeregie("doctor").stdout


def test_a_symlink_in_the_data_folder_is_not_followed(data_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("not ours")
    outside.chmod(0o644)
    data_dir.chmod(0o700)
    (data_dir / "link").symlink_to(outside)
    with open_store(data_dir, recover=True):
        pass
    assert mode(outside) == 0o644


class NetworkGuard:
    """socket.socket.connect that refuses every family but AF_UNIX and records who tried."""

    def __init__(self) -> None:
        self.attempts: list[tuple[int, Any]] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        real_connect = socket.socket.connect
        real_connect_ex = socket.socket.connect_ex
        guard = self

        def connect(sock: socket.socket, address: Any) -> None:
            if sock.family != socket.AF_UNIX:
                guard.attempts.append((sock.family, address))
                raise OSError("network access refused by the privacy test")
            real_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            if sock.family != socket.AF_UNIX:
                guard.attempts.append((sock.family, address))
                return 111
            return real_connect_ex(sock, address)

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
            guard.attempts.append((0, host))
            raise socket.gaierror("name lookup refused by the privacy test")

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    watcher = NetworkGuard()
    watcher.install(monkeypatch)
    yield watcher


@pytest.mark.gui
@pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    r"This plugin does not support propagateSizeHints\(\)",
)
def test_the_app_touches_no_network_without_a_subscription(
    qapp: Any, qtbot: Any, data_dir: Path, guard: NetworkGuard, ledger: Callable[[str], Tally]
) -> None:
    from ritmeregie.ui.app import RitmeregieApp

    clock = ManualClock(dt.datetime(2027, 3, 26, 9, 0, tzinfo=AMS))
    store = open_store(data_dir, clock, recover=True)
    store.settings.set("first_run_done", True)
    app = RitmeregieApp(store, clock, AMS)
    try:
        app.start()
        # A day in the app: replans, a jump, a new day, the windows it shows by itself.
        clock.advance(dt.timedelta(hours=3))
        app.wall_watch.check_now()
        app.day_watch.check_now()
        clock.jump_wall(dt.timedelta(days=1))
        app.wall_watch.check_now()
        qtbot.wait(50)
        app.notifier.notify("ritmeregie", "privacy test")
        qapp.processEvents()
    finally:
        app.stop()
        for widget in qapp.topLevelWidgets():
            widget.close()
        app.deleteLater()
        qapp.processEvents()
        store.close()
    ledger("8 privacy").faults_injected += 1
    assert guard.attempts == [], f"network access without a subscription: {guard.attempts}"
    assert os.listdir(data_dir)  # the app did run on this folder
