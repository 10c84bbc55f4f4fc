"""Managers (name, colour, calendar layers, weekly review slot, one default) and agreements.

A manager's name is unique without regard to case ("anna" finds Anna). Removing a manager keeps
their requests: the must-do's stay, without a manager (the database sets NULL).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Sequence

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from ritmeregie.domain.clock import Clock

from .database import Sessions
from .errors import InvalidRecordError, NotFoundError
from .models import AgreementRow, CalendarSourceRow, ManagerRow
from .records import Agreement, Manager
from .utc import utc_now

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
# Colours given to new managers in turn: readable on light and dark, apart from the block kinds'.
MANAGER_COLORS = ("#C2185B", "#00897B", "#6D4C41", "#5E35B1", "#F4511E", "#3949AB")
MAX_NAME_CHARS = 80

_KEEP = object()  # "leave as it is" for optional fields of update()


class Managers:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def all(self) -> list[Manager]:
        """Every manager, the default first, then by name."""
        query = select(ManagerRow).order_by(
            ManagerRow.is_default.desc(), func.lower(ManagerRow.name), ManagerRow.id
        )
        with self._sessions.read() as session:
            return [_to_manager(row) for row in session.scalars(query)]

    def count(self) -> int:
        with self._sessions.read() as session:
            return int(session.scalar(select(func.count()).select_from(ManagerRow)) or 0)

    def find(self, name: str, *, exact: bool = False) -> Manager | None:
        """By name, any case; unless `exact`, a unique first name finds them too."""
        with self._sessions.read() as session:
            row = _exact(session, name) if exact else _by_name(session, name)
            return _to_manager(row) if row is not None else None

    def get(self, manager_id: int) -> Manager | None:
        with self._sessions.read() as session:
            row = session.get(ManagerRow, manager_id)
            return _to_manager(row) if row is not None else None

    def default(self) -> Manager | None:
        with self._sessions.read() as session:
            row = session.scalar(select(ManagerRow).where(ManagerRow.is_default.is_(True)))
            return _to_manager(row) if row is not None else None

    def add(
        self,
        name: str,
        *,
        color: str | None = None,
        layers: Sequence[str] = (),
        review_weekday: int | None = None,
        review_time: dt.time | None = None,
        default: bool = False,
    ) -> Manager:
        clean = _checked_name(name)
        _check_color(color)
        _check_weekday(review_weekday)
        with self._sessions.write() as session:
            if _exact(session, clean) is not None:
                raise InvalidRecordError(f"There is already a manager called {clean}.")
            count = session.scalar(select(func.count()).select_from(ManagerRow)) or 0
            first = count == 0
            if default and not first:
                session.execute(update(ManagerRow).values(is_default=False))
            _check_layers(session, layers, already=())
            row = ManagerRow(
                name=clean,
                color=color or MANAGER_COLORS[count % len(MANAGER_COLORS)],
                layers=_layers_json(layers),
                review_weekday=review_weekday,
                review_time=review_time.strftime("%H:%M") if review_time else None,
                is_default=default or first,  # the first manager is the default
                created_utc=utc_now(self._clock),
            )
            session.add(row)
            session.flush()
            return _to_manager(row)

    def update(
        self,
        name: str,
        *,
        new_name: str | None = None,
        color: str | object | None = _KEEP,
        layers: Sequence[str] | None = None,
        review_weekday: int | object | None = _KEEP,
        review_time: dt.time | object | None = _KEEP,
        default: bool | None = None,
    ) -> Manager:
        with self._sessions.write() as session:
            row = _require(session, name)
            if new_name is not None:
                clean = _checked_name(new_name)
                other = _exact(session, clean)
                if other is not None and other.id != row.id:
                    raise InvalidRecordError(f"There is already a manager called {clean}.")
                row.name = clean
            if color is not _KEEP:
                _check_color(color if isinstance(color, str) else None)
                row.color = color if isinstance(color, str) else None
            if layers is not None:
                _check_layers(session, layers, already=_to_manager(row).layers)
                row.layers = _layers_json(layers)
            if review_weekday is not _KEEP:
                weekday = review_weekday if isinstance(review_weekday, int) else None
                _check_weekday(weekday)
                row.review_weekday = weekday
            if review_time is not _KEEP:
                row.review_time = (
                    review_time.strftime("%H:%M") if isinstance(review_time, dt.time) else None
                )
            if default:
                session.execute(update(ManagerRow).values(is_default=False))
                row.is_default = True
            session.flush()
            session.refresh(row)
            return _to_manager(row)

    def remove(self, name: str) -> Manager:
        """Remove a manager; their requests stay, without a manager. When the default goes, the
        first of the others (by name) becomes the default."""
        with self._sessions.write() as session:
            row = _require(session, name)
            gone = _to_manager(row)
            session.delete(row)
            session.flush()
            if gone.is_default:
                heir = session.scalar(
                    select(ManagerRow).order_by(func.lower(ManagerRow.name), ManagerRow.id).limit(1)
                )
                if heir is not None:
                    heir.is_default = True
            return gone


class Agreements:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def add(self, text: str, must_do_ids: Sequence[int]) -> Agreement:
        if not text.strip():
            raise InvalidRecordError("An agreement needs its text.")
        ids: list[int | None] = [*must_do_ids, None, None]
        row = AgreementRow(
            text=text.strip(),
            first_must_do_id=ids[0],
            second_must_do_id=ids[1],
            created_utc=utc_now(self._clock),
        )
        with self._sessions.write() as session:
            session.add(row)
            session.flush()
            return _to_agreement(row)

    def for_must_do(self, must_do_id: int) -> list[Agreement]:
        query = (
            select(AgreementRow)
            .where(
                or_(
                    AgreementRow.first_must_do_id == must_do_id,
                    AgreementRow.second_must_do_id == must_do_id,
                )
            )
            .order_by(AgreementRow.created_utc, AgreementRow.id)
        )
        with self._sessions.read() as session:
            return [_to_agreement(row) for row in session.scalars(query)]

    def between(self, start: dt.datetime, end: dt.datetime) -> list[Agreement]:
        """Agreements made in [start, end), oldest first (History, the weekly review)."""
        query = (
            select(AgreementRow)
            .where(AgreementRow.created_utc >= start, AgreementRow.created_utc < end)
            .order_by(AgreementRow.created_utc, AgreementRow.id)
        )
        with self._sessions.read() as session:
            return [_to_agreement(row) for row in session.scalars(query)]


def _key(name: str) -> str:
    """A name as it is compared: composed (é typed as e + accent is é), any case and spacing."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def _exact(session: Session, name: str) -> ManagerRow | None:
    wanted = _key(name)
    rows = session.scalars(select(ManagerRow))
    return next((row for row in rows if _key(row.name) == wanted), None)


