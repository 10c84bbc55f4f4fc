"""The tables. Rows stay inside the storage layer; repositories hand out domain or record objects."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .utc import UTCDateTime

# Stable constraint names so batch migrations (table rebuilds in SQLite) can address them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class AgendaItemRow(Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    start_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    tz: Mapped[str] = mapped_column(String(64))  # IANA name, e.g. Europe/Amsterdam
    kind: Mapped[str] = mapped_column(String(32))  # a BlockKind value
    notes: Mapped[str] = mapped_column(Text, default="")
    decision_question: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    created_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    updated_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_agenda_items_start_end", "start_utc", "end_utc"),)


class ManagerRow(Base):
    """A manager the assistant works for: their colour, calendar layers and weekly review slot."""

    __tablename__ = "managers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    color: Mapped[str | None] = mapped_column(String(16))
    layers: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of calendar layer names
    review_weekday: Mapped[int | None] = mapped_column(Integer)  # 0 = Monday
    review_time: Mapped[str | None] = mapped_column(String(5))  # "HH:MM", local wall time
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    created_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint(
            "review_weekday IS NULL OR review_weekday BETWEEN 0 AND 6", name="review_weekday_range"
        ),
    )


class MustDoRow(Base):
    __tablename__ = "must_dos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    important: Mapped[bool] = mapped_column(Boolean, default=False)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    planned_for: Mapped[dt.date | None] = mapped_column(Date)
    deferred_to: Mapped[dt.date | None] = mapped_column(Date)
    done_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # Set when a DADU deadline made this must-do, so editing the DADU updates it instead of adding one.
    dadu_row_id: Mapped[int | None] = mapped_column(
        ForeignKey("dadu_rows.id", ondelete="SET NULL"), index=True
    )
    # A request's manager and the intake's answers (all optional: a must-do of her own has none).
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("managers.id", ondelete="SET NULL"), index=True
    )
    estimate_minutes: Mapped[int | None] = mapped_column(Integer)
    goal: Mapped[str] = mapped_column(Text, default="")
    needed_for: Mapped[str] = mapped_column(Text, default="")  # for whom, beyond the manager
    impact: Mapped[str] = mapped_column(Text, default="")  # what moving it affects
    prefer: Mapped[str | None] = mapped_column(String(16))  # a Preference value

    # Many-to-one, loaded with the must-do: every list shows whose request it is.
    manager: Mapped[ManagerRow | None] = relationship(lazy="joined")

    __table_args__ = (
        CheckConstraint(
            "prefer IS NULL OR prefer IN ('speed', 'completeness')", name="prefer_known"
        ),
        CheckConstraint(
            "estimate_minutes IS NULL OR estimate_minutes >= 0", name="estimate_positive"
        ),
    )


class AgreementRow(Base):
    """An agreement about a conflict, kept with both requests (History shows it)."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    first_must_do_id: Mapped[int | None] = mapped_column(
        ForeignKey("must_dos.id", ondelete="SET NULL"), index=True
    )
    second_must_do_id: Mapped[int | None] = mapped_column(
        ForeignKey("must_dos.id", ondelete="SET NULL"), index=True
    )
    created_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)


class CallRow(Base):
    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    who: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class DaduRecordRow(Base):
    __tablename__ = "dadu_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_title: Mapped[str] = mapped_column(Text)
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    meeting_date: Mapped[dt.date] = mapped_column(Date, index=True)
    created_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # A meeting from her own calendar: the occurrence (its UID and original start), so the record
    # survives a refresh and a moved occurrence; the start is the meeting's real time.
    event_uid: Mapped[str | None] = mapped_column(Text)
    event_occurrence: Mapped[str | None] = mapped_column(Text)
    meeting_start_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    rows: Mapped[list[DaduRowRow]] = relationship(
        back_populates="record",
        order_by="DaduRowRow.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    __table_args__ = (Index("ix_dadu_records_event", "event_uid", "event_occurrence"),)


class DaduRowRow(Base):
    __tablename__ = "dadu_rows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("dadu_records.id", ondelete="CASCADE"), index=True
    )
    decision: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    update_note: Mapped[str] = mapped_column(Text, default="")
    update_date: Mapped[dt.date | None] = mapped_column(Date)

    record: Mapped[DaduRecordRow] = relationship(back_populates="rows")


class ReflectionRow(Base):
    __tablename__ = "reflections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, unique=True)
    satisfied: Mapped[str] = mapped_column(Text, default="")
    less_satisfied: Mapped[str] = mapped_column(Text, default="")
    differently: Mapped[str] = mapped_column(Text, default="")
    energy: Mapped[int | None] = mapped_column(Integer)  # 1-5
    updated_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint("energy IS NULL OR energy BETWEEN 1 AND 5", name="energy_range"),
    )


class FrictionRow(Base):
    __tablename__ = "frictions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    created_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="open")  # a FrictionStatus value
    resolved_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint("status IN ('open', 'fixed', 'checklist', 'dropped')", name="status_known"),
    )


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON text


class NudgeLogRow(Base):
    __tablename__ = "nudge_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    planned_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    shown_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    nudge_kind: Mapped[str] = mapped_column(String(32))
    block_kind: Mapped[str] = mapped_column(String(32))
    block_title: Mapped[str] = mapped_column(Text)
    block_start_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    block_end_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    answer: Mapped[str | None] = mapped_column(String(16))  # a NudgeAnswer value
    answered_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint(
            "answer IS NULL OR answer IN ('started', 'snoozed', 'skipped', 'missed')",
            name="answer_known",
        ),
    )


class ChecklistRow(Base):
    """A checklist for a recurring task, usually born from a friction on frictievrijdag."""

    __tablename__ = "checklists"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    friction_id: Mapped[int | None] = mapped_column(
        ForeignKey("frictions.id", ondelete="SET NULL"), index=True
    )
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    items: Mapped[list[ChecklistItemRow]] = relationship(
        back_populates="checklist",
        order_by="ChecklistItemRow.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class ChecklistItemRow(Base):
    __tablename__ = "checklist_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    checklist_id: Mapped[int] = mapped_column(
        ForeignKey("checklists.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    checklist: Mapped[ChecklistRow] = relationship(back_populates="items")


class ReviewNoteRow(Base):
    """Free notes for a period: the weekly review (period = its Monday) or the competence mirror (1 Jan)."""

    __tablename__ = "review_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    period_start: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint("kind IN ('weekly_review', 'competence_mirror')", name="kind_known"),
        Index("uq_review_notes_kind_period", "kind", "period_start", unique=True),
    )


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
