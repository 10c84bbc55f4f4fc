"""Exports as Markdown, CSV and JSON: every text survives as written, ranges hold, --all adds the rest."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ritmeregie.domain.clock import ManualClock
from ritmeregie.services.exporting import ExportFormat, collect, export_text, render
from ritmeregie.storage import DaduRow, FrictionStatus, Store, open_store
from ritmeregie.storage.reviews import ReviewKind

TZ = ZoneInfo("Europe/Amsterdam")
FRIDAY = dt.date(2027, 3, 26)

TRICKY = {
    "emoji": "Tevreden over het overleg 🎉👩🏽‍💼 en de 🍰",
    "rtl": "שלום עולם — مرحبا بالعالم (Hebreeuws en Arabisch)",
    "lines": 'eerste regel\n\n> geen citaat van ons\n# geen kop\n\tmet tab, "quotes", komma; en |pipes|',
    "long": ("Een lange reflectie zonder einde. " * 400).strip(),
    "markup": "*sterretjes* _lage streep_ `code` <b>html</b> [link](x) --- ===",
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    clock = ManualClock(dt.datetime(2027, 3, 26, 16, 50, tzinfo=TZ))
    with open_store(tmp_path, clock) as opened:
        opened.settings.set("timezone", "Europe/Amsterdam")
        yield opened


def _fill(store: Store) -> None:
    store.reflections.save(FRIDAY, TRICKY["emoji"], TRICKY["rtl"], TRICKY["lines"], 4)
    store.reflections.save(FRIDAY - dt.timedelta(days=1), TRICKY["long"], "", TRICKY["markup"])
    store.reflections.save(dt.date(2027, 1, 4), "oud", "", "")
    store.dadu.append_row(
        "Overleg directie 📈",
        FRIDAY,
        DaduRow(
            decision=TRICKY["lines"],
            action=TRICKY["rtl"],
            owner="Zoë",
            deadline=dt.date(2027, 4, 2),
            update_note="Mail, vrijdag",
            update_date=dt.date(2027, 4, 1),
        ),
    )
    store.dadu.append_row("Overleg directie 📈", FRIDAY, DaduRow(decision="Tweede besluit"))
    store.must_dos.add("Notulen 📝 uitwerken", urgent=True, important=True, planned_for=FRIDAY)
    store.must_dos.add("Lang geleden", deadline=dt.date(2026, 1, 5))
    store.frictions.add(TRICKY["lines"])
    start = dt.datetime(2027, 3, 26, 10, tzinfo=TZ)
    item = store.agenda.add("Overleg directie 📈", start, start + dt.timedelta(hours=1), TZ.key)
    store.agenda.update(item.id, notes=TRICKY["rtl"], decision_question="Welke beslissing?")
    store.calls.add(FRIDAY, "Karin ☎")
    store.checklists.create("Maandafsluiting", ["Facturen", "Declaraties"])
    store.reviews.save(ReviewKind.WEEKLY_REVIEW, dt.date(2027, 3, 22), TRICKY["lines"])


def _march(store: Store, fmt: ExportFormat, **kw: object) -> str:
    return export_text(
        store,
        fmt,
        dt.date(2027, 3, 1),
        dt.date(2027, 3, 31),
        tz=TZ,
        **kw,  # type: ignore[arg-type]
    )


def test_json_round_trips_every_text(store: Store) -> None:
    _fill(store)
    doc = json.loads(_march(store, ExportFormat.JSON))
    assert set(doc) >= {"reflections", "dadu", "mustdos", "frictions", "agenda"}
    assert not {"calls", "checklists", "review_notes", "settings"} & set(doc)
    assert (doc["from"], doc["to"], doc["timezone"]) == ("2027-03-01", "2027-03-31", TZ.key)
    friday = next(r for r in doc["reflections"] if r["date"] == "2027-03-26")
    assert (friday["satisfied"], friday["less_satisfied"], friday["differently"]) == (
        TRICKY["emoji"],
        TRICKY["rtl"],
        TRICKY["lines"],
    )
    assert friday["energy"] == 4
    assert any(r["satisfied"] == TRICKY["long"] for r in doc["reflections"])
    assert "oud" not in {r["satisfied"] for r in doc["reflections"]}  # January: outside
    (record,) = doc["dadu"]
    assert record["meeting"] == "Overleg directie 📈"
    assert record["rows"][0]["decision"] == TRICKY["lines"]
    assert record["rows"][0]["action"] == TRICKY["rtl"]
    assert record["rows"][0]["owner"] == "Zoë"
    assert [f["text"] for f in doc["frictions"]] == [TRICKY["lines"]]
    assert doc["agenda"][0]["notes"] == TRICKY["rtl"]
    assert doc["agenda"][0]["start"] == "2027-03-26T10:00:00+01:00"
    titles = {m["title"] for m in doc["mustdos"]}
    assert "Notulen 📝 uitwerken" in titles


def test_a_must_do_counts_on_any_of_its_days(store: Store) -> None:
    _fill(store)  # everything is created on 26 March
    april = json.loads(
        export_text(store, ExportFormat.JSON, dt.date(2027, 4, 1), dt.date(2027, 4, 30), tz=TZ)
    )
    assert [m["deadline"] for m in april["mustdos"]] == ["2027-04-02"]  # the DADU's deadline
    assert april["reflections"] == [] and april["dadu"] == [] and april["frictions"] == []
    old = json.loads(
        export_text(store, ExportFormat.JSON, dt.date(2026, 1, 5), dt.date(2026, 1, 5), tz=TZ)
    )
    assert [m["title"] for m in old["mustdos"]] == ["Lang geleden"]


def _sections(text: str) -> dict[str, list[dict[str, str]]]:
    sections: dict[str, list[dict[str, str]]] = {}
    header: list[str] | None = None
    for row in csv.reader(io.StringIO(text, newline="")):
        if not row:
            header = None
        elif header is None:
            header = row
            assert header[0] == "type"
        else:
            sections.setdefault(row[0], []).append(dict(zip(header, row, strict=True)))
    return sections


def test_csv_is_one_file_in_sections_and_keeps_every_text(store: Store) -> None:
    _fill(store)
    text = _march(store, ExportFormat.CSV)
    headers = [line.split(",")[0:2] for line in text.split("\r\n\r\n") if line]
    assert [h[0] for h in headers] == ["type"] * 5
    sections = _sections(text)
    friday = next(r for r in sections["reflection"] if r["date"] == "2027-03-26")
    assert friday["satisfied"] == TRICKY["emoji"]
    assert friday["less_satisfied"] == TRICKY["rtl"]
    assert friday["differently"] == TRICKY["lines"]
    assert any(r["satisfied"] == TRICKY["long"] for r in sections["reflection"])
    rows = sections["dadu"]
    assert [r["row"] for r in rows] == ["1", "2"]
    assert rows[0]["decision"] == TRICKY["lines"] and rows[0]["owner"] == "Zoë"
    assert sections["friction"][0]["text"] == TRICKY["lines"]
    assert sections["agenda"][0]["notes"] == TRICKY["rtl"]


def test_csv_sections_are_there_even_when_empty(store: Store) -> None:
    sections = _march(store, ExportFormat.CSV).split("\r\n\r\n")
    assert [s.split(",")[0] for s in sections if s] == ["type"] * 5


def _unquoted(markdown: str) -> list[str]:
    lines = []
    for line in markdown.split("\n"):
        line = line.rstrip()
        lines.append(line[2:] if line.startswith("> ") else line.removeprefix(">"))
    return lines


def test_markdown_keeps_every_line_of_the_users_text(store: Store) -> None:
    _fill(store)
    markdown = _march(store, ExportFormat.MD)
    plain = _unquoted(markdown)
    for text in (TRICKY["emoji"], TRICKY["rtl"], TRICKY["lines"], TRICKY["long"]):
        for line in text.split("\n"):
            assert any(line.rstrip() in candidate for candidate in plain), line
    # Our headings are ours: the user's "# geen kop" stays inside a quote.
    stripped = [line.rstrip() for line in markdown.split("\n")]
    assert "# geen kop" not in stripped
    assert "> # geen kop" in stripped
    assert "## Reflections" in markdown and "### Friday 26 March 2027" in markdown
    assert "### Friday 26 March 2027 · Overleg directie 📈" in markdown
    assert "- [ ] Notulen 📝 uitwerken — urgent, important, planned 2027-03-26" in markdown


def test_markdown_lines_inside_a_paragraph_end_in_a_hard_break(store: Store) -> None:
    store.reflections.save(FRIDAY, "een\ntwee\n\ndrie", "", "")
    lines = _march(store, ExportFormat.MD).split("\n")
    start = lines.index("> een  ")
    assert lines[start : start + 4] == ["> een  ", "> twee", ">", "> drie"]


def test_everything_adds_calls_checklists_review_notes_and_settings(store: Store) -> None:
    _fill(store)
    doc = json.loads(export_text(store, ExportFormat.JSON, None, None, everything=True, tz=TZ))
    assert (doc["from"], doc["to"]) == (None, None)
    assert "oud" in {r["satisfied"] for r in doc["reflections"]}
    assert "Lang geleden" in {m["title"] for m in doc["mustdos"]}
    assert [c["who"] for c in doc["calls"]] == ["Karin ☎"]
    assert [i["text"] for i in doc["checklists"][0]["items"]] == ["Facturen", "Declaraties"]
    assert doc["review_notes"] == [
        {"kind": "weekly_review", "period": "2027-03-22", "text": TRICKY["lines"]}
    ]
    assert doc["settings"]["timezone"] == "Europe/Amsterdam"
    assert doc["settings"]["rhythm"]["days"]  # the rhythm as plain data
    sections = _sections(export_text(store, ExportFormat.CSV, None, None, everything=True, tz=TZ))
    assert {"call", "checklist", "review_note", "setting"} <= set(sections)
    markdown = export_text(store, ExportFormat.MD, None, None, everything=True, tz=TZ)
    assert "## Checklists" in markdown and "- [ ] Facturen" in markdown


def test_only_what_is_shown(store: Store) -> None:
    _fill(store)
    data = collect(store, dt.date(2027, 3, 1), dt.date(2027, 3, 31), tz=TZ)
    shown = data.only(frictions=data.frictions)
    doc = json.loads(render(shown, ExportFormat.JSON))
    assert doc["reflections"] == [] and doc["dadu"] == [] and doc["agenda"] == []
    assert [f["text"] for f in doc["frictions"]] == [TRICKY["lines"]]


def test_friction_status_and_must_do_done_are_exported(store: Store) -> None:
    friction = store.frictions.add("Kopieerapparaat")
    store.frictions.set_status(friction.id, FrictionStatus.FIXED)
    item = store.must_dos.add("Bellen", planned_for=FRIDAY)
    store.must_dos.done(item.id)
    doc = json.loads(_march(store, ExportFormat.JSON))
    assert doc["frictions"][0]["status"] == "fixed"
    assert doc["frictions"][0]["resolved"].startswith("2027-03-26T16:50")
    assert doc["mustdos"][0]["done"].startswith("2027-03-26T16:50:00+01:00")
