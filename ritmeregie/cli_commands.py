"""The CLI's commands on top of domain + storage (kept apart from cli.py so --help stays light)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from .cli import CliError, data_dir_from
from .date_words import date_problem_text
from .domain.date_input import DateInputError, parse_date_input
from .domain.localtime import (
    UnknownTimezoneError,
    local_date,
    wall_time_repeats,
    zone,
)
from .domain.model import AgendaItem, BlockKind, DayPlan
from .i18n import resolve_language, set_language, translate
from .vocabulary import display_title, kind_name, long_date, note_text

log = logging.getLogger("ritmeregie.cli")


def run(args: argparse.Namespace) -> int:
    handlers: dict[str, Callable[[argparse.Namespace], int]] = {
        "plan": cmd_plan,
        "agenda": cmd_agenda,
        "doctor": cmd_doctor,
        "focus": cmd_live,
        "reset": cmd_live,
        "pause": cmd_live,
        "resume": cmd_live,
        "quit": cmd_quit,
        "open": cmd_open,
        "status": cmd_status,
    }
    return handlers[args.command](args)


# --- parsing user input (before anything is opened or written) ---------------------------------


def parse_date(text: str | None, tz: ZoneInfo) -> dt.date:
    """A typed date, checked before anything is opened: relative words are read against the
    local date here and read again against the app's today once the store is open (day_of_args)."""
    today = dt.datetime.now(tz).date()
    return today if text is None else read_date(text, today)


def read_date(text: str, today: dt.date) -> dt.date:
    """18-12, 18 december, morgen, vrijdag, 2027-12-18 … as the dialogs read them (date_input)."""
    try:
        return parse_date_input(text, today)
    except DateInputError as exc:
        raise CliError(date_problem_text(exc.problem, text)) from None


def day_boundary_of(store: Any) -> dt.time:
    """The store's day boundary (04:00 by default): the one rule of ritmeregie/today.py."""
    from .today import day_boundary

    return day_boundary(store)


def today_of(store: Any, tz: ZoneInfo) -> dt.date:
    """Today as the app sees it: before the day boundary, still yesterday's date."""
    from .today import today

    return today(store, tz)


def day_of_args(store: Any, text: str | None, tz: ZoneInfo) -> dt.date:
    """The --date given (read as on the app's today), or that today."""
    today = today_of(store, tz)
    return today if text is None else read_date(text, today)


_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_ISO_T = re.compile(r"(?<=\d)T(?=\d)")


@dataclass(frozen=True, slots=True)
class WallInput:
    """A typed moment: a date as typed (None: the day is implied) and a wall-clock time."""

    text: str
    date_text: str | None
    time: dt.time

    def on(self, day: dt.date, boundary: dt.time) -> dt.datetime:
        """The naive wall-clock moment. A typed date is read as on `day`; a time alone falls in
        `day` as the app counts days, so before the day boundary it is the next calendar date
        (01:30 on a day that runs from 04:00 to 04:00 is the night after it)."""
        if self.date_text is not None:
            return dt.datetime.combine(read_date(self.date_text, day), self.time)
        later = dt.timedelta(days=1 if self.time < boundary else 0)
        return dt.datetime.combine(day + later, self.time)


def parse_wall(text: str) -> WallInput:
    """'2027-12-18 10:00', '18-12 10:00', 'morgen 10:00' or just '10:00', checked for its form."""
    raw = _ISO_T.sub(" ", text.strip())
    date_text, _, time_text = raw.rpartition(" ")
    if ":" in time_text and re.search(r"\d(?:[+-]\d{2}:?\d{2}|Z)$", time_text):
        raise CliError(
            translate(
                "cli", "Write '{value}' without a UTC offset: times are in your own time zone."
            ).format(value=text)
        )
    try:
        if not _TIME.fullmatch(time_text):
            raise ValueError(time_text)
        at = dt.time.fromisoformat(time_text.zfill(5) if len(time_text) < 5 else time_text)
    except ValueError:
        raise CliError(
            translate(
                "cli",
                '\'{value}\' is not a date and time; write e.g. "2027-03-26 10:00", "26-3 10:00", '
                '"tomorrow 10:00" or 10:00.',
            ).format(value=text)
        ) from None
    wall = WallInput(text, date_text.strip() or None, at)
    if wall.date_text is not None:
        read_date(wall.date_text, dt.date.today())  # refuse a bad date before opening anything
    return wall


