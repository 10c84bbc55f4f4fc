"""Scenario 7 — hostile input: unicode, right-to-left text, emoji, very long text and control
characters in the text fields round-trip through the store (or are refused with one clear line);
hypothesis over CLI arguments and settings values: exit 0, 1 or 2 with at most a short message,
never a traceback, nothing written on a refusal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ledger import Tally

from ritmeregie import cli
from ritmeregie.storage import InvalidRecordError, SettingsError, Store, StoreError, open_store
from ritmeregie.storage.settings import SETTINGS

pytestmark = pytest.mark.reliability

SAMPLES = [
    "مرحبا بالعالم — شكراً",  # right to left
    "שלום \u202eevil\u202c",  # with bidi overrides
    "👩‍💼📅✅ overleg 🇳🇱",  # emoji with joiners and flags
    "tab\tnew\nline\rcarriage\x00nul\x07bell\x1b[31mred",  # control characters
    "Ĳsselmeer café naïve Zoë",
    "x" * 20_000,  # very long
]
TEXT = st.one_of(st.sampled_from(SAMPLES), st.text(min_size=1, max_size=300))
HYPOTHESIS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def store(data_dir: Path) -> Any:
    with open_store(data_dir) as opened:
        yield opened


def round_trip(store: Store, text: str) -> list[tuple[str, bool]]:
    """(field, survived) for every text field; a refusal must be InvalidRecordError."""
    results = []
    start = dt.datetime(2027, 3, 26, 9, tzinfo=dt.UTC)
    for name, write, read in [
        ("friction", lambda: store.frictions.add(text).id,
         lambda i: next(f.text for f in store.frictions.all() if f.id == i)),
        ("must-do", lambda: store.must_dos.add(text).id,
         lambda i: store.must_dos.get(i).title),  # type: ignore[union-attr]
        ("agenda", lambda: store.agenda.add(text, start, start + dt.timedelta(hours=1),
                                            "Europe/Amsterdam").id,
         lambda i: store.agenda.get(i).title),  # type: ignore[union-attr]
    ]:  # fmt: skip
        try:
            row_id = write()
        except InvalidRecordError as exc:
            assert len(str(exc).splitlines()) == 1
            results.append((name, False))
            continue
        assert read(row_id) == text.strip(), name
        results.append((name, True))
    store.reflections.save(dt.date(2027, 3, 26), text, text[::-1], text.upper())
    saved = store.reflections.get(dt.date(2027, 3, 26))
    assert saved is not None
    assert (saved.satisfied, saved.less_satisfied, saved.differently) == (
        text,
        text[::-1],
        text.upper(),
    )
    results.append(("reflection", True))
    return results


@pytest.mark.parametrize("text", SAMPLES, ids=range(len(SAMPLES)))
def test_hostile_samples_round_trip_through_the_store(
    store: Store, text: str, ledger: Callable[[str], Tally]
) -> None:
    results = round_trip(store, text)
    assert store.integrity_check() == "ok"
    tally = ledger("7 hostile input")
    tally.faults_injected += 1
    tally.writes_acknowledged += sum(ok for _name, ok in results)


@HYPOTHESIS
@given(text=TEXT)
def test_any_text_round_trips_or_is_refused_in_one_line(store: Store, text: str) -> None:
    round_trip(store, text)


@HYPOTHESIS
@given(key=st.sampled_from([s.key for s in SETTINGS] + ["nope", ""]), value=st.one_of(
    st.text(max_size=50), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=True)))  # fmt: skip
def test_settings_refuse_bad_values_in_one_line_and_keep_the_old_one(
    store: Store, key: str, value: Any
) -> None:
    before = store.settings.all()
    try:
        store.settings.set(key, value)
    except SettingsError as exc:
        # The reason quotes the value; shown through the CLI it stays one line.
        assert len(cli.one_line(str(exc)).splitlines()) == 1
        assert str(exc).startswith(f"Setting {key}") or "no setting" in str(exc)
        assert store.settings.all() == before
    else:
        assert store.settings.get(key) == value


ARG = st.one_of(
    st.sampled_from(["2027-03-26", "2027-02-30", "25:99", "-1", "0", "99999999999", "--", "-"]),
    st.text(max_size=40),
)


@HYPOTHESIS
@given(
    command=st.sampled_from(
        [
            ["plan", "--date"],
            ["agenda", "add", "--title", "x", "--start"],
            ["agenda", "add", "--title", "x", "--start", "2027-03-26 10:00", "--minutes"],
            ["agenda", "list", "--date"],
            ["agenda", "rm"],
            ["backup", "--list"],
            ["restore"],
        ]
    ),
    arg=ARG,
)
def test_cli_arguments_end_in_one_clear_line(
    command: list[str], arg: str, data_dir: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RITMEREGIE_HOME", str(data_dir))
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    code = cli.main([*command, arg] if command[-1] != "--list" else [*command])
    out, err = capsys.readouterr()
    assert code in (0, 1, 2)
    assert "Traceback" not in err and "Traceback" not in out
    if code == 1:
        assert len(err.strip().splitlines()) == 1, err
    if code == 2:
        assert len(err.strip().splitlines()) <= 2, err


def test_an_unusable_store_is_one_line_too(data_dir: Path) -> None:
    data_dir.mkdir(exist_ok=True)
    (data_dir / "ritmeregie.sqlite3").mkdir()  # a folder where the file should be
    with pytest.raises(StoreError) as refused:
        open_store(data_dir, recover=True)
    assert len(str(refused.value).splitlines()) == 1
    assert (data_dir / "ritmeregie.sqlite3").is_dir(), "not ours to move"
