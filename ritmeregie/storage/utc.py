"""A column type for instants: stored as naive UTC text, returned as aware UTC datetimes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, Dialect
from sqlalchemy.types import TypeDecorator

from ritmeregie.domain.clock import Clock

from .errors import InvalidRecordError


def require_aware(value: dt.datetime, name: str) -> dt.datetime:
    """The instant in UTC; a naive datetime is refused because its meaning depends on the machine."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidRecordError(f"{name} must carry a timezone (got {value.isoformat()})")
    return value.astimezone(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    # Naive UTC in a fixed-width text form keeps SQL comparisons (BETWEEN, <) correct in SQLite.
    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise InvalidRecordError(f"expected a datetime, got {type(value).__name__}")
        return require_aware(value, "instant").replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC)


def utc_now(clock: Clock) -> dt.datetime:
    return require_aware(clock.now(), "the clock's time")
