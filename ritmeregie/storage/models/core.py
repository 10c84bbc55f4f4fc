"""The tables of her own work: agenda, managers, must-do's, calls, DADU, reflections, frictions,
settings, the nudge log, checklists and review notes."""

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
