"""DADU words and the clipboard: translated labels for the pure renderer, and the two copy actions.

"Copy as Markdown" puts the Markdown source on the clipboard as plain text (Teams' compose box,
Loop, SharePoint and wikis read it). "Copy as text" puts readable plain text on the clipboard plus
the same content as a small HTML table, so Outlook and Teams paste a real table while Notepad and
plain mail get the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from ritmeregie.domain.dadu_text import DaduLabels, to_html, to_markdown, to_plain_text
from ritmeregie.services.vocabulary import long_date, month_name, weekday_name
from ritmeregie.storage import DaduRow


@dataclass(frozen=True, slots=True)
class MeetingDadu:
    """What the dialog shows, in the shape the renderer reads."""

    meeting_title: str
    meeting_date: dt.date
    rows: Sequence[DaduRow]


def short_date(date: dt.date, reference: dt.date | None = None) -> str:
    """'Friday 2 April' (the year only when it differs from the reference's)."""
    if reference is not None and date.year != reference.year:
        return QCoreApplication.translate("DaduText", "{weekday} {day} {month} {year}").format(
            weekday=weekday_name(date), day=date.day, month=month_name(date.month), year=date.year
        )
    return QCoreApplication.translate("DaduText", "{weekday} {day} {month}").format(
        weekday=weekday_name(date), day=date.day, month=month_name(date.month)
    )


def dadu_labels(meeting_date: dt.date) -> DaduLabels:
    return DaduLabels(
        decision=QCoreApplication.translate("DaduText", "Decision"),
        action=QCoreApplication.translate("DaduText", "Action (who)"),
        deadline=QCoreApplication.translate("DaduText", "Deadline"),
        update=QCoreApplication.translate("DaduText", "Update"),
        no_rows=QCoreApplication.translate("DaduText", "No decisions or actions recorded."),
        format_date=lambda date: short_date(date, meeting_date),
        format_heading_date=long_date,
    )


def markdown_for(meeting: MeetingDadu) -> str:
    return to_markdown(meeting, dadu_labels(meeting.meeting_date))


def plain_text_for(meeting: MeetingDadu) -> str:
    return to_plain_text(meeting, dadu_labels(meeting.meeting_date))


def copy_markdown(meeting: MeetingDadu) -> str:
    text = markdown_for(meeting)
    QGuiApplication.clipboard().setText(text)
    return text


def copy_plain_text(meeting: MeetingDadu) -> str:
    labels = dadu_labels(meeting.meeting_date)
    text = to_plain_text(meeting, labels)
    mime = QMimeData()
    mime.setText(text)
    mime.setHtml(to_html(meeting, labels))
    QGuiApplication.clipboard().setMimeData(mime)
    return text
