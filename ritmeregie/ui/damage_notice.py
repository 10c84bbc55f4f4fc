"""Says it once when SQLite finds the data file damaged while the app uses it.

The store looks at the file in O(1) when it opens (storage/damage.py), so a damaged page in the
middle of a table shows only when it is read. The store's damage watch hears it (from whichever
slot, timer or window read it) and notes it for the next start, which then looks at every page,
sets the damaged file aside and restores the newest good backup. This notice tells the user that,
once per session; the error itself is logged by the app's excepthook, never shown as a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from ..storage import Store

log = logging.getLogger("ritmeregie.ui")

Notify = Callable[[str, str], object]


class DamageNotice(QObject):
    def __init__(self, store: Store, notify: Notify, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._notify = notify
        self.said: list[str] = []  # what was said, for the log and the tests
        store.damage.listen(self.on_damage)

    def on_damage(self, detail: str, first: bool) -> None:
        if not first:
            return
        text = self.tr(
            "Part of your data could not be read: the file {path} is damaged. Quit ritmeregie "
            "and start it again: it sets the damaged file aside (nothing is deleted) and "
            "restores the newest good backup."
        ).format(path=self._store.path)
        log.warning("damaged data file, told the user: %s", detail)
        self.said.append(text)
        self._notify(self.tr("Your data file is damaged"), text)
