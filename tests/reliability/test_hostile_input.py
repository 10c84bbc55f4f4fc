"""Scenario 7 — hostile input: unicode, right-to-left text, emoji, very long text and control
characters in the text fields round-trip through the store (or are refused with one clear line);
hypothesis over CLI arguments and settings values: exit 0, 1 or 2 with at most a short message,
never a traceback, nothing written on a refusal.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ledger import Run, Tally

from ritmeregie.cli import main as cli
from ritmeregie.storage import InvalidRecordError, SettingsError, Store, StoreError, open_store
from ritmeregie.storage.records import DaduRow
from ritmeregie.storage.reviews import ReviewKind
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


# --- through the exports ----------------------------------------------------------------------------

# argv cannot hold NUL; everything else goes to the command line as it is.
CLI_SAMPLES = [s.replace("\x00", "") for s in SAMPLES] + ["x" * 20_001, "regel 1\nregel 2\tmet tab"]


def write_every_field(store: Store, text: str) -> None:
    """The text in every free-text field the user can fill."""
    day = dt.date(2027, 3, 26)
    start = dt.datetime(2027, 3, 26, 9, tzinfo=dt.UTC)
    item = store.agenda.add(
        text, start, start + dt.timedelta(hours=1), "Europe/Amsterdam", notes=text,
        decision_question=text,
    )  # fmt: skip
    store.reflections.save(day, text, text, text)
    store.must_dos.add(text)
    store.frictions.add(text)
    store.calls.add(day, text)
    store.dadu.add(text, day, [DaduRow(decision=text, action=text, owner=text, update_note=text)])
    store.checklists.create(text, [text])
    store.reviews.save(ReviewKind.WEEKLY_REVIEW, day, text)
    assert item.id is not None


def exported_texts(document: dict[str, Any]) -> dict[str, str]:
    reflection = document["reflections"][0]
    dadu = document["dadu"][0]
    row = dadu["rows"][0]
    checklist = document["checklists"][0]
    agenda = document["agenda"][0]
    return {
        "reflection.satisfied": reflection["satisfied"],
        "reflection.less_satisfied": reflection["less_satisfied"],
        "reflection.differently": reflection["differently"],
        "mustdo.title": document["mustdos"][0]["title"],
        "friction.text": document["frictions"][0]["text"],
        "call.who": document["calls"][0]["who"],
        "dadu.meeting": dadu["meeting"],
        "dadu.decision": row["decision"],
        "dadu.action": row["action"],
        "dadu.owner": row["owner"],
        "dadu.update": row["update"],
        "checklist.title": checklist["title"],
        "checklist.item": checklist["items"][0]["text"],
        "review_note.text": document["review_notes"][0]["text"],
        "agenda.title": agenda["title"],
        "agenda.notes": agenda["notes"],
        "agenda.decision_question": agenda["decision_question"] or "",
    }


@pytest.mark.parametrize("text", SAMPLES, ids=range(len(SAMPLES)))
def test_hostile_text_in_every_field_comes_back_from_the_exports(
    data_dir: Path, tmp_path: Path, ritmeregie: Run, text: str, ledger: Callable[[str], Tally]
) -> None:
    with open_store(data_dir) as opened:
        write_every_field(opened, text)

    done = ritmeregie("export", "--all", "--format", "json")
    assert done.returncode == 0, done.stderr
    texts = exported_texts(json.loads(done.stdout))
    # JSON gives every character back: what was typed, or with the surrounding blanks that the
    # one-line fields (titles, names) never keep.
    wrong = {name: value for name, value in texts.items() if value not in (text, text.strip())}
    assert wrong == {}

    # Read as a file with newline="" (the way a CSV reader must): the captured output of a
    # child is read with universal newlines, which would turn a carriage return into a newline.
    file = tmp_path / "export.csv"
    table = ritmeregie("export", "--all", "--format", "csv", "--output", str(file))
    assert table.returncode == 0, table.stderr
    with file.open(encoding="utf-8-sig", newline="") as handle:
        cells = {cell for row in csv.reader(handle) for cell in row}
    assert {text, text.strip()} & cells, "CSV gives the text back through a CSV reader"

    markdown = ritmeregie("export", "--all", "--format", "md")
    assert markdown.returncode == 0, markdown.stderr
    # Readable: no control character acts on a terminal; each line of the text is there, with
    # control characters shown as their pictures (␛ ␍ ␀ …).
    assert not [
        ch for ch in markdown.stdout if unicodedata.category(ch) == "Cc" and ch not in "\n\t"
    ]
    for line in text.split("\n"):
        shown = "".join(
            chr(0x2400 + ord(ch)) if ord(ch) < 0x20 and ch != "\t" else ch for ch in line
        )
        assert shown.strip() in markdown.stdout

    tally = ledger("7 hostile input")
    tally.faults_injected += 1
    tally.writes_acknowledged += len(texts)
    tally.writes_lost += len(wrong)


@pytest.mark.parametrize("text", CLI_SAMPLES, ids=range(len(CLI_SAMPLES)))
def test_hostile_text_through_the_cli_is_kept_exactly_or_refused_in_one_line(
    ritmeregie: Run, text: str, ledger: Callable[[str], Tally]
) -> None:
    commands = {
        "friction.text": ["friction", "add", text],
        "mustdo.title": ["mustdo", "add", text],
        "reflection.satisfied": ["reflect", "--date", "2027-03-26", "--satisfied", text,
                                 "--less", text, "--differently", text],
        "agenda.title": ["agenda", "add", "--title", text, "--start", "2027-03-26T10:00",
                         "--minutes", "30"],
    }  # fmt: skip
    accepted: list[str] = []
    for field, args in commands.items():
        done = ritmeregie(*args)
        if done.returncode == 1:
            assert len(done.stderr.splitlines()) == 1, done.stderr
            assert done.stderr.startswith("ritmeregie: ") and "Traceback" not in done.stderr
            continue
        assert done.returncode == 0, done.stderr
        accepted.append(field)
    # The rules: free text up to 20 000 characters with newlines and tabs; a title one line of
    # at most 500; a control character (an escape sequence, a bell, a carriage return) never.
    controls = {ch for ch in text if unicodedata.category(ch) == "Cc"}
    expected = [] if controls - {"\n", "\t"} or len(text) > 20_000 else list(commands)[:3]
    if expected and not controls and len(text.strip()) <= 500:
        expected.append("agenda.title")
    assert accepted == expected

    done = ritmeregie("export", "--all", "--format", "json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    found = {
        "friction.text": [f["text"] for f in document["frictions"]],
        "mustdo.title": [m["title"] for m in document["mustdos"]],
        "reflection.satisfied": [r["satisfied"] for r in document["reflections"]],
        "agenda.title": [a["title"] for a in document["agenda"]],
    }
    lost = [
        field for field in accepted if text.strip() not in found[field] and text not in found[field]
    ]
    tally = ledger("7 hostile input")
    tally.faults_injected += 1
    tally.writes_acknowledged += len(accepted)
    tally.writes_lost += len(lost)
    assert lost == []
    refused = [field for field in commands if field not in accepted]
    assert all(found[field] == [] for field in refused), "nothing written on a refusal"
