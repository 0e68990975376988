"""Step 3 of the letter wizard: the details the type asks for, its warning (ticked
as read before a risky letter is made) and, where the user checks it, the address."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QDate,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _ as app_text
from app.letters.model import DetailField, LetterType
from ui.common.layout import german_date
from ui.common.theme import themed

FieldWidget = QLineEdit | QPlainTextEdit | QDateEdit | QCheckBox


class DetailsPage(QWidget):
    """The form of the chosen letter type."""

    edited = Signal()  # a text field changed: the wizard checks what is missing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, FieldWidget] = {}
        self._field_links: list[tuple[SignalInstance, Callable[..., Any]]] = []
        self.warning_box = QFrame()
        self.warning_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning_box.setObjectName("warning")
        themed(
            self.warning_box,
            lambda colours: (
                f"QFrame#warning {{ background: {colours.warning_background}; "
                f"border: 2px solid {colours.warning_border}; border-radius: 4px; }}"
                "QFrame#warning QLabel, QFrame#warning QCheckBox "
                f"{{ color: {colours.warning_text}; }}"
            ),
        )
        self.warning_text = QLabel()
        self.warning_text.setWordWrap(True)
        self.warning_text.setTextFormat(Qt.TextFormat.RichText)
        self.warning_text.setAccessibleName(self.tr("Wichtiger Hinweis"))
        self.warning_read = QCheckBox(self.tr("Ich habe den Hinweis &gelesen"))
        warning_layout = QVBoxLayout(self.warning_box)
        warning_layout.addWidget(self.warning_text)
        warning_layout.addWidget(self.warning_read)
        self.details_intro = QLabel()
        self.details_intro.setWordWrap(True)
        self.diary_note = QLabel(
            self.tr(
                "<b>Aus Ihrem Tagebuch vorgeschlagen.</b> Die Sätze in den Feldern unten kommen "
                "genau so in den Brief. Lesen Sie jeden Satz, ändern oder löschen Sie, was nicht "
                "hinein soll. Ihre eigenen Notizen im Tagebuch kommen nie in den Brief."
            )
        )
        self.diary_note.setWordWrap(True)
        self.diary_note.setTextFormat(Qt.TextFormat.RichText)
        self.diary_note.setObjectName("diaryNote")
        self.diary_note.setAccessibleName(self.tr("Hinweis: Das kommt in den Brief"))
        themed(
            self.diary_note,
            lambda colours: (
                f"QLabel#diaryNote {{ background: {colours.info_background}; "
                f"border: 2px solid {colours.info_border}; "
                f"border-radius: 4px; padding: 6px; color: {colours.info_text}; }}"
            ),
        )
        self.diary_note.hide()
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.recipient_box = QGroupBox(self.tr("Empfänger"))
        self.recipient_note = QLabel()
        self.recipient_note.setWordWrap(True)
        self.recipient = QPlainTextEdit()
        self.recipient.setTabChangesFocus(True)
        self.recipient.setAccessibleName(self.tr("Anschrift des Empfängers"))
        self.recipient.setMaximumHeight(7 * self.recipient.fontMetrics().lineSpacing())
        recipient_label = QLabel(self.tr("&Anschrift (eine Zeile je Zeile des Adressfelds):"))
        recipient_label.setBuddy(self.recipient)
        recipient_layout = QVBoxLayout(self.recipient_box)
        recipient_layout.addWidget(self.recipient_note)
        recipient_layout.addWidget(recipient_label)
        recipient_layout.addWidget(self.recipient)
        self.required_note = QLabel(self.tr("Mit * markierte Felder müssen ausgefüllt sein."))
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.warning_box)
        column.addWidget(self.details_intro)
        column.addWidget(self.diary_note)
        column.addWidget(self.form_host)
        column.addWidget(self.required_note)
        column.addWidget(self.recipient_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Angaben für den Brief (Bildlaufbereich)"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def build(self, kind: LetterType, kept: dict[str, str]) -> None:
        """The form of ``kind``, filled with ``kept`` where it names a field."""
        self.unwatch()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        for spec in kind.detail_fields:
            widget = self.field_widget(spec, kept.get(spec.name, ""))
            # the common fields are marked in app/letters/catalogue.py (N_), the rest is data
            label, hint = app_text(spec.label), app_text(spec.help) if spec.help else ""
            text = label.rstrip(":") + (" *" if spec.required else "")
            if not label.endswith("?"):
                text += ":"
            caption = QLabel(text)
            caption.setBuddy(widget)
            caption.setWordWrap(True)
            widget.setAccessibleName(label)
            if hint:
                widget.setToolTip(hint)
                widget.setAccessibleDescription(hint)
            column = QWidget()
            # the help below a narrow date field gets the whole width, not the field's
            column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            if isinstance(widget, QDateEdit):
                column_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                column_layout.addWidget(widget)
            if hint:
                help_label = QLabel(hint)
                help_label.setWordWrap(True)
                help_label.setObjectName("helpText")
                themed(help_label, lambda colours: f"color: {colours.help_text};")
                column_layout.addWidget(help_label)
            self.form.addRow(caption, column)
            self.fields[spec.name] = widget
        self.required_note.setVisible(any(f.required for f in kind.detail_fields))
        self.details_intro.setText(
            self.tr("Für diesen Brief brauchen Sie nichts weiter einzutragen.")
            if not kind.detail_fields
            else self.tr(
                "Tragen Sie ein, was in den Brief soll. Schreiben Sie so, wie Sie es sagen würden."
            )
        )
        self.warning_box.setVisible(bool(kind.warning))
        self.warning_read.setChecked(False)
        self.warning_text.setText(
            "<b>⚠ "
            + html.escape(self.tr("Bitte zuerst lesen"))
            + f"</b><br>{html.escape(app_text(kind.warning))}"
        )

    def _watch(self, signal: SignalInstance) -> None:
        signal.connect(self._edited)
        self._field_links.append((signal, self._edited))

    def _edited(self, *_args: object) -> None:
        self.edited.emit()

    def unwatch(self) -> None:
        for signal, slot in self._field_links:
            signal.disconnect(slot)
        self._field_links = []

    def field_widget(
        self, spec: DetailField, value: str
    ) -> QLineEdit | QPlainTextEdit | QDateEdit | QCheckBox:
        if spec.kind == "check":
            box = QCheckBox(self.tr("ja"))
            box.setChecked(value.strip().casefold() in ("ja", "1", "x", "true"))
            return box
        if spec.kind == "lines":
            lines = QPlainTextEdit(value)
            lines.setTabChangesFocus(True)
            lines.setPlaceholderText(self.tr("Eine Angabe je Zeile"))
            lines.setMinimumHeight(4 * lines.fontMetrics().lineSpacing())
            lines.setMaximumHeight(8 * lines.fontMetrics().lineSpacing())
            self._watch(lines.textChanged)
            return lines
        if spec.kind == "date":
            edit = QDateEdit()
            german_date(edit)  # 07.12.2026, left to right also in Arabic and Farsi
            edit.setMaximumDate(QDate(2100, 12, 31))
            if not spec.required:
                # the lowest date stands for "not given"
                edit.setMinimumDate(QDate(1990, 1, 1))
                edit.setSpecialValueText(self.tr("– nicht angegeben –"))
                edit.setDate(edit.minimumDate())
            else:
                edit.setDate(QDate.currentDate())
            parsed = QDate.fromString(value, "dd.MM.yyyy") if value else QDate()
            if parsed.isValid():
                edit.setDate(parsed)
            return edit
        line = QLineEdit(value)
        self._watch(line.textChanged)
        return line

    def details(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for name, widget in self.fields.items():
            text = self.field_text(widget)
            if text:
                values[name] = text
        return values

    @staticmethod
    def field_text(widget: QLineEdit | QPlainTextEdit | QDateEdit | QCheckBox) -> str:
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QPlainTextEdit):
            return "\n".join(
                line.strip() for line in widget.toPlainText().splitlines() if line.strip()
            )
        if isinstance(widget, QCheckBox):
            return "ja" if widget.isChecked() else ""
        if widget.date() == widget.minimumDate() and widget.specialValueText():
            return ""
        return widget.date().toString("dd.MM.yyyy")

    @staticmethod
    def set_field(widget: QLineEdit | QPlainTextEdit | QDateEdit | QCheckBox, text: str) -> None:
        if isinstance(widget, QLineEdit):
            widget.setText(text)
            widget.setCursorPosition(0)  # the beginning is what one reads first
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(text))
        else:
            parsed = QDate.fromString(text, "dd.MM.yyyy") if text else QDate()
            if parsed.isValid():
                widget.setDate(parsed)
            elif widget.specialValueText():
                widget.setDate(widget.minimumDate())
