"""A meeting's DADU as text to share right away: Markdown, plain text and a small HTML table.

Pure functions over anything shaped like a DADU record (the storage record fits). The words and
the date format come in as `DaduLabels`, so the UI can hand in its translations.

- Markdown: a bold title line and a four-column table (Teams, Loop, SharePoint, wikis).
- Plain text: one numbered block per row with a label on each line. It never relies on column
  alignment, because mail is read in proportional fonts.
- HTML: the same table with inline styles only (Outlook ignores style sheets); the plain-text
  copy carries it along so Outlook and Teams paste a real table.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

EMPTY_CELL = "–"


class DaduLine(Protocol):
    @property
    def decision(self) -> str: ...
    @property
    def action(self) -> str: ...
    @property
    def owner(self) -> str: ...
    @property
    def deadline(self) -> dt.date | None: ...
    @property
    def update_note(self) -> str: ...
    @property
    def update_date(self) -> dt.date | None: ...


class DaduMeeting(Protocol):
    @property
    def meeting_title(self) -> str: ...
    @property
    def meeting_date(self) -> dt.date: ...
    @property
    def rows(self) -> Sequence[DaduLine]: ...


@dataclass(frozen=True, slots=True)
class DaduLabels:
    decision: str = "Decision"
    action: str = "Action (who)"
    deadline: str = "Deadline"
    update: str = "Update"
    no_rows: str = "No decisions or actions recorded."
    format_date: Callable[[dt.date], str] = field(default=dt.date.isoformat)
    format_heading_date: Callable[[dt.date], str] = field(default=dt.date.isoformat)


def is_empty(row: DaduLine) -> bool:
    return not any(
        (
            row.decision.strip(),
            row.action.strip(),
            row.owner.strip(),
            row.deadline,
            row.update_note.strip(),
            row.update_date,
        )
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def action_text(row: DaduLine) -> str:
    """'Mail the team (Sanne)', or just the action, or just who."""
    action, owner = _one_line(row.action), _one_line(row.owner)
    if action and owner:
        return f"{action} ({owner})"
    return action or owner


def update_text(row: DaduLine, labels: DaduLabels) -> str:
    """'Two options by mail, Monday 29 March', or either half alone."""
    note = _one_line(row.update_note)
    when = labels.format_date(row.update_date) if row.update_date else ""
    if note and when:
        return f"{note}, {when}"
    return note or when


def _cells(row: DaduLine, labels: DaduLabels) -> tuple[str, str, str, str]:
    return (
        _one_line(row.decision),
        action_text(row),
        labels.format_date(row.deadline) if row.deadline else "",
        update_text(row, labels),
    )


def _title(meeting: DaduMeeting, labels: DaduLabels) -> str:
    return f"DADU · {_one_line(meeting.meeting_title)} · {labels.format_heading_date(meeting.meeting_date)}"


def _rows(meeting: DaduMeeting) -> list[DaduLine]:
    return [row for row in meeting.rows if not is_empty(row)]


def to_markdown(meeting: DaduMeeting, labels: DaduLabels | None = None) -> str:
    labels = labels or DaduLabels()
    lines = [f"**{_md_escape(_title(meeting, labels))}**", ""]
    rows = _rows(meeting)
    if not rows:
        lines.append(_md_escape(labels.no_rows))
        return "\n".join(lines) + "\n"
    header = (labels.decision, labels.action, labels.deadline, labels.update)
    lines.append(_md_row(header))
    lines.append("| " + " | ".join("---" for _ in header) + " |")
    for row in rows:
        lines.append(_md_row(tuple(cell or EMPTY_CELL for cell in _cells(row, labels))))
    return "\n".join(lines) + "\n"


def to_plain_text(meeting: DaduMeeting, labels: DaduLabels | None = None) -> str:
    labels = labels or DaduLabels()
    lines = [_title(meeting, labels), ""]
    rows = _rows(meeting)
    if not rows:
        lines.append(labels.no_rows)
        return "\n".join(lines) + "\n"
    names = (labels.decision, labels.action, labels.deadline, labels.update)
    for number, row in enumerate(rows, start=1):
        prefix = f"{number}. "
        filled = [
            (name, cell) for name, cell in zip(names, _cells(row, labels), strict=True) if cell
        ]
        for index, (name, cell) in enumerate(filled):
            lead = prefix if index == 0 else " " * len(prefix)
            lines.append(f"{lead}{name}: {cell}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def to_html(meeting: DaduMeeting, labels: DaduLabels | None = None) -> str:
    labels = labels or DaduLabels()
    cell = "border:1px solid #C8CDD2;padding:4px 8px;text-align:left;vertical-align:top"
    parts = [f"<p><b>{html.escape(_title(meeting, labels))}</b></p>"]
    rows = _rows(meeting)
    if not rows:
        parts.append(f"<p>{html.escape(labels.no_rows)}</p>")
        return "".join(parts)
    parts.append('<table style="border-collapse:collapse">')
    header = (labels.decision, labels.action, labels.deadline, labels.update)
    parts.append(
        "<tr>"
        + "".join(f'<th style="{cell};background:#EEF1F4">{html.escape(h)}</th>' for h in header)
        + "</tr>"
    )
    for row in rows:
        parts.append(
            "<tr>"
            + "".join(
                f'<td style="{cell}">{html.escape(value or EMPTY_CELL)}</td>'
                for value in _cells(row, labels)
            )
            + "</tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def _md_escape(text: str) -> str:
    # Pipes would split a table cell; backslashes first so the escape itself survives.
    return text.replace("\\", "\\\\").replace("|", "\\|")


def _md_row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(_md_escape(cell) for cell in cells) + " |"
