"""The legend above Vandaag's timeline: the own agenda and every imported layer in its colour,
each layer with a check box that shows or hides it (remembered per layer in the store).

Hiding a layer only hides it from view: a blocking layer still keeps focus out of its time. The
swatch repeats the timeline's drawing (wash, hatching when context only) so the legend reads
as a key to the picture.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from ritmeregie.domain.model import BlockKind
from ritmeregie.services.calendars.layers import LAYER_COLOURS
from ritmeregie.storage import Store

from .palette import block_colour
from .timeline import CONTEXT_FILL_ALPHA, HATCH_ALPHA, LAYER_FILL_ALPHA, TimelineWidget

SWATCH_PX = 14


@dataclass(frozen=True, slots=True)
class LayerInfo:
    name: str
    colour: str
    blocking: bool
    visible: bool


def swatch(colour: QColor, *, layer: bool, blocking: bool, scale: float = 1.0) -> QIcon:
    """A small square as the timeline draws that kind of block."""
    size = int(SWATCH_PX * scale)
    pixmap = QPixmap(size, size)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(0.5, 0.5, SWATCH_PX - 1, SWATCH_PX - 1)
    path = QPainterPath()
    path.addRoundedRect(rect, 3, 3)
    fill = QColor(colour)
    if layer:
        fill.setAlphaF(LAYER_FILL_ALPHA if blocking else CONTEXT_FILL_ALPHA)
    painter.fillPath(path, fill)
    if layer and not blocking:
        hatch = QColor(colour)
        hatch.setAlphaF(HATCH_ALPHA)
        painter.fillPath(path, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
    painter.setPen(QPen(colour, 1))
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


class CalendarLegend(QWidget):
    layer_toggled = Signal(str, bool)  # layer name, now visible

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Calendar layers"))
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(14)
        self.own_label = QLabel(self)
        self.own_label.setToolTip(self.tr("Your own agenda always keeps focus out of its time."))
        self._own_icon = QLabel(self)
        self._own_icon.setPixmap(
            swatch(block_colour(BlockKind.MEETING), layer=False, blocking=True).pixmap(
                QSize(SWATCH_PX, SWATCH_PX)
            )
        )
        self.own_label.setText(self.tr("Own agenda"))
        own = QHBoxLayout()
        own.setSpacing(5)
        own.addWidget(self._own_icon)
        own.addWidget(self.own_label)
        self._row.addLayout(own)
        self.hint = QLabel(self.tr("Drop a calendar (.ics) here to see it next to your day."), self)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._row.addWidget(self.hint)
        self._boxes: dict[str, QCheckBox] = {}
        self._row.addStretch(1)

    def set_layers(self, layers: list[LayerInfo]) -> None:
        names = [layer.name for layer in layers]
        if names != list(self._boxes):
            for box in self._boxes.values():
                self._row.removeWidget(box)
                box.deleteLater()
            self._boxes = {}
            for index, layer in enumerate(layers):
                box = QCheckBox(self)
                box.toggled.connect(self.on_box_toggled)
                self._row.insertWidget(1 + index, box)
                self._boxes[layer.name] = box
        for layer in layers:
            box = self._boxes[layer.name]
            role = self.tr("blocks your focus") if layer.blocking else self.tr("shown for context")
            box.setText(layer.name)
            box.setIcon(swatch(QColor(layer.colour), layer=True, blocking=layer.blocking))
            box.setToolTip(
                self.tr("{name}: {role}. Untick to hide it.").format(name=layer.name, role=role)
            )
            box.setAccessibleName(self.tr("Show {name}").format(name=layer.name))
            box.setAccessibleDescription(role)
            box.blockSignals(True)
            box.setChecked(layer.visible)
            box.blockSignals(False)
        self.hint.setVisible(not layers)

    def box(self, name: str) -> QCheckBox | None:
        return self._boxes.get(name)

    def hidden(self) -> frozenset[str]:
        return frozenset(name for name, box in self._boxes.items() if not box.isChecked())

    @Slot(bool)
    def on_box_toggled(self, checked: bool) -> None:
        sender = self.sender()
        for name, box in self._boxes.items():
            if box is sender:
                self.layer_toggled.emit(name, checked)
                return


def sync_layers(legend: CalendarLegend, timeline: TimelineWidget, store: Store) -> None:
    """Read the layers from the store into the legend and the timeline (colours, hidden ones)."""
    sources = store.calendars.sources()
    layers = [
        LayerInfo(s.name, s.color or LAYER_COLOURS[i % len(LAYER_COLOURS)], s.blocking, s.visible)
        for i, s in enumerate(sources)
    ]
    legend.set_layers(layers)
    timeline.set_layers(
        {layer.name: layer.colour for layer in layers},
        frozenset(layer.name for layer in layers if not layer.visible),
    )
