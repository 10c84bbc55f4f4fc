"""The "changed" notice: the command line tells a running app it wrote; no app is no error."""

from __future__ import annotations

from pathlib import Path

from ritmeregie.platform.ipc_client import CommandName, parse_request


def test_no_running_app_means_nothing_to_tell(data_dir: Path) -> None:
    from ritmeregie.platform.ipc_client import notify_changed

    assert notify_changed(data_dir) is False


def test_the_notice_is_a_command_the_app_understands() -> None:
    assert parse_request(b'{"cmd": "changed"}').name is CommandName.CHANGED
