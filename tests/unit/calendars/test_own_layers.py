"""Her own calendar in the service layer (issue 16): the address in Settings wins over the one
the file shows, a layer made `own` later is read again for its decision lines, and the DADU of a
renamed occurrence follows it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from zoneinfo import ZoneInfo

from ritmeregie.domain.model import LayerRole
from ritmeregie.services.calendars import Window, import_into, set_role
from ritmeregie.services.meetings import meetings_of
from ritmeregie.storage import DaduRow, Store

OWN = Path(__file__).resolve().parents[2] / "data" / "calendars" / "own"
AMS = ZoneInfo("Europe/Amsterdam")
WINDOW = Window(dt.date(2027, 1, 1), dt.date(2027, 3, 31))
GOOGLE_WEDNESDAY = dt.date(2027, 1, 13)


def titles(store: Store, date: dt.date) -> list[str]:
    return [m.title for m in meetings_of(store, date, AMS)]


def test_the_address_she_gives_decides_what_she_declined(store: Store) -> None:
    data = (OWN / "google_sanne.ics").read_bytes()
    import_into(store, "Google", data, WINDOW, tz=AMS, role=LayerRole.OWN)
    assert store.calendars.get("Google").address == "s.devries@bureau-voorbeeld.nl"  # type: ignore[union-attr]
    assert "Sollicitatiegesprek officemanager" not in titles(store, GOOGLE_WEDNESDAY)
    # Another address in Settings: the file's decline is someone else's.
    store.settings.set("own_address", "m.bakker@bureau-voorbeeld.nl")
    assert "Sollicitatiegesprek officemanager" in titles(store, GOOGLE_WEDNESDAY)


def test_a_layer_made_her_own_later_is_read_again(store: Store) -> None:
    data = (OWN / "outlook_sanne.ics").read_bytes()
    import_into(store, "Agenda", data, WINDOW, tz=AMS)
    assert store.calendars.get("Agenda").role is LayerRole.CONTEXT  # type: ignore[union-attr]
    # As a layer imported before roles existed: its occurrences know no decision lines.
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE calendar_events SET decision_line = NULL")
    set_role(store, "Agenda", LayerRole.OWN, AMS)
    [first, *_rest] = meetings_of(store, dt.date(2027, 1, 12), AMS)
    assert first.decision_line == "Besluit: welke afspraken schuiven naar februari"


def test_a_dadu_follows_its_renamed_occurrence(store: Store) -> None:
    text = (OWN / "outlook_sanne.ics").read_text(encoding="utf-8")
    import_into(store, "Agenda", text.encode(), WINDOW, tz=AMS, role=LayerRole.OWN)
    [meeting] = [
        m for m in meetings_of(store, dt.date(2027, 1, 12), AMS) if m.title.startswith("Afstemming")
    ]
    store.dadu.append_row(meeting.title, meeting.date, DaduRow(decision="Ja"), event=meeting.event)
    renamed = text.replace("Afstemming agenda directeur", "Afstemming agenda burgemeester")
    import_into(store, "Agenda", renamed.encode(), WINDOW, tz=AMS, role=LayerRole.OWN)
    [record] = store.dadu.between(dt.date(2027, 1, 12), dt.date(2027, 1, 12))
    assert record.meeting_title == "Afstemming agenda burgemeester"
    [again] = [
        m for m in meetings_of(store, dt.date(2027, 1, 12), AMS) if m.title.startswith("Afstemming")
    ]
    assert again.has_dadu and again.event == meeting.event


def test_her_address_pasted_from_an_invite_is_her_address(store: Store) -> None:
    # Settings takes what an address line gives, "MAILTO:Kees@…" with spaces around it; it wins
    # over the address the file shows (Sanne's), so Kees's declines are the ones left out.
    data = (OWN / "outside_checks.ics").read_bytes()
    import_into(store, "Mine", data, WINDOW, tz=AMS, role=LayerRole.OWN)
    monday = dt.date(2027, 1, 11)
    assert "Kees declined" in titles(store, monday)
    assert "Declined" not in titles(store, monday)
    store.settings.set("own_address", " MAILTO:Kees@Example.NL ")
    assert "Kees declined" not in titles(store, monday)
    assert "Declined" in titles(store, monday)
