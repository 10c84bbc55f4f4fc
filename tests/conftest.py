"""Shared test set-up: Qt platform choice, the desktop-session gate, data and artifact directories.

Widget tests run on Qt's offscreen platform. Tests marked ``desktop`` need the real session started by
``tools/desktop-session`` (Xvfb + private D-Bus + dunst + trayer); without it they are skipped, unless
``RITMEREGIE_REQUIRE_DESKTOP=1`` says the session must be there (the test command sets it), then they fail.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from radicale_server import RadicaleServer

REPO_ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS_DIR = Path(os.environ.get("RITMEREGIE_ARTIFACTS_DIR", REPO_ROOT / "test-artifacts"))


def in_desktop_session() -> bool:
    return os.environ.get("RITMEREGIE_DESKTOP") == "1" and bool(os.environ.get("DISPLAY"))


def desktop_required() -> bool:
    return os.environ.get("RITMEREGIE_REQUIRE_DESKTOP") == "1"


def _prepare_environment() -> None:
    # Must happen before any QApplication exists, so at import time of this conftest.
    if in_desktop_session():
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    else:
        # An unset platform with no DISPLAY aborts the whole pytest-qt run (exit 134, message swallowed).
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not os.environ.get("XDG_RUNTIME_DIR"):
        # Qt warns (and qt_log_level_fail turns that into a failure) when it needs a runtime dir and has none.
        runtime_dir = tempfile.mkdtemp(prefix="ritmeregie-runtime-")
        os.chmod(runtime_dir, 0o700)
        os.environ["XDG_RUNTIME_DIR"] = runtime_dir
        atexit.register(shutil.rmtree, runtime_dir, True)


_prepare_environment()


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("desktop") is None or in_desktop_session():
        return
    reason = (
        "needs the real desktop session (Xvfb, private D-Bus, dunst, trayer): "
        "run it through tools/desktop-session or tools/run-tests"
    )
    if desktop_required():
        pytest.fail(f"RITMEREGIE_REQUIRE_DESKTOP=1 but no desktop session: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data directory for one test (what ``--data-dir`` / RITMEREGIE_HOME point at)."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def artifacts_dir() -> Iterator[Path]:
    """``test-artifacts/`` at the repository root (git-ignored): screenshots and other evidence."""
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    yield ARTIFACTS_DIR


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[RadicaleServer]:
    """A real CalDAV server (Radicale, htpasswd auth) on 127.0.0.1 and a free port, stopped after."""
    server = RadicaleServer(tmp_path / "radicale")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def keyring_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a child process with a real, file-based keyring in the test's folder."""
    home = tmp_path / "keyring-home"
    home.mkdir()
    return {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(home),
    }
