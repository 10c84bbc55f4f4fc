"""One translation catalogue for the whole app: resources/i18n/ritmeregie_<lang>.ts.

Qt code uses `self.tr()` / `QCoreApplication.translate()` and reads the compiled .qm through a
QTranslator (install_qt_translator). Code that must stay free of Qt — the CLI — calls
`translate(context, text)` below, which reads the same .ts file directly. `pyside6-lupdate`
extracts both forms, so translators keep working in one file.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from functools import cache
from typing import TYPE_CHECKING

from .resources import i18n_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

SUPPORTED = ("nl", "en")
SOURCE_LANGUAGE = "en"

_active = SOURCE_LANGUAGE


def system_language() -> str:
    """nl for Dutch locales (nl_NL, nl_BE, …), en otherwise."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX"):
            first = value.split(":")[0]
            return "nl" if first.lower().startswith("nl") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "nl" if code.lower().startswith(("nl", "dutch")) else "en"


def resolve_language(setting: str | None) -> str:
    """The language to use: an explicit nl/en (flag or setting) wins, 'auto' follows the system."""
    if setting and setting.lower() in SUPPORTED:
        return setting.lower()
    return system_language()


def set_language(language: str) -> None:
    global _active
    _active = language if language in SUPPORTED else SOURCE_LANGUAGE


def active_language() -> str:
    return _active


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = i18n_dir() / f"ritmeregie_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or not node.text:
                continue
            if node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            table[(name, source)] = node.text
    return table


def translate(context: str, text: str) -> str:
    """Translate a source (English) string into the active language; the source when missing."""
    if _active == SOURCE_LANGUAGE:
        return text
    return _catalogue(_active).get((context, text), text)


def install_qt_translator(app: QCoreApplication, language: str) -> bool:
    """Load the compiled catalogue (and Qt's own strings) into a running Qt application."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    set_language(language)
    if language == SOURCE_LANGUAGE:
        return True
    QLocale.setDefault(QLocale(language))
    installed = False
    ours = QTranslator(app)
    if ours.load(str(i18n_dir() / f"ritmeregie_{language}.qm")):
        app.installTranslator(ours)
        installed = True
    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
    return installed
