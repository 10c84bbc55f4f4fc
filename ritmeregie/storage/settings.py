"""Typed settings with defaults (one table of specs). Stored as JSON text, one row per key.

A stored value that is unreadable or of the wrong type is logged and replaced by the default in
memory only: the user's text stays in the database until they set a new value.

Read a setting through its typed accessor (`settings.heads_up_minutes()`, one per key below the
`get`): the spec has already checked the type, so callers need no cast. `get(key)` stays for code
that walks the keys (export, the settings pages' "what changed").
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select

from ritmeregie.domain.localtime import DEFAULT_DAY_BOUNDARY, UnknownTimezoneError, zone
from ritmeregie.domain.rhythm import (
    RhythmError,
    RhythmTemplate,
    default_rhythm,
    rhythm_from_data,
    rhythm_to_data,
)

from .database import Sessions
from .errors import SettingsError
from .models import SettingRow

log = logging.getLogger("ritmeregie.storage")

_T = TypeVar("_T")


def _check_language(value: str) -> None:
    if value not in ("auto", "nl", "en"):
        raise ValueError("choose auto, nl or en")


def _check_timezone(value: str) -> None:
    if value == "":
        return  # the system zone
    try:
        zone(value)
    except UnknownTimezoneError as exc:
        raise ValueError(f"'{value}' is not a known time zone (e.g. Europe/Amsterdam)") from exc


def _check_clock_time(value: str) -> None:
    try:
        parsed = dt.time.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"'{value}' is not a time like 04:00") from exc
    if len(value) != 5 or parsed.second or parsed.microsecond:
        raise ValueError(f"'{value}' is not a time like 04:00")


def _in_range(low: int, high: int) -> Callable[[int], None]:
    def check(value: int) -> None:
        if not low <= value <= high:
            raise ValueError(f"choose a number from {low} to {high}")

    return check


PHRASE_MAX_CHARS = 2000


def _check_phrases(value: dict[str, Any]) -> None:
    """The user's own wording of the quick replies: name -> text (see ritmeregie/services/phrases.py)."""
    for name, text in value.items():
        if not isinstance(name, str) or not isinstance(text, str):
            raise ValueError("phrases are names with texts")
        if len(text) > PHRASE_MAX_CHARS:
            raise ValueError(f"phrase '{name}' is longer than {PHRASE_MAX_CHARS} characters")


def _check_notes(value: str) -> None:
    if len(value) > PHRASE_MAX_CHARS:
        raise ValueError(f"write at most {PHRASE_MAX_CHARS} characters")


def _check_short_text(value: str) -> None:
    if len(value) > 200 or any(not ch.isprintable() for ch in value):
        raise ValueError("write one short line")


@dataclass(frozen=True, slots=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    check: Callable[[Any], None] | None = None
    # For values that are not plain JSON (the rhythm): to and from the stored form.
    encode: Callable[[Any], Any] | None = None
    decode: Callable[[Any], Any] | None = None

    def validate(self, value: Any) -> Any:
        """The value as stored type, or ValueError/TypeError with a readable reason."""
        # bool is an int in Python; an int setting must not accept True.
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise TypeError(f"expected {self.type.__name__}, got {type(value).__name__}")
        if self.check is not None:
            self.check(value)
        return value

    def to_json(self, value: Any) -> str:
        plain = self.encode(value) if self.encode else value
        return json.dumps(plain, ensure_ascii=False, sort_keys=True)

    def from_json(self, text: str) -> Any:
        plain = json.loads(text)
        value = self.decode(plain) if self.decode else plain
        return self.validate(value)


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("language", str, "auto", _check_language),
    SettingSpec("rhythm", RhythmTemplate, default_rhythm(), None, rhythm_to_data, rhythm_from_data),
    SettingSpec("heads_up_minutes", int, 2, _in_range(0, 60)),
    SettingSpec("snooze_minutes", int, 5, _in_range(1, 120)),
    SettingSpec("nudge_window", bool, True),
    SettingSpec("sound", bool, False),
    SettingSpec("nudge_timeout_seconds", int, 120, _in_range(10, 3600)),
    SettingSpec("timezone", str, "", _check_timezone),
    SettingSpec("day_boundary", str, f"{DEFAULT_DAY_BOUNDARY:%H:%M}", _check_clock_time),
    SettingSpec("first_run_done", bool, False),
    SettingSpec("phrases", dict, {}, _check_phrases),
    SettingSpec("manager_name", str, "", _check_short_text),
    SettingSpec("style_notes", str, "", _check_notes),
)
SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}


