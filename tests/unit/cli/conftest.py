"""Run the real `ritmeregie` command in a child process, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli(data_dir: Path) -> Run:
    def run(
        *args: str,
        tz: str = "Europe/Amsterdam",
        lang: str = "en",
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        child_env = {
            **os.environ,
            "TZ": tz,
            "RITMEREGIE_HOME": str(data_dir),
            "LANGUAGE": lang,
            "LANG": "C.UTF-8",
            **(env or {}),
        }
        child_env.pop("LC_ALL", None)
        return subprocess.run(
            [sys.executable, "-m", "ritmeregie", *args],
            capture_output=True,
            text=True,
            env=child_env,
            timeout=60,
            check=False,
        )

    return run
