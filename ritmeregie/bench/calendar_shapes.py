"""Real-world-shaped big calendars for the benchmark: an Outlook export and a Google one.

Outlook (about 10 MB): 2,000 weekly series and 5,000 single events, in Windows zones (and one
"Customized Time Zone"), each event with what Exchange writes around it: an HTML X-ALT-DESC, a
DESCRIPTION, an organizer and attendees, X-MICROSOFT-CDO-* properties; series started over the
last two years, some open-ended, some ending, with EXDATEs and moved occurrences. Google (about
1.6 MB): X-WR-TIMEZONE, single events in UTC, weekly series in Europe/Amsterdam, attendees.
Deterministic for a seed, so two runs time the same work.
"""

from __future__ import annotations

import datetime as dt
import random

TITLES = (
    "MT-overleg",
    "Bilateraal met directeur",
    "Projectgroep huisvesting",
    "Klantgesprek",
    "Begrotingsoverleg",
    "Teamoverleg",
    "Voorbereiding RvC",
    "Stuurgroep digitalisering",
)
PEOPLE = ("Anne de Vries", "Bram Jansen", "Carla Smit", "Daan Bakker", "Eva Visser", "Femke Mulder")
W_EUROPE = """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""
CUSTOM = W_EUROPE.replace("W. Europe Standard Time", "Customized Time Zone")
AMSTERDAM = """BEGIN:VTIMEZONE
TZID:Europe/Amsterdam
X-LIC-LOCATION:Europe/Amsterdam
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def _stamp(value: dt.datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def _fold(line: str) -> list[str]:
    """RFC 5545 folding at 75 octets (ASCII here)."""
    return [line[:75]] + [" " + line[i : i + 74] for i in range(75, len(line), 74)]


def _outlook_details(rng: random.Random, title: str, uid: str) -> list[str]:
    people = rng.sample(PEOPLE, rng.randrange(2, 4))
    text = (
        f"Agenda: {title}. Stukken volgen via SharePoint. Welke beslissing moet hier vandaag "
        "genomen worden? Graag vooraf de notulen van de vorige keer lezen en eventuele punten "
        "voor de rondvraag doorgeven.\\n\\nMicrosoft Teams-vergadering\\n"
        "Deelnemen via uw computer of mobiele app: https://teams.microsoft.com/l/meetup-join/"
        + uid[:40]
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div class="WordSection1"><p class="MsoNormal"><span lang="NL">{text[:100]}</span></p>'
        "</div></body></html>"
    )
    lines = [
        *_fold(f"DESCRIPTION;LANGUAGE=nl-NL:{text}"),
        *_fold(f"X-ALT-DESC;FMTTYPE=text/html:{html}"),
        f"ORGANIZER;CN={people[0]}:mailto:{people[0].split()[0].lower()}@example.nl",
    ]
    for person in people[1:]:
        address = person.replace(" ", ".").lower()
        lines += _fold(
            f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{person}":'
            f"mailto:{address}@example.nl"
        )
    lines += [
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "SEQUENCE:0",
        f"LOCATION:Vergaderzaal {rng.randrange(1, 9)}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ]
    return lines


def outlook_calendar(
    today: dt.date, series: int = 2000, singles: int = 5000, seed: int = 14
) -> bytes:
    rng = random.Random(seed)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "X-CALSTART:20240101T000000Z",
        "X-WR-CALNAME:Directie",
        *W_EUROPE.split("\n"),
        *CUSTOM.split("\n"),
    ]
    for number in range(series):
        zone = "Customized Time Zone" if number % 10 == 0 else "W. Europe Standard Time"
        day = today - dt.timedelta(days=rng.randrange(0, 700)) + dt.timedelta(days=60)
        begin = dt.datetime.combine(day, dt.time(rng.randrange(8, 17), rng.choice((0, 30))))
        minutes = rng.choice((30, 45, 60, 90))
        end = begin + dt.timedelta(minutes=minutes)
        uid = f"040000008200E00074C5B7101A82E00800000000{number:08X}{rng.getrandbits(64):016X}"
        title = f"{rng.choice(TITLES)} {number}"
        weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[begin.weekday()]
        rule = f"FREQ=WEEKLY;INTERVAL={rng.choice((1, 1, 1, 2))};BYDAY={weekday};WKST=MO"
        if rng.random() < 0.6:
            until = begin + dt.timedelta(days=rng.randrange(90, 540))
            rule += f";UNTIL={_stamp(until - dt.timedelta(hours=1))}Z"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"SUMMARY;LANGUAGE=nl-NL:{title}",
            f"DTSTART;TZID={zone}:{_stamp(begin)}",
            f"DTEND;TZID={zone}:{_stamp(end)}",
            f"RRULE:{rule}",
            "DTSTAMP:20260101T090000Z",
            "TRANSP:OPAQUE",
            "STATUS:CONFIRMED",
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            *_outlook_details(rng, title, uid),
        ]
        if number % 5 == 0:
            lines.append(f"EXDATE;TZID={zone}:{_stamp(begin + dt.timedelta(weeks=4))}")
        lines.append("END:VEVENT")
        if number % 7 == 0:
            moved = begin + dt.timedelta(weeks=2)
            lines += [
                "BEGIN:VEVENT",
                f"UID:{uid}",
                f"RECURRENCE-ID;TZID={zone}:{_stamp(moved)}",
                f"SUMMARY;LANGUAGE=nl-NL:{title} (verplaatst)",
                f"DTSTART;TZID={zone}:{_stamp(moved + dt.timedelta(hours=2))}",
                f"DTEND;TZID={zone}:{_stamp(moved + dt.timedelta(hours=2, minutes=minutes))}",
                "DTSTAMP:20260101T090000Z",
                "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                "END:VEVENT",
            ]
    for number in range(singles):
        day = today + dt.timedelta(days=rng.randrange(-365, 400))
        uid = f"040000008200E00074C5B7101A82E00801000000{number:08X}{rng.getrandbits(64):016X}"
        title = rng.choice(TITLES)
        lines += ["BEGIN:VEVENT", f"UID:{uid}", f"SUMMARY;LANGUAGE=nl-NL:{title}"]
        if number % 20 == 0:
            lines += [
                f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
                "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
                "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
                "TRANSP:TRANSPARENT",
            ]
        else:
            begin = dt.datetime.combine(
                day, dt.time(rng.randrange(7, 19), rng.choice((0, 15, 30, 45)))
            )
            end = begin + dt.timedelta(minutes=rng.choice((15, 30, 60, 120)))
            status = rng.choice(("BUSY", "BUSY", "BUSY", "TENTATIVE", "FREE", "OOF"))
            lines += [
                f"DTSTART;TZID=W. Europe Standard Time:{_stamp(begin)}",
                f"DTEND;TZID=W. Europe Standard Time:{_stamp(end)}",
                f"X-MICROSOFT-CDO-BUSYSTATUS:{status}",
            ]
        lines += ["DTSTAMP:20260101T090000Z", *_outlook_details(rng, title, uid), "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def google_calendar(
    today: dt.date, series: int = 300, singles: int = 1800, seed: int = 15
) -> bytes:
    rng = random.Random(seed)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Team",
        "X-WR-TIMEZONE:Europe/Amsterdam",
        *AMSTERDAM.split("\n"),
    ]

    def details(title: str) -> list[str]:
        people = rng.sample(PEOPLE, rng.randrange(1, 5))
        out = [
            *_fold(
                f"DESCRIPTION:{title}: zie de agenda in de gedeelde map. Deelnemen met Google "
                f"Meet: https://meet.google.com/{rng.getrandbits(40):010x}"
            ),
            "LOCATION:",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "TRANSP:OPAQUE",
            "CREATED:20250101T080000Z",
            "LAST-MODIFIED:20260101T080000Z",
            "DTSTAMP:20260101T080000Z",
        ]
        for person in people:
            address = person.replace(" ", ".").lower()
            out += _fold(
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;"
                f"CN={address}@example.nl;X-NUM-GUESTS=0:mailto:{address}@example.nl"
            )
        return out

    for number in range(series):
        day = today - dt.timedelta(days=rng.randrange(0, 600)) + dt.timedelta(days=30)
        begin = dt.datetime.combine(day, dt.time(rng.randrange(8, 17), rng.choice((0, 30))))
        end = begin + dt.timedelta(minutes=rng.choice((30, 60)))
        rule = "FREQ=WEEKLY"
        if number % 3 == 0:
            rule += f";UNTIL={_stamp(begin + dt.timedelta(days=rng.randrange(60, 400)))}Z"
        title = f"{rng.choice(TITLES)} {number}"
        lines += [
            "BEGIN:VEVENT",
            f"DTSTART;TZID=Europe/Amsterdam:{_stamp(begin)}",
            f"DTEND;TZID=Europe/Amsterdam:{_stamp(end)}",
            f"RRULE:{rule}",
            f"UID:{rng.getrandbits(100):026x}@google.com",
            f"SUMMARY:{title}",
            *details(title),
            "END:VEVENT",
        ]
    for number in range(singles):
        day = today + dt.timedelta(days=rng.randrange(-365, 400))
        begin = dt.datetime.combine(day, dt.time(rng.randrange(6, 17), rng.choice((0, 30))))
        end = begin + dt.timedelta(minutes=rng.choice((30, 60, 90)))
        title = rng.choice(TITLES)
        lines += [
            "BEGIN:VEVENT",
            f"DTSTART:{_stamp(begin)}Z",
            f"DTEND:{_stamp(end)}Z",
            f"UID:{rng.getrandbits(100):026x}@google.com",
            f"SUMMARY:{title} ({number})",
            *details(title),
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")
