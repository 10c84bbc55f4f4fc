"""Start ritmeregie at login: an XDG autostart entry, the Windows Run key, or a macOS LaunchAgent.

The public functions pick the mechanism for the running OS; the three backends below take everything
OS-specific (folders, the registry) as arguments, so their logic is tested on any machine.

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/ritmeregie.desktop``. A system-wide entry
  (``$XDG_CONFIG_DIRS/autostart``, e.g. from a distribution package) is switched off by a user entry
  with ``Hidden=true``, as the Desktop Application Autostart spec says.
- Windows: ``HKCU\\...\\CurrentVersion\\Run``. Task Manager's "Disable" does not delete that value; it
  writes a flag to ``Explorer\\StartupApproved\\Run`` (first byte odd = disabled). Status honours the
  flag, and turning autostart on in ritmeregie clears it again, because that is the user's newer word.
- macOS: ``~/Library/LaunchAgents/nl.ritmeregie.plist`` with RunAtLoad; launchd reads it at login.

No Qt here: the CLI uses this module.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

APP_ID = "ritmeregie"
DESKTOP_FILE_NAME = "ritmeregie.desktop"
LAUNCH_AGENT_LABEL = "nl.ritmeregie"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE_NAME = "ritmeregie"
# winreg's value types (stable Windows constants; winreg itself exists only on Windows).
REG_SZ = 1
REG_BINARY = 3
# What Explorer writes for an approved entry: 0x02, then eleven zero bytes (no "disabled at" time).
APPROVED_ENABLED = bytes([0x02]) + bytes(11)


class AutostartStatus(Enum):
    ON = "on"
    OFF = "off"
    UNSUPPORTED = "unsupported"


class AutostartError(Exception):
    """Autostart could not be changed (no mechanism on this OS, or the OS refused); one clear line."""


# --- what to start --------------------------------------------------------------------------------


def launch_command(data_dir: str | os.PathLike[str] | None = None) -> list[str]:
    """The command that starts the tray app the way this copy was installed.

    A PyInstaller bundle starts its own executable; an installed console script (pip, pipx, a venv)
    is used when it sits next to this interpreter; otherwise ``python -m ritmeregie``. On Windows the
    windowless ``pythonw.exe`` is preferred, so no console window opens at login.
    """
    if getattr(sys, "frozen", False):
        command = [str(Path(sys.executable).resolve())]
    else:
        command = _script_command()
    if data_dir is not None and str(data_dir) != "":
        command += ["--data-dir", str(Path(data_dir).expanduser().resolve())]
    return command


def _script_command() -> list[str]:
    interpreter = Path(sys.executable)
    bin_dir = interpreter.parent
    if sys.platform == "win32":
        windowless = bin_dir / "pythonw.exe"
        if windowless.is_file():
            return [str(windowless), "-m", APP_ID]
        script = bin_dir / f"{APP_ID}.exe"
    else:
        script = bin_dir / APP_ID
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [str(interpreter), "-m", APP_ID]


# --- Linux / XDG ----------------------------------------------------------------------------------

_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_quote(argument: str) -> str:
    """One argument of an Exec= line, quoted as the Desktop Entry spec asks (then escaped as a string).

    Inside double quotes `"`, backquote, `$` and backslash get a backslash; `%` becomes `%%` (field
    codes); finally every backslash is doubled, because Exec is also a string value.
    """
    if argument and not any(ch in _EXEC_RESERVED for ch in argument):
        quoted = argument
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
        quoted = f'"{inner}"'
    return quoted.replace("%", "%%").replace("\\", "\\\\")


def desktop_entry_text(command: Sequence[str]) -> str:
    exec_line = " ".join(exec_quote(part) for part in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=ritmeregie\n"
        "GenericName=Day rhythm\n"
        "GenericName[nl]=Dagritme\n"
        "Comment=Start your day rhythm at login\n"
        "Comment[nl]=Start je dagritme bij het inloggen\n"
        f"Exec={exec_line}\n"
        "Icon=ritmeregie\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _entry_values(path: Path) -> dict[str, str] | None:
    """The [Desktop Entry] keys of a file, or None when it cannot be read."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    values: dict[str, str] = {}
    in_entry = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            in_entry = stripped == "[Desktop Entry]"
        elif in_entry and "=" in stripped and not stripped.startswith("#"):
            key, value = stripped.split("=", 1)
            values[key.strip()] = value.strip()
    return values


def _entry_active(values: dict[str, str]) -> bool:
    return (
        values.get("Hidden", "false").lower() != "true"
        and values.get("X-GNOME-Autostart-enabled", "true").lower() != "false"
    )


