"""The PyInstaller one-folder app: built by tools/build-bundle, then started as a user would.

Slow (a build takes ~30 s warm, longer cold), so it runs only with RITMEREGIE_BUNDLE_TEST=1;
tools/run-tests sets that on CI (CI=true). Each check starts the bundle's own executable, never the
source tree, with a fresh data folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "dist" / "ritmeregie" / "ritmeregie"
INTERNAL = APP.parent / "_internal"

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(
        os.environ.get("RITMEREGIE_BUNDLE_TEST") != "1",
        reason="builds the PyInstaller bundle: set RITMEREGIE_BUNDLE_TEST=1 (CI does)",
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    result = subprocess.run(
        [str(ROOT / "tools" / "build-bundle")],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert APP.is_file()
    return APP


def run(app: Path, *args: str, data: Path, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "RITMEREGIE_HOME": str(data),
        "TZ": "Europe/Amsterdam",
        "LANGUAGE": lang,
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("LC_ALL", None)
    return subprocess.run(
        [str(app), *args], capture_output=True, text=True, env=env, timeout=60, check=False
    )


@pytest.mark.timeout(900)
def test_the_bundle_carries_translations_migrations_and_icons(bundle: Path) -> None:
    assert (INTERNAL / "resources" / "i18n" / "ritmeregie_nl.qm").is_file()
    assert (INTERNAL / "resources" / "i18n" / "ritmeregie_nl.ts").is_file()
    assert (INTERNAL / "resources" / "icons" / "hicolor" / "256x256" / "apps").is_dir()
    versions = INTERNAL / "ritmeregie" / "storage" / "migrations" / "versions"
    shipped = sorted(p.name for p in versions.glob("*.py"))
    source = sorted(p.name for p in (ROOT / "ritmeregie/storage/migrations/versions").glob("*.py"))
    assert shipped == source


@pytest.mark.timeout(900)
def test_version_and_plan(bundle: Path, tmp_path: Path) -> None:
    version = run(bundle, "--version", data=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("ritmeregie ")

    plan = run(bundle, "plan", "--date", "2027-03-26", "--json", data=tmp_path / "data")
    assert plan.returncode == 0, plan.stderr
    data = json.loads(plan.stdout)
    assert data["date"] == "2027-03-26"
    assert data["timezone"] == "Europe/Amsterdam"
    assert {"dagstart", "focus", "friction_friday"} <= {b["kind"] for b in data["blocks"]}
    assert (tmp_path / "data" / "ritmeregie.sqlite3").is_file()  # migrations ran

    dutch = run(bundle, "plan", "--date", "2027-03-26", data=tmp_path / "data", lang="nl")
    assert dutch.returncode == 0, dutch.stderr
    assert dutch.stdout.startswith("Vrijdag 26 maart 2027")


@pytest.mark.timeout(900)
def test_caldav_runs_from_the_bundle(bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    listed = run(bundle, "caldav", "list", "--json", data=data)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == {"accounts": []}
    # The client and its HTTP library are imported only when a server is asked: a closed port
    # is one line (not a missing module).
    env = {**os.environ, "RITMEREGIE_HOME": str(data), "LANGUAGE": "en", "LANG": "C.UTF-8"}
    env.pop("LC_ALL", None)
    added = subprocess.run(
        [str(bundle), "caldav", "add", "Proef", "--url", "http://127.0.0.1:9/", "--user", "proef",
         "--password-stdin"],
        input="geheim\n", capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert added.returncode == 1 and "cannot be reached" in added.stderr, added.stderr
    # keyring and its backends: removing an account forgets its password in the keychain (or
    # says in one line that there is none), without a traceback.
    added = run(bundle, "caldav", "add", "Proef", "--url", "http://127.0.0.1:9/", "--user",
                "proef", data=data)  # fmt: skip
    assert added.returncode == 0, added.stderr
    removed = run(bundle, "caldav", "rm", "Proef", data=data)
    assert removed.returncode == 0 and "Traceback" not in removed.stderr, removed.stderr
    assert "keyring" not in removed.stderr.lower() or "keychain" in removed.stderr.lower()


@pytest.fixture
def running_app(bundle: Path, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    data = tmp_path / "data"
    env = {
        **os.environ,
        "RITMEREGIE_HOME": str(data),
        "TZ": "Europe/Amsterdam",
        "QT_QPA_PLATFORM": "offscreen",
        "LANGUAGE": "nl",
    }
    with (tmp_path / "app-output.txt").open("w", encoding="utf-8") as output:
        process = subprocess.Popen(
            [str(bundle)], env=env, stdout=output, stderr=subprocess.STDOUT, text=True
        )
        try:
            yield bundle, data
        finally:
            if process.poll() is None:
                run(bundle, "quit", data=data)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


@pytest.mark.timeout(900)
def test_the_tray_app_starts_answers_and_quits(running_app: tuple[Path, Path]) -> None:
    app, data = running_app
    deadline = time.monotonic() + 60
    status = run(app, "status", "--json", data=data)
    while '"running": true' not in status.stdout and time.monotonic() < deadline:
        time.sleep(0.2)  # polling for start-up, not moving time
        status = run(app, "status", "--json", data=data)
    assert json.loads(status.stdout)["running"] is True, status.stderr

    quit_result = run(app, "quit", data=data)
    assert quit_result.returncode == 0, quit_result.stderr
    log = (data / "ritmeregie.log").read_text(encoding="utf-8")
    assert "Traceback" not in log
