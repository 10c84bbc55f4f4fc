"""CalDAV accounts, their bound collections and what was last agreed with the server per object.

No network here and no passwords: the sync engine (services/caldav) reads and writes this state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from ritmeregie.domain.clock import Clock

from .database import Sessions
from .errors import InvalidRecordError, NotFoundError
from .models import (
    CaldavAccountRow,
    CaldavCollectionRow,
    CaldavObjectRow,
    DaduRecordRow,
    DaduRowRow,
    MustDoRow,
)
from .utc import utc_now

ACCOUNT_NAME_MAX_CHARS = 80


class CollectionPurpose(StrEnum):
    AGENDA = "agenda"  # the own agenda, two-way (and the rhythm's busy blocks when asked)
    TASKS = "tasks"  # the must-do's, two-way
    LAYER = "layer"  # someone else's calendar, read-only


@dataclass(frozen=True, slots=True)
class CaldavAccount:
    id: int
    name: str
    url: str
    username: str


@dataclass(frozen=True, slots=True)
class CaldavCollection:
    id: int
    account: str
    path: str
    purpose: CollectionPurpose
    with_rhythm: bool
    layer_name: str | None
    sync_token: str | None
    last_sync: dt.datetime | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class CaldavObject:
    id: int
    collection_id: int
    uid: str
    href: str
    etag: str | None
    local_kind: str
    local_id: int | None
    base_json: str
    raw_ics: str | None
    deleted: bool


class CaldavState:
    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- accounts ------------------------------------------------------------------------------

    def add_account(self, name: str, url: str, username: str) -> CaldavAccount:
        clean = " ".join(name.split())
        if not clean or len(clean) > ACCOUNT_NAME_MAX_CHARS:
            raise InvalidRecordError(
                f"An account needs a name of 1 to {ACCOUNT_NAME_MAX_CHARS} characters."
            )
        with self._sessions.write() as session:
            if _account_row(session, clean) is not None:
                raise InvalidRecordError(f"There is already an account named '{clean}'.")
            row = CaldavAccountRow(
                name=clean, url=url, username=username, created_utc=utc_now(self._clock)
            )
            session.add(row)
            session.flush()
            return _to_account(row)

    def account(self, name: str) -> CaldavAccount | None:
        with self._sessions.read() as session:
            row = _account_row(session, name.strip())
            return _to_account(row) if row is not None else None

    def accounts(self) -> list[CaldavAccount]:
        with self._sessions.read() as session:
            rows = session.scalars(select(CaldavAccountRow).order_by(CaldavAccountRow.name))
            return [_to_account(row) for row in rows]

    def remove_account(self, name: str) -> bool:
        with self._sessions.write() as session:
            row = _account_row(session, name.strip())
            if row is None:
                return False
            session.delete(row)
            return True

    # -- collections ---------------------------------------------------------------------------

    def bind(
        self,
        account: str,
        path: str,
        purpose: CollectionPurpose,
        *,
        with_rhythm: bool = False,
        layer_name: str | None = None,
    ) -> CaldavCollection:
        """Bind a collection; the agenda and the tasks have one collection per store at most,
        so binding another one replaces the old binding (and forgets its objects)."""
        with self._sessions.write() as session:
            acc = _account_row(session, account)
            if acc is None:
                raise NotFoundError(f"There is no CalDAV account named '{account}'.")
            query = select(CaldavCollectionRow).where(CaldavCollectionRow.purpose == purpose.value)
            if purpose is CollectionPurpose.LAYER:
                query = query.where(CaldavCollectionRow.layer_name == layer_name)
            old = session.scalars(query).first()
            if old is not None and (old.account_id, old.path) == (acc.id, path):
                old.with_rhythm = with_rhythm
                session.flush()
                return _to_collection(old, acc.name)
            if old is not None:
                session.delete(old)
                session.flush()
            row = CaldavCollectionRow(
                account_id=acc.id,
                path=path,
                purpose=purpose.value,
                with_rhythm=with_rhythm,
                layer_name=layer_name,
            )
            session.add(row)
            session.flush()
            return _to_collection(row, acc.name)

    def collections(self, account: str | None = None) -> list[CaldavCollection]:
        query = (
            select(CaldavCollectionRow, CaldavAccountRow.name)
            .join(CaldavAccountRow, CaldavAccountRow.id == CaldavCollectionRow.account_id)
            .order_by(CaldavCollectionRow.id)
        )
        if account is not None:
            query = query.where(CaldavAccountRow.name == account)
        with self._sessions.read() as session:
            return [_to_collection(row, name) for row, name in session.execute(query)]

    def unbind_layer(self, layer_name: str) -> None:
        with self._sessions.write() as session:
            for row in session.scalars(
                select(CaldavCollectionRow).where(CaldavCollectionRow.layer_name == layer_name)
            ):
                session.delete(row)

    def synced(self, collection_id: int, sync_token: str | None) -> None:
        with self._sessions.write() as session:
            row = _collection_row(session, collection_id)
            row.sync_token = sync_token
            row.last_sync_utc = utc_now(self._clock)
            row.last_error = None

    def failed(self, collection_id: int, error: str) -> None:
        with self._sessions.write() as session:
            row = session.get(CaldavCollectionRow, collection_id)
            if row is not None:
                row.last_error = error

    def dadu_context(self, must_do_id: int) -> tuple[str, str] | None:
        """(meeting title, decision) when a DADU action made this must-do; else None."""
        query = (
            select(DaduRecordRow.meeting_title, DaduRowRow.decision)
            .join(DaduRowRow, DaduRowRow.record_id == DaduRecordRow.id)
            .join(MustDoRow, MustDoRow.dadu_row_id == DaduRowRow.id)
            .where(MustDoRow.id == must_do_id)
        )
        with self._sessions.read() as session:
            row = session.execute(query).first()
            return (str(row[0]), str(row[1])) if row is not None else None

    # -- objects -------------------------------------------------------------------------------

    def objects(self, collection_id: int) -> list[CaldavObject]:
        query = (
            select(CaldavObjectRow)
            .where(CaldavObjectRow.collection_id == collection_id)
            .order_by(CaldavObjectRow.id)
        )
        with self._sessions.read() as session:
            return [_to_object(row) for row in session.scalars(query)]

    def put_object(
        self,
        collection_id: int,
        uid: str,
        *,
        href: str,
        etag: str | None,
        local_kind: str,
        local_id: int | None,
        base_json: str,
        raw_ics: str | None = None,
        deleted: bool = False,
    ) -> None:
        """Record (insert or update by UID) what was agreed about one object."""
        with self._sessions.write() as session:
            row = session.scalars(
                select(CaldavObjectRow).where(
                    CaldavObjectRow.collection_id == collection_id, CaldavObjectRow.uid == uid
                )
            ).first()
            if row is None:
                row = CaldavObjectRow(collection_id=collection_id, uid=uid)
                session.add(row)
            row.href = href
            row.etag = etag
            row.local_kind = local_kind
            row.local_id = local_id
            row.base_json = base_json
            row.raw_ics = raw_ics
            row.deleted = deleted

    def drop_object(self, collection_id: int, uid: str) -> None:
        with self._sessions.write() as session:
            for row in session.scalars(
                select(CaldavObjectRow).where(
                    CaldavObjectRow.collection_id == collection_id, CaldavObjectRow.uid == uid
                )
            ):
                session.delete(row)


def _account_row(session: Session, name: str) -> CaldavAccountRow | None:
    return session.scalars(select(CaldavAccountRow).where(CaldavAccountRow.name == name)).first()


def _collection_row(session: Session, collection_id: int) -> CaldavCollectionRow:
    row = session.get(CaldavCollectionRow, collection_id)
    if row is None:
        raise NotFoundError(f"There is no bound collection {collection_id}.")
    return row


def _to_account(row: CaldavAccountRow) -> CaldavAccount:
    return CaldavAccount(id=row.id, name=row.name, url=row.url, username=row.username)


def _to_collection(row: CaldavCollectionRow, account: str) -> CaldavCollection:
    return CaldavCollection(
        id=row.id,
        account=account,
        path=row.path,
        purpose=CollectionPurpose(row.purpose),
        with_rhythm=row.with_rhythm,
        layer_name=row.layer_name,
        sync_token=row.sync_token,
        last_sync=row.last_sync_utc,
        last_error=row.last_error,
    )


def _to_object(row: CaldavObjectRow) -> CaldavObject:
    return CaldavObject(
        id=row.id,
        collection_id=row.collection_id,
        uid=row.uid,
        href=row.href,
        etag=row.etag,
        local_kind=row.local_kind,
        local_id=row.local_id,
        base_json=row.base_json,
        raw_ics=row.raw_ics,
        deleted=row.deleted,
    )
