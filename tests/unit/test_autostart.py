"""Start at login on Linux: a real XDG autostart entry in a temporary $XDG_CONFIG_HOME."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ritmeregie import __version__
from ritmeregie.platform import autostart
from ritmeregie.platform.autostart import AutostartStatus, XdgAutostart

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart")


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    monkeypatch.delenv("RITMEREGIE_HOME", raising=False)
    return home


def exec_arguments(exec_value: str) -> list[str]:
    """Undo the Desktop Entry spec's Exec quoting (string escapes, then argument quoting)."""
    unescaped = exec_value.replace("\\\\", "\\")
    arguments: list[str] = []
    current: list[str] = []
    quoted = in_argument = False
    chars = iter(unescaped)
    for ch in chars:
        if quoted:
            if ch == "\\":
                current.append(next(chars))
            elif ch == '"':
                quoted = False
            else:
                current.append(ch)
        elif ch == '"':
            quoted = in_argument = True
        elif ch == " ":
            if in_argument:
                arguments.append("".join(current))
            current, in_argument = [], False
        else:
            current.append(ch)
            in_argument = True
    if in_argument:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def entry_values(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


@linux_only
def test_on_writes_an_entry_in_xdg_config_home_and_status_follows(config_home: Path) -> None:
    assert autostart.autostart_status() is AutostartStatus.OFF

    written = autostart.enable_autostart()

    assert written == config_home / "autostart" / "ritmeregie.desktop"
    assert written.is_file()
    assert autostart.autostart_status() is AutostartStatus.ON
    values = entry_values(written)
    assert values["Type"] == "Application"
    assert values["Icon"] == "ritmeregie"
    assert exec_arguments(values["Exec"]) == autostart.launch_command()

    autostart.disable_autostart()

    assert not written.exists()
    assert autostart.autostart_status() is AutostartStatus.OFF


@linux_only
def test_without_xdg_config_home_the_entry_goes_to_dot_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))

    assert autostart.enable_autostart() == tmp_path / ".config" / "autostart" / "ritmeregie.desktop"


@linux_only
def test_the_entry_starts_this_ritmeregie(config_home: Path) -> None:
    command = exec_arguments(entry_values(Path(autostart.enable_autostart()))["Exec"])

    # The same command, asked for its version instead of starting the tray app.
    result = subprocess.run(
        [*command, "--version"], capture_output=True, text=True, timeout=60, check=False
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ritmeregie {__version__}"


@linux_only
def test_a_chosen_data_folder_travels_along(config_home: Path, tmp_path: Path) -> None:
    odd = tmp_path / 'my "data" $HOME 100%'

    values = entry_values(Path(autostart.enable_autostart(odd)))

    assert exec_arguments(values["Exec"])[-2:] == ["--data-dir", str(odd)]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_entry_is_a_valid_desktop_file(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path / "config", [])
    path = backend.enable(["/opt/ritme regie/bin/ritmeregie", "--data-dir", '/a "b" $c\\d 5%'])

    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_hidden_or_gnome_disabled_entries_count_as_off(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path, [])
    backend.enable(["ritmeregie"])
    text = backend.path.read_text(encoding="utf-8")

    backend.path.write_text(text + "Hidden=true\n", encoding="utf-8")
    assert backend.status() is AutostartStatus.OFF

    backend.path.write_text(
        text.replace("X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"),
        encoding="utf-8",
    )
    assert backend.status() is AutostartStatus.OFF


def test_a_system_wide_entry_is_hidden_by_the_user_not_deleted(tmp_path: Path) -> None:
    system = tmp_path / "etc-xdg"
    (system / "autostart").mkdir(parents=True)
    system_entry = system / "autostart" / "ritmeregie.desktop"
    system_entry.write_text(
        "[Desktop Entry]\nType=Application\nName=ritmeregie\nExec=ritmeregie\n", encoding="utf-8"
    )
    backend = XdgAutostart(tmp_path / "config", [system])
    assert backend.status() is AutostartStatus.ON

    backend.disable()

    assert system_entry.is_file()
    assert entry_values(backend.path)["Hidden"] == "true"
    assert backend.status() is AutostartStatus.OFF

    backend.enable(["ritmeregie"])
    assert backend.status() is AutostartStatus.ON


def test_off_when_it_was_never_on_is_fine(tmp_path: Path) -> None:
    backend = XdgAutostart(tmp_path, [])
    backend.disable()
    assert backend.status() is AutostartStatus.OFF
    assert not backend.path.exists()


# --- what the entry starts ------------------------------------------------------------------------


def test_a_bundle_starts_its_own_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "dist" / "ritmeregie" / "ritmeregie"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle))

    assert autostart.launch_command() == [str(bundle)]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX script layout")
def test_an_installed_console_script_is_preferred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").touch()
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    assert autostart.launch_command() == [str(bin_dir / "python"), "-m", "ritmeregie"]

    script = bin_dir / "ritmeregie"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    assert autostart.launch_command() == [str(script)]


def test_exec_quoting_leaves_plain_paths_alone() -> None:
    assert autostart.exec_quote("/usr/bin/ritmeregie") == "/usr/bin/ritmeregie"
    assert autostart.exec_quote("a b") == '"a b"'
    assert exec_arguments(autostart.exec_quote('x "y" `z` $w \\v 50%')) == ['x "y" `z` $w \\v 50%']


def test_the_environment_decides_where_the_entry_lives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/is/ignored")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'a'}::{tmp_path / 'b'}")

    backend = XdgAutostart.from_environment()

    assert backend.path == tmp_path / ".config" / "autostart" / "ritmeregie.desktop"
    assert os.fspath(backend.path).startswith(str(tmp_path))
