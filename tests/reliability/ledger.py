"""The reliability suite's ledger: what each scenario injected, acknowledged, lost and recovered."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Tally:
    faults_injected: int = 0
    writes_acknowledged: int = 0
    writes_lost: int = 0
    recoveries: int = 0


LEDGER: dict[str, Tally] = {}


def tally(scenario: str) -> Tally:
    return LEDGER.setdefault(scenario, Tally())


# The `ritmeregie` fixture (conftest.py): the real command in a child process.
Run = Callable[..., subprocess.CompletedProcess[str]]
