"""Opening the store for one command: one clear line for every way that can fail."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from ritmeregie.cli.common import CliError, data_dir_from
from ritmeregie.domain.localtime import (
    UnknownTimezoneError,
    zone,
)
from ritmeregie.platform.i18n import resolve_language, set_language, translate

if TYPE_CHECKING:
    from ritmeregie.storage import Store


@contextmanager
def opened_store(args: argparse.Namespace) -> Iterator[Store]:
    from sqlalchemy.exc import DBAPIError

    from ritmeregie.storage import StoreError, WriteFailedError, open_store
    from ritmeregie.storage.damage import reported_damage

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
            set_language(resolve_language(store.settings.language()))
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
            from ritmeregie.platform.ipc_client import notify_changed

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


def store_timezone(store: Store) -> ZoneInfo:
    from ritmeregie.platform.paths import local_timezone_name

    configured = store.settings.timezone_name()
    try:
        return zone(configured or local_timezone_name())
    except UnknownTimezoneError:
        raise CliError(
            translate("cli", "The time zone '{zone}' in your settings is unknown.").format(
                zone=configured
            )
        ) from None
