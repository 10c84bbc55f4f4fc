"""`ritmeregie agenda add|list|rm`: her own agenda from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from zoneinfo import ZoneInfo

from ritmeregie.cli.common import CliError
from ritmeregie.cli.dates import (
    day_boundary_of,
    day_of_args,
    local_text,
    localize,
    parse_date,
    parse_wall,
    today_of,
)
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.domain.localtime import (
    local_date,
    wall_time_repeats,
)
from ritmeregie.domain.model import AgendaItem, BlockKind
from ritmeregie.platform.i18n import translate
from ritmeregie.services.vocabulary import kind_name, long_date


def cmd_agenda(args: argparse.Namespace) -> int:
    return {"add": agenda_add, "list": agenda_list, "rm": agenda_rm}[args.agenda_command](args)


def agenda_add(args: argparse.Namespace) -> int:
    title = args.title.strip()
    if not title:
        raise CliError(translate("cli", "An agenda item needs a title."))
    if len(title) > 500:
        raise CliError(translate("cli", "A title can be at most 500 characters."))
    control = next((ch for ch in title if ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0), None)
    if control is not None:  # a title is one line; an escape sequence would act on the terminal
        raise CliError(
            translate("cli", "A title cannot contain a control character ({code}).").format(
                code=f"U+{ord(control):04X}"
            )
        )
    wall_start = parse_wall(args.start)
    if args.minutes is not None:
        if not 1 <= args.minutes <= 24 * 60:
            raise CliError(translate("cli", "--minutes must be between 1 and 1440."))
        wall_end = None
    else:
        wall_end = parse_wall(args.end)
    with opened_store(args) as store:
        tz = store_timezone(store)
        fold = getattr(args, "fold", None)
        # A time alone means today, by the app's day rule; an end time alone, the start's day.
        boundary = day_boundary_of(store)
        start = localize(wall_start.on(today_of(store, tz), boundary), tz, fold)
        if wall_end is None:
            end = (start.astimezone(dt.UTC) + dt.timedelta(minutes=args.minutes)).astimezone(tz)
        else:
            end_wall = wall_end.on(local_date(start, tz, boundary), boundary)
            if fold is None and wall_time_repeats(end_wall.date(), end_wall.time(), tz):
                # The first of the two times that comes after the start: a 02:30 item ending at
                # 02:15 ends at the second 02:15.
                first_end = end_wall.replace(tzinfo=tz, fold=0)
                after = first_end.astimezone(dt.UTC) > start.astimezone(dt.UTC)
                end = first_end if after else end_wall.replace(tzinfo=tz, fold=1)
            else:
                end = localize(end_wall, tz, fold)
        if end.astimezone(dt.UTC) <= start.astimezone(dt.UTC):
            raise CliError(
                translate("cli", "The end ({end}) is not after the start ({start}).").format(
                    end=f"{end:%Y-%m-%d %H:%M}", start=f"{start:%Y-%m-%d %H:%M}"
                )
            )
        item = store.agenda.add(title, start, end, tz.key, kind=BlockKind(args.kind))
    if args.json:
        print(json.dumps(_item_data(item, tz), ensure_ascii=False))
    else:
        print(
            translate("cli", "Added #{id}: {title}, {start}–{end}.").format(
                id=item.id,
                title=item.title,
                start=local_text(item.start, tz, "%Y-%m-%d %H:%M"),
                end=local_text(item.end, tz, "%H:%M"),
            )
        )
    return 0


def _item_data(item: AgendaItem, tz: ZoneInfo) -> dict[str, object]:
    return {
        "id": item.id,
        "kind": item.kind.value,
        "title": item.title,
        "start": item.start.astimezone(tz).isoformat(),
        "end": item.end.astimezone(tz).isoformat(),
    }


def agenda_list(args: argparse.Namespace) -> int:
    from ritmeregie.services.today import day_window

    if args.date is not None:
        parse_date(args.date, ZoneInfo("UTC"))
    with opened_store(args) as store:
        tz = store_timezone(store)
        date = day_of_args(store, args.date, tz)
        start, end = day_window(store, date, tz)
        items = store.agenda.between(start, end)
    if args.json:
        print(
            json.dumps(
                {
                    "date": date.isoformat(),
                    "timezone": tz.key,
                    "items": [_item_data(i, tz) for i in items],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(f"{long_date(date)} · {tz.key}")
    if not items:
        print(translate("cli", "No agenda items on this day."))
    for i in items:
        print(
            f"  #{i.id:<5} {local_text(i.start, tz, '%H:%M')}–{local_text(i.end, tz, '%H:%M')}  {i.title}  ({kind_name(i.kind)})"
        )
    return 0


def agenda_rm(args: argparse.Namespace) -> int:
    try:
        item_id = int(str(args.id).lstrip("#"))
    except ValueError:
        raise CliError(
            translate(
                "cli", "'{value}' is not an item number; see 'ritmeregie agenda list'."
            ).format(value=args.id)
        ) from None
    with opened_store(args) as store:
        if not store.agenda.remove(item_id):
            raise CliError(translate("cli", "There is no agenda item #{id}.").format(id=item_id))
    print(translate("cli", "Removed #{id}.").format(id=item_id))
    return 0
