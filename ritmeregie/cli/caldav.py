"""`ritmeregie caldav add|list|rm|test|publish`, `sync` and `calendar add --caldav`.

A password is read from standard input (--password-stdin), else from RITMEREGIE_CALDAV_PASSWORD,
else from the system keychain; it is never printed, stored in the store or logged.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from typing import Any

from ritmeregie.cli.common import CliError
from ritmeregie.cli.store_access import opened_store
from ritmeregie.domain.model import LayerRole
from ritmeregie.platform.i18n import translate


def _stdin_password() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise CliError(translate("cli", "No password came on standard input."))
    return line


def _passwords(args: argparse.Namespace) -> Any:
    """The password source for this command: stdin (read once), else environment or keychain."""
    from ritmeregie.platform.keychain import password_for

    if getattr(args, "password_stdin", False):
        given = _stdin_password()
        return lambda account: given
    return lambda account: password_for(account.name, account.username)


def _checked_url(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise CliError(
            translate("cli", "'{url}' is not a server address (https://…).").format(url=url)
        )
    return url.strip()


def cmd_add(args: argparse.Namespace) -> int:
    from ritmeregie.platform.keychain import NoKeychainError, store_password
    from ritmeregie.storage import StoreError

    url = _checked_url(args.url)
    if not args.user.strip():
        raise CliError(translate("cli", "An account needs a user name."))
    password = None
    if args.password_stdin:
        password = _stdin_password()
    elif sys.stdin.isatty():
        password = getpass.getpass(translate("cli", "Password (stored in your keychain): "))
    home = None
    if password:  # the server is asked first: a wrong address is said now, and nothing is kept
        from ritmeregie.services.caldav.connection import CaldavError
        from ritmeregie.services.caldav.service import check_server

        try:
            home = check_server(args.name, url, args.user.strip(), password)
        except CaldavError as exc:
            raise CliError(str(exc)) from None
    with opened_store(args) as store:
        try:
            account = store.caldav.add_account(args.name, url, args.user.strip())
        except StoreError as exc:
            raise CliError(str(exc)) from None
    print(translate("cli", "Added the account '{name}'.").format(name=account.name))
    if home:
        print(
            translate(
                "cli", "Its calendars are under {home} (give --calendar a name there, e.g. agenda)."
            ).format(home=home)
        )
    if password:
        try:
            store_password(account.name, account.username, password)
        except NoKeychainError as exc:
            print(str(exc), file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        accounts = store.caldav.accounts()
        collections = store.caldav.collections()
    rows: list[dict[str, Any]] = []
    for account in accounts:
        bound = [c for c in collections if c.account == account.name]
        rows.append(
            {
                "name": account.name,
                "url": account.url,
                "user": account.username,
                "collections": [
                    {
                        "path": c.path,
                        "purpose": c.purpose.value,
                        "with_rhythm": c.with_rhythm,
                        "layer": c.layer_name,
                        "last_sync": c.last_sync.isoformat() if c.last_sync else None,
                        "last_error": c.last_error,
                    }
                    for c in bound
                ],
            }
        )
    if args.json:
        print(json.dumps({"accounts": rows}, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(translate("cli", "No CalDAV accounts yet; add one with 'ritmeregie caldav add'."))
    for row in rows:
        print(f"{row['name']}  {row['user']}  {row['url']}")
        for c in row["collections"]:
            what = c["layer"] or c["purpose"]
            print(f"  {c['path']}  {what}" + (f"  ({c['last_error']})" if c["last_error"] else ""))
    return 0


def cmd_rm(args: argparse.Namespace) -> int:
    from ritmeregie.platform.keychain import forget_password

    with opened_store(args) as store:
        account = store.caldav.account(args.name)
        if account is None:
            raise CliError(_unknown(args.name))
        store.caldav.remove_account(account.name)
    forget_password(account.name, account.username)
    print(translate("cli", "Removed the account '{name}'.").format(name=account.name))
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    from ritmeregie.services.caldav.connection import CaldavError
    from ritmeregie.services.caldav.service import test_account

    passwords = _passwords(args)
    with opened_store(args) as store:
        try:
            test_account(store, args.name, passwords)
        except CaldavError as exc:
            raise CliError(str(exc)) from None
    print(translate("cli", "'{name}': logged in, the server answers.").format(name=args.name))
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from ritmeregie.services.caldav.connection import CaldavError
    from ritmeregie.services.caldav.service import publish

    passwords = _passwords(args)
    with opened_store(args) as store:
        try:
            calendar, tasks = publish(
                store, args.name, args.calendar, args.tasks, args.with_rhythm, passwords
            )
        except CaldavError as exc:
            raise CliError(str(exc)) from None
    print(
        translate(
            "cli",
            "Your agenda goes to {calendar}, your must-do's to {tasks}; run 'ritmeregie sync'.",
        ).format(calendar=calendar, tasks=tasks)
    )
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from ritmeregie.services.caldav.service import sync

    passwords = _passwords(args)
    paused_until = _app_paused_until(args)
    with opened_store(args) as store:
        report = sync(store, passwords, paused_until=paused_until)
    if args.json:
        print(json.dumps(report.data(), ensure_ascii=False, indent=2))
    elif not report.collections:
        print(
            translate("cli", "Nothing to sync: bind a calendar with 'ritmeregie caldav publish'.")
        )
    else:
        pulled = sum(c.pulled for c in report.collections)
        pushed = sum(c.pushed for c in report.collections)
        deleted = sum(c.deleted for c in report.collections)
        print(
            translate("cli", "Synced: {pulled} in, {pushed} out, {deleted} removed.").format(
                pulled=pulled, pushed=pushed, deleted=deleted
            )
        )
        for collection in report.collections:
            for conflict in collection.conflicts:
                print(
                    translate("cli", "Changed on two devices, both kept: {what}").format(
                        what=conflict
                    )
                )
    if report.errors:
        raise CliError(report.errors[0])
    return 0


def _app_paused_until(args: argparse.Namespace) -> dt.datetime | None:
    """The running app's pause, so a sync from here removes the rhythm's busy blocks too."""
    from ritmeregie.cli.live import _send

    try:
        answer = _send(args, "status", {})
    except CliError:
        return None
    value = (answer or {}).get("paused_until")
    return dt.datetime.fromisoformat(str(value)).astimezone(dt.UTC) if value else None


def add_layer(args: argparse.Namespace, role: LayerRole | None) -> int:
    """`calendar add NAME --caldav ACCOUNT --calendar PATH [--role R] [--blocking]`."""
    from ritmeregie.services.caldav.connection import CaldavError
    from ritmeregie.services.caldav.service import add_layer as add
    from ritmeregie.services.calendars import CalendarError

    if not args.calendar:
        raise CliError(translate("cli", "--caldav goes with --calendar PATH."))
    passwords = _passwords(args)
    with opened_store(args) as store:
        try:
            report = add(
                store, args.name, args.caldav, args.calendar, passwords,
                role=role, blocking=bool(args.blocking),
            )  # fmt: skip
        except (CaldavError, CalendarError) as exc:
            raise CliError(str(exc)) from None
    print(
        translate("cli", "Added the calendar '{name}' from {path} ({count} events).").format(
            name=args.name, path=report.path, count=report.pulled
        )
    )
    return 0


def _unknown(name: str) -> str:
    return translate("cli", "There is no CalDAV account named '{name}'.").format(name=name)
