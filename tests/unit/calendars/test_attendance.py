"""Her address and her declines (issue 16), read from invites as Outlook and Google write them."""

from __future__ import annotations

from icalendar import Event

from ritmeregie.services.calendars.attendance import declined_by, is_declined_by, learn_address


def invite(organizer: str, *attendees: tuple[str, str]) -> Event:
    text = "BEGIN:VEVENT\r\nUID:x\r\n" + f"ORGANIZER;CN=Someone:mailto:{organizer}\r\n"
    for address, partstat in attendees:
        text += f"ATTENDEE;PARTSTAT={partstat}:mailto:{address}\r\n"
    event = Event.from_ical(text + "END:VEVENT\r\n")
    assert isinstance(event, Event)
    return event


SANNE = "sanne.devries@gemeente-voorbeeld.nl"
MARLOES = "m.bakker@gemeente-voorbeeld.nl"


def test_she_is_the_one_in_every_invite() -> None:
    events = [
        invite(MARLOES, (SANNE.upper(), "ACCEPTED"), ("p.jansen@gemeente-voorbeeld.nl", "")),
        invite(SANNE, (MARLOES, "ACCEPTED")),
        invite("a.elamrani@gemeente-voorbeeld.nl", (SANNE, "DECLINED")),
    ]
    assert learn_address("X-WR-CALNAME:Agenda\n", events) == SANNE


def test_googles_calendar_name_is_her_address() -> None:
    text = "X-WR-CALNAME:s.devries@bureau-voorbeeld.nl\n"
    assert learn_address(text, []) == "s.devries@bureau-voorbeeld.nl"


def test_the_file_cannot_tell_when_she_always_meets_the_same_person() -> None:
    events = [invite(MARLOES, (SANNE, "ACCEPTED")), invite(SANNE, (MARLOES, "ACCEPTED"))]
    assert learn_address("X-WR-CALNAME:Agenda\n", events) is None


def test_declined_is_per_address() -> None:
    event = invite(MARLOES, (SANNE, "DECLINED"), ("p.jansen@gemeente-voorbeeld.nl", "ACCEPTED"))
    declined = declined_by(event)
    assert declined == SANNE
    assert is_declined_by(declined, SANNE)
    assert not is_declined_by(declined, MARLOES)
    assert not is_declined_by(declined, None)


def test_icloud_names_people_by_their_email_parameter() -> None:
    event = Event.from_ical(
        "BEGIN:VEVENT\r\nUID:x\r\nORGANIZER;CN=M:mailto:m.bakker@gemeente-voorbeeld.nl\r\n"
        f'ATTENDEE;CN="Sanne";EMAIL={SANNE.upper()};PARTSTAT=DECLINED:urn:uuid:12-34\r\n'
        "END:VEVENT\r\n"
    )
    assert isinstance(event, Event)
    assert declined_by(event) == SANNE
    assert learn_address("", [event, event]) is None  # organizer and she: always together
