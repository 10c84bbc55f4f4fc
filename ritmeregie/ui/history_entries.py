"""What the History window lists: one Entry per reflection, DADU or friction, and the search over it.

The search is case-insensitive (casefold) and wants every word somewhere in the entry's text,
its date included ("2027-03" finds a month). No Qt here except the kind's coloured dot.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ritmeregie.domain.model import BlockKind
from ritmeregie.services.vocabulary import long_date

from .palette import BLOCK_COLOURS, NEUTRAL_COLOUR

if TYPE_CHECKING:
    from ritmeregie.storage import Agreement, DaduRecord, Friction, Reflection


class Kind(StrEnum):
    REFLECTION = "reflection"
    DADU = "dadu"
    FRICTION = "friction"
    AGREEMENT = "agreement"  # about a conflict between managers' requests


KIND_COLOURS = {
    Kind.REFLECTION: BLOCK_COLOURS[BlockKind.REFLECTION],
    Kind.DADU: NEUTRAL_COLOUR,  # the meeting grey is too dark for a dot on a dark list
    Kind.FRICTION: BLOCK_COLOURS[BlockKind.FRICTION_FRIDAY],
    Kind.AGREEMENT: BLOCK_COLOURS[BlockKind.DAGSTART],
}


@dataclass(frozen=True, slots=True)
class Entry:
    kind: Kind
    date: dt.date
    summary: str
    haystack: str  # all the entry's text, casefolded, for the search
    record: Reflection | DaduRecord | Friction | Agreement


def matches(entry: Entry, words: list[str]) -> bool:
    return all(word in entry.haystack for word in words)


def search_words(text: str) -> list[str]:
    return text.casefold().split()


def _first_line(*texts: str) -> str:
    for text in texts:
        for line in text.splitlines():
            if line.strip():
                return line.strip()
    return ""


def reflection_entry(r: Reflection) -> Entry:
    texts = (r.satisfied, r.less_satisfied, r.differently)
    summary = _first_line(*texts)
    return Entry(Kind.REFLECTION, r.date, summary, _haystack(r.date, *texts), r)


def dadu_entry(d: DaduRecord) -> Entry:
    texts = [d.meeting_title]
    for row in d.rows:
        texts += [row.decision, row.action, row.owner, row.update_note]
        texts += [str(day) for day in (row.deadline, row.update_date) if day]
    decision = _first_line(*(row.decision for row in d.rows))
    summary = f"{d.meeting_title} — {decision}" if decision else d.meeting_title
    return Entry(Kind.DADU, d.meeting_date, summary, _haystack(d.meeting_date, *texts), d)


def friction_entry(f: Friction, day: dt.date) -> Entry:
    return Entry(Kind.FRICTION, day, _first_line(f.text), _haystack(day, f.text, str(f.status)), f)


def agreement_entry(a: Agreement, day: dt.date) -> Entry:
    """An agreement: its first line names the date, so the summary is what comes first after it."""
    lines = [line.strip(" -") for line in a.text.splitlines() if line.strip()]
    summary = lines[1] if len(lines) > 1 else _first_line(a.text)
    return Entry(Kind.AGREEMENT, day, summary, _haystack(day, a.text), a)


def _haystack(day: dt.date, *texts: str) -> str:
    return "\n".join((day.isoformat(), long_date(day), *texts)).casefold()


def paragraph(text: str, mark: Callable[[str], str]) -> str:
    return f"<p style='white-space:pre-wrap'>{mark(text)}</p>"


def highlighter(words: list[str]) -> Callable[[str], str]:
    """Escape text for HTML, marking the search words (case-insensitive)."""
    if not words:
        return html.escape
    pattern = re.compile(
        "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE
    )

    def mark(text: str) -> str:
        out, last = [], 0
        for found in pattern.finditer(text):
            out.append(html.escape(text[last : found.start()]))
            out.append(
                f"<span style='background-color:#F6D87A; color:#1E1E1E'>{html.escape(found.group())}</span>"
            )
            last = found.end()
        out.append(html.escape(text[last:]))
        return "".join(out)

    return mark


def kind_dot(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)
