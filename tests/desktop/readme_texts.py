"""What a README shot shows in words: the app's own texts (to find English left in a Dutch shot) and
everything readable, user content included (to check the expected content is on screen)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QWidget,
)

from ritmeregie.platform.resources import i18n_dir


def _seen(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def visible_texts(widget: QWidget) -> list[str]:
    """Texts the app wrote on the screen: labels, buttons, menu entries, placeholders, headers,
    group and tab titles, and each line of a text view (summaries are generated text)."""
    texts: list[str] = []
    if isinstance(widget, QMenu):
        texts += [a.text() for a in widget.actions() if a.isVisible() and not a.isSeparator()]
    for label in widget.findChildren(QLabel):
        if _seen(label):
            texts += [label.text(), *label.text().splitlines()]
    for button in widget.findChildren(QAbstractButton):
        if _seen(button):
            texts.append(button.text())
    for action in widget.findChildren(QAction):
        if action.isVisible() and action.text():
            texts.append(action.text())
    for edit in widget.findChildren(QPlainTextEdit):
        if _seen(edit) and not edit.toPlainText():
            texts.append(edit.placeholderText())
    for line in widget.findChildren(QLineEdit):
        if _seen(line) and not line.text():
            texts.append(line.placeholderText())
    for box in widget.findChildren(QGroupBox):
        if _seen(box):
            texts.append(box.title())
    for tabs in widget.findChildren(QTabWidget):
        if _seen(tabs):
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for combo in widget.findChildren(QComboBox):
        if _seen(combo):
            texts.append(combo.currentText())
    for tree in widget.findChildren(QTreeWidget):
        if _seen(tree):
            header = tree.headerItem()
            texts += [header.text(col) for col in range(tree.columnCount())]
    for table in widget.findChildren(QTableWidget):
        if _seen(table):
            texts += [
                item.text()
                for col in range(table.columnCount())
                if (item := table.horizontalHeaderItem(col)) is not None
            ]
    for view in widget.findChildren(QTextBrowser):
        if _seen(view):
            texts += [line.strip() for line in view.toPlainText().splitlines()]
    texts.append(widget.windowTitle())
    return [t.replace("&", "") for t in texts if t]


def shown_texts(widget: QWidget) -> str:
    """Everything readable in the window, user content included, as one text to search in."""
    parts = visible_texts(widget)
    for line in widget.findChildren(QLineEdit):
        if _seen(line):
            parts.append(line.text())
    for edit in widget.findChildren(QPlainTextEdit):
        if _seen(edit):
            parts.append(edit.toPlainText())
    for lst in widget.findChildren(QListWidget):
        if _seen(lst):
            parts += [lst.item(row).text() for row in range(lst.count())]
    for tree in widget.findChildren(QTreeWidget):
        if _seen(tree):
            for row in range(tree.topLevelItemCount()):
                item = tree.topLevelItem(row)
                parts += [item.text(col) for col in range(tree.columnCount())]
    for table in widget.findChildren(QTableWidget):
        if _seen(table):
            parts += [
                item.text()
                for row in range(table.rowCount())
                for col in range(table.columnCount())
                if (item := table.item(row, col)) is not None
            ]
    return "\n".join(parts)


def translated_sources() -> dict[str, str]:
    """English source -> Dutch translation, for every finished translation that differs."""
    table: dict[str, str] = {}
    root = ET.parse(i18n_dir() / "ritmeregie_nl.ts").getroot()
    for message in root.iter("message"):
        source, node = message.findtext("source"), message.find("translation")
        if source is None or node is None or not node.text or node.get("type"):
            continue
        if node.text != source:
            table[source.replace("&", "")] = node.text
    return table


def assert_no_english_left(widget: QWidget, language: str) -> None:
    if language != "nl":
        return
    sources = translated_sources()
    english = sorted({t for t in visible_texts(widget) if t in sources})
    assert not english, f"untranslated in the Dutch {widget.objectName() or widget}: {english}"
