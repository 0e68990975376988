"""Step 4 of the letter wizard: the letter itself, rendered in memory, to save as
PDF, print, keep in the diary, or keep and mark as sent."""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.common.layout import german_date
from ui.letters.pages.explanation_view import ExplanationView
from ui.letters.pdf_view import PagesView


class PreviewPage(QWidget):
    """The pages of the letter and what can be done with them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = PagesView()
        # what the German letter says, in the user's language (issue 17)
        self.explanation = ExplanationView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.explanation)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([560, 400])
        self.splitter.setChildrenCollapsible(False)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setAccessibleName(self.tr("Hinweis zur Vorschau"))
        self.save_pdf_button = QPushButton(self.tr("Als &PDF speichern …"))
        self.save_pdf_button.setToolTip(
            self.tr("Eine Kopie als PDF-Datei speichern, z. B. um sie hochzuladen oder zu faxen")
        )
        self.print_button = QPushButton(self.tr("&Drucken …"))
        # Fertig (in the wizard's row) keeps the letter in the diary; this says how it went
        self.sent_check = QCheckBox(self.tr("Schon &verschickt:"))
        self.delivery = QComboBox()
        self.delivery.setAccessibleName(self.tr("Wie verschickt"))
        from app.deadlines import DELIVERY_METHODS, delivery_name  # not needed at start-up

        for method_id in DELIVERY_METHODS:
            self.delivery.addItem(delivery_name(method_id), method_id)
        self.sent_on = QDateEdit(QDate.currentDate())
        german_date(self.sent_on)
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setMaximumDate(QDate.currentDate())
        self.sent_on.setAccessibleName(self.tr("Versendet am"))
        sent_label = QLabel(self.tr("a&m"))
        sent_label.setBuddy(self.sent_on)
        self.sent_check.toggled.connect(self._sent_toggled)
        self._sent_toggled(False)
        out = QHBoxLayout()
        out.addWidget(self.save_pdf_button)
        out.addWidget(self.print_button)
        out.addStretch(1)
        sent = QHBoxLayout()
        sent.addWidget(self.sent_check)
        sent.addWidget(self.delivery, 1)
        sent.addWidget(sent_label)
        sent.addWidget(self.sent_on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.preview_note)
        layout.addLayout(out)
        layout.addLayout(sent)

    def _sent_toggled(self, checked: bool) -> None:
        self.delivery.setEnabled(checked)
        self.sent_on.setEnabled(checked)
