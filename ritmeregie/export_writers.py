"""The three export writers (JSON, CSV, Markdown) over ExportData; shapes are described in exporting.py."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from .exporting import EXPORT_FORMAT_VERSION, ExportData
from .i18n import translate
from .vocabulary import long_date

# --- plain records (JSON objects and CSV rows share them) ---------------------------------------------


def _iso(value: dt.date | dt.datetime | None, data: ExportData) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(data.tz).isoformat()
    return value.isoformat()


def _reflection(r: Any, data: ExportData) -> dict[str, Any]:
    return {
        "date": _iso(r.date, data),
        "satisfied": r.satisfied,
        "less_satisfied": r.less_satisfied,
        "differently": r.differently,
        "energy": r.energy,
        "updated": _iso(r.updated, data),
    }


def _dadu_row(row: Any, data: ExportData) -> dict[str, Any]:
    return {
        "decision": row.decision,
        "action": row.action,
        "owner": row.owner,
        "deadline": _iso(row.deadline, data),
        "update": row.update_note,
        "update_date": _iso(row.update_date, data),
    }


def _dadu(record: Any, data: ExportData) -> dict[str, Any]:
    return {
        "id": record.id,
        "meeting": record.meeting_title,
        "date": _iso(record.meeting_date, data),
        "agenda_id": record.agenda_item_id,
        "rows": [_dadu_row(row, data) for row in record.rows],
    }


def _must_do(m: Any, data: ExportData) -> dict[str, Any]:
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


def _friction(f: Any, data: ExportData) -> dict[str, Any]:
    return {
        "id": f.id,
        "text": f.text,
        "status": str(f.status),
        "created": _iso(f.created, data),
        "resolved": _iso(f.resolved, data),
    }


def _agenda(a: Any, data: ExportData) -> dict[str, Any]:
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


def _call(c: Any, data: ExportData) -> dict[str, Any]:
    return {"id": c.id, "date": _iso(c.date, data), "who": c.who, "done": c.done}


def _checklist(c: Any, data: ExportData) -> dict[str, Any]:
    return {
        "id": c.id,
        "title": c.title,
        "friction_id": c.friction_id,
        "archived": c.archived,
        "created": _iso(c.created, data),
        "items": [{"text": i.text, "done": i.done} for i in c.items],
    }


def _review_note(n: Any, data: ExportData) -> dict[str, Any]:
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


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


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


# --- Markdown ----------------------------------------------------------------------------------------


def _quote(text: str) -> list[str]:
    """The user's text as a block quote: every line kept, nothing read as our own markup."""
    return _hard_breaks([f"> {line}".rstrip() for line in text.split("\n")])


def _indented(label: str, text: str, indent: str) -> list[str]:
    lines = text.split("\n")
    first = f"{indent}**{label}:** {lines[0]}".rstrip()
    return [first, *(f"{indent}{line}".rstrip() for line in lines[1:])]


def _hard_breaks(lines: list[str]) -> list[str]:
    """Two trailing spaces end a line inside a paragraph, so renderers keep the user's line breaks
    (invisible when the file is read as plain text)."""
    blank = ("", ">")
    return [
        line + "  "
        if i + 1 < len(lines) and line.strip() not in blank and lines[i + 1].strip() not in blank
        else line
        for i, line in enumerate(lines)
    ]


def _range_text(data: ExportData) -> str:
    if data.first is None and data.last is None:
        return translate("export", "everything")
    first = data.first.isoformat() if data.first else "…"
    last = data.last.isoformat() if data.last else "…"
    return f"{first} – {last}"


def to_markdown(data: ExportData) -> str:
    lines = [
        "# " + translate("export", "ritmeregie — what you wrote"),
        "",
        translate("export", "Exported {when} ({zone}) · {range}").format(
            when=f"{data.exported:%Y-%m-%d %H:%M}", zone=data.tz.key, range=_range_text(data)
        ),
    ]
    lines += _md_reflections(data) + _md_dadu(data) + _md_mustdos(data)
    lines += _md_frictions(data) + _md_agenda(data)
    if data.everything:
        lines += _md_extras(data)
    return "\n".join(lines).rstrip("\n") + "\n"


def _md_reflections(data: ExportData) -> list[str]:
    lines = ["", "## " + translate("export", "Reflections")]
    if not data.reflections:
        lines += ["", translate("export", "(none)")]
    questions = (
        ("satisfied", translate("export", "What I am satisfied with")),
        ("less_satisfied", translate("export", "What I am less satisfied with")),
        ("differently", translate("export", "What I will do differently")),
    )
    for r in data.reflections:
        lines += ["", "### " + long_date(r.date)]
        for attribute, question in questions:
            text = getattr(r, attribute)
            if text:
                lines += ["", f"**{question}**", "", *_quote(text)]
        if r.energy is not None:
            lines += ["", translate("export", "Energy: {energy} of 5").format(energy=r.energy)]
    return lines


