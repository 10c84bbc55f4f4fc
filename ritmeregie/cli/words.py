"""`ritmeregie send-check` and `ritmeregie phrases`.

send-check reads no store and writes nothing: the draft goes in, the findings come out, exit 0
whenever the check ran (scripts read --json; a finding is advice, not an error). A file that is
missing, unreadable, too large or not text is one line on stderr, exit 1.

phrases copy puts the filled text on the clipboard through the system's own tool (pbcopy, clip,
wl-copy, xclip or xsel), so the command line stays free of Qt. Where there is none — a server,
a terminal without a display — the text goes to stdout and a line on stderr says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from ritmeregie.cli.common import CliError
from ritmeregie.cli.store_access import opened_store, store_timezone
from ritmeregie.platform.i18n import active_language, translate, translate_in

MAX_DRAFT_BYTES = 1024 * 1024
CLIPBOARD_TIMEOUT_S = 5


# --- send-check ----------------------------------------------------------------------------------


def cmd_send_check(args: argparse.Namespace) -> int:
    from ritmeregie.domain.sendcheck import check_draft
    from ritmeregie.services.send_check_texts import finding_text, opening_line, report_data

    text = _read_draft(args.file)
    if args.json:
        print(json.dumps(report_data(text), ensure_ascii=False, indent=2))
        return 0
    check = check_draft(text, active_language())
    lang = check.language
    ready, opening_intro = _chrome(partial(translate_in, lang))
    if check.clean:
        print(ready)
        return 0
    for finding in check.findings:
        words = finding_text(finding, lang)
        print(f"• {words.label}: {words.message}")
        print(f"  → {words.suggestion}")
    if check.needs_opening:
        print()
        print(opening_intro)
        print(f"  {opening_line(check)}")
    return 0


def _chrome(translate: Callable[[str, str], str]) -> tuple[str, str]:
    """The lines around the findings, in the draft's language like the findings themselves."""
    return (
        translate("cli", "Ready to send: nothing to remark."),
        translate("cli", "An opening line to copy:"),
    )


def _read_draft(name: str | None) -> str:
    if name is None or name == "-":
        if name is None and sys.stdin.isatty():
            print(translate("cli", "Paste the draft, then Ctrl+D:"), file=sys.stderr)
        data = sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1)
        where = translate("cli", "The input")
    else:
        path = Path(name).expanduser()
        where = str(path)
        if path.is_dir():
            raise CliError(translate("cli", "{path} is a folder, not a draft.").format(path=path))
        if not path.exists():
            raise CliError(translate("cli", "There is no file {path}.").format(path=path))
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_DRAFT_BYTES + 1)
        except OSError as exc:
            raise CliError(
                translate("cli", "{path} cannot be read: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            ) from None
    if len(data) > MAX_DRAFT_BYTES:
        raise CliError(translate("cli", "{what} is too large for a mail draft.").format(what=where))
    text = _decode(data)
    if text is None:
        raise CliError(
            translate("cli", "{what} is not text; save the draft as plain text first.").format(
                what=where
            )
        )
    return text


def _decode(data: bytes) -> str | None:
    """Text as Outlook, Notepad and editors save it (UTF-8, UTF-16 with BOM, Windows-1252)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


# --- phrases -------------------------------------------------------------------------------------


def _filled(args: argparse.Namespace) -> list[tuple[str, str, str, bool]]:
    from ritmeregie.services.phrases import context_from_store, fill, phrases, saved_phrases

    with opened_store(args) as store:
        tz = store_timezone(store)
        context = context_from_store(store, dt.datetime.now(tz).date(), tz)
        found = phrases(saved_phrases(store))
    return [(p.name, p.title, fill(p.template, context), p.edited) for p in found]


def cmd_phrases_list(args: argparse.Namespace) -> int:
    found = _filled(args)
    if args.json:
        data = [
            {"name": name, "title": title, "text": text, "edited": edited}
            for name, title, text, edited in found
        ]
        print(json.dumps({"phrases": data}, ensure_ascii=False, indent=2))
        return 0
    for name, title, text, _edited in found:
        print(f"{name}  ({title})")
        print(f"  {text}")
    return 0


def cmd_phrases_copy(args: argparse.Namespace) -> int:
    found = {name: text for name, _title, text, _edited in _filled(args)}
    if args.name not in found:
        raise CliError(
            translate(
                "cli", "There is no quick reply called '{name}'; choose from: {names}."
            ).format(name=args.name, names=", ".join(found))
        )
    text = found[args.name]
    if copy_to_clipboard(text):
        print(translate("cli", "Copied to the clipboard: {name}.").format(name=args.name))
        return 0
    print(text)
    print(
        translate("cli", "No clipboard here (no display); the text is printed above instead."),
        file=sys.stderr,
    )
    return 0


def _clipboard_command() -> list[str] | None:
    if sys.platform == "darwin":
        candidates = [["pbcopy"]]
    elif sys.platform == "win32":
        candidates = [["clip"]]
    else:
        candidates = []
        if os.environ.get("WAYLAND_DISPLAY"):
            candidates.append(["wl-copy"])
        if os.environ.get("DISPLAY"):
            candidates += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    for command in candidates:
        found = shutil.which(command[0])
        if found is not None:
            return [found, *command[1:]]
    return None


def copy_to_clipboard(text: str) -> bool:
    """True when the system's clipboard tool took the text."""
    command = _clipboard_command()
    if command is None:
        return False
    data = text.encode("utf-16-le") if sys.platform == "win32" else text.encode("utf-8")
    try:
        # xclip and wl-copy stay behind to serve the selection: don't wait for their output.
        result = subprocess.run(
            command,
            input=data,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=CLIPBOARD_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return result.returncode == 0
