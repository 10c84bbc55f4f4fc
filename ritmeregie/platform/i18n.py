"""One translation catalogue for the whole app: resources/i18n/ritmeregie_<lang>.ts.

Qt code uses `self.tr()` / `QCoreApplication.translate()` and reads the compiled .qm through a
QTranslator (install_qt_translator). Code that must stay free of Qt — the CLI — calls
`translate(context, text)` below, which reads the same .ts file directly. `pyside6-lupdate`
extracts both forms, so translators keep working in one file.
"""

from __future__ import annotations

import datetime as dt
import locale
import os
import xml.etree.ElementTree as ET
from functools import cache
from typing import TYPE_CHECKING

from ritmeregie.platform.resources import i18n_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale

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


def plural(count: int, one: str, other: str) -> str:
    """`one` for exactly one, `other` (with {count}) for any other number: the rule of both our
    languages. Pass both forms through translate(), so each has its own line in the catalogue:
    plural(n, translate("cli", "1 event"), translate("cli", "{count} events"))."""
    return (one if count == 1 else other).format(count=count)


# Our translators carry this name, so a later switch finds and removes exactly them.
TRANSLATOR_NAME = "ritmeregie-translator"


def install_qt_translator(app: QCoreApplication, language: str) -> bool:
    """Switch a running Qt application to `language` (nl or en), in either direction.

    The previous catalogue is removed first, so en after nl really is English again; Qt then sends
    every widget a LanguageChange event (windows that handle it retranslate at once). The default
    QLocale follows too, so dates, times and numbers are written the language's way. Returns False
    only when the catalogue for a non-source language could not be loaded.
    """
    from PySide6.QtCore import QLibraryInfo, QTranslator

    set_language(language)
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setObjectName("")
        old.deleteLater()
    apply_locale(language)
    if _active == SOURCE_LANGUAGE:
        return True
    installed = False
    ours = QTranslator(app)
    ours.setObjectName(TRANSLATOR_NAME)
    if ours.load(str(i18n_dir() / f"ritmeregie_{_active}.qm")):
        app.installTranslator(ours)
        installed = True
    qt_base = QTranslator(app)
    qt_base.setObjectName(TRANSLATOR_NAME)
    if qt_base.load(
        f"qtbase_{_active}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
    return installed


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks `language` (nl_BE stays Belgian, en_US keeps its
    clock); otherwise the language's home: nl_NL, en_GB."""
    from PySide6.QtCore import QLocale

    wanted = QLocale.Language.Dutch if language == "nl" else QLocale.Language.English
    system = QLocale.system()
    if system.language() == wanted:
        return system
    if language == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def apply_locale(language: str) -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(locale_for(language))


# --- dates and times the locale's way (Qt side; the CLI keeps vocabulary.long_date) -------------


def time_format() -> str:
    """A QTimeEdit display format: 'HH:mm', or 'h:mm AP' where the locale uses a 12-hour clock."""
    from PySide6.QtCore import QLocale

    short = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return "h:mm AP" if "ap" in short.lower() else "HH:mm"


def format_time(time: dt.time) -> str:
    from PySide6.QtCore import QLocale, QTime

    return QLocale().toString(QTime(time.hour, time.minute), time_format())


def format_long_date(date: dt.date) -> str:
    """'Friday, 26 March 2027' / 'vrijdag 26 maart 2027' — the locale's long form."""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(date.year, date.month, date.day), QLocale.FormatType.LongFormat)


def translate_in(language: str, context: str, text: str) -> str:
    """Like translate(), in a given language rather than the active one: the send-check answers in
    the draft's language whatever the app speaks."""
    if language not in SUPPORTED or language == SOURCE_LANGUAGE:
        return text
    return _catalogue(language).get((context, text), text)