def localize(wall: dt.datetime, tz: ZoneInfo, fold: int | None = None) -> dt.datetime:
    """The instant of a wall-clock time, decided once: a skipped hour is refused, and in the hour
    that happens twice `fold` picks the first (0) or second (1) time; without it, the first, and
    the command says so."""
    aware = wall.replace(tzinfo=tz)
    if aware.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None) != wall:
        raise CliError(
            translate("cli", "{value} does not exist in {zone}: the clocks skip that hour.").format(
                value=f"{wall:%Y-%m-%d %H:%M}", zone=tz.key
            )
        )
    if not wall_time_repeats(wall.date(), wall.time(), tz):
        return aware
    if fold is None:
        first, second = aware.replace(fold=0), aware.replace(fold=1)
        print(
            translate(
                "cli",
                "{value} happens twice in {zone} (the clocks go back): taken the first time "
                "({first}); --fold 1 takes the second ({second}).",
            ).format(
                value=f"{wall:%Y-%m-%d %H:%M}",
                zone=tz.key,
                first=_offset(first),
                second=_offset(second),
            ),
            file=sys.stderr,
        )
        fold = 0
    return aware.replace(fold=fold)


def _offset(moment: dt.datetime) -> str:
    text = moment.strftime("%z")
    return f"UTC{text[:3]}:{text[3:]}"


def local_text(moment: dt.datetime, tz: ZoneInfo, pattern: str) -> str:
    """A local time for people; in the hour that happens twice, with its UTC offset."""
    local = moment.astimezone(tz)
    text = local.strftime(pattern)
    if wall_time_repeats(local.date(), local.time().replace(tzinfo=None), tz):
        text += f" ({_offset(local)})"
    return text


# --- the store, opened only after input is valid ------------------------------------------------


@contextmanager
def opened_store(args: argparse.Namespace) -> Iterator[object]:
    from sqlalchemy.exc import DBAPIError

    from .storage import StoreError, WriteFailedError, open_store
    from .storage.recovery import reported_damage

    folder = data_dir_from(args)
    try:
        store = open_store(folder)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    # Every command's writes commit through this store: counted from here (opening may fill in
    # settings, which is no news), and the running app is told once, after the store is closed.
    commits_at_open = store.changes.commits
    try:
        if not getattr(args, "lang", None):
            set_language(resolve_language(str(store.settings.get("language"))))
        yield store
    except WriteFailedError as exc:  # a full or read-only disk: one line, nothing half-written
        raise CliError(write_failed_line(exc)) from None
    except DBAPIError as exc:  # damage the quick look at opening did not reach (storage/recovery)
        detail = reported_damage(exc)
        if detail is None:
            raise
        raise CliError(damaged_line(store.path, detail)) from None
    finally:
        wrote = store.changes.commits > commits_at_open
        store.close()
        if wrote:
            from .platform.ipc_client import notify_changed

            notify_changed(folder)  # no app running is fine: it reads the store when it starts


def damaged_line(path: object, detail: str) -> str:
    return translate(
        "cli",
        "{path} is damaged ({detail}); it was left untouched. Starting ritmeregie sets it aside "
        "and restores the newest good backup.",
    ).format(path=path, detail=detail)


def write_failed_line(exc: object) -> str:
    """A WriteFailedError in the user's language (storage/errors.py has the English line)."""
    lines = {
        "disk full": translate("cli", "Not saved: the disk is full ({path})."),
        "read-only": translate("cli", "Not saved: the data folder {folder} is read-only."),
        "disk error": translate(
            "cli", "Not saved: the disk reported an error while writing {path}."
        ),
        "locked": translate("cli", "Not saved: another program keeps {path} locked."),
        "cannot open": translate("cli", "Not saved: {path} cannot be opened for writing."),
    }
    problem = getattr(getattr(exc, "problem", None), "value", "")
    path = getattr(exc, "path", None)
    if problem not in lines or path is None:
        return str(exc)
    return lines[problem].format(path=path, folder=path.parent)


