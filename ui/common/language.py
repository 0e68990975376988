"""The language chooser (issue 17): each language in its own name and script."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from app.errors import SaveFailed
from app.i18n import LANGUAGES, current_language
from app.language_choice import store_language
from ui.common.i18n import install_translators


class LanguageChooser(QComboBox):
    """Choosing a language stores it, installs its translators and emits ``changed``."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.setAccessibleName(self.tr("Sprache"))
        self.show_current()
        self.currentIndexChanged.connect(self._chosen)

    def show_current(self) -> None:
        index = self.findData(current_language())
        self.blockSignals(True)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def _chosen(self, index: int) -> None:
        code = str(self.itemData(index))
        if code == current_language():
            return
        try:
            store_language(code)
        except (SaveFailed, OSError):
            pass  # still applied for this session
        app = QApplication.instance()
        if app is not None:
            install_translators(app, code)
        self.changed.emit(code)
