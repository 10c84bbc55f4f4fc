"""Files stay rooms of one purpose: none outside the migrations grows past about 400 lines.

A file that passes the limit is split along its parts (building, reading/writing, painting), as
the windows were; the limit has a little slack so a comment does not force a split.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "ritmeregie"
MAX_LINES = 420


def long_files(root: Path, limit: int) -> dict[str, int]:
    found = {}
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue  # a migration is a record of one change: never split, never edited
        count = len(path.read_text(encoding="utf-8").splitlines())
        if count > limit:
            found[str(path.relative_to(root.parent))] = count
    return found


def test_no_file_passes_about_400_lines() -> None:
    assert long_files(PACKAGE_DIR, MAX_LINES) == {}


def test_the_check_sees_a_long_file(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "migrations").mkdir(parents=True)
    (package / "long.py").write_text("x = 1\n" * 5)
    (package / "migrations" / "0001.py").write_text("x = 1\n" * 50)
    assert long_files(package, 4) == {"pkg/long.py": 5}
