"""`ritmeregie export`: Markdown, CSV and JSON from exporting.py; .ics from the calendar service.

Checked before the store is opened (dates, --all with a range, --include-rhythm, the output folder);
a file is written privately and whole (exporting.write_export).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ritmeregie.cli.common import CliError
from ritmeregie.cli.rituals_input import date_arg, today_of
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.platform.i18n import translate

if TYPE_CHECKING:
    from ritmeregie.storage import Store

ICS_DEFAULT_WEEKS = 13  # an .ics without --to covers a quarter ahead


def cmd_export(args: argparse.Namespace) -> int:
    first = date_arg(args.first)
    last = date_arg(args.last)
    if args.all and (first or last):
        raise CliError(translate("cli", "--all exports everything; leave out --from and --to."))
    if first and last and last < first:
        raise CliError(
            translate("cli", "--to ({last}) comes before --from ({first}).").format(
                first=first.isoformat(), last=last.isoformat()
            )
        )
    if args.include_rhythm and args.format != "ics":
        raise CliError(translate("cli", "--include-rhythm only goes with --format ics."))
    output = _output_path(args.output, force=getattr(args, "force", False))
    if args.format == "ics":
        text = _export_ics(args, first, last)
    else:
        from ritmeregie.services.export_data import ExportFormat
        from ritmeregie.services.exporting import export_text

        with opened_store(args) as store:
            text = export_text(store, ExportFormat(args.format), first, last, everything=args.all)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    _write_private(output, text, args.format, overwrite=getattr(args, "force", False))
    print(translate("cli", "Written to {path}.").format(path=output), file=sys.stderr)
    return 0


def _export_ics(args: argparse.Namespace, first: dt.date | None, last: dt.date | None) -> str:
    try:
        from ritmeregie.services.calendars.export_ics import export_ics
    except ImportError:
        raise CliError(
            translate("cli", "Calendar export (.ics) is not available in this version.")
        ) from None
    with opened_store(args) as store:
        tz = store_timezone(store)
        today = today_of(store, tz)
        if args.all:
            first, last = _agenda_span(store, today, tz)
        first = first or today
        last = last or max(first, today) + dt.timedelta(weeks=ICS_DEFAULT_WEEKS)
        return str(export_ics(store, first, last, tz, args.include_rhythm))


def _agenda_span(store: Store, today: dt.date, tz: ZoneInfo) -> tuple[dt.date, dt.date]:
    """--all for a calendar: from the first agenda item to the last (at least today)."""
    from ritmeregie.services.export_data import EVER_END, EVER_START

    items = store.agenda.between(EVER_START, EVER_END)
    if not items:
        return today, today
    return (
        min(min(i.start for i in items).astimezone(tz).date(), today),
        max(max(i.end for i in items).astimezone(tz).date(), today),
    )


def _output_path(value: str | None, *, force: bool = False) -> Path | None:
    if value is None or value == "-":
        return None
    path = Path(value).expanduser()
    if path.is_dir():
        raise CliError(translate("cli", "{path} is a folder; name a file.").format(path=path))
    if os.path.lexists(path) and not force:
        raise CliError(_exists_line(path))
    if not path.parent.is_dir():
        raise CliError(
            translate("cli", "The folder {path} does not exist.").format(path=path.parent)
        )
    return path


def _exists_line(path: Path) -> str:
    return translate(
        "cli", "{path} already exists; choose another name, or add --force to replace it."
    ).format(path=path)


def _write_private(path: Path, text: str, fmt: str, *, overwrite: bool) -> None:
    from ritmeregie.services.exporting import write_export

    try:
        write_export(path, text, bom=fmt == "csv", overwrite=overwrite)
    except FileExistsError:
        raise CliError(_exists_line(path)) from None
    except OSError as exc:
        raise CliError(
            translate("cli", "Cannot write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