class XdgAutostart:
    def __init__(self, config_home: Path, config_dirs: Sequence[Path]) -> None:
        self.path = config_home / "autostart" / DESKTOP_FILE_NAME
        self._system_paths = [folder / "autostart" / DESKTOP_FILE_NAME for folder in config_dirs]

    @classmethod
    def from_environment(cls) -> XdgAutostart:
        home = os.environ.get("XDG_CONFIG_HOME") or ""
        config_home = Path(home) if os.path.isabs(home) else Path.home() / ".config"
        dirs = [Path(d) for d in (os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if d]
        return cls(config_home, [d for d in dirs if d.is_absolute()])

    def _system_entry(self) -> dict[str, str] | None:
        for path in self._system_paths:
            if path.is_file():
                return _entry_values(path)
        return None

    def status(self) -> AutostartStatus:
        # The user's own file wins over a system-wide one with the same name.
        values = _entry_values(self.path) if self.path.exists() else self._system_entry()
        if values is None:
            return AutostartStatus.OFF
        return AutostartStatus.ON if _entry_active(values) else AutostartStatus.OFF

    def enable(self, command: Sequence[str]) -> Path:
        _write_atomically(self.path, desktop_entry_text(command).encode("utf-8"))
        return self.path

    def disable(self) -> None:
        if self._system_entry() is not None:
            # Removing our file would let the system entry start us again: hide it instead.
            text = "[Desktop Entry]\nType=Application\nName=ritmeregie\nHidden=true\n"
            _write_atomically(self.path, text.encode("utf-8"))
        else:
            self.path.unlink(missing_ok=True)


# --- Windows --------------------------------------------------------------------------------------


class Registry(Protocol):
    """The few HKEY_CURRENT_USER operations autostart needs (winreg behind it on Windows)."""

    def get(self, key: str, name: str) -> tuple[Any, int] | None:
        """(value, type) or None when the key or the value does not exist."""

    def set(self, key: str, name: str, value: Any, value_type: int) -> None:
        """Create the key when needed and write the value."""

    def delete(self, key: str, name: str) -> None:
        """Remove the value; no error when it is not there."""


class WinRegistry:
    """HKEY_CURRENT_USER through winreg (imported here, so other systems never import it)."""

    # Each method first says it runs on Windows only: mypy then checks winreg's calls against the
    # Windows stubs (with --platform win32) and skips them elsewhere.

    def get(self, key: str, name: str) -> tuple[Any, int] | None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, value_type = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return value, int(value_type)

    def set(self, key: str, name: str, value: Any, value_type: int) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
            winreg.SetValueEx(handle, name, 0, value_type, value)

    def delete(self, key: str, name: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        except FileNotFoundError:
            pass


class WindowsRunKey:
    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self.location = "HKEY_CURRENT_USER\\" + RUN_KEY + "\\" + RUN_VALUE_NAME

    def _approved(self) -> bool:
        entry = self._registry.get(STARTUP_APPROVED_KEY, RUN_VALUE_NAME)
        if entry is None:
            return True  # no flag: Windows starts every Run entry
        value, _type = entry
        if isinstance(value, bytes | bytearray) and len(value) > 0:
            return value[0] % 2 == 0
        return True

    def status(self) -> AutostartStatus:
        entry = self._registry.get(RUN_KEY, RUN_VALUE_NAME)
        if entry is None or not str(entry[0]).strip():
            return AutostartStatus.OFF
        return AutostartStatus.ON if self._approved() else AutostartStatus.OFF

    def enable(self, command: Sequence[str]) -> str:
        self._registry.set(RUN_KEY, RUN_VALUE_NAME, subprocess.list2cmdline(command), REG_SZ)
        if not self._approved():
            self._registry.set(STARTUP_APPROVED_KEY, RUN_VALUE_NAME, APPROVED_ENABLED, REG_BINARY)
        return self.location

    def disable(self) -> None:
        self._registry.delete(RUN_KEY, RUN_VALUE_NAME)
        # A stale "disabled" flag would survive a later enable in Explorer's eyes; drop it too.
        self._registry.delete(STARTUP_APPROVED_KEY, RUN_VALUE_NAME)


# --- macOS ----------------------------------------------------------------------------------------


def launch_agent_plist(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "KeepAlive": False,
            # A tray app belongs to the graphical session, with the priority of an app the user runs.
            "LimitLoadToSessionType": "Aqua",
            "ProcessType": "Interactive",
        }
    )


class LaunchAgent:
    def __init__(self, agents_dir: Path) -> None:
        self.path = agents_dir / f"{LAUNCH_AGENT_LABEL}.plist"

    def status(self) -> AutostartStatus:
        try:
            content = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return AutostartStatus.OFF
        if not isinstance(content, dict) or content.get("Disabled") is True:
            return AutostartStatus.OFF
        return AutostartStatus.ON if content.get("RunAtLoad") is True else AutostartStatus.OFF

    def enable(self, command: Sequence[str]) -> Path:
        _write_atomically(self.path, launch_agent_plist(command))
        return self.path

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


# --- the public API -------------------------------------------------------------------------------

Backend = XdgAutostart | WindowsRunKey | LaunchAgent


def backend_for(platform: str | None = None) -> Backend | None:
    """The mechanism for `platform` (default: this OS), or None where ritmeregie has none."""
    name = sys.platform if platform is None else platform
    if name == "win32":
        return WindowsRunKey(WinRegistry())
    if name == "darwin":
        return LaunchAgent(Path.home() / "Library" / "LaunchAgents")
    if name.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return XdgAutostart.from_environment()
    return None


def autostart_status() -> AutostartStatus:
    backend = backend_for()
    if backend is None:
        return AutostartStatus.UNSUPPORTED
    try:
        return backend.status()
    except OSError:
        return AutostartStatus.OFF


def enable_autostart(data_dir: str | os.PathLike[str] | None = None) -> Path | str:
    """Start ritmeregie at the next login; returns the file (or registry value) written.

    `data_dir`: pass only a folder the user chose explicitly; the default location needs none.
    Raises AutostartError when this OS has no mechanism or refuses the change.
    """
    backend = _required_backend()
    try:
        return backend.enable(launch_command(data_dir))
    except OSError as exc:
        raise AutostartError(str(exc)) from exc


def disable_autostart() -> None:
    backend = _required_backend()
    try:
        backend.disable()
    except OSError as exc:
        raise AutostartError(str(exc)) from exc


def _required_backend() -> Backend:
    backend = backend_for()
    if backend is None:
        raise AutostartError(f"no autostart mechanism on this system ({sys.platform})")
    return backend


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    temporary.chmod(0o644)
    os.replace(temporary, path)
