"""Start at login on Windows: the Run key and Task Manager's StartupApproved flag.

The registry is an in-memory stand-in for HKEY_CURRENT_USER (a fake of the OS); the logic under test
is the real WindowsRunKey.
"""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from ritmeregie.platform.autostart import (
    APPROVED_ENABLED,
    REG_BINARY,
    REG_SZ,
    RUN_KEY,
    STARTUP_APPROVED_KEY,
    AutostartStatus,
    WindowsRunKey,
)

COMMAND = [r"C:\Users\Anne Smit\pipx\venvs\ritmeregie\Scripts\pythonw.exe", "-m", "ritmeregie"]
# What Task Manager writes when the user disables an entry: 0x03, then a FILETIME.
DISABLED_BY_TASK_MANAGER = bytes([0x03, 0, 0, 0]) + bytes.fromhex("80c1d1f3a0d1da01")


class MemoryRegistry:
    """HKEY_CURRENT_USER as a dict: {key: {name: (value, type)}}."""

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[Any, int]]] = {}

    def get(self, key: str, name: str) -> tuple[Any, int] | None:
        return self.keys.get(key, {}).get(name)

    def set(self, key: str, name: str, value: Any, value_type: int) -> None:
        self.keys.setdefault(key, {})[name] = (value, value_type)

    def delete(self, key: str, name: str) -> None:
        self.keys.get(key, {}).pop(name, None)


@pytest.fixture
def registry() -> MemoryRegistry:
    return MemoryRegistry()


def test_on_writes_the_run_value_as_one_command_line(registry: MemoryRegistry) -> None:
    runner = WindowsRunKey(registry)
    assert runner.status() is AutostartStatus.OFF

    location = runner.enable(COMMAND)

    value, value_type = registry.keys[RUN_KEY]["ritmeregie"]
    assert value_type == REG_SZ
    assert value == subprocess.list2cmdline(COMMAND)
    assert value.startswith('"C:\\Users\\Anne Smit\\')  # the space-carrying path is quoted
    assert location.endswith(r"CurrentVersion\Run\ritmeregie")
    assert runner.status() is AutostartStatus.ON


def test_disabled_in_task_manager_reads_as_off(registry: MemoryRegistry) -> None:
    runner = WindowsRunKey(registry)
    runner.enable(COMMAND)
    registry.set(STARTUP_APPROVED_KEY, "ritmeregie", DISABLED_BY_TASK_MANAGER, REG_BINARY)

    assert runner.status() is AutostartStatus.OFF


def test_an_approved_flag_keeps_it_on(registry: MemoryRegistry) -> None:
    runner = WindowsRunKey(registry)
    runner.enable(COMMAND)
    registry.set(STARTUP_APPROVED_KEY, "ritmeregie", APPROVED_ENABLED, REG_BINARY)

    assert runner.status() is AutostartStatus.ON


def test_switching_on_again_clears_task_managers_disable(registry: MemoryRegistry) -> None:
    runner = WindowsRunKey(registry)
    runner.enable(COMMAND)
    registry.set(STARTUP_APPROVED_KEY, "ritmeregie", DISABLED_BY_TASK_MANAGER, REG_BINARY)

    runner.enable(COMMAND)

    assert registry.get(STARTUP_APPROVED_KEY, "ritmeregie") == (APPROVED_ENABLED, REG_BINARY)
    assert runner.status() is AutostartStatus.ON


def test_switching_on_leaves_other_programs_alone(registry: MemoryRegistry) -> None:
    registry.set(RUN_KEY, "OneDrive", '"C:\\OneDrive.exe" /background', REG_SZ)
    registry.set(STARTUP_APPROVED_KEY, "OneDrive", DISABLED_BY_TASK_MANAGER, REG_BINARY)
    runner = WindowsRunKey(registry)

    runner.enable(COMMAND)
    runner.disable()

    assert registry.get(RUN_KEY, "OneDrive") == ('"C:\\OneDrive.exe" /background', REG_SZ)
    assert registry.get(STARTUP_APPROVED_KEY, "OneDrive") == (DISABLED_BY_TASK_MANAGER, REG_BINARY)


def test_off_removes_the_value_and_its_flag(registry: MemoryRegistry) -> None:
    runner = WindowsRunKey(registry)
    runner.enable(COMMAND)
    registry.set(STARTUP_APPROVED_KEY, "ritmeregie", DISABLED_BY_TASK_MANAGER, REG_BINARY)

    runner.disable()

    assert registry.get(RUN_KEY, "ritmeregie") is None
    assert registry.get(STARTUP_APPROVED_KEY, "ritmeregie") is None
    assert runner.status() is AutostartStatus.OFF
    runner.disable()  # twice is fine


def test_an_empty_run_value_is_off(registry: MemoryRegistry) -> None:
    registry.set(RUN_KEY, "ritmeregie", "", REG_SZ)
    assert WindowsRunKey(registry).status() is AutostartStatus.OFF
