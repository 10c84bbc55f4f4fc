"""Issue 16 on the real desktop: a meeting from her own calendar (an imported .ics, nothing typed)
ends, and its DADU prompt reaches dunst and opens the DADU window for that occurrence; the DADU
written there is found again after the calendar is refreshed with the occurrence moved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from desktop_tools import wait_for_history_entry, wait_until
from PySide6.QtWidgets import QApplication
from test_app_desktop import LOCAL, running_app, unique

from ritmeregie.domain.model import BlockKind, LayerRole
from ritmeregie.domain.nudges import NudgeKind
from ritmeregie.services.calendars import import_into
from ritmeregie.services.meetings import meetings_of
from ritmeregie.storage import DaduRow, NudgeAnswer
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.rituals.dadu import DaduDialog

pytestmark = pytest.mark.desktop

# The meeting ends this many seconds after it is imported: time to replan and schedule its end.
LEAD_S = 4
UID = "040000008200E00074C5B7101A82E00800000000DESKTOP16@ritmeregie.test"


def utc(instant: dt.datetime) -> str:
    return instant.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def outlook_export(title: str, start: dt.datetime, end: dt.datetime, extra: str = "") -> bytes:
    """Her own calendar as Outlook exports it: one accepted invite with a decision line."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Agenda",
        "BEGIN:VEVENT",
        "ATTENDEE;CN=Sanne de Vries;PARTSTAT=ACCEPTED:mailto:sanne@gemeente-voorbeeld.nl",
        "ORGANIZER;CN=Marloes Bakker:mailto:m.bakker@gemeente-voorbeeld.nl",
        "DESCRIPTION:Besluit: begroting vaststellen\\n",
        f"DTSTART:{utc(start)}",
        f"DTEND:{utc(end)}",
        f"SUMMARY;LANGUAGE=nl-NL:{title}",
        f"UID:{UID}",
        "TRANSP:OPAQUE",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "END:VEVENT",
        extra,
        "END:VCALENDAR",
    ]
    return "\r\n".join(line for line in lines if line).encode() + b"\r\n"


@pytest.fixture
def app(qapp: QApplication, data_dir: Path) -> Any:
    with running_app(qapp, data_dir, LOCAL) as shell:
        yield shell


def import_meeting_ending_soon(app: RitmeregieApp, title: str) -> tuple[dt.datetime, dt.datetime]:
    """Her own calendar with one meeting that started 20 minutes ago and ends in LEAD_S seconds."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    start, end = now - dt.timedelta(minutes=20), now + dt.timedelta(seconds=LEAD_S)
    import_into(
        app.store, "Agenda", outlook_export(title, start, end), tz=LOCAL, role=LayerRole.OWN
    )
    # Saved, so replanned (the app replans on every commit): the meeting's end is a job.
    wait_until(
        lambda: any(
            b.kind is BlockKind.MEETING and b.title == title for b in app.controller.plan.blocks
        ),
        what="the imported meeting in the day's plan",
    )
    return start, end


def test_the_end_of_an_imported_meeting_reaches_dunst_with_its_decision_line(
    app: RitmeregieApp,
) -> None:
    app.store.settings.set("nudge_window", False)  # a notification only: dunst shows it
    title = unique("MT-overleg")
    shown: list[Any] = []
    app.presenter.nudge_shown.connect(shown.append)
    import_meeting_ending_soon(app, title)

    entry = wait_for_history_entry(f"{title} has ended", timeout_s=LEAD_S + 15)
    assert "Capture the DADU" in str(entry.get("body"))
    assert "Besluit: begroting vaststellen" in str(entry.get("body"))
    ends = [n for n in shown if n.kind is NudgeKind.BLOCK_END and n.block.title == title]
    assert len(ends) == 1 and ends[0].block.event_uid == UID


def test_the_dadu_prompt_of_an_imported_meeting_keeps_its_dadu_through_a_move(
    app: RitmeregieApp,
) -> None:
    title = unique("MT-overleg")
    start, end = import_meeting_ending_soon(app, title)
    wait_until(
        lambda: (
            app.presenter.window is not None
            and app.presenter.window.windowTitle() == f"{title} has ended"
        ),
        timeout_s=LEAD_S + 15,
        what="the DADU prompt of the imported meeting",
    )
    window = app.presenter.window
    assert window is not None
    window.answered.emit(NudgeAnswer.STARTED)  # "Capture DADU"
    dialogs: list[DaduDialog] = []

    def dadu_open() -> bool:
        dialogs[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, DaduDialog) and w.isVisible()
        ]
        return bool(dialogs)

    wait_until(dadu_open, what="the DADU window")
    dialog = dialogs[0]
    assert dialog.meeting.event is not None and dialog.meeting.event.uid == UID
    assert dialog.title_edit.text() == title
    dialog.rows[-1].set_value(DaduRow(decision="Begroting vastgesteld"))
    dialog.save()
    dialog.close()

    today = app.controller.today()  # by the day boundary: at 02:30 still yesterday's date
    [meeting] = meetings_of(app.store, today, LOCAL)
    assert meeting.has_dadu and meeting.title == title

    # Refreshed, with this occurrence moved to tomorrow 10:00 by Outlook: the DADU goes along.
    tomorrow = today + dt.timedelta(days=1)
    moved_start = dt.datetime.combine(tomorrow, dt.time(10), LOCAL)
    moved = (
        "BEGIN:VEVENT\r\n"
        f"DTSTART:{utc(moved_start)}\r\nDTEND:{utc(moved_start + dt.timedelta(hours=1))}\r\n"
        f"RECURRENCE-ID:{utc(start)}\r\nSUMMARY:{title} (verplaatst)\r\nUID:{UID}\r\n"
        "END:VEVENT"
    )
    import_into(
        app.store, "Agenda", outlook_export(title, start, end, moved), tz=LOCAL, role=LayerRole.OWN
    )
    [again] = [m for m in meetings_of(app.store, tomorrow, LOCAL) if m.event]
    assert again.has_dadu and again.title == f"{title} (verplaatst)"
    [record] = app.store.dadu.linked_to_events()
    assert record.meeting_date == tomorrow and record.meeting_title == again.title
