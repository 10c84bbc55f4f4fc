"""`ritmeregie calendar …`: input is checked before the store is opened; nothing is written on error.

A file with broken events still imports the rest: the summary goes to stdout, one line per
problem to stderr, exit code 0. A file that cannot be used at all is one line on stderr, exit 1,
and the layer keeps what it had.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ritmeregie.cli.common import CliError
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.domain.model import LayerRole
from ritmeregie.platform.i18n import plural, translate
from ritmeregie.services.calendars import (
    CalendarError,
    ImportReport,
    Prepared,
    Unchanged,
    Window,
    check_name,
    note_failure,
    prepare_refresh,
    set_role,
    store_prepared,
)
from ritmeregie.services.calendars.fetch import MAX_BYTES, fetch, normalise_url

if TYPE_CHECKING:
    from ritmeregie.storage import Store
    from ritmeregie.storage.calendars import CalendarSource

DEFAULT_EVERY_MINUTES = 60
EVERY_RANGE = (5, 24 * 60)


# --- checking input (before the store is opened) -----------------------------------------------


def _name(args: argparse.Namespace) -> str:
    try:
        return check_name(args.name)
    except CalendarError as exc:
        raise CliError(str(exc)) from None


def _read_file(text: str) -> bytes:
    path = Path(text).expanduser()
    if not path.is_file():
        raise CliError(translate("cli", "There is no file {path}.").format(path=path))
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CliError(
                translate("cli", "{path} is too large for a calendar ({size} MB).").format(
                    path=path, size=size // (1024 * 1024)
                )
            )
        return path.read_bytes()
    except OSError as exc:
        raise CliError(
            translate("cli", "{path} cannot be read: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None


def _role(args: argparse.Namespace, blocking: bool | None) -> LayerRole | None:
    """The role asked for; --blocking alone means a manager's calendar (as before roles)."""
    role = LayerRole(args.role) if getattr(args, "role", None) else None
    if blocking and role is None:
        return LayerRole.MANAGER
    if blocking and role is not LayerRole.MANAGER:
        raise CliError(translate("cli", "--blocking goes with --role manager."))
    return role


def _subscription(args: argparse.Namespace) -> tuple[str | None, int | None]:
    if args.every is not None and not args.url:
        raise CliError(translate("cli", "--every goes with --url."))
    if not args.url:
        return None, None
    try:
        url = normalise_url(args.url)
    except CalendarError as exc:
        raise CliError(str(exc)) from None
    every = DEFAULT_EVERY_MINUTES if args.every is None else args.every
    low, high = EVERY_RANGE
    if not low <= every <= high:
        raise CliError(
            translate("cli", "--every must be between {low} and {high} minutes.").format(
                low=low, high=high
            )
        )
    return url, every


class TerminalProgress:
    """A bar on stderr for an import that takes more than a second, only on a terminal.

    Reading the file gives no steps, so after a second a line says it is being read; the bar
    follows the expansion series by series and is cleared when the work is done.
    """

    WIDTH = 30
    AFTER_S = 1.0

    def __init__(self, name: str) -> None:
        self._name = name
        self._on = sys.stderr.isatty()
        self._started = time.monotonic()
        self._shown = False
        self._timer: threading.Timer | None = None

    def __enter__(self) -> TerminalProgress:
        if self._on:
            self._timer = threading.Timer(self.AFTER_S, self._reading)
            self._timer.daemon = True
            self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._shown:
            sys.stderr.write("\r\x1b[2K")
            sys.stderr.flush()

    def _reading(self) -> None:
        self._shown = True
        sys.stderr.write("\r" + translate("cli", "Reading '{name}'…").format(name=self._name))
        sys.stderr.flush()

    def __call__(self, done: int, total: int) -> None:
        if not self._on or time.monotonic() - self._started < self.AFTER_S:
            return
        if self._timer is not None:
            self._timer.cancel()
        self._shown = True
        filled = self.WIDTH * done // max(total, 1)
        percent = 100 * done // max(total, 1)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        sys.stderr.write(f"\r\x1b[2K[{bar}] {percent:3d}%  {self._name}")
        sys.stderr.flush()


def _prepared(
    data: bytes, store: Store, name: str, stored: CalendarSource | None = None
) -> Prepared | Unchanged:
    tz = store_timezone(store)
    window = Window.rolling(dt.datetime.now(tz).date())
    with TerminalProgress(name) as progress:
        return prepare_refresh(data, window, tz, stored, progress)


def _print_report(report: ImportReport) -> None:
    print(report.summary())
    for line in report.problems:
        print(line, file=sys.stderr)


# --- the commands ------------------------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    name = _name(args)
    role = _role(args, args.blocking)
    if args.caldav:
        from ritmeregie.cli.caldav import add_layer

        return add_layer(args, role)
    url, every = _subscription(args)
    if args.file is None and url is None:
        raise CliError(translate("cli", "Give the calendar's file, or its address with --url."))
    data = _read_file(args.file) if args.file is not None else None
    with opened_store(args) as store:
        if store.calendars.get(name) is not None:
            raise CliError(
                translate(
                    "cli", "There is already a calendar named '{name}'; use 'calendar refresh'."
                ).format(name=name)
            )
        try:
            if data is None:
                assert url is not None
                data = fetch(url, name)
            prepared = _prepared(data, store, name)
            report = store_prepared(
                store,
                name,
                prepared,
                blocking=args.blocking,
                url=url,
                refresh_minutes=every,
                role=role,
            )
        except CalendarError as exc:
            raise CliError(str(exc)) from None
    _print_report(report)
    return 0


