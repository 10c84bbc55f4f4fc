"""Scenario 7 — a 50 MB .ics: refused whole in one clear line (through import_into and through
`ritmeregie calendar add`), and the layer already stored stays as it was. A file just under the
limit (20 MB, the same as a subscription's download) imports in a child whose peak memory is
reported and bounded.

The files are generated: the sample calendar (recurring series, moved occurrences, Outlook's
time zone) with long DESCRIPTIONs, folded as RFC 5545 asks, to reach the size.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from ledger import Run, Tally

from ritmeregie.services.calendars import CalendarError, import_into
from ritmeregie.services.calendars.fetch import MAX_BYTES
from ritmeregie.services.calendars.sample import generate_calendar
from ritmeregie.services.calendars.service import MAX_FILE_BYTES, Window
from ritmeregie.storage import open_store

pytestmark = pytest.mark.reliability

AMS = ZoneInfo("Europe/Amsterdam")
WINDOW = Window.rolling(dt.date(2027, 3, 10))
SPAN = (dt.datetime(2027, 1, 1, tzinfo=dt.UTC), dt.datetime(2028, 1, 1, tzinfo=dt.UTC))
EVENTS = 2000
MB = 1024 * 1024
# A generous bound on "reasonable memory" for a file at the limit (measured: about 250 MB).
PEAK_RSS_BOUND_MB = 1024


def padded_calendar(size_bytes: int) -> bytes:
    """The sample calendar with one long DESCRIPTION per event, about `size_bytes` in all."""
    lines = generate_calendar(events=EVENTS, series=200).decode().split("\r\n")
    base = sum(len(line) + 2 for line in lines)
    per_event = max(0, (size_bytes - base) // EVENTS)
    text = "DESCRIPTION:" + "Agenda en stukken volgen; zie de bijlage. " * (per_event // 42 + 1)
    text = text[:per_event]
    folded = [text[:75]] + [" " + text[i : i + 74] for i in range(75, len(text), 74)]
    out: list[str] = []
    for line in lines:
        out.append(line)
        if line.startswith("UID:"):
            out.extend(folded)
    return "\r\n".join(out).encode()


@pytest.fixture(scope="module")
def fifty_mb() -> bytes:
    data = padded_calendar(50 * MB)
    assert len(data) >= 50 * MB
    return data


def stored_layer(data_dir: Path) -> list[str]:
    with open_store(data_dir) as store:
        import_into(store, "Directie", generate_calendar(events=40, series=5), WINDOW, tz=AMS)
        return sorted(e.title for e in store.calendars.events_between(*SPAN))


def test_the_limit_is_the_subscriptions_limit() -> None:
    assert MAX_FILE_BYTES == MAX_BYTES


def test_a_50_mb_calendar_is_refused_in_one_line_and_the_stored_layer_stays(
    data_dir: Path, fifty_mb: bytes, ledger: Callable[[str], Tally]
) -> None:
    before = stored_layer(data_dir)
    assert before
    with open_store(data_dir) as store:
        for name in ("Directie", "Nieuw"):  # a refresh of the stored layer, and a new one
            with pytest.raises(CalendarError) as refused:
                import_into(store, name, fifty_mb, WINDOW, tz=AMS)
            assert str(refused.value).splitlines() == [
                f"This calendar is too large ({len(fifty_mb) // MB} MB; at most 20 MB)."
            ]
        after = sorted(e.title for e in store.calendars.events_between(*SPAN))
        assert [s.name for s in store.calendars.sources()] == ["Directie"]
        assert store.integrity_check() == "ok"
    tally = ledger("7 a 50 MB .ics")
    tally.faults_injected += 2
    tally.writes_acknowledged += len(before)
    tally.writes_lost += len([t for t in before if t not in after])
    assert after == before


def test_a_50_mb_calendar_through_the_cli_is_one_line(
    data_dir: Path, tmp_path: Path, fifty_mb: bytes, ritmeregie: Run, ledger: Callable[[str], Tally]
) -> None:
    before = stored_layer(data_dir)
    big = tmp_path / "directie.ics"
    big.write_bytes(fifty_mb)

    for args in (["add", "Groot", str(big)], ["refresh", "Directie", str(big)]):
        done = ritmeregie("calendar", *args)
        assert done.returncode == 1, done.stdout
        assert done.stderr.splitlines() == [
            f"ritmeregie: {big} is too large for a calendar ({len(fifty_mb) // MB} MB)."
        ]

    with open_store(data_dir) as store:
        assert [s.name for s in store.calendars.sources()] == ["Directie"]
        after = sorted(e.title for e in store.calendars.events_between(*SPAN))
    tally = ledger("7 a 50 MB .ics")
    tally.faults_injected += 2
    tally.writes_acknowledged += len(before)
    tally.writes_lost += len([t for t in before if t not in after])
    assert after == before


UNDER_THE_LIMIT = textwrap.dedent(
    """
    import datetime as dt, json, resource, sys
    from pathlib import Path
    from zoneinfo import ZoneInfo
    from ritmeregie.services.calendars import import_into
    from ritmeregie.services.calendars.service import Window
    from ritmeregie.storage import open_store

    data = Path(sys.argv[2]).read_bytes()
    with open_store(Path(sys.argv[1])) as store:
        report = import_into(store, "Groot", data, Window.rolling(dt.date(2027, 3, 10)),
                             tz=ZoneInfo("Europe/Amsterdam"))
        count = store.calendars.count_events()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({"events": count, "peak_mb": peak, "size": len(data)}))
    """
)


def test_a_calendar_just_under_the_limit_imports_within_bounded_memory(
    data_dir: Path, tmp_path: Path, ledger: Callable[[str], Tally]
) -> None:
    file = tmp_path / "bijna-te-groot.ics"
    file.write_bytes(padded_calendar(MAX_FILE_BYTES - MB))
    done = subprocess.run(
        [sys.executable, "-c", UNDER_THE_LIMIT, str(data_dir), str(file)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert MAX_FILE_BYTES - 2 * MB < result["size"] <= MAX_FILE_BYTES
    assert result["events"] > 0
    print(f"{result['size'] // MB} MB .ics: peak memory {result['peak_mb']} MB")
    assert result["peak_mb"] < PEAK_RSS_BOUND_MB
    ledger("7 a 50 MB .ics").writes_acknowledged += 1
