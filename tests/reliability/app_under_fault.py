"""The whole app (offscreen, in this child process) while its disk refuses every write.

    python app_under_fault.py DATA_DIR disk-full|read-only

disk-full: from a moment on every file write fails (RLIMIT_FSIZE 0 with SIGXFSZ ignored: EFBIG,
which SQLite reports as a disk I/O error) and is allowed again later, as when room is made.
read-only: the test made the data folder read-only (or runs this as another user) before start.

It types a reflection and closes it, adds an agenda item in Today and accepts it, deletes one,
and gets a nudge due — what a user does — and prints one JSON object: what the app said, what
escaped a Qt slot (must be nothing), and whether what was typed stayed on screen. After the
disk takes writes again (disk-full only), the same windows are closed again and must save.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import signal
import sys
import traceback
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ritmeregie.domain.clock import SystemClock
from ritmeregie.domain.model import Block, BlockKind
from ritmeregie.domain.nudges import Nudge, NudgeKind
from ritmeregie.storage import open_store
from ritmeregie.ui.app import RitmeregieApp
from ritmeregie.ui.window_keys import WindowKey

AMS = ZoneInfo("Europe/Amsterdam")
# Typed as keys (QTest types ASCII only), then the rest pasted: RTL text and emoji.
TYPED, PASTED = "Het overleg liep goed", " — אבל קצר 👍"
REFLECTION_TEXT = TYPED + PASTED
TITLE_TYPED, TITLE_PASTED = "Overleg met Jan", " عن الميزانية"
AGENDA_TITLE = TITLE_TYPED + TITLE_PASTED
EVER = (dt.datetime(2000, 1, 1, tzinfo=dt.UTC), dt.datetime(2100, 1, 1, tzinfo=dt.UTC))


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()
        QTest.qWait(20)


def main() -> None:
    data_dir, mode = Path(sys.argv[1]), sys.argv[2]
    escaped: list[str] = []

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        escaped.append(f"{kind.__name__}: {error}")
        traceback.print_exception(kind, error, trace)  # type: ignore[arg-type]

    sys.excepthook = hook
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    store = open_store(data_dir, recover=True)
    shell = RitmeregieApp(store, SystemClock(), AMS)
    shell.start()
    settle()
    said_at_start = list(shell.write_notice.said)
    existing = next((item.id for item in store.agenda.between(*EVER)), None)

    if mode == "disk-full":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))

    # A reflection typed and closed with Esc.
    reflection = shell.show_window(WindowKey.REFLECTION)
    assert reflection is not None
    QTest.qWaitForWindowExposed(reflection)
    reflection.satisfied_edit.setFocus()  # type: ignore[attr-defined]
    QTest.keyClicks(reflection.satisfied_edit, TYPED)  # type: ignore[attr-defined]
    reflection.satisfied_edit.insertPlainText(PASTED)  # type: ignore[attr-defined]
    QTest.keyClick(reflection, Qt.Key.Key_Escape)
    settle()
    reflection_kept = (
        reflection.isVisible() and reflection.satisfied_edit.toPlainText() == REFLECTION_TEXT  # type: ignore[attr-defined]
    )

    # An agenda item added in Today and accepted with Enter.
    vandaag = shell.vandaag
    assert vandaag is not None
    vandaag.on_new()  # type: ignore[attr-defined]
    dialog = vandaag.open_dialog  # type: ignore[attr-defined]
    QTest.qWaitForWindowExposed(dialog)
    dialog.title_edit.selectAll()
    QTest.keyClicks(dialog.title_edit, TITLE_TYPED)
    dialog.title_edit.insert(TITLE_PASTED)
    QTest.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    settle()
    agenda_kept = (
        vandaag.open_dialog is dialog  # type: ignore[attr-defined]
        and dialog.isVisible()
        and dialog.title_edit.text() == AGENDA_TITLE
    )

    # An agenda item deleted, and a nudge that comes due.
    deleted = None
    if existing is not None:
        vandaag._delete(existing)  # type: ignore[attr-defined]
        deleted = store.agenda.get(existing) is None
    now = dt.datetime.now(AMS).replace(microsecond=0)
    block = Block(BlockKind.MEETING, now, now + dt.timedelta(minutes=30), "Overleg onder storing")
    shown: list[str] = []
    shell.presenter.nudge_shown.connect(lambda nudge: shown.append(nudge.block.title))
    shell.presenter.on_nudge_due(Nudge(now, NudgeKind.BLOCK_START, block))
    settle()
    during = {
        "read_only": store.read_only,
        "said_at_start": said_at_start,
        "said": list(shell.write_notice.said),
        "failing": store.writes.failing is not None,
        "reflection_kept": reflection_kept,
        "agenda_kept": agenda_kept,
        "deleted": deleted,
        "nudge_shown": shown,
    }

    after = None
    if mode == "disk-full":  # room again: closing saves, and the app did not need a restart
        _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
        QTest.keyClick(reflection, Qt.Key.Key_Escape)
        QTest.keyClick(dialog.title_edit, Qt.Key.Key_Return)
        settle()
        after = {
            "reflection": getattr(
                store.reflections.get(shell.controller.today()), "satisfied", None
            ),
            "agenda": [item.title for item in store.agenda.between(*EVER)],
            "failing": store.writes.failing is not None,
            "said": list(shell.write_notice.said),
            "dialog_closed": vandaag.open_dialog is None,  # type: ignore[attr-defined]
        }
    shell.stop()
    store.close()
    print(json.dumps({"during": during, "after": after, "escaped": escaped}))


if __name__ == "__main__":
    main()