def store_timezone(store: object) -> ZoneInfo:
    from .platform.paths import local_timezone_name

    configured = str(store.settings.get("timezone") or "")  # type: ignore[attr-defined]
    try:
        return zone(configured or local_timezone_name())
    except UnknownTimezoneError:
        raise CliError(
            translate("cli", "The time zone '{zone}' in your settings is unknown.").format(
                zone=configured
            )
        ) from None


def day_plan(store: object, date: dt.date, tz: ZoneInfo) -> DayPlan:
    from .today import plan_for

    return plan_for(store, date, tz)


# --- plan ----------------------------------------------------------------------------------------


def plan_as_data(plan: DayPlan) -> dict[str, object]:
    blocks = []
    for b in plan.blocks:
        entry: dict[str, object] = {
            "kind": b.kind.value,
            "start": b.start.isoformat(),
            "end": b.end.isoformat(),
            "title": display_title(b),
        }
        if b.agenda_id is not None:
            entry["id"] = b.agenda_id
        if b.source is not None:
            entry["source"] = b.source
            entry["blocking"] = b.blocking
            if b.tentative:
                entry["tentative"] = True
            if b.all_day:
                entry["all_day"] = True
        blocks.append(entry)
    tz = ZoneInfo(plan.timezone)
    return {
        "date": plan.date.isoformat(),
        "timezone": plan.timezone,
        "blocks": blocks,
        "notes": [note_text(n, tz) for n in plan.notes],
    }


def cmd_plan(args: argparse.Namespace) -> int:
    date_text = args.date
    if date_text is not None:
        parse_date(date_text, ZoneInfo("UTC"))  # refuse a bad date before opening anything
    if getattr(args, "week", False):
        from .cli_week_commands import plan_week_command

        return plan_week_command(args)
    with opened_store(args) as store:
        tz = store_timezone(store)
        date = day_of_args(store, date_text, tz)
        plan = day_plan(store, date, tz)
    if args.json:
        print(json.dumps(plan_as_data(plan), ensure_ascii=False, indent=2))
        return 0
    print(f"{long_date(plan.date)} · {plan.timezone}")
    if not plan.blocks:
        print(translate("cli", "Nothing planned: enjoy your day off."))
    print_blocks(plan)
    return 0


def print_blocks(plan: DayPlan) -> None:
    """The plan's blocks and notes, one line each (plan and plan --week)."""
    tz = ZoneInfo(plan.timezone)
    for b in plan.blocks:
        label = display_title(b)
        extra = f"  ({kind_name(b.kind)})" if label != kind_name(b.kind) else ""
        if b.kind is BlockKind.BUSY and b.source is not None:
            maybe = ", " + translate("cli", "tentative") if b.tentative else ""
            extra = f"  ({kind_name(b.kind)} · {b.source}{maybe})"
        ident = f"  #{b.agenda_id}" if b.agenda_id is not None else ""
        span = translate("cli", "all day") if b.all_day else f"{b.start:%H:%M}–{b.end:%H:%M}"
        print(f"  {span:<11}  {label}{extra}{ident}")
    for note in plan.notes:
        print(f"  ! {note_text(note, tz)}")


# --- agenda --------------------------------------------------------------------------------------


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
        item = store.agenda.add(title, start, end, tz.key, kind=BlockKind(args.kind))  # type: ignore[attr-defined]
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
    from .today import day_window

    if args.date is not None:
        parse_date(args.date, ZoneInfo("UTC"))
    with opened_store(args) as store:
        tz = store_timezone(store)
        date = day_of_args(store, args.date, tz)
        start, end = day_window(store, date, tz)
        items = store.agenda.between(start, end)  # type: ignore[attr-defined]
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
        if not store.agenda.remove(item_id):  # type: ignore[attr-defined]
            raise CliError(translate("cli", "There is no agenda item #{id}.").format(id=item_id))
    print(translate("cli", "Removed #{id}.").format(id=item_id))
    return 0


# --- doctor --------------------------------------------------------------------------------------


def cmd_doctor(args: argparse.Namespace) -> int:
    from .doctor import run_doctor

    return run_doctor(args, sys.stdout)


# --- talking to the running app -------------------------------------------------------------------


def _live_args(args: argparse.Namespace) -> dict[str, object]:
    if args.command == "focus":
        return {"minutes": args.minutes} if args.minutes else {}
    if args.command == "pause":
        if args.minutes is not None and not 1 <= args.minutes <= 24 * 60:
            raise CliError(translate("cli", "--minutes must be between 1 and 1440."))
        return {"today": True} if args.today else {"minutes": args.minutes or 30}
    return {}


