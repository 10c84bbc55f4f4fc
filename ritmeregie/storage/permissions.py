"""The data folder is private: folders 0700, files 0600 — checked, and repaired at the app's start.

The data folder and what lies inside it are looked at without following symbolic links (a link
could point anywhere). An entry another user owns is a problem of its own: it is reported, never
changed (chmod on somebody else's file is not ours to do), and the store refuses to use the
folder (storage.database.check_data_folder_owned). On systems without POSIX modes (Windows)
there is nothing to check.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .database import DIR_MODE, FILE_MODE

log = logging.getLogger("ritmeregie.storage")


@dataclass(frozen=True, slots=True)
class PermissionProblem:
    path: Path
    mode: int  # the mode found (permission bits only)
    wanted: int
    owner: int | None = None  # the uid of another user who owns it; None: ours

    def describe(self) -> str:
        if self.owner is not None:
            return f"{self.path} belongs to uid {self.owner}, not to you"
        return f"{self.path} is {self.mode:04o}, should be {self.wanted:04o}"


def check_permissions(data_dir: Path) -> list[PermissionProblem]:
    """Everything in the data folder that others could read, write or enter, or that they own."""
    if os.name != "posix" or not Path(data_dir).is_dir():
        return []
    problems = []
    for path, wanted in _entries(Path(data_dir)):
        try:
            info = path.lstat()
        except OSError:
            continue  # gone meanwhile (a -shm file, a rotated log)
        mode = stat.S_IMODE(info.st_mode)
        if info.st_uid != os.getuid():
            problems.append(PermissionProblem(path, mode, wanted, owner=info.st_uid))
            continue
        # More private than asked is fine; anything open to group or others is not, and we must
        # keep read and write access ourselves.
        if mode & 0o077 or (mode & wanted) != wanted:
            problems.append(PermissionProblem(path, mode, wanted))
    return problems


def repair_permissions(data_dir: Path) -> list[PermissionProblem]:
    """Set 0700/0600 where needed; returns what was repaired (what could not be, is logged)."""
    repaired = []
    for problem in check_permissions(data_dir):
        if problem.owner is not None:
            continue  # not ours to change; the store refuses the folder
        try:
            os.chmod(problem.path, problem.wanted, follow_symlinks=False)
        except (OSError, NotImplementedError) as exc:
            log.warning("could not make %s private: %s", problem.path, exc)
            continue
        log.info("made private: %s", problem.describe())
        repaired.append(problem)
    return repaired


def _entries(root: Path) -> list[tuple[Path, int]]:
    found: list[tuple[Path, int]] = [(root, DIR_MODE)]
    for folder, dirs, files in os.walk(root, followlinks=False):
        base = Path(folder)
        for name in dirs:
            if not (base / name).is_symlink():
                found.append((base / name, DIR_MODE))
        for name in files:
            path = base / name
            if path.is_symlink():
                continue
            try:
                regular = stat.S_ISREG(path.lstat().st_mode)
            except OSError:
                continue
            if regular:  # sockets and pipes are not ours to change
                found.append((path, FILE_MODE))
    return found
