"""The composition root: one QApplication, one store, one scheduler, the tray and the windows.

Jobs are derived, never trusted: every reason the day may have changed (start, a new day, an agenda
or state change, resume from sleep, a wall-clock jump) ends in `reschedule()`, which replaces all
nudge jobs with the ones the current plan asks for.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QRect, QTimer, Slot
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from ritmeregie.platform.i18n import install_qt_translator, resolve_language

from ..domain.clock import Clock
from ..domain.localtime import UnknownTimezoneError, zone
from ..domain.nudges import Nudge, NudgeAnswer
from ..platform.ipc_client import Command, CommandName
from ..platform.notifier import FallbackNotifier, NotifierProblem, PlyerNotifier, TrayNotifier
from ..platform.single_instance import Reply, SingleInstance
from ..platform.system_zone import system_zone_name
from ..scheduling.nudge_scheduler import NudgeScheduler
from ..scheduling.sleep_watch import SleepWatch
from ..scheduling.watchers import DayWatch, WallClockWatch, ZoneWatch
from ..storage import Store
from .backup_keeper import BackupKeeper
from .caldav_sync import CaldavSync
from .calendar_sync import CalendarSync
from .controller import RhythmController
from .damage_notice import DamageNotice
from .nudge_presenter import NudgePresenter
from .palette import SchemeFollower
from .ritual_prompts import RitualPrompts
from .tray import Tray
from .window_keys import WindowKey, window_for_nudge
from .windows import WindowHub
from .write_notice import WriteNotice

log = logging.getLogger("ritmeregie.ui")

# After start, look for a tray host this often for this long (it may start after us at login).
TRAY_RECHECK_MS = 5_000
TRAY_RECHECK_FOR_MS = 60_000
# A broken notification daemon is said once, after the nudge that found it has been on screen.
NOTIFIER_NOTICE_DELAY_MS = 10_000


class RitmeregieApp(QObject):
    """Everything the running app owns, wired together. Tests build it with their own clock."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        tz: ZoneInfo,
        instance: SingleInstance | None = None,
        system_zone: Callable[[], str | None] = system_zone_name,
    ) -> None:
        """`system_zone` tells the system's zone now (None: cannot tell); tests pass their own."""
        super().__init__()
        self.store = store
        self.clock = clock
        self._system_zone = system_zone
        self.controller = RhythmController(store, clock, tz, self)
        self.scheduler = NudgeScheduler(tz, clock=clock, parent=self)
        self.tray: Tray | None = None
        self.windows = WindowHub(self)
        self.calendar_sync = CalendarSync(self.controller, self)  # subscriptions, daily window
        # CalDAV: a sync beside the app shortly after each own change, a pause or a resume, and
        # every few minutes (the other devices' changes); nothing runs while nothing is bound.
        self.caldav_sync = CaldavSync(store.data_dir, self._caldav_bound, self)
        store.changes.listen(self.caldav_sync.poke)
        self.controller.state_changed.connect(self.caldav_sync.poke)
        # Light/dark follows the system; the tray icon repaints when it turns (see _show_tray).
        qt_app = QApplication.instance()
        if not isinstance(qt_app, QApplication):  # ui/startup.py (or a test) makes it first
            raise RuntimeError("RitmeregieApp needs a QApplication")
        self.looks = SchemeFollower(qt_app, self)
        self._tray_checks_left = TRAY_RECHECK_FOR_MS // TRAY_RECHECK_MS
        self._tray_timer = QTimer(self)
        self._tray_timer.setInterval(TRAY_RECHECK_MS)
        self._tray_timer.timeout.connect(self.on_tray_check)

        self.notifier = FallbackNotifier(
            [PlyerNotifier(), TrayNotifier(_LazyTrayIcon(self))],
            on_problem=self.on_notifier_problem,
        )
        # A write the disk refuses is said once (ui/write_notice.py), then only logged.
        self.write_notice = WriteNotice(store, self.notifier.notify, self)
        # Damage SQLite finds while the app reads is said once (ui/damage_notice.py).
        self.damage_notice = DamageNotice(store, self.notifier.notify, self)
        self.presenter = NudgePresenter(
            self.controller, self.scheduler, self.notifier, self.tray_geometry, self
        )
        self.presenter.nudge_answered.connect(self.on_nudge_answered)
        self.prompts = RitualPrompts(self)  # a missed reflection, the yearly mirror, clicks

        self.wall_watch = WallClockWatch(clock, parent=self)
        self.day_watch = DayWatch(clock, tz, boundary=self.controller.day_boundary(), parent=self)
        self.sleep_watch = SleepWatch(parent=self)
        # The zone is looked at on the wall-clock heartbeat (no timer of its own) and on resume.
        self.zone_watch = ZoneWatch(self.zone_name, parent=self)
        self.wall_watch.checked.connect(self.zone_watch.check_now)
        self.zone_watch.zone_changed.connect(self.on_zone_changed)
        self.wall_watch.clock_jumped.connect(self.day_watch.on_clock_jumped)
        self.wall_watch.clock_jumped.connect(self.on_clock_jumped)
        self.day_watch.day_changed.connect(self.on_day_changed)
        self.backups = BackupKeeper(store, self.controller, self.notifier.notify, self)
        self.day_watch.day_changed.connect(self.backups.on_day_changed)
        self.sleep_watch.resumed.connect(self.on_resumed)
        # Every write, whoever made it, replans through one path (the controller's changes); the
        # heartbeat looks for writes by other processes that sent no notice.
        self.store_changes = self.controller.changes
        self.wall_watch.checked.connect(self.store_changes.check_now)  # data_version: cheap
        self.wall_watch.gap_seen.connect(self.on_gap_seen)
        self.controller.plan_changed.connect(self.reschedule)
        self.controller.state_changed.connect(self.reschedule)
        if instance is not None:
            instance.command_received.connect(self.on_command)

    # -- start and stop --------------------------------------------------------------------------

    def start(self) -> None:
        self.scheduler.start()
        self.reschedule()
        self.write_notice.announce_read_only()
        self.backups.run()  # today's copy, if there is none yet
        self.store_changes.check_now()  # the first look sets the data_version baseline
        self.wall_watch.start()
        self.day_watch.start()
        self.zone_watch.start()
        self.calendar_sync.start()
        self.caldav_sync.start()
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._show_tray()
        else:
            log.warning("no system tray: showing the Today window instead")
            self.show_vandaag()
            # Said once; nudges keep coming through the nudge window and notifications.
            self.notifier.notify(
                "ritmeregie",
                self.tr(
                    "No system tray found: ritmeregie shows its Today window and keeps nudging you."
                ),
            )
            self._tray_timer.start()
        self.prompts.check()  # back: a missed reflection is offered once

    def stop(self) -> None:
        self._tray_timer.stop()
        self.store_changes.stop()
        self.wall_watch.stop()
        self.day_watch.stop()
        self.calendar_sync.stop()
        self.caldav_sync.stop()
        self.store.changes.unlisten(self.caldav_sync.poke)
        self.scheduler.shutdown()
        if self.tray is not None:
            self.tray.stop()

    def _show_tray(self) -> None:
        if self.tray is None:
            self.tray = Tray(self.controller, self)
            self.tray.today_requested.connect(self.show_vandaag)
            self.tray.window_requested.connect(self.show_window)
            self.tray.quit_requested.connect(quit_app)
            self.looks.scheme_changed.connect(self.tray.on_scheme_changed)
            self.prompts.attach_tray(self.tray)
        self.tray.icon.show()

    @Slot()
    def on_tray_check(self) -> None:
        self._tray_checks_left -= 1
        if QSystemTrayIcon.isSystemTrayAvailable():
            log.info("a system tray appeared")
            self._tray_timer.stop()
            self._show_tray()
        elif self._tray_checks_left <= 0:
            self._tray_timer.stop()

    def tray_geometry(self) -> QRect | None:
        if self.tray is None:
            return None
        rect = self.tray.icon.geometry()
        return rect if rect.isValid() and not rect.isEmpty() else None

    # -- windows -----------------------------------------------------------------------------------

    @Slot()
    def show_vandaag(self) -> None:
        self.windows.show(WindowKey.TODAY)

    @Slot(object)
    def show_window(self, key: WindowKey, **context: object) -> QWidget | None:
        return self.windows.show(key, **context)

    @Slot(object, object)
    def on_nudge_answered(self, nudge: Nudge, answer: NudgeAnswer) -> None:
        """Start on a ritual opens its dialog; Start at a meeting's end opens its DADU."""
        target = window_for_nudge(nudge) if answer is NudgeAnswer.STARTED else None
        if target is not None:
            key, context = target
            self.show_window(key, **context)

    @property
    def vandaag(self) -> QWidget | None:
        return self.windows.get(WindowKey.TODAY)

    def welcome_if_new(self) -> QWidget | None:
        """The welcome at the very first start; once seen (however it closed), only on request."""
        if self.store.settings.first_run_done():
            return None
        return self.show_window(WindowKey.WELCOME)

    def apply_language(self, setting: str) -> str:
        """Switch the running app to a language setting (auto, nl, en); returns nl or en."""
        language = resolve_language(setting)
        app = QApplication.instance()
        if app is not None:
            install_qt_translator(app, language)
        if self.tray is not None:
            self.tray.retranslate()
        self.windows.after_language_change()
        self.controller.replan("language changed")  # block names in the new language
        return language

    # -- keeping the jobs true ---------------------------------------------------------------------

    @Slot()
    def reschedule(self) -> None:
        self.scheduler.replace(self.controller.upcoming_nudges())

    @Slot(object)
    def on_day_changed(self, _day: object) -> None:
        self.controller.replan("a new day")

    @Slot(float)
    def on_clock_jumped(self, seconds: float) -> None:
        log.info("wall clock jumped %+.0f s: rebuilding the plan and jobs", seconds)
        self.controller.replan("clock jump")
        self.scheduler.check_now()
        self.prompts.check()

    @Slot(float)
    def on_gap_seen(self, seconds: float) -> None:
        """The app was frozen or starved for `seconds`: the wall clock did not jump, so the plan
        stands; what came due meanwhile is settled now (stale heads-ups dropped, late moments in
        one catch-up: NudgeScheduler), and a missed reflection is offered."""
        log.info("the app did not run for %.0f s: settling what came due", seconds)
        self.store_changes.check_now()  # written to meanwhile by another process?
        self.scheduler.settle_due()
        self.prompts.check()

    @Slot()
    def on_resumed(self) -> None:
        self.store_changes.check_now()  # written to while asleep, by another process
        self.zone_watch.check_now()  # a laptop may wake up in another zone
        self.controller.replan("resume")
        self.scheduler.check_now()
        self.prompts.check()

    def _caldav_bound(self) -> bool:
        try:
            return bool(self.store.caldav.collections())
        except Exception as exc:  # a store in trouble is said elsewhere; no sync meanwhile
            log.info("CalDAV bindings not readable (%s)", exc)
            return False

    def zone_name(self) -> str | None:
        """The zone the app should run in: the user's setting, else the system's zone."""
        try:
            configured = self.store.settings.timezone_name()
        except Exception as exc:  # on the heartbeat: a store in trouble is said elsewhere
            log.info("time zone setting not readable (%s); keeping the zone", exc)
            return None
        return configured or self._system_zone()

    def follow_timezone(self) -> None:
        """Look at the zone now (e.g. right after the timezone setting was saved)."""
        self.zone_watch.check_now()

    @Slot(str)
    def on_zone_changed(self, name: str) -> None:
        """Switch every part to the new zone, then rebuild the plan and jobs for its local day."""
        try:
            tz = zone(name)
        except UnknownTimezoneError:
            return  # ZoneWatch passes known names only
        if tz.key == self.controller.tz.key:
            return
        log.info("now running in %s: rebuilding the plan and jobs", tz.key)
        if hasattr(time, "tzset"):  # not on Windows
            time.tzset()  # the C library's local time (log stamps, astimezone()) follows too
        # Moments already due in the old zone are settled (shown or reported missed) first.
        self.scheduler.settle_due()
        self.controller.set_timezone(tz)
        self.scheduler.set_timezone(tz)
        self.day_watch.set_timezone(tz)  # a new local day there: day_changed → replan
        self.controller.replan("time zone changed")
        self.prompts.check()

    def on_notifier_problem(self, problem: NotifierProblem) -> None:
        """Said once per run (FallbackNotifier reports a problem once), through the part that
        still works; a nudge delivered that way shows first, the explanation after it."""
        log.warning("notifications: %s", problem)
        if problem.used_instead is None:
            return  # nothing reaches the user at all: the log is all there is
        QTimer.singleShot(self.notifier_notice_delay_ms, self, self.on_notifier_notice_due)

    notifier_notice_delay_ms = NOTIFIER_NOTICE_DELAY_MS

    @Slot()
    def on_notifier_notice_due(self) -> None:
        if not self.notifier.degraded:
            return  # the daemon came back meanwhile: nothing to explain
        self.notifier.notify(
            self.tr("ritmeregie"),
            self.tr(
                "Desktop notifications stopped working, so ritmeregie shows its nudges here "
                "until they work again."
            ),
        )

    # -- the command channel -----------------------------------------------------------------------

    @Slot(object, object)
    def on_command(self, command: Command, reply: Reply) -> None:
        try:
            reply(self.handle_command(command))
        except (ValueError, TypeError) as exc:
            reply({"ok": False, "error": str(exc)})
        except Exception as exc:  # a bad command must never take the app down
            log.exception("command %s failed", command.name)
            reply({"ok": False, "error": f"{command.name} failed ({type(exc).__name__})"})

    def handle_command(self, command: Command) -> dict[str, object]:
        args = command.args
        c = self.controller
        if command.name is CommandName.RAISE:
            self.show_vandaag()
        elif command.name is CommandName.FOCUS:
            c.start_focus(int(args.get("minutes") or 0) or None)
        elif command.name is CommandName.RESET:
            c.take_reset(int(args.get("minutes") or 0) or None)
        elif command.name is CommandName.PAUSE:
            c.pause(None if args.get("today") else int(args.get("minutes") or 30))
        elif command.name is CommandName.RESUME:
            c.resume()
        elif command.name is CommandName.OPEN:
            self.show_window(WindowKey(str(args.get("window"))))
        elif command.name is CommandName.CHANGED:
            self.zone_watch.check_now()  # the command may have set the timezone setting
            self.store_changes.replan_now("the command line changed the store")
            return {"replanned": True}
        elif command.name is CommandName.QUIT:
            QTimer.singleShot(0, quit_app)
            return {"quitting": True}
        return self.status_data()

    def status_data(self) -> dict[str, object]:
        """The status as `ritmeregie status` shows it (services/today.py), with the next nudge the
        scheduler really has."""
        return self.controller.status_data(self.scheduler.next_run_time())


def quit_app() -> None:
    """Quit for real. QApplication.quit() is a request that any window may refuse by ignoring its
    close event (Vandaag only hides), so with Vandaag and another window open it did nothing;
    exit() always ends the loop, and aboutToQuit still runs (stop, store closed, lock released)."""
    QApplication.exit(0)


class _LazyTrayIcon:
    """The tray notifier's sink: the app's tray icon once it exists (it may appear later)."""

    def __init__(self, app: RitmeregieApp) -> None:
        self._app = app

    def isVisible(self) -> bool:
        return self._app.tray is not None and self._app.tray.icon.isVisible()

    def showMessage(
        self, title: str, msg: str, icon: QSystemTrayIcon.MessageIcon, msecs: int
    ) -> None:
        if self._app.tray is not None:
            self._app.tray.icon.showMessage(title, msg, icon, msecs)
