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

    rows: Mapped[list[DaduRowRow]] = relationship(
        back_populates="record",
        order_by="DaduRowRow.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


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
    answer: Mapped[str | None] = mapped_column(String(16))  # a NudgeAnswer value
    answered_utc: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (
        CheckConstraint(
            "answer IS NULL OR answer IN ('started', 'snoozed', 'skipped', 'missed')",
            name="answer_known",
        ),
    )
