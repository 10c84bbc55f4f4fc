"""The History window's detail pane: one entry as HTML, the whole text, with the search words marked.

Strings use the HistoryWindow context (QCoreApplication.translate with a literal context), so they
sit with the window's other strings in the catalogue.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ritmeregie.services.vocabulary import long_date
from ritmeregie.storage import Agreement, DaduRecord, Friction, Reflection

from .history_entries import KIND_COLOURS, Entry, Kind, paragraph


def kind_names() -> dict[Kind, str]:
    return {
        Kind.REFLECTION: QCoreApplication.translate("HistoryWindow", "Reflection"),
        Kind.DADU: QCoreApplication.translate("HistoryWindow", "DADU"),
        Kind.FRICTION: QCoreApplication.translate("HistoryWindow", "Friction"),
        Kind.AGREEMENT: QCoreApplication.translate("HistoryWindow", "Agreement"),
    }


def empty_html(anything_in_period: bool) -> str:
    text = (
        QCoreApplication.translate(
            "HistoryWindow", "Nothing found. Try other words, another kind or a longer period."
        )
        if anything_in_period
        else QCoreApplication.translate("HistoryWindow", "Nothing written in this period yet.")
    )
    return f"<p>{html.escape(text)}</p>"


def detail_html(entry: Entry, mark: Callable[[str], str]) -> str:
    colour = KIND_COLOURS[entry.kind]
    parts = [
        f'<p style="color:{colour}; font-weight:bold; margin-bottom:0">'
        f"{html.escape(kind_names()[entry.kind])}</p>",
        f"<h2 style='margin-top:2px'>{html.escape(long_date(entry.date))}</h2>",
    ]
    record = entry.record  # its type goes with entry.kind
    if isinstance(record, Reflection):
        parts += _reflection(record, mark)
    elif isinstance(record, DaduRecord):
        parts += _dadu(record, mark)
    elif isinstance(record, Agreement):
        parts.append(paragraph(record.text, mark))
    else:
        parts += _friction(record, mark)
    return "".join(parts)


def _reflection(r: Reflection, mark: Callable[[str], str]) -> list[str]:
    parts = []
    for question, text in (
        (QCoreApplication.translate("HistoryWindow", "What am I satisfied with?"), r.satisfied),
        (
            QCoreApplication.translate("HistoryWindow", "What am I less satisfied with?"),
            r.less_satisfied,
        ),
        (QCoreApplication.translate("HistoryWindow", "What will I do differently?"), r.differently),
    ):
        parts.append(f"<h4>{html.escape(question)}</h4>")
        parts.append(paragraph(text, mark) if text.strip() else "<p><i>—</i></p>")
    if r.energy is not None:
        energy = QCoreApplication.translate("HistoryWindow", "Energy: {energy} of 5")
        parts.append(f"<p>{html.escape(energy.format(energy=r.energy))}</p>")
    return parts


def _dadu(d: DaduRecord, mark: Callable[[str], str]) -> list[str]:
    parts = [f"<h3>{mark(d.meeting_title)}</h3>"]
    event = getattr(d, "event", None)
    if event is not None and event.start is not None:
        # A meeting from her own calendar: its real time, as the calendar has it now.
        start = event.start.astimezone()
        when = QCoreApplication.translate(
            "HistoryWindow", "From your calendar: {date} at {time}"
        ).format(date=start.date().isoformat(), time=f"{start:%H:%M}")
        parts.append(f"<p>{html.escape(when)}</p>")
    for number, row in enumerate(d.rows, start=1):
        action = row.action + (f" ({row.owner})" if row.owner else "")
        update = row.update_note + (f" ({row.update_date.isoformat()})" if row.update_date else "")
        lines = [
            (QCoreApplication.translate("HistoryWindow", "Decision"), row.decision),
            (QCoreApplication.translate("HistoryWindow", "Action"), action),
            (
                QCoreApplication.translate("HistoryWindow", "Deadline"),
                row.deadline.isoformat() if row.deadline else "",
            ),
            (QCoreApplication.translate("HistoryWindow", "Update"), update),
        ]
        cells = "".join(
            f"<tr><td width='90' style='padding-right:10px'><b>{html.escape(label)}</b></td>"
            f"<td>{mark(text)}</td></tr>"
            for label, text in lines
            if text.strip()
        )
        parts.append(f"<p><b>{number}.</b></p><table>{cells}</table>")
    return parts


def _friction(f: Friction, mark: Callable[[str], str]) -> list[str]:
    status = {
        "open": QCoreApplication.translate("HistoryWindow", "Open"),
        "fixed": QCoreApplication.translate("HistoryWindow", "Fixed"),
        "checklist": QCoreApplication.translate("HistoryWindow", "Became a checklist"),
        "dropped": QCoreApplication.translate("HistoryWindow", "Dropped"),
    }.get(str(f.status), str(f.status))
    return [paragraph(f.text, mark), f"<p><i>{html.escape(status)}</i></p>"]
