"""Beside the letter's preview: what the letter says, paragraph by paragraph, in the
user's language, and what happens next (issue 17).

The letter stays German; each part shows the start of its German paragraph (muted,
to find it on paper) and the explanation from ``app/letters/explain.py``, already
translated there through ``_()``. Only labels: Qt mirrors them right to left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.common.theme import theme

if TYPE_CHECKING:
    from app.letters.explain import LetterExplanation

OPENING_WORDS = 8


def _label(text: str, *, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setAccessibleName(name)
    return label


class ExplanationView(QScrollArea):
    """„Was dieser Brief sagt“ and „Was danach passiert“, scrollable and keyboard-reachable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Was dieser Brief sagt (Bildlaufbereich)"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Down scroll
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setAccessibleName(self.tr("Was dieser Brief sagt"))
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(10, 8, 10, 8)
        self.column.setSpacing(4)
        self.setWidget(self.body)
        self.labels: list[QLabel] = []
        self.clear()

    # ------------------------------------------------------------ contents
    def _heading(self, text: str) -> QLabel:
        label = _label(text)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        label.setAccessibleName(text)
        return label

    def _add(self, label: QLabel, space_before: int = 0) -> None:
        if space_before:
            self.column.addSpacing(space_before)
        self.column.addWidget(label)
        self.labels.append(label)

    def clear(self) -> None:
        """Empty (before a letter is shown, and when the wizard forgets everything)."""
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.labels = []

    def show_explanation(self, explanation: LetterExplanation | None) -> None:
        """Show what ``explanation`` says; None: say that it could not be made."""
        self.clear()
        self._add(self._heading(self.tr("Was dieser Brief sagt")))
        if explanation is None:
            self._add(
                _label(
                    self.tr(
                        "Die Erklärung zu diesem Brief konnte nicht erstellt werden. Der Brief "
                        "selbst ist davon nicht betroffen."
                    )
                )
            )
            self.column.addStretch(1)
            return
        self._add(
            _label(
                self.tr(
                    "Der Brief ist auf Deutsch, weil er an eine deutsche Behörde geht. Hier steht "
                    "Absatz für Absatz, was er sagt. Schräg gedruckt: der Anfang des Absatzes, "
                    "damit Sie ihn im Brief finden."
                )
            )
        )
        muted = theme().help_text
        for part in explanation.parts:
            opening = _label(
                "„" + part.opening(OPENING_WORDS) + "“",
                name=self.tr("Im Brief: {text}").format(text=part.opening(OPENING_WORDS)),
            )
            opening.setStyleSheet(f"color: {muted}; font-style: italic;")
            self._add(opening, space_before=8)
            self._add(_label(part.explanation))
        if explanation.after:
            self._add(self._heading(self.tr("Was danach passiert")), space_before=14)
            for text in explanation.after_texts():
                self._add(_label(text), space_before=4)
        self.column.addStretch(1)

    def text(self) -> str:
        """Everything shown, in order (for tests and screen readers' sake)."""
        return "\n".join(label.text() for label in self.labels)
