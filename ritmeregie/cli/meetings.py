"""`ritmeregie meetings [--date D] [--json]`: typed ones and those from her own calendar."""

from __future__ import annotations

import argparse
import json
from zoneinfo import ZoneInfo

from ritmeregie.cli.dates import day_of_args, parse_date
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.platform.i18n import translate
from ritmeregie.services.meetings import Meeting, double_bookings, meetings_of
from ritmeregie.services.vocabulary import long_date


def cmd_meetings(args: argparse.Namespace) -> int:
    if args.date is not None:
        parse_date(args.date, ZoneInfo("UTC"))  # refuse a bad date before opening anything
    with opened_store(args) as store:
        tz = store_timezone(store)
        date = day_of_args(store, args.date, tz)
        found = meetings_of(store, date, tz)
    if args.json:
        data = {
            "date": date.isoformat(),
            "timezone": tz.key,
            "meetings": [m.as_data() for m in found],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{long_date(date)} · {tz.key}")
    if not found:
        print(translate("cli", "No meetings on this day."))
    for meeting in found:
        print(meeting_line(meeting))
        if meeting.decision_line:
            print("    " + meeting.decision_line)
        else:
            print("    " + translate("cli", "no decision line in the invite"))
    for first, second in double_bookings(found):
        print(
            "  ! "
            + translate("cli", "Double booked: {first} and {second} ({time}).").format(
                first=first.title, second=second.title, time=f"{second.start:%H:%M}"
            )
        )
    return 0


def meeting_line(meeting: Meeting) -> str:
    source = meeting.source or translate("cli", "your agenda")
    dadu = translate("cli", "DADU written") if meeting.has_dadu else translate("cli", "no DADU yet")
    return f"  {meeting.start:%H:%M}–{meeting.end:%H:%M}  {meeting.title}  ({source} · {dadu})"
