"""The benchmark's pieces: its statistics, its table in three forms, the stores and calendar it
generates and the /proc readings it takes. No timing is judged here; the benchmark does that."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.bench import calendars, procs, report, stores
from ritmeregie.bench.report import Figure, Report, Verdict
from ritmeregie.domain.rhythm import default_rhythm
from ritmeregie.storage import open_store


def sample_report() -> Report:
    r = Report(
        machine={
            "cpu": "Test CPU",
            "cores": "2",
            "ram": "4 GiB",
            "kernel": "6.1",
            "python": "3.11",
            "pyside6": "6.11",
        },
        settings={"runs": 1},
        started="2026-11-20 10:00 CET",
        seconds=12.0,
    )
    r.add(
        Figure(
            "Start-up | tray",
            0.5,
            "s",
            baseline=0.4,
            baseline_name="stack floor",
            ratio=1.25,
            target="≤ 1.3× stack floor",
            verdict=Verdict.PASS,
            note="median",
        )
    )
    r.add(
        Figure(
            "Steady RSS",
            120.0,
            "MB",
            baseline=100.0,
            ratio=1.2,
            target="≤ 1.1×",
            verdict=Verdict.FAIL,
        )
    )
    r.add(Figure("Statistics", None, "ms", verdict=Verdict.PENDING, note="not built yet"))
    return r


def test_pairwise_ratio_is_the_median_of_ratios_taken_side_by_side() -> None:
    assert report.pairwise_ratio([2.0, 3.0, 10.0], [1.0, 2.0, 5.0]) == 2.0
    assert report.median([3.0, 1.0, 2.0]) == 2.0


def test_verdicts_compare_against_the_limit() -> None:
    assert report.at_most(1.3, 1.3) is Verdict.PASS
    assert report.at_most(1.31, 1.3) is Verdict.FAIL
    assert report.below(5.0, 5.0) is Verdict.FAIL
    assert report.below(4.9, 5.0) is Verdict.PASS


def test_text_table_has_every_column_and_row_and_the_notes() -> None:
    text = report.as_text(sample_report())
    lines = text.splitlines()
    assert lines[0].split() == ["figure", "value", "baseline", "ratio", "target", "result"]
    assert set(lines[1]) <= {"-", " "}
    assert "0.500 s" in lines[2] and "1.25×" in lines[2] and lines[2].endswith("pass")
    assert lines[3].endswith("fail") and "120.0 MB" in lines[3]
    assert "—" in lines[4] and lines[4].endswith("pending")
    assert "- Statistics: not built yet" in text


def test_markdown_table_is_well_formed() -> None:
    md = report.as_markdown(sample_report())
    table = [line for line in md.splitlines() if line.startswith("|")]
    assert "Test CPU (2 cores, 4 GiB RAM)" in md and "2026-11-20" in md
    assert len(table) == 2 + 3
    widths = {line.count("|") - line.count("\\|") for line in table}
    assert widths == {7}, "every row has six cells"
    assert "Start-up \\| tray" in table[2]


def test_json_round_trips_with_every_figure(tmp_path: Path) -> None:
    json_path, md_path = report.write(sample_report(), tmp_path / "out")
    data = json.loads(json_path.read_text())
    assert [f["verdict"] for f in data["figures"]] == ["pass", "fail", "pending"]
    assert data["figures"][0]["ratio"] == 1.25 and data["figures"][2]["value"] is None
    assert data["machine"]["cpu"] == "Test CPU"
    assert md_path.read_text().startswith("Measured 2026-11-20")


def test_machine_info_names_cpu_memory_and_versions() -> None:
    info = report.machine_info()
    assert info["python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}")
    assert info["cores"] == str(os.cpu_count())
    assert info["pyside6"] != "?" and info["cpu"]


def test_heavy_store_holds_the_asked_volume_in_the_real_schema(tmp_path: Path) -> None:
    size = stores.HeavySize(agenda_items=300, reflections=40, dadu_rows=50, nudge_log_rows=500)
    today = dt.date(2026, 11, 20)
    data_dir = stores.generate_heavy_store(tmp_path / "heavy", size, today)
    conn = sqlite3.connect(stores.database_file(data_dir))
    try:
        count = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("agenda_items", "reflections", "dadu_rows", "nudge_log")
        }
        last_day = conn.execute("SELECT max(date(start_utc)) FROM agenda_items").fetchone()[0]
    finally:
        conn.close()
    assert count == {"agenda_items": 300, "reflections": 40, "dadu_rows": 50, "nudge_log": 500}
    assert last_day < today.isoformat(), "today stays as on an empty store"
    with open_store(data_dir) as store:  # the repositories read what Core wrote
        assert store.agenda.count() == 300
        assert len(store.reflections.all()) == 40
        assert store.settings.rhythm() == default_rhythm()
    assert stores.database_mb(data_dir) > 0


def test_the_app_store_has_what_users_have(tmp_path: Path) -> None:
    """Default settings (the 04:00 day boundary, the default rhythm); only the welcome is seen."""
    data_dir = stores.prepare_app_store(tmp_path / "app")
    with open_store(data_dir) as store:
        assert store.settings.day_boundary() == dt.time(4, 0)
        assert store.settings.rhythm() == default_rhythm()
        assert store.settings.get("first_run_done") is True


@pytest.mark.parametrize("utc_hour", range(24))
@pytest.mark.parametrize("local_hour", [2, 10])
def test_a_zone_where_it_is_night_or_day_whatever_the_hour(utc_hour: int, local_hour: int) -> None:
    now = dt.datetime(2026, 12, 6, utc_hour, 30, tzinfo=dt.UTC)
    name = stores.zone_at_local_hour(local_hour, now)
    assert now.astimezone(ZoneInfo(name)).hour == local_hour


def test_generated_calendar_parses_and_expands(tmp_path: Path) -> None:
    today = dt.date(2026, 11, 20)
    path = calendars.generate_ics(tmp_path / "cal.ics", today, events=30, series=5)
    start, end = today - dt.timedelta(days=182), today + dt.timedelta(days=183)
    occurrences = calendars.bare_parse_and_expand(path, start, end)
    assert occurrences > 30, "the recurring series add occurrences"
    assert path.read_text().count("RRULE:FREQ=WEEKLY") == 5


def test_proc_readings_of_a_live_process() -> None:
    pid = os.getpid()
    assert 5 < procs.rss_mb(pid) < 100_000
    before = procs.cpu_seconds(pid)
    sum(i * i for i in range(200_000))
    assert procs.cpu_seconds(pid) > before
    assert procs.alive(pid)


def test_start_until_ready_times_a_process_to_its_marker() -> None:
    started = procs.start_until_ready(
        [sys.executable, "-c", "print('noise'); print('READY here', flush=True)"]
    )
    procs.finish(started)
    assert started.marker == "READY here" and started.seconds > 0
    assert started.process.returncode == 0


def test_a_probe_that_dies_before_ready_is_reported() -> None:
    with pytest.raises(procs.ProbeError, match="ended before READY"):
        procs.start_until_ready([sys.executable, "-c", "import sys; sys.exit('boom')"])
