"""Every window and dialog in Dutch shows no English, and no window clips a longer translation.

Dutch: the catalogue resources/i18n/ritmeregie_nl.ts is compiled afresh (pyside6-lrelease) into a
temporary folder and installed the way the app installs it. The English the code can show is taken
from the code itself (pyside6-lupdate into a temporary .ts, so strings not yet in the catalogue count
too). A visible text that is one of those English strings, and not also a Dutch one, is untranslated.

Pseudo-locale: a translator that makes every string ~40 % longer with accented letters
("Ŝţàŕţ ~~"), the way long German or Dutch words will. A label or button whose text then no longer
fits its widget is clipped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from every_window import (
    ALL_WINDOWS,
    QT_OFFSCREEN_NOISE,
    TRAY_MENU,
    open_window,
    shell_app,
    tray_menu,
)
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

import ritmeregie.platform.i18n as i18n

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(*QT_OFFSCREEN_NOISE)]

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "ritmeregie_nl.ts"
BIN = Path(sys.executable).parent

# Words that are the same in Dutch and English, so seeing them in a Dutch window is right even
# when the catalogue has no entry that says so.
SAME_IN_BOTH = frozenset(
    {
        "ritmeregie",
        "OK",
        "Reset",
        "Lunch",
        "DADU",
        "Deadline",
        "Update",
        "Inbox",
        "Focus",
        "Dagstart",
        "Frictievrijdag",
        "Checklists",
        "Must-dos",
        "Markdown",
        "CSV",
        "JSON",
    }
)
# A template whose fixed part is shorter than this ("{title}", "{a}, {b}") says nothing.
MIN_TEMPLATE_LETTERS = 4
PSEUDO_GROWTH = 0.4


# --- the two catalogues ---------------------------------------------------------------------------


def plain(text: str) -> str:
    """What a reader sees: no mnemonic ampersands, no tags, one space between words."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


def messages(ts_file: Path) -> Iterator[tuple[str, str, str | None]]:
    """(context, source, finished translation or None) for every message of a .ts file."""
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            finished = (
                node is not None
                and bool(node.text)
                and node.get("type") not in ("unfinished", "obsolete", "vanished")
            )
            yield name, source, (node.text if finished and node is not None else None)


def template(text: str) -> re.Pattern[str] | None:
    parts = re.split(r"\{[^{}]*\}", plain(text))
    if len(parts) < 2 or sum(ch.isalpha() for ch in "".join(parts)) < MIN_TEMPLATE_LETTERS:
        return None
    return re.compile("^" + "(.+?)".join(re.escape(p) for p in parts) + "$", re.DOTALL)


class Catalogues:
    def __init__(self, code_ts: Path, dutch_ts: Path) -> None:
        self.english = {plain(source) for _c, source, _t in messages(code_ts)} - {""}
        self.english_templates = [
            t for t in (template(s) for s in self.english if "{" in s) if t is not None
        ]
        dutch = [translation for _c, _s, translation in messages(dutch_ts) if translation]
        self.dutch = {plain(t) for t in dutch}
        self.dutch_templates = [t for t in (template(s) for s in dutch if "{" in s) if t]

    def untranslated(self, text: str) -> bool:
        seen = plain(text)
        if not seen or seen in SAME_IN_BOTH or seen in self.dutch:
            return False
        if any(t.match(seen) for t in self.dutch_templates):
            return False
        return seen in self.english or any(t.match(seen) for t in self.english_templates)


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Catalogues:
    folder = tmp_path_factory.mktemp("code-strings")
    sources = sorted(
        str(p) for p in (ROOT / "ritmeregie").rglob("*.py") if "migrations" not in p.parts
    )
    code_ts = folder / "ritmeregie_code.ts"
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(code_ts),
        ],
        check=True,
        timeout=120,
    )
    return Catalogues(code_ts, CATALOGUE)


