"""The JSON and CSV export writers over ExportData; shapes are described in exporting.py."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ritmeregie.services.export_data import EXPORT_FORMAT_VERSION, ExportData, ReviewNote

if TYPE_CHECKING:
    from ritmeregie.storage import (
        AgendaEntry,
        Call,
        Checklist,
        DaduRecord,
        DaduRow,
        Friction,
        MustDo,
        Reflection,
    )

# --- plain records (JSON objects and CSV rows share them) ---------------------------------------------


def _iso(value: dt.date | dt.datetime | None, data: ExportData) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(data.tz).isoformat()
    return value.isoformat()


def _reflection(r: Reflection, data: ExportData) -> dict[str, Any]:
    return {
        "date": _iso(r.date, data),
        "satisfied": r.satisfied,
        "less_satisfied": r.less_satisfied,
        "differently": r.differently,
        "energy": r.energy,
        "updated": _iso(r.updated, data),
    }


def _dadu_row(row: DaduRow, data: ExportData) -> dict[str, Any]:
    return {
        "decision": row.decision,
        "action": row.action,
        "owner": row.owner,
        "deadline": _iso(row.deadline, data),
        "update": row.update_note,
        "update_date": _iso(row.update_date, data),
    }


def _dadu(record: DaduRecord, data: ExportData) -> dict[str, Any]:
    return {
        "id": record.id,
        "meeting": record.meeting_title,
        "date": _iso(record.meeting_date, data),
        "agenda_id": record.agenda_item_id,
        "rows": [_dadu_row(row, data) for row in record.rows],
    }


def _must_do(m: MustDo, data: ExportData) -> dict[str, Any]:
    return {
        "id": m.id,
        "title": m.title,
        "urgent": m.urgent,
        "important": m.important,
        "deadline": _iso(m.deadline, data),
        "planned_for": _iso(m.planned_for, data),
        "deferred_to": _iso(m.deferred_to, data),
        "done": _iso(m.done, data),
        "created": _iso(m.created, data),
    }


def _friction(f: Friction, data: ExportData) -> dict[str, Any]:
    return {
        "id": f.id,
        "text": f.text,
        "status": str(f.status),
        "created": _iso(f.created, data),
        "resolved": _iso(f.resolved, data),
    }


def _agenda(a: AgendaEntry, data: ExportData) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "kind": str(a.kind),
        "start": _iso(a.start, data),
        "end": _iso(a.end, data),
        "timezone": a.tz,
        "notes": a.notes,
        "decision_question": a.decision_question,
        "source": a.source,
    }


def _call(c: Call, data: ExportData) -> dict[str, Any]:
    return {"id": c.id, "date": _iso(c.date, data), "who": c.who, "done": c.done}


def _checklist(c: Checklist, data: ExportData) -> dict[str, Any]:
    return {
        "id": c.id,
        "title": c.title,
        "friction_id": c.friction_id,
        "archived": c.archived,
        "created": _iso(c.created, data),
        "items": [{"text": i.text, "done": i.done} for i in c.items],
    }


def _review_note(n: ReviewNote, data: ExportData) -> dict[str, Any]:
    return {"kind": n.kind, "period": _iso(n.period, data), "text": n.text}


# --- JSON --------------------------------------------------------------------------------------------


def to_json(data: ExportData) -> str:
    document: dict[str, Any] = {
        "format": "ritmeregie-export",
        "version": EXPORT_FORMAT_VERSION,
        "exported": data.exported.isoformat(),
        "timezone": data.tz.key,
        "from": _iso(data.first, data),
        "to": _iso(data.last, data),
        "reflections": [_reflection(r, data) for r in data.reflections],
        "dadu": [_dadu(d, data) for d in data.dadu],
        "mustdos": [_must_do(m, data) for m in data.mustdos],
        "frictions": [_friction(f, data) for f in data.frictions],
        "agenda": [_agenda(a, data) for a in data.agenda],
    }
    if data.everything:
        document["calls"] = [_call(c, data) for c in data.calls]
        document["checklists"] = [_checklist(c, data) for c in data.checklists]
        document["review_notes"] = [_review_note(n, data) for n in data.review_notes]
        document["settings"] = data.settings
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# --- CSV ---------------------------------------------------------------------------------------------


# A cell a spreadsheet would run as a formula starts with one of these (OWASP "CSV injection"):
# = + - @, and tab or carriage return, which some spreadsheets strip before looking again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        return neutralise_formula(value)
    return value


def neutralise_formula(text: str) -> str:
    """Text a spreadsheet would run gets a leading ' so it shows as the text it is; the JSON
    export keeps every value exactly. Numbers are written as numbers and never start so."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _section(
    writer: Any, kind: str, columns: tuple[str, ...], rows: Iterable[dict[str, Any]]
) -> None:
    writer.writerow(("type", *columns))
    for row in rows:
        writer.writerow((kind, *(_cell(row.get(c)) for c in columns)))
    writer.writerow(())


def _dadu_lines(data: ExportData) -> Iterator[dict[str, Any]]:
    for record in data.dadu:
        plain = _dadu(record, data)
        for number, row in enumerate(plain["rows"], start=1):
            yield {"record": plain["id"], "date": plain["date"], "meeting": plain["meeting"]} | {
                "row": number,
                **row,
            }


def _checklist_lines(data: ExportData) -> Iterator[dict[str, Any]]:
    for checklist in data.checklists:
        plain = _checklist(checklist, data)
        head = {k: plain[k] for k in ("id", "title", "archived", "friction_id")}
        if not plain["items"]:
            yield head
        for position, item in enumerate(plain["items"], start=1):
            yield head | {"position": position, "item": item["text"], "done": item["done"]}


def to_csv(data: ExportData) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    _section(
        writer,
        "reflection",
        ("date", "satisfied", "less_satisfied", "differently", "energy", "updated"),
        (_reflection(r, data) for r in data.reflections),
    )
    _section(
        writer,
        "dadu",
        (
            "date",
            "meeting",
            "record",
            "row",
            "decision",
            "action",
            "owner",
            "deadline",
            "update",
            "update_date",
        ),
        _dadu_lines(data),
    )
    _section(
        writer,
        "mustdo",
        (
            "id",
            "title",
            "urgent",
            "important",
            "deadline",
            "planned_for",
            "deferred_to",
            "done",
            "created",
        ),
        (_must_do(m, data) for m in data.mustdos),
    )
    _section(
        writer,
        "friction",
        ("id", "created", "status", "text", "resolved"),
        (_friction(f, data) for f in data.frictions),
    )
    _section(
        writer,
        "agenda",
        ("id", "start", "end", "kind", "title", "decision_question", "notes", "timezone", "source"),
        (_agenda(a, data) for a in data.agenda),
    )
    if data.everything:
        _section(
            writer, "call", ("id", "date", "who", "done"), (_call(c, data) for c in data.calls)
        )
        _section(
            writer,
            "checklist",
            ("id", "title", "archived", "friction_id", "position", "item", "done"),
            _checklist_lines(data),
        )
        _section(
            writer,
            "review_note",
            ("kind", "period", "text"),
            (_review_note(n, data) for n in data.review_notes),
        )
        _section(
            writer,
            "setting",
            ("key", "value"),
            (
                {"key": k, "value": json.dumps(v, ensure_ascii=False, sort_keys=True)}
                for k, v in data.settings.items()
            ),
        )
    return out.getvalue()
