"""FallbackNotifier's order, once-only problem report and retry; plyer and the service probe without a bus.

The small notifiers below are real Notifier implementations that record what they were asked to show; the
thing under test is the chain around them.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from ritmeregie.platform.notifier import (
    FallbackNotifier,
    Notifier,
    NotifierProblem,
    NullNotifier,
    PlyerNotifier,
)
from ritmeregie.platform.services import notification_service_available


class Recording:
    """Delivers while ``working`` is True and keeps what it delivered."""

    def __init__(self, *, working: bool = True) -> None:
        self.working = working
        self.calls = 0
        self.delivered: list[tuple[str, str]] = []

    def notify(self, title: str, message: str) -> bool:
        self.calls += 1
        if self.working:
            self.delivered.append((title, message))
        return self.working


class Raising:
    def __init__(self) -> None:
        self.calls = 0

    def notify(self, title: str, message: str) -> bool:
        self.calls += 1
        raise RuntimeError("daemon went away")


class FakeMonotonic:
    def __init__(self) -> None:
        self.now_s = 1000.0

    def __call__(self) -> float:
        return self.now_s


@pytest.fixture
def clock() -> FakeMonotonic:
    return FakeMonotonic()


def chain(
    parts: list[Notifier], clock: FakeMonotonic, problems: list[NotifierProblem]
) -> FallbackNotifier:
    return FallbackNotifier(parts, on_problem=problems.append, retry_after_s=60.0, monotonic=clock)


def test_the_first_working_notifier_delivers_and_later_ones_are_not_asked(
    clock: FakeMonotonic,
) -> None:
    primary, fallback = Recording(), Recording()
    problems: list[NotifierProblem] = []

    assert chain([primary, fallback], clock, problems).notify("Focus", "Start now")

    assert primary.delivered == [("Focus", "Start now")]
    assert fallback.calls == 0
    assert problems == []


def test_a_failing_primary_falls_back_and_the_problem_is_reported_once(
    clock: FakeMonotonic,
) -> None:
    primary, fallback = Recording(working=False), Recording()
    problems: list[NotifierProblem] = []
    notifier = chain([primary, fallback], clock, problems)

    for minute in range(5):
        clock.now_s += 90 * minute
        assert notifier.notify("Reset", f"nudge {minute}")

    assert len(fallback.delivered) == 5
    assert problems == [NotifierProblem(failed="Recording", used_instead="Recording")]
    assert notifier.degraded


def test_a_raising_part_counts_as_failed_and_does_not_escape(
    clock: FakeMonotonic, caplog: pytest.LogCaptureFixture
) -> None:
    primary, fallback = Raising(), Recording()
    problems: list[NotifierProblem] = []

    with caplog.at_level(logging.ERROR):
        assert chain([primary, fallback], clock, problems).notify("Dagstart", "Three must-do's")

    assert fallback.delivered == [("Dagstart", "Three must-do's")]
    assert problems == [NotifierProblem(failed="Raising", used_instead="Recording")]


def test_a_failed_primary_is_skipped_until_the_retry_time(clock: FakeMonotonic) -> None:
    primary, fallback = Recording(working=False), Recording()
    notifier = chain([primary, fallback], clock, [])

    notifier.notify("a", "1")
    clock.now_s += 59
    notifier.notify("b", "2")

    assert primary.calls == 1
    assert [title for title, _ in fallback.delivered] == ["a", "b"]


def test_a_recovered_primary_is_used_again_after_the_retry_time(clock: FakeMonotonic) -> None:
    primary, fallback = Recording(working=False), Recording()
    problems: list[NotifierProblem] = []
    notifier = chain([primary, fallback], clock, problems)
    notifier.notify("a", "1")

    primary.working = True
    clock.now_s += 60
    assert notifier.notify("b", "2")

    assert primary.delivered == [("b", "2")]
    assert [title for title, _ in fallback.delivered] == ["a"]
    assert not notifier.degraded
    assert len(problems) == 1


def test_the_last_part_is_always_tried_even_after_it_failed(clock: FakeMonotonic) -> None:
    primary, last = Recording(working=False), Recording(working=False)
    problems: list[NotifierProblem] = []
    notifier = chain([primary, last], clock, problems)

    assert not notifier.notify("a", "1")
    last.working = True
    clock.now_s += 1
    assert notifier.notify("b", "2")

    assert last.delivered == [("b", "2")]
    assert problems == [NotifierProblem(failed="Recording", used_instead=None)]


def test_every_subscriber_hears_the_problem_and_a_broken_one_does_not_stop_delivery(
    clock: FakeMonotonic,
) -> None:
    heard: list[str] = []

    def broken(_problem: NotifierProblem) -> None:
        raise RuntimeError("UI gone")

    notifier = FallbackNotifier([NullNotifier(), Recording()], monotonic=clock)
    notifier.problem_reported.connect(broken)
    notifier.problem_reported.connect(lambda problem: heard.append(problem.failed))

    assert notifier.notify("a", "1")
    assert heard == ["NullNotifier"]


def test_an_empty_chain_is_refused() -> None:
    with pytest.raises(ValueError):
        FallbackNotifier([])


def test_null_notifier_delivers_nothing() -> None:
    assert NullNotifier().notify("a", "b") is False


@pytest.fixture
def no_session_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))


@pytest.mark.usefixtures("no_session_bus")
def test_plyer_without_a_session_bus_returns_false_and_logs_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    notifier = PlyerNotifier()

    with caplog.at_level(logging.WARNING, logger="ritmeregie.platform.notifier"):
        assert notifier.notify("a", "1") is False
        assert notifier.notify("b", "2") is False

    assert len(caplog.records) == 1


def test_plyer_with_a_dead_bus_address_returns_false(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus-here'}")

    assert PlyerNotifier().notify("a", "1") is False


@pytest.mark.usefixtures("no_session_bus")
def test_no_notification_service_without_a_session_bus() -> None:
    assert notification_service_available() is False
