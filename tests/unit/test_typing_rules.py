"""mypy strict reads the whole package, and every `type: ignore` left says why it is there."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ritmeregie"
IGNORE = re.compile(r"#\s*type:\s*ignore(\[[^\]]*\])?(?P<after>.*)$")


def mypy_config() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        config: dict[str, object] = tomllib.load(file)["tool"]["mypy"]
    return config


def test_mypy_is_strict_over_every_package() -> None:
    config = mypy_config()
    assert config["strict"] is True
    assert config["packages"] == ["ritmeregie"]
    overrides = config.get("overrides", [])
    assert isinstance(overrides, list)
    silenced = [o["module"] for o in overrides if o.get("ignore_errors")]
    assert silenced == [], f"mypy errors are ignored in {silenced}"


def test_every_type_ignore_says_why() -> None:
    unexplained = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            found = IGNORE.search(line)
            if found is None:
                continue
            reason_after = found["after"].strip().lstrip("#").strip()
            above = lines[number - 2].strip() if number > 1 else ""
            if not reason_after and not above.startswith("#"):
                unexplained.append(f"{path.relative_to(ROOT)}:{number}")
    assert unexplained == [], "a type: ignore without a comment saying why: " + ", ".join(
        unexplained
    )
