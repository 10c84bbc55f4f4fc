"""When to name a conflict: one calm notice per conflict, never during a meeting.

After the plan changes (a new request, a moved meeting, a new day) the watch looks again, a
moment later so a burst of saves is one look. Only from the second manager on. A conflict named
once is not named again that day, nor are the others found with it; one that comes up while a meeting runs waits for the next look
after it (the plan changes at every block's end, so that comes soon).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ritmeregie.domain.capacity import conflict_key, notice_due

from ..window_keys import WindowKey

if TYPE_CHECKING:
    from ..app import RitmeregieApp

log = logging.getLogger("ritmeregie.ui")

LOOK_DELAY_MS = 2_000


class ConflictWatch(QObject):
    conflict_named = Signal(object)  # Conflict

    def __init__(self, app: RitmeregieApp) -> None:
        super().__init__(app)
        self._app = app
        self._noticed: set[tuple[int, int, dt.date]] = set()
        self._day: dt.date | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOOK_DELAY_MS)
        self._timer.timeout.connect(self.look)
        app.controller.plan_changed.connect(self._timer.start)

    @Slot()
    def look(self) -> None:
        from ritmeregie.services.managers import several_managers
        from ritmeregie.storage import StoreError

        from .conflict_notice import current_conflicts

        try:
            if not several_managers(self._app.store):
                return
            today = self._app.controller.today()
            if today != self._day:
                self._day, self._noticed = today, set()
            found = current_conflicts(self._app)
        except StoreError as exc:
            log.info("no look at conflicts: %s", exc)
            return
        conflict = notice_due(found, self._noticed, self._app.controller.status().current)
        if conflict is None:
            return
        # One notice for the situation: the others found now are not named one after another
        # (conflicts and the matrix show them all); a conflict that comes up later is.
        self._noticed.update(conflict_key(c) for c in found)
        self._app.show_window(WindowKey.CONFLICT_NOTICE, conflict=conflict)
        self.conflict_named.emit(conflict)
