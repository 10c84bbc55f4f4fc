"""The tables of the calendars: imported layers, their stored copies and occurrences, and the
CalDAV accounts, bound collections and synced objects."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ritmeregie.storage.models.base import Base
from ritmeregie.storage.utc import UTCDateTime


class CalendarSourceRow(Base):
    """An imported calendar (a layer). Its last good copy is a CalendarCopyRow of its own."""

    __tablename__ = "calendar_sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    blocking: Mapped[bool] = mapped_column(Boolean, default=False)
    # own (her calendar: its events are her meetings), manager or context (domain.model.LayerRole)
    role: Mapped[str] = mapped_column(String(16), default="context", server_default="context")
    # Her address as read from the file's ORGANIZER/ATTENDEE lines (None: not found).
    address: Mapped[str | None] = mapped_column(Text)
    visible: Mapped[bool] = mapped_column(Boolean, default=True)
    color: Mapped[str | None] = mapped_column(String(16))
    url: Mapped[str | None] = mapped_column(Text)
    refresh_minutes: Mapped[int | None] = mapped_column(Integer)
    raw_sha256: Mapped[str | None] = mapped_column(String(64))
    imported_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_attempt_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    expanded_from: Mapped[dt.date | None] = mapped_column(Date)
    expanded_to: Mapped[dt.date | None] = mapped_column(Date)
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    # The longest stored occurrence, to bound a day's query from below (None: not known).
    longest_minutes: Mapped[int | None] = mapped_column(Integer)

    events: Mapped[list[CalendarEventRow]] = relationship(
        back_populates="source", cascade="all, delete-orphan", passive_deletes=True
    )


class CalendarCopyRow(Base):
    """A layer's last good .ics copy, for expanding it again: megabytes, read rarely.

    In a table of its own because SQLite walks a long value's overflow pages to reach every
    column stored after it: in calendar_sources it made each look at the layers read the file.
    """

    __tablename__ = "calendar_copies"

    source_id: Mapped[int] = mapped_column(
        ForeignKey("calendar_sources.id", ondelete="CASCADE"), primary_key=True
    )
    raw_ics: Mapped[str] = mapped_column(Text)


class CalendarEventRow(Base):
    """One expanded occurrence inside the source's cached window."""

    __tablename__ = "calendar_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(
        ForeignKey("calendar_sources.id", ondelete="CASCADE"), index=True
    )
    uid: Mapped[str] = mapped_column(Text, default="")
    recurrence_id: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    start_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    tentative: Mapped[bool] = mapped_column(Boolean, default=False)
    # Addresses (lower case, space-separated) that declined: her own decline is no meeting.
    declined_by: Mapped[str | None] = mapped_column(Text)
    # The invite's decision line (from DESCRIPTION), None when it has none.
    decision_line: Mapped[str | None] = mapped_column(Text)

    source: Mapped[CalendarSourceRow] = relationship(back_populates="events")

    __table_args__ = (Index("ix_calendar_events_start_end", "start_utc", "end_utc"),)


class CaldavAccountRow(Base):
    """A CalDAV server account. The password is never here: it lives in the system keychain."""

    __tablename__ = "caldav_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    url: Mapped[str] = mapped_column(Text)
    username: Mapped[str] = mapped_column(Text)
    created_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class CaldavCollectionRow(Base):
    """One bound collection: the own agenda (events), the must-do's (tasks) or a read-only layer.

    sync_token is the server's RFC 6578 token after the last complete sync: with it, a sync
    with nothing changed is one REPORT."""

    __tablename__ = "caldav_collections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("caldav_accounts.id", ondelete="CASCADE"), index=True
    )
    path: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(String(16))  # a CollectionPurpose value
    with_rhythm: Mapped[bool] = mapped_column(Boolean, default=False)
    layer_name: Mapped[str | None] = mapped_column(Text)  # the calendar layer it fills
    sync_token: Mapped[str | None] = mapped_column(Text)
    last_sync_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("purpose IN ('agenda', 'tasks', 'layer')", name="purpose_known"),
        Index(
            "uq_caldav_collections_account_purpose_path",
            "account_id",
            "purpose",
            "path",
            unique=True,
        ),
    )


class CaldavObjectRow(Base):
    """What was last agreed with the server about one object: its UID and href, its ETag, and the
    fields both sides had then (base_json; the base of a three-way merge). A row with `deleted`
    set is a tombstone: the local item is gone and the server's copy must not bring it back."""

    __tablename__ = "caldav_objects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("caldav_collections.id", ondelete="CASCADE"), index=True
    )
    uid: Mapped[str] = mapped_column(Text)
    href: Mapped[str] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    local_kind: Mapped[str] = mapped_column(String(16))  # agenda | must_do | rhythm | layer
    local_id: Mapped[int | None] = mapped_column(Integer)
    base_json: Mapped[str] = mapped_column(Text, default="{}")
    raw_ics: Mapped[str | None] = mapped_column(Text)  # layers only: the object as served
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("uq_caldav_objects_collection_uid", "collection_id", "uid", unique=True),
        Index("ix_caldav_objects_local", "local_kind", "local_id"),
    )
