"""Review notes: one text per kind and period, replaced as it is typed."""

from __future__ import annotations

import datetime as dt

from ritmeregie.storage import Store
from ritmeregie.storage.reviews import ReviewKind, period_start


def test_weekly_notes_belong_to_the_week_of_any_of_its_days(store: Store) -> None:
    store.reviews.save(ReviewKind.WEEKLY_REVIEW, dt.date(2027, 3, 24), "Budget Q2 bespreken")
    assert (
        store.reviews.get(ReviewKind.WEEKLY_REVIEW, dt.date(2027, 3, 22)) == "Budget Q2 bespreken"
    )
    assert store.reviews.get(ReviewKind.WEEKLY_REVIEW, dt.date(2027, 3, 29)) == ""
    store.reviews.save(ReviewKind.WEEKLY_REVIEW, dt.date(2027, 3, 22), "Budget Q2 en vakantie")
    assert (
        store.reviews.get(ReviewKind.WEEKLY_REVIEW, dt.date(2027, 3, 28)) == "Budget Q2 en vakantie"
    )
    assert store.reviews.periods(ReviewKind.WEEKLY_REVIEW) == [dt.date(2027, 3, 22)]


def test_mirror_notes_belong_to_the_year(store: Store) -> None:
    store.reviews.save(ReviewKind.COMPETENCE_MIRROR, dt.date(2027, 12, 1), "Meer eigen initiatief")
    assert (
        store.reviews.get(ReviewKind.COMPETENCE_MIRROR, dt.date(2027, 1, 1))
        == "Meer eigen initiatief"
    )
    assert store.reviews.get(ReviewKind.WEEKLY_REVIEW, dt.date(2027, 1, 1)) == ""
    assert store.reviews.get(ReviewKind.COMPETENCE_MIRROR, dt.date(2026, 12, 1)) == ""


def test_empty_notes_are_not_listed_as_periods(store: Store) -> None:
    store.reviews.save(ReviewKind.WEEKLY_REVIEW, dt.date(2027, 3, 22), "")
    assert store.reviews.periods(ReviewKind.WEEKLY_REVIEW) == []


def test_period_start() -> None:
    assert period_start(ReviewKind.WEEKLY_REVIEW, dt.date(2027, 3, 28)) == dt.date(2027, 3, 22)
    assert period_start(ReviewKind.COMPETENCE_MIRROR, dt.date(2027, 12, 6)) == dt.date(2027, 1, 1)
