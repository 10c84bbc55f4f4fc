"""`doctor` and the live commands when no app runs."""

from __future__ import annotations

import json

from ritmeregie.storage import HEAD_REVISION


def test_doctor_reports_paths_schema_and_integrity(cli, data_dir):
    data_dir.chmod(0o700)  # made by the test with the umask; a folder open to others is a problem
    done = cli("doctor", env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "DBUS_SESSION_BUS_ADDRESS": ""})
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert str(data_dir) in out
    assert "ritmeregie.sqlite3" in out
    assert HEAD_REVISION in out
    assert "✓ integrity" in out and " ok" in out
    assert "– system tray" in out and "no display" in out
    assert "✗ notifications" in out


def test_doctor_on_a_damaged_file_says_so_and_keeps_it(cli, data_dir):
    db = data_dir / "ritmeregie.sqlite3"
    db.write_bytes(b"this is not a database at all" * 100)
    before = db.read_bytes()
    done = cli("doctor", env={"DISPLAY": ""})
    assert done.returncode == 1
    assert "✗ database" in done.stdout
    assert db.read_bytes() == before


def test_live_commands_without_a_running_app(cli):
    for command in (["focus"], ["reset"], ["pause", "--minutes", "10"], ["resume"], ["quit"]):
        done = cli(*command)
        assert done.returncode == 1, command
        assert done.stderr.strip().splitlines() == [
            "ritmeregie: the app is not running; start it with 'ritmeregie'."
        ]


def test_status_without_app_reports_from_the_plan(cli):
    done = cli("status", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["running"] is False
    assert set(data) >= {"now", "current", "next", "next_nudge", "paused_until", "minutes_left"}
