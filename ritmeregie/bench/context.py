"""What every benchmark section shares: the run's context, and the programs it measures."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import procs, stores
from .report import Report


@dataclass
class Context:
    settings: Any  # cli.Settings
    work: Path
    report: Report
    say: Callable[[str], None]
    shared: dict[str, Any] = field(default_factory=dict)

    def app_store(self) -> Path:
        """A prepared store the app starts on (created and migrated once, like a second start)."""
        path = self.shared.get("app_store")
        if path is None:
            path = stores.prepare_app_store(self.work / "app-store")
            self.shared["app_store"] = path
        return Path(path)


def py(*args: str) -> list[str]:
    return [procs.python(), *args]


def floor_argv(stack: bool, then: str = "quit", *, stack_first: bool = False) -> list[str]:
    flags = ["--stack-first"] if stack_first else ["--stack"] if stack else []
    return py(str(procs.FLOOR_SCRIPT), *flags, "--then", then)


def app_argv(data_dir: Path, then: str = "quit") -> list[str]:
    return py(str(procs.APP_PROBE), "--data-dir", str(data_dir), "--then", then)


def worker(ctx: Context, task: str, data_dir: Path, count: int) -> dict[str, Any]:
    argv = py("-m", "ritmeregie.bench.worker", task, "--data-dir", str(data_dir))
    settle = ["--settle", str(ctx.settings.worker_settle_s)]
    done = subprocess.run(
        [*argv, "--count", str(count), *settle], capture_output=True, text=True, timeout=1800
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[len("RESULT ") :]))
    raise procs.ProbeError(f"worker {task} failed ({done.returncode}): {done.stderr[-600:]}")