def cmd_refresh(args: argparse.Namespace) -> int:
    name = _name(args)
    data = _read_file(args.file) if args.file is not None else None
    with opened_store(args) as store:
        source = store.calendars.get(name)
        if source is None:
            raise CliError(_unknown(name))
        stored: CalendarSource | None = (
            source  # new bytes from a file or the address: the same ones cost a hash
        )
        try:
            if data is None and source.url:
                data = fetch(source.url, name)
            if data is None:
                stored = None  # the stored copy, asked for by name: read it again
                raw = store.calendars.raw(name)
                if not raw:
                    raise CliError(
                        translate("cli", "'{name}' has no stored copy: give the file.").format(
                            name=name
                        )
                    )
                data = raw.encode("utf-8")
            prepared = _prepared(data, store, name, stored)
            report = store_prepared(store, name, prepared)
        except CalendarError as exc:
            note_failure(store, name, str(exc))
            raise CliError(str(exc)) from None
    _print_report(report)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        tz = store_timezone(store)
        sources = store.calendars.sources()

    def local(instant: dt.datetime | None) -> str | None:
        return None if instant is None else instant.astimezone(tz).isoformat(timespec="minutes")

    rows = [
        {
            "name": s.name,
            "role": s.role.value,
            "blocking": s.blocking,
            "visible": s.visible,
            "events": s.event_count,
            "skipped": s.skipped_count,
            "from": s.expanded_from.isoformat() if s.expanded_from else None,
            "to": s.expanded_to.isoformat() if s.expanded_to else None,
            "imported": local(s.imported),
            "url": s.url,
            "every_minutes": s.refresh_minutes,
            "last_error": s.last_error,
        }
        for s in sources
    ]
    if args.json:
        print(json.dumps({"calendars": rows}, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(translate("cli", "No calendars yet: add one with 'ritmeregie calendar add'."))
    for source, row in zip(sources, rows, strict=True):
        role = role_words(source.role, source.blocking)
        imported = str(row["imported"] or "")[:16].replace("T", " ")
        print(
            translate("cli", "{name}: {role}, {events}, imported {when}").format(
                name=row["name"],
                role=role,
                events=plural(
                    source.event_count,
                    translate("cli", "1 event"),
                    translate("cli", "{count} events"),
                ),
                when=imported or "—",
            )
        )
        if row["url"]:
            print(
                "  "
                + translate("cli", "subscribed: every {minutes} min from {url}").format(
                    minutes=row["every_minutes"], url=row["url"]
                )
            )
        if row["last_error"]:
            print("  ! " + str(row["last_error"]))
    return 0


def cmd_rm(args: argparse.Namespace) -> int:
    name = _name(args)
    with opened_store(args) as store:
        if not store.calendars.remove(name):
            raise CliError(_unknown(name))
        store.caldav.unbind_layer(name)
    print(translate("cli", "Removed the calendar '{name}'.").format(name=name))
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    name = _name(args)
    url, every = _subscription(args)
    role = _role(args, args.blocking) if args.role else None
    if args.no_url and url is not None:
        raise CliError(translate("cli", "--url and --no-url do not go together."))
    if args.blocking is None and role is None and url is None and not args.no_url:
        raise CliError(
            translate("cli", "Say what to change: --role, --blocking or --not-blocking.")
        )
    with opened_store(args) as store:
        calendars = store.calendars
        source = calendars.get(name)
        if source is None:
            raise CliError(_unknown(name))
        if args.blocking and role is None and source.role is LayerRole.OWN:
            raise CliError(translate("cli", "--blocking goes with --role manager."))
        if args.blocking and role is None:
            role = LayerRole.MANAGER  # a layer that blocks is a manager's calendar
        if role is not None and role != source.role:
            try:
                source = set_role(store, name, role, store_timezone(store))
            except CalendarError as exc:
                raise CliError(str(exc)) from None
        if args.blocking is not None:
            source = calendars.set_blocking(name, args.blocking)
        if url is not None or args.no_url:
            source = calendars.set_subscription(name, url, every)
    print(
        translate("cli", "{name}: {role}.").format(
            name=source.name, role=role_words(source.role, source.blocking)
        )
    )
    return 0


def role_words(role: LayerRole, blocking: bool) -> str:
    if role is LayerRole.OWN:
        return translate("cli", "your own calendar (its events are your meetings)")
    if role is LayerRole.MANAGER:
        return (
            translate("cli", "a manager's calendar, blocking")
            if blocking
            else translate("cli", "a manager's calendar, context only")
        )
    return translate("cli", "context only")


def _unknown(name: str) -> str:
    return translate("cli", "There is no calendar named '{name}'; see 'calendar list'.").format(
        name=name
    )
