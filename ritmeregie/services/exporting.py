"""Export what the user wrote as Markdown, CSV or JSON (no Qt: the CLI and the History window share it).

Shapes (stable; the README describes them):
- JSON: one object with `format`, `version`, `exported`, `timezone`, `from`, `to` and the lists
  `reflections`, `dadu`, `mustdos`, `frictions`, `agenda` (with --all also `calls`, `checklists`,
  `review_notes`, `settings`). Instants are local ISO 8601 with their UTC offset; days are ISO dates.
- CSV: one file in sections, one per kind, in the order above. Each section starts with a header
  row whose first cell is `type` and ends with an empty line; every data row starts with its kind
  (`reflection`, `dadu`, …). Text keeps its newlines inside quoted cells (RFC 4180).
- Markdown: a heading per kind, then per day; the user's text is quoted line by line, so every
  line survives as written.

Ranges: a reflection or DADU counts on its day; a friction on the day it was noted; a must-do when
any of its days (planned, deferred to, deadline, created, done) falls in the range; an agenda
item when it overlaps the range. Without bounds everything is exported.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ritmeregie.domain.localtime import day_bounds, local_date
from ritmeregie.services.export_data import (
    EVER_END,
    EVER_START,
    FIRST_DAY,
    LAST_DAY,
    ExportData,
    ExportFormat,
    ReviewNote,
)

if TYPE_CHECKING:
    from ritmeregie.storage import AgendaEntry, Call, Store


def export_timezone(store: Store) -> ZoneInfo:
    configured = store.settings.timezone_name()
    if configured:
        try:
            return ZoneInfo(configured)
        except (ValueError, KeyError):
            pass
    from ritmeregie.platform.paths import local_timezone_name

    return ZoneInfo(local_timezone_name())


def collect(
    store: Store,
    first: dt.date | None,
    last: dt.date | None,
    *,
    everything: bool = False,
    tz: ZoneInfo | None = None,
    now: dt.datetime | None = None,
) -> ExportData:
    """Read the store for an export. `everything` ignores the bounds and adds calls, checklists,
    review notes and settings (`ritmeregie export --all`)."""
    tz = tz or export_timezone(store)
    if everything:
        first = last = None
    day_first, day_last = first or FIRST_DAY, last or LAST_DAY
    boundary = store.settings.day_boundary()  # an export's days are the app's days
    start = day_bounds(first, tz, boundary)[0] if first else EVER_START
    end = day_bounds(last, tz, boundary)[1] if last else EVER_END

    def in_range(day: dt.date | None) -> bool:
        return day is not None and day_first <= day <= day_last

    must_dos = {m.id: m for m in store.must_dos.open()}
    must_dos.update({m.id: m for m in store.must_dos.done_between(EVER_START, EVER_END)})
    chosen = [
        m
        for m in sorted(must_dos.values(), key=lambda m: m.id)
        if (first is None and last is None)
        or any(
            in_range(day)
            for day in (
                m.planned_for,
                m.deferred_to,
                m.deadline,
                local_date(m.created, tz, boundary),
                local_date(m.done, tz, boundary) if m.done else None,
            )
        )
    ]
    data = ExportData(
        tz=tz,
        exported=(now or dt.datetime.now(dt.UTC)).astimezone(tz),
        first=first,
        last=last,
        reflections=tuple(store.reflections.between(day_first, day_last)),
        dadu=tuple(store.dadu.between(day_first, day_last)),
        mustdos=tuple(chosen),
        frictions=tuple(store.frictions.between(start, end)),
        agenda=tuple(_agenda_entries(store, start, end)),
        everything=everything,
    )
    if not everything:
        return data
    from ritmeregie.storage.reviews import ReviewKind

    notes = [
        ReviewNote(kind.value, period, store.reviews.get(kind, period))
        for kind in ReviewKind
        for period in sorted(store.reviews.periods(kind))
    ]
    return replace(
        data,
        calls=tuple(_all_calls(store)),
        checklists=tuple(store.checklists.all(include_archived=True)),
        review_notes=tuple(notes),
        settings=_plain_settings(store),
    )


def _agenda_entries(store: Store, start: dt.datetime, end: dt.datetime) -> list[AgendaEntry]:
    return list(store.agenda.entries_between(start, end))


def _all_calls(store: Store) -> list[Call]:
    return list(store.calls.between(FIRST_DAY, LAST_DAY))


def _plain_settings(store: Store) -> dict[str, Any]:
    from ritmeregie.storage import SETTINGS

    values = store.settings.all()
    return {spec.key: json.loads(spec.to_json(values[spec.key])) for spec in SETTINGS}


def export_text(
    store: Store,
    fmt: ExportFormat,
    first: dt.date | None,
    last: dt.date | None,
    *,
    everything: bool = False,
    tz: ZoneInfo | None = None,
) -> str:
    """The export as text, ready for a file or stdout."""
    return render(collect(store, first, last, everything=everything, tz=tz), fmt)


def render(data: ExportData, fmt: ExportFormat) -> str:
    from ritmeregie.services.export_markdown import to_markdown
    from ritmeregie.services.export_writers import to_csv, to_json

    writer = {
        ExportFormat.JSON: to_json,
        ExportFormat.CSV: to_csv,
        ExportFormat.MD: to_markdown,
    }[ExportFormat(fmt)]
    return writer(data)


def write_export(path: Path, text: str, *, bom: bool = False, overwrite: bool = True) -> None:
    """Write via a private temporary file and a rename: the file is whole or absent, and 0600.

    `bom`: start with a byte-order mark, so spreadsheet programs read a CSV file as UTF-8.
    `overwrite=False`: a file already at `path` is never replaced (FileExistsError), not even
    one that appears while we write. Raises OSError.
    """
    data = (("\ufeff" if bom else "") + text).encode("utf-8")
    fd, temp = tempfile.mkstemp(prefix=".ritmeregie-export-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            os.replace(temp, path)
        else:
            os.link(temp, path)  # fails with FileExistsError instead of replacing
            Path(temp).unlink()
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
