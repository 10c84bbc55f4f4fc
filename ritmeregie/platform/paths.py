"""Where ritmeregie keeps its data, where the running app listens, and which zone is local.

No Qt here: the CLI imports this module and must start fast.

Socket location (POSIX). The running app listens on a Unix domain socket and the CLI
connects to the same path, so both sides compute it here. It lives only where no other user
can create or replace anything:

- directory: ``$XDG_RUNTIME_DIR`` when it is a directory the user owns with mode 0700 (per
  user, emptied at logout — the right home for a socket); otherwise ``run/`` inside the data
  folder (0700, the user's own); when that path would be too long for a socket, a folder of our
  own, ``<temp>/ritmeregie-<uid>`` (made 0700; used only when it is the user's and private);
- file name: ``ritmeregie-<16 hex>.sock``, the hex being a hash of the user and the
  resolved data dir, so every data dir (tests, a person's second store) gets its own
  instance;
- AF_UNIX paths are limited to ~107 bytes: a path longer than ``MAX_SOCKET_PATH_BYTES`` is
  not used.

Never a shared folder such as ``/tmp`` itself: there another user could bind the name first and
receive the user's commands. ``socket_dir_problem`` says what is wrong with a folder found; the
app refuses to listen there and the CLI refuses to connect, and the client also checks that the
program that answers runs as the same user (SO_PEERCRED, ipc_client).

We do not use ``platformdirs.user_runtime_dir``: without ``XDG_RUNTIME_DIR`` it warns
(a ``RuntimeDirWarning``) and on macOS its directory can be long.

On Windows the app listens on the named pipe ``\\\\.\\pipe\\<runtime_name>`` instead.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import stat
import sys
import tempfile
import warnings
import zoneinfo
from pathlib import Path

import platformdirs

log = logging.getLogger(__name__)

APP_NAME = "ritmeregie"
HOME_ENV = "RITMEREGIE_HOME"
# sockaddr_un.sun_path is 108 bytes on Linux (104 on macOS/BSD) including the NUL; stay
# well below both.
MAX_SOCKET_PATH_BYTES = 100
FALLBACK_TIMEZONE = "UTC"
_HASH_HEX_CHARS = 16


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: ``--data-dir`` override, then $RITMEREGIE_HOME, then the OS default.

    The result is absolute and resolved; the directory is not created here.
    """
    if override is not None and str(override) != "":
        chosen = Path(override)
    elif os.environ.get(HOME_ENV):
        chosen = Path(os.environ[HOME_ENV])
    else:
        chosen = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return chosen.expanduser().resolve()


def _user_identity() -> str:
    # The uid cannot be spoofed through the environment the way $USER can.
    if hasattr(os, "getuid"):
        return f"uid:{os.getuid()}"
    try:
        return f"user:{getpass.getuser()}"
    except (OSError, KeyError, ImportError):
        return "user:unknown"


def runtime_name(data_dir: str | os.PathLike[str]) -> str:
    """A name for the local socket/pipe, unique per user and per resolved data dir."""
    resolved = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    key = f"{_user_identity()}\n{resolved}".encode("utf-8", "surrogateescape")
    return f"{APP_NAME}-{hashlib.sha256(key).hexdigest()[:_HASH_HEX_CHARS]}"


RUN_DIRNAME = "run"


def socket_dir_problem(folder: Path) -> str | None:
    """Why `folder` may not hold our socket (another user owns it, or others may write in it),
    or None when it is the user's own and private. Windows has no such folder: always None."""
    if not hasattr(os, "getuid"):
        return None
    try:
        info = folder.lstat()
    except OSError as error:
        return f"{folder} cannot be used ({error.strerror or error})"
    if not stat.S_ISDIR(info.st_mode):
        return f"{folder} is not a folder"
    if info.st_uid != os.getuid():
        return f"{folder} belongs to another user (uid {info.st_uid})"
    if stat.S_IMODE(info.st_mode) & 0o077:
        return f"{folder} is open to other users ({stat.S_IMODE(info.st_mode):04o})"
    return None


def _fits(path: Path) -> bool:
    return len(os.fsencode(path)) <= MAX_SOCKET_PATH_BYTES


def _socket_dir(data_dir: str | os.PathLike[str], file_name: str) -> Path:
    runtime_dir = os.environ.get("XDG_RUNTIME_DIR")
    if runtime_dir and Path(runtime_dir).is_absolute():
        runtime = Path(runtime_dir)
        if socket_dir_problem(runtime) is None and _fits(runtime / file_name):
            return runtime
    inside = Path(data_dir).expanduser().resolve() / RUN_DIRNAME
    if _fits(inside / file_name):
        return inside
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"{APP_NAME}-{uid}"


def socket_path(data_dir: str | os.PathLike[str]) -> Path:
    """The Unix domain socket the running app listens on (POSIX); see the module docstring."""
    file_name = f"{runtime_name(data_dir)}.sock"
    return _socket_dir(data_dir, file_name) / file_name


def prepare_socket_dir(folder: Path) -> str | None:
    """Make the socket's folder (0700) if it is missing; then what socket_dir_problem says."""
    if not folder.exists():
        try:
            folder.mkdir(mode=0o700)
            os.chmod(folder, 0o700)
        except FileExistsError:
            pass  # made meanwhile: looked at below like any other
        except OSError as error:
            return f"{folder} cannot be made ({error.strerror or error})"
    return socket_dir_problem(folder)


def server_name(data_dir: str | os.PathLike[str]) -> str:
    """What QLocalServer.listen() gets: the full socket path on POSIX, the pipe name on Windows."""
    if sys.platform == "win32":
        return runtime_name(data_dir)
    return str(socket_path(data_dir))


def _zone_from_tz_env(tz_env: str) -> str | None:
    value = tz_env.removeprefix(":")
    candidates = [value]
    if os.path.isabs(value):
        # TZ=/usr/share/zoneinfo/Europe/Amsterdam: try every tail of the path.
        parts = Path(os.path.realpath(value)).parts
        candidates = ["/".join(parts[start:]) for start in range(1, len(parts))]
    for candidate in candidates:
        try:
            zoneinfo.ZoneInfo(candidate)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            continue
        return candidate
    return None


def local_timezone_name() -> str:
    """The IANA name of the local zone: $TZ first, then the system setting, else "UTC"."""
    tz_env = os.environ.get("TZ")
    if tz_env:
        from_env = _zone_from_tz_env(tz_env)
        if from_env is not None:
            return from_env
        log.warning("TZ=%r is not a known time zone name; using the system setting", tz_env)

    import tzlocal  # only here: the CLI's other commands need not pay for it

    name: str | None
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            name = tzlocal.get_localzone_name()
        for warning in caught:
            log.info("tzlocal: %s", warning.message)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError) as error:
        log.warning("Could not determine the local time zone (%s); using UTC", error)
        return FALLBACK_TIMEZONE
    if not name:
        log.warning("The local time zone is unknown; using UTC")
        return FALLBACK_TIMEZONE
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        log.warning("The local time zone %r is not in the zone database; using UTC", name)
        return FALLBACK_TIMEZONE
    return name