@pytest.fixture(scope="module")
def dutch_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogue compiled now, beside a copy of its source (the non-Qt parts read the .ts)."""
    folder = tmp_path_factory.mktemp("i18n")
    shutil.copy(CATALOGUE, folder / CATALOGUE.name)
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            "-silent",
            str(CATALOGUE),
            "-qm",
            str(folder / "ritmeregie_nl.qm"),
        ],
        check=True,
        timeout=120,
    )
    return folder


@pytest.fixture
def dutch(qapp, dutch_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(i18n, "i18n_dir", lambda: dutch_folder)
    i18n._catalogue.cache_clear()
    assert i18n.install_qt_translator(qapp, "nl")
    yield
    i18n.install_qt_translator(qapp, "en")
    i18n._catalogue.cache_clear()


# --- what is visible ------------------------------------------------------------------------------


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every piece of text a user sees in the window."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif (isinstance(widget, QLineEdit) and not widget.text()) or (
            isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.toPlainText()
        ):
            found.append((f"{kind} placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(f"{kind} item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [(f"{kind} tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            found += [(f"{kind} header", header.text(i)) for i in range(header.columnCount())]
    return [(where, text) for where, text in found if text and text.strip()]


def menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for action in menu.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        found.append(("menu", action.text()))
        if action.menu() is not None:
            found += menu_texts(action.menu())
    return found


def texts_of(app, name: str) -> list[tuple[str, str]]:
    if name == TRAY_MENU:
        _tray, menu = tray_menu(app)
        return menu_texts(menu)
    return visible_texts(open_window(app, name))


@pytest.mark.parametrize("name", (*ALL_WINDOWS, TRAY_MENU))
def test_every_window_speaks_dutch(
    qtbot, data_dir: Path, dutch: None, catalogues: Catalogues, name: str
) -> None:
    with shell_app(data_dir) as app:
        texts = texts_of(app, name)
        english = [f"{where}: {text!r}" for where, text in texts if catalogues.untranslated(text)]
        assert texts, f"{name}: no visible text found"
        assert not english, f"{name} shows English in Dutch: " + "; ".join(english)


def test_the_check_sees_english(qtbot, data_dir: Path, catalogues: Catalogues) -> None:
    """Without the Dutch translator the same check must find English (or it proves nothing)."""
    with shell_app(data_dir) as app:
        texts = texts_of(app, TRAY_MENU)
        assert any(catalogues.untranslated(text) for _where, text in texts)


# --- the pseudo-locale ----------------------------------------------------------------------------

_ACCENTED = str.maketrans("AaCcEeIiNnOoSsUuYyZz", "ÀàÇçÉéÎîÑñÖöŜŝÛûÝýŽž")


def pseudo(text: str) -> str:
    """~40 % longer, accented, with {placeholders}, %n and &mnemonics kept working."""
    if not text.strip():
        return text
    pieces = re.split(r"(\{[^{}]*\}|%n|%\d|&&|&.)", text)
    out = "".join(
        p if re.fullmatch(r"\{[^{}]*\}|%n|%\d|&&|&.", p) else p.translate(_ACCENTED) for p in pieces
    )
    visible = len(plain(re.sub(r"\{[^{}]*\}", "", text)))
    return out + " " + "~" * max(1, round(visible * PSEUDO_GROWTH) - 1)


class PseudoTranslator(QTranslator):
    """Every string of ours, longer; Qt's own contexts (Q…) and the tray digit suffix stay."""

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context.startswith("Q") or context == "TrayIcon" or "\n" in source:
            return ""
        return pseudo(source)


@pytest.fixture
def pseudo_locale(qapp) -> Iterator[None]:
    translator = PseudoTranslator(qapp)
    assert qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def clipped(widget: QWidget) -> str | None:
    """Why the widget's text does not fit, or None when it does."""
    metrics = QFontMetrics(widget.font())
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return None
        room = widget.contentsRect().adjusted(
            widget.margin(), widget.margin(), -widget.margin(), -widget.margin()
        )
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            return (
                f"needs {needed} px height, has {widget.height()}"
                if needed > widget.height()
                else None
            )
        shown = text.replace("<br>", "\n") if "<" in text else text
        shown = re.sub(r"<[^>]+>", "", shown)
        if widget.buddy() is not None or "&" in shown:
            shown = re.sub(r"&(?!&)", "", shown).replace("&&", "&")
        lines = shown.split("\n")
        needed = max(metrics.horizontalAdvance(line) for line in lines)
        return f"needs {needed} px, has {room.width()}" if needed > room.width() else None
    if isinstance(widget, QCheckBox | QRadioButton):
        needed = widget.sizeHint().width()
        return f"needs {needed} px, has {widget.width()}" if needed > widget.width() else None
    if isinstance(widget, QPushButton) and widget.text():
        style = widget.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, widget)
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        needed = metrics.horizontalAdvance(plain(widget.text())) + icon + 2 * margin
        return f"needs {needed} px, has {widget.width()}" if needed > widget.width() else None
    return None


@pytest.mark.parametrize("name", ALL_WINDOWS)
def test_longer_translations_are_not_clipped(
    qtbot, data_dir: Path, pseudo_locale: None, name: str
) -> None:
    with shell_app(data_dir) as app:
        window = open_window(app, name)
        problems = []
        for widget in window.findChildren(QWidget):
            if widget.window() is not window or not widget.isVisibleTo(window):
                continue
            why = clipped(widget)
            if why is not None:
                text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
                problems.append(f"{type(widget).__name__} {plain(text)[:40]!r}: {why}")
        assert not problems, f"{name} clips: " + "; ".join(problems)


def test_the_pseudo_locale_lengthens_and_keeps_placeholders() -> None:
    assert pseudo("Start").startswith("Ŝtàrt ")
    assert len(pseudo("Quiet quarter")) >= len("Quiet quarter") * 1.35
    assert "{time}" in pseudo("Next: {title} at {time}")
    assert pseudo("&Edit").startswith("&E")
