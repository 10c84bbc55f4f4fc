"""The Markdown export: a heading per kind, then per day; the user's text quoted line by line."""

from __future__ import annotations

import datetime as dt
import json

from ritmeregie.platform.i18n import translate
from ritmeregie.services.export_data import ExportData
from ritmeregie.services.vocabulary import long_date


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
    return _visible_controls("\n".join(lines).rstrip("\n") + "\n")


def _visible_controls(text: str) -> str:
    """Control characters in the user's text (an escape sequence, a carriage return, NUL) shown
    as their Unicode pictures (␛ ␍ ␀), so the file reads the same in a terminal and an editor;
    newlines and tabs stay. The JSON and CSV exports keep every character exactly."""
    return text.translate(_CONTROL_PICTURES)


_CONTROL_PICTURES = (
    {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
    | {0x7F: "\u2421"}
    | {code: "\ufffd" for code in range(0x80, 0xA0)}
)


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