def _send(
    args: argparse.Namespace, command: str, payload: dict[str, object]
) -> dict[str, object] | None:
    """The app's answer, or None when no app is running for this data folder."""
    from .platform.ipc_client import ForeignPeerError, IpcError, NoInstanceError, send_command

    try:
        answer = send_command(data_dir_from(args), command, payload)
    except NoInstanceError:
        return None
    except ForeignPeerError as exc:  # not the user's own app: nothing was sent
        raise CliError(str(exc)) from None
    except IpcError as exc:
        raise CliError(
            translate("cli", "The running ritmeregie did not answer: {error}").format(error=exc)
        ) from None
    if not answer.get("ok"):
        raise CliError(
            str(
                answer.get("error")
                or translate("cli", "The running ritmeregie refused the command.")
            )
        )
    return answer


def cmd_quit(args: argparse.Namespace) -> int:
    """Success only once the app is gone: its process ended (or nothing listens any more)."""
    from .platform.ipc_client import QUIT_WAIT_S, ForeignPeerError, IpcError, quit_app

    try:
        gone = quit_app(data_dir_from(args))
    except ForeignPeerError as exc:
        raise CliError(str(exc)) from None
    except IpcError as exc:
        raise CliError(
            translate("cli", "The running ritmeregie did not answer: {error}").format(error=exc)
        ) from None
    if gone is None:
        raise CliError(translate("cli", "the app is not running; start it with 'ritmeregie'."))
    if not gone:
        raise CliError(
            translate(
                "cli",
                "ritmeregie was asked to quit but is still running after {seconds} s; "
                "perhaps a window is waiting for an answer.",
            ).format(seconds=f"{QUIT_WAIT_S:g}")
        )
    print(translate("cli", "ritmeregie has closed."))
    return 0


def cmd_live(args: argparse.Namespace) -> int:
    answer = _send(args, args.command, _live_args(args))
    if answer is None:
        raise CliError(translate("cli", "the app is not running; start it with 'ritmeregie'."))
    _print_status(answer)
    return 0


def cmd_open(args: argparse.Namespace) -> int:
    """Bring one of the running app's windows forward: a desktop keyboard shortcut can run this
    (Qt offers no global shortcut of its own). Without a running app: one line, exit 1."""
    from .cli import OPEN_WINDOWS

    if _send(args, "open", {"window": OPEN_WINDOWS[args.window]}) is None:
        raise CliError(translate("cli", "the app is not running; start it with 'ritmeregie'."))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from .domain.session import RhythmState, session_nudges, status_at
    from .status_report import status_data
    from .today import today

    answer = _send(args, "status", {})
    if answer is None:
        with opened_store(args) as store:
            tz = store_timezone(store)
            now = dt.datetime.now(tz)
            plan = day_plan(store, today(store, tz, now), tz)
            heads_up = int(store.settings.get("heads_up_minutes"))  # type: ignore[attr-defined]
        upcoming = session_nudges(plan, RhythmState(), now, heads_up)
        answer = status_data(
            status_at(plan, RhythmState(), now),
            upcoming[0].at if upcoming else None,
            running=False,
            timezone=tz.key,
        )
    answer.pop("ok", None)
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        _print_status(answer)
    return 0


def _print_status(data: dict[str, object]) -> None:
    def hm(value: object) -> str:
        return str(value)[11:16]

    current = data.get("current")
    if isinstance(current, dict):
        print(
            translate("cli", "Now: {title} until {time} ({minutes} min left)").format(
                title=current["title"], time=hm(current["end"]), minutes=data.get("minutes_left")
            )
        )
    else:
        print(translate("cli", "Now: free time"))
    upcoming = data.get("next")
    if isinstance(upcoming, dict):
        print(
            translate("cli", "Next: {title} at {time}").format(
                title=upcoming["title"], time=hm(upcoming["start"])
            )
        )
    if data.get("paused_until"):
        print(translate("cli", "Paused until {time}").format(time=hm(data["paused_until"])))
    if not data.get("running"):
        print(
            translate("cli", "(ritmeregie is not running: this is the plan without your changes)")
        )
