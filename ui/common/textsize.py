"""Text size 100–200 % (issue 17): the whole window's font, kept for the next start.

The size is a share of the system's own font size (which already follows Windows'
display scaling), so 100 % is what the system shows everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from app.errors import SaveFailed
from app.language_choice import TEXT_SIZES, store_text_size, stored_text_size

_BASE = "amtstagebuch_base_point_size"


def current_text_size(app: QApplication) -> int:
    value = app.property("amtstagebuch_text_size")
    return int(value) if isinstance(value, int) else 100


def apply_text_size(app: QApplication, percent: int | None = None) -> int:
    """Set the application font to ``percent`` (default: the stored choice) of the
    system size; every widget without a font of its own follows at once."""
    size = stored_text_size() if percent is None else percent
    base = app.property(_BASE)
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        app.setProperty(_BASE, base)
    font = app.font()
    font.setPointSizeF(base * size / 100)
    app.setFont(font)
    app.setProperty("amtstagebuch_text_size", size)
    return size


def step_text_size(app: QApplication, steps: int) -> int:
    """One size larger (``1``) or smaller (``-1``); ``0``: back to 100 %. Stored."""
    if steps == 0:
        size = 100
    else:
        index = (
            TEXT_SIZES.index(current_text_size(app)) if current_text_size(app) in TEXT_SIZES else 0
        )
        size = TEXT_SIZES[max(0, min(len(TEXT_SIZES) - 1, index + steps))]
    return choose_text_size(app, size)


def choose_text_size(app: QApplication, size: int) -> int:
    try:
        store_text_size(size)
    except (SaveFailed, OSError):
        pass  # still applied for this session
    return apply_text_size(app, size)


class TextSizeChooser(QComboBox):
    """100 % … 200 %; choosing applies and stores the size and emits ``changed``."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for size in TEXT_SIZES:
            self.addItem(self.tr("{percent} %").format(percent=size), size)
        self.setAccessibleName(self.tr("Schriftgröße"))
        self.show_current()
        self.currentIndexChanged.connect(self._chosen)

    def show_current(self) -> None:
        app = QApplication.instance()
        size = current_text_size(app) if isinstance(app, QApplication) else 100
        self.blockSignals(True)
        self.setCurrentIndex(max(self.findData(size), 0))
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.changed.emit(choose_text_size(app, int(self.itemData(index))))