class Settings:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions
        self._reported: set[tuple[str, str]] = set()

    def fill_defaults(self) -> list[str]:
        """Store the default of every setting that has no row yet; returns the keys added."""
        with self._sessions.write() as session:
            present = set(session.scalars(select(SettingRow.key)))
            added = [spec.key for spec in SETTINGS if spec.key not in present]
            for key in added:
                session.add(SettingRow(key=key, value=SPECS[key].to_json(SPECS[key].default)))
        if added:
            log.info("settings filled with defaults: %s", ", ".join(added))
        return added

    def get(self, key: str) -> Any:
        spec = _spec(key)
        with self._sessions.read() as session:
            text = session.get(SettingRow, key)
            raw = text.value if text is not None else None
        if raw is None:
            return spec.default
        value, problem = _parse(spec, raw)
        if problem and (key, raw) not in self._reported:
            self._reported.add((key, raw))
            log.warning(
                "setting %s: stored value %.80r is not usable (%s); using the default",
                key,
                raw,
                problem,
            )
        return value

    def set(self, key: str, value: Any) -> None:
        spec = _spec(key)
        try:
            spec.validate(value)
        except (TypeError, ValueError) as exc:
            raise SettingsError(f"Setting {key}: {exc}.") from exc
        text = spec.to_json(value)
        with self._sessions.write() as session:
            session.merge(SettingRow(key=key, value=text))

    def reset(self, key: str) -> None:
        self.set(key, _spec(key).default)

    def all(self) -> dict[str, Any]:
        return {spec.key: self.get(spec.key) for spec in SETTINGS}

    def problems(self) -> dict[str, str]:
        """Settings whose stored text is not usable, with the reason (for `ritmeregie doctor`)."""
        with self._sessions.read() as session:
            rows = {row.key: row.value for row in session.scalars(select(SettingRow))}
        found: dict[str, str] = {}
        for spec in SETTINGS:
            if spec.key in rows:
                _value, problem = _parse(spec, rows[spec.key])
                if problem:
                    found[spec.key] = problem
        return found

    # -- typed accessors: one per setting -------------------------------------------------------

    def _typed(self, key: str, kind: type[_T]) -> _T:
        """The setting as its spec's type: a stored value is checked on reading (a bad one gives
        the default), so a mismatch here is a wrong spec table, not the user's data."""
        value = self.get(key)
        if not isinstance(value, kind):
            raise SettingsError(f"Setting {key} is a {type(value).__name__}, not {kind.__name__}.")
        return value

    def language(self) -> str:
        """ "auto", "nl" or "en"."""
        return self._typed("language", str)

    def rhythm(self) -> RhythmTemplate:
        return self._typed("rhythm", RhythmTemplate)

    def heads_up_minutes(self) -> int:
        return self._typed("heads_up_minutes", int)

    def snooze_minutes(self) -> int:
        return self._typed("snooze_minutes", int)

    def nudge_window(self) -> bool:
        """Whether an answerable nudge opens its window (else: the notification only)."""
        return self._typed("nudge_window", bool)

    def sound(self) -> bool:
        return self._typed("sound", bool)

    def nudge_timeout_seconds(self) -> int:
        return self._typed("nudge_timeout_seconds", int)

    def timezone_name(self) -> str:
        """The configured IANA zone; "" means the system's zone."""
        return self._typed("timezone", str)

    def day_boundary(self) -> dt.time:
        """When one local day turns into the next: the one rule the app, every window and every
        command use for "today" (domain/localtime.py)."""
        # A stored value is checked as HH:MM on reading; a bad one gives the default.
        return dt.time.fromisoformat(self._typed("day_boundary", str))

    def first_run_done(self) -> bool:
        return self._typed("first_run_done", bool)

    def phrases(self) -> dict[str, str]:
        """The user's own wording of the quick replies (name -> text); a copy."""
        return {str(name): str(text) for name, text in self._typed("phrases", dict).items()}

    def manager_name(self) -> str:
        return self._typed("manager_name", str)

    def style_notes(self) -> str:
        return self._typed("style_notes", str)

    def set_rhythm(self, rhythm: RhythmTemplate) -> None:
        self.set("rhythm", rhythm)


def _spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise SettingsError(f"There is no setting called '{key}'.") from None


def _parse(spec: SettingSpec, raw: str) -> tuple[Any, str | None]:
    try:
        return spec.from_json(raw), None
    except (ValueError, TypeError, RhythmError) as exc:  # JSONDecodeError is a ValueError
        return spec.default, str(exc)