def _by_name(session: Session, name: str) -> ManagerRow | None:
    """The manager of that name (any case); else the only one of that first name ("Bert" finds
    Bert Jansen while there is no other Bert)."""
    wanted = _key(name)
    rows = list(session.scalars(select(ManagerRow)))
    exact = [row for row in rows if _key(row.name) == wanted]
    if exact:
        return exact[0]
    first = [row for row in rows if _key(row.name.split()[0]) == wanted] if wanted else []
    return first[0] if len(first) == 1 else None


def _require(session: Session, name: str) -> ManagerRow:
    row = _by_name(session, name)
    if row is None:
        raise NotFoundError(f"There is no manager called {name.strip()}.")
    return row


def _checked_name(name: str) -> str:
    clean = " ".join(unicodedata.normalize("NFC", name).split())
    if not clean:
        raise InvalidRecordError("A manager needs a name.")
    if len(clean) > MAX_NAME_CHARS:
        raise InvalidRecordError(f"A manager's name is at most {MAX_NAME_CHARS} characters.")
    return clean


def _check_color(color: str | None) -> None:
    if color is not None and not _COLOR.match(color):
        raise InvalidRecordError(f"A colour is written as #RRGGBB, not {color}.")


def _check_weekday(weekday: int | None) -> None:
    if weekday is not None and not 0 <= weekday <= 6:
        raise InvalidRecordError(f"A weekday is 0 (Monday) to 6 (Sunday), not {weekday}.")


def _check_layers(session: Session, layers: Sequence[str], *, already: Sequence[str]) -> None:
    """A new layer must be one of the calendar layers; one she has since removed may stay."""
    known = set(session.scalars(select(CalendarSourceRow.name)))
    for layer in layers:
        clean = layer.strip()
        if clean and clean not in known and clean not in already:
            names = ", ".join(sorted(known)) or "-"
            raise InvalidRecordError(
                f"There is no calendar layer called {clean}; the layers are: {names}."
            )


def _layers_json(layers: Sequence[str]) -> str:
    names: list[str] = []
    for layer in layers:
        clean = layer.strip()
        if clean and clean not in names:
            names.append(clean)
    return json.dumps(names, ensure_ascii=False)


def _to_manager(row: ManagerRow) -> Manager:
    try:
        layers = tuple(str(x) for x in json.loads(row.layers or "[]"))
    except (ValueError, TypeError):
        layers = ()
    review_time = None
    if row.review_time:
        try:
            review_time = dt.time.fromisoformat(row.review_time)
        except ValueError:
            review_time = None
    return Manager(
        id=row.id,
        name=row.name,
        color=row.color,
        layers=layers,
        review_weekday=row.review_weekday,
        review_time=review_time,
        is_default=row.is_default,
    )


def _to_agreement(row: AgreementRow) -> Agreement:
    ids = tuple(i for i in (row.first_must_do_id, row.second_must_do_id) if i is not None)
    return Agreement(id=row.id, text=row.text, must_do_ids=ids, created=row.created_utc)