def _md_dadu(data: ExportData) -> list[str]:
    lines = ["", "## " + translate("export", "DADU")]
    if not data.dadu:
        lines += ["", translate("export", "(none)")]
    for record in data.dadu:
        lines += ["", f"### {long_date(record.meeting_date)} · {record.meeting_title}", ""]
        for number, row in enumerate(record.rows, start=1):
            head = f"{number}. "
            pad = " " * len(head)
            items = [
                (translate("export", "Decision"), row.decision),
                (
                    translate("export", "Action"),
                    row.action + (f" ({row.owner})" if row.owner else ""),
                ),
                (translate("export", "Deadline"), row.deadline.isoformat() if row.deadline else ""),
                (
                    translate("export", "Update"),
                    row.update_note
                    + (f" ({row.update_date.isoformat()})" if row.update_date else ""),
                ),
            ]
            block: list[str] = []
            for label, text in items:
                if text.strip():
                    block += _indented(label, text.strip(), pad)
            block = _hard_breaks(block or [pad + "—"])
            block[0] = head + block[0][len(pad) :]
            lines += block
    return lines


def _md_mustdos(data: ExportData) -> list[str]:
    lines = ["", "## " + translate("export", "Must-dos"), ""]
    if not data.mustdos:
        lines.append(translate("export", "(none)"))
    for m in data.mustdos:
        facts = []
        if m.urgent:
            facts.append(translate("export", "urgent"))
        if m.important:
            facts.append(translate("export", "important"))
        if m.deadline:
            facts.append(translate("export", "deadline {date}").format(date=m.deadline.isoformat()))
        if m.planned_for:
            facts.append(
                translate("export", "planned {date}").format(date=m.planned_for.isoformat())
            )
        if m.done:
            facts.append(
                translate("export", "done {date}").format(
                    date=f"{m.done.astimezone(data.tz):%Y-%m-%d}"
                )
            )
        title, *more = m.title.split("\n")
        line = f"- [{'x' if m.done else ' '}] {title}" + (f" — {', '.join(facts)}" if facts else "")
        lines += _hard_breaks([line, *(f"  {extra}".rstrip() for extra in more)])
    return lines


def _md_frictions(data: ExportData) -> list[str]:
    lines = ["", "## " + translate("export", "Frictions"), ""]
    if not data.frictions:
        lines.append(translate("export", "(none)"))
    status = {
        "open": translate("export", "open"),
        "fixed": translate("export", "fixed"),
        "checklist": translate("export", "became a checklist"),
        "dropped": translate("export", "dropped"),
    }
    for f in data.frictions:
        text, *more = f.text.split("\n")
        day = f"{f.created.astimezone(data.tz):%Y-%m-%d}"
        head = f"- {day} · {status.get(str(f.status), str(f.status))}: {text}"
        lines += _hard_breaks([head, *(f"  {extra}".rstrip() for extra in more)])
    return lines


def _md_agenda(data: ExportData) -> list[str]:
    lines = ["", "## " + translate("export", "Agenda")]
    if not data.agenda:
        lines += ["", translate("export", "(none)")]
    day: dt.date | None = None
    for a in data.agenda:
        start, end = a.start.astimezone(data.tz), a.end.astimezone(data.tz)
        if start.date() != day:
            day = start.date()
            lines += ["", "### " + long_date(day), ""]
        lines.append(f"- {start:%H:%M}–{end:%H:%M} {a.title}")
        extra: list[str] = []
        if a.decision_question:
            extra += _indented(translate("export", "Decision question"), a.decision_question, "  ")
        if a.notes:
            extra += _indented(translate("export", "Notes"), a.notes, "  ")
        lines += _hard_breaks([lines.pop(), *extra])
    return lines


def _md_extras(data: ExportData) -> list[str]:
    lines = ["", "## " + translate("export", "Calls"), ""]
    lines += [f"- [{'x' if c.done else ' '}] {c.date.isoformat()} {c.who}" for c in data.calls]
    lines += ["", "## " + translate("export", "Checklists")]
    for c in data.checklists:
        lines += ["", f"### {c.title}", ""]
        lines += [f"- [{'x' if i.done else ' '}] {i.text}" for i in c.items]
    lines += ["", "## " + translate("export", "Review notes")]
    names = {
        "weekly_review": translate("export", "Weekly review"),
        "competence_mirror": translate("export", "Competence mirror"),
    }
    for n in data.review_notes:
        lines += [
            "",
            f"### {names.get(n.kind, n.kind)} · {n.period.isoformat()}",
            "",
            *_quote(n.text),
        ]
    lines += ["", "## " + translate("export", "Settings"), "", "```json"]
    lines += json.dumps(data.settings, ensure_ascii=False, indent=2, sort_keys=True).split("\n")
    lines.append("```")
    return lines
