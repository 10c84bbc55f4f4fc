"""The README's pictures of the words windows, from the running app on the desktop session, in English
and Dutch: "Mail nakijken" with a hurried draft in the window's language, and "Snel antwoord" with the
"full agenda" reply filled in for a manager.

    RITMEREGIE_UPDATE_SCREENSHOTS=1 tools/desktop-session .venv/bin/pytest -q -p no:cacheprovider \\
        -m desktop tests/desktop/test_readme_screenshots_words.py
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from readme_days import TUESDAY, at, seed_tuesday
from readme_shots import *  # noqa: F403  (the fixtures)
from readme_shots import Launch
from readme_texts import assert_no_english_left

from ritmeregie.domain.clock import ManualClock
from ritmeregie.storage import Store
from ritmeregie.ui.window_keys import WindowKey

pytestmark = pytest.mark.desktop

# A draft as it is typed in a hurry: no deadline, a reproach, ASAP and stacked exclamation marks.
DRAFTS = {
    "nl": (
        "Hoi Tom,\n\nZoals eerder gezegd moeten de slides voor de klant ASAP klaar!!\n"
        "Kun je ze nog even nakijken?\n\nGroet,\nSanne\n"
    ),
    "en": (
        "Hi Tom,\n\nAs I said before, the slides for the client need to be ready ASAP!!\n"
        "Could you have another look at them?\n\nRegards,\nSanne\n"
    ),
}


def _seed(store: Store, clock: ManualClock, language: str) -> None:
    seed_tuesday(store, clock, language)


def test_checking_a_mail(launch: Launch, language: str) -> None:
    session = launch(at(TUESDAY, 10, 5), _seed)
    window = session.show(WindowKey.SEND_CHECK)
    window.resize(760, 620)
    window.draft.setPlainText(DRAFTS[language])  # type: ignore[attr-defined]
    window.on_check()  # type: ignore[attr-defined]
    QApplication.processEvents()
    kinds = {f["kind"] for f in window.report["findings"]}  # type: ignore[attr-defined]
    assert {"no_deadline", "tone"} <= kinds
    session.settle(window)
    session.capture(window, "send-check")
    assert_no_english_left(window, language)


def test_a_quick_reply(launch: Launch, language: str) -> None:
    session = launch(at(TUESDAY, 10, 5), _seed)
    window = session.show(WindowKey.PHRASES)
    window.resize(760, 520)
    window.manager.setText("Karin")  # type: ignore[attr-defined]
    window.on_manager_changed()  # type: ignore[attr-defined]  (as when she leaves the field)
    names = [phrase.name for phrase in window._phrases]  # type: ignore[attr-defined]
    window.list.setCurrentRow(names.index("full-agenda"))  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert "Karin" in window.filled()  # type: ignore[attr-defined]
    session.settle(window)
    assert "Karin" in window.preview.text()  # type: ignore[attr-defined]
    session.capture(window, "phrases")
    assert_no_english_left(window, language)
