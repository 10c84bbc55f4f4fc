"""What to say when a typed date cannot be read: the same words in the dialogs and the command line."""

from __future__ import annotations

from ritmeregie.domain.date_input import FIRST_YEAR, LAST_YEAR, DateProblem
from ritmeregie.platform.i18n import translate


def date_examples() -> str:
    """The short hint shown in and beside date fields."""
    return translate("Dates", "18-12, 18 december, tomorrow")


def date_problem_text(problem: DateProblem, text: str) -> str:
    """One sentence: why `text` is not a date, and what to write instead."""
    if problem is DateProblem.EMPTY:
        return translate("Dates", "Write a date, e.g. {examples}.").format(examples=date_examples())
    if problem is DateProblem.NO_SUCH_DAY:
        return translate("Dates", "'{value}' is not a date on the calendar.").format(value=text)
    if problem is DateProblem.OUT_OF_RANGE:
        return translate("Dates", "'{value}' is outside the years {first}–{last}.").format(
            value=text, first=FIRST_YEAR, last=LAST_YEAR
        )
    return translate("Dates", "'{value}' is not a date; write e.g. {examples}.").format(
        value=text, examples=date_examples()
    )
