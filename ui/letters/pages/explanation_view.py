"""Beside the letter's preview: what the letter says, paragraph by paragraph, in the
user's language, and what happens next (issue 17).

The letter stays German; each part shows the start of its German paragraph (muted,
to find it on paper) and the explanation from ``app/letters/explain.py``, already
translated there through ``_()``.

One read-only rich-text view rather than a column of wrapped labels: a text document
lays out every paragraph at its full height for any width and text size (wrapped
labels in a scroll area were given too little height and cut long paragraphs off),
and each paragraph takes its direction from its own text, so Arabic and Farsi read
right to left while the quoted German openings stay left to right.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from ui.common.theme import theme

if TYPE_CHECKING:
    from app.letters.explain import LetterExplanation

OPENING_WORDS = 8


def _paragraph(text: str, style: str = "") -> str:
    from app.letters.render import tie_norms  # „Art. 17 Abs. 1 lit. a DSGVO“ on one line

    body = escape(tie_norms(text)).replace("\n", "<br>")
    # no dir: each paragraph takes its direction from its first letter
    return f'<p style="{style}">{body}</p>' if style else f"<p>{body}</p>"


class ExplanationView(QTextBrowser):
    """„Was dieser Brief sagt“ and „Was danach passiert“, scrollable and keyboard-reachable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Was dieser Brief sagt (Bildlaufbereich)"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Down scroll
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setOpenLinks(False)
        self.setLineWrapMode(QTextBrowser.LineWrapMode.WidgetWidth)
        self._parts: list[str] = []
        self._html: list[str] = []
        self._explanation: LetterExplanation | None = None
        self._shown = False

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (dark, high contrast) or text size: lay the text out again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._render()

    # ------------------------------------------------------------ contents
    def _heading(self, text: str, space_before: int = 0) -> None:
        margin = f"margin-top: {space_before}px; " if space_before else ""
        self._html.append(
            f'<p style="{margin}font-weight: bold; font-size: large;">{escape(text)}</p>'
        )
        self._parts.append(text)

    def _text(self, text: str, style: str = "") -> None:
        self._html.append(_paragraph(text, style))
        self._parts.append(text)

    def clear(self) -> None:
        """Empty (before a letter is shown, and when the wizard forgets everything)."""
        self._parts = []
        self._html = []
        self._shown = False
        self._explanation = None
        super().clear()

    def show_explanation(self, explanation: LetterExplanation | None) -> None:
        """Show what ``explanation`` says; None: say that it could not be made."""
        self._explanation = explanation
        self._shown = True
        self._render()

    def _render(self) -> None:
        if not self._shown:
            return
        explanation = self._explanation
        self._parts = []
        self._html = []
        self._heading(self.tr("Was dieser Brief sagt"))
        if explanation is None:
            self._text(
                self.tr(
                    "Die Erklärung zu diesem Brief konnte nicht erstellt werden. Der Brief "
                    "selbst ist davon nicht betroffen."
                )
            )
        else:
            self._text(
                self.tr(
                    "Der Brief ist auf Deutsch, weil er an eine deutsche Behörde geht. Hier steht "
                    "Absatz für Absatz, was er sagt. Schräg gedruckt: der Anfang des Absatzes, "
                    "damit Sie ihn im Brief finden."
                )
            )
            muted = theme().help_text
            for part in explanation.parts:
                opening = part.opening(OPENING_WORDS)
                # German, so always left to right, also inside an Arabic window
                self._html.append(
                    f'<p dir="ltr" style="margin-top: 8px; color: {muted}; font-style: italic;">'
                    f"„{escape(opening)}“</p>"
                )
                self._parts.append("„" + opening + "“")
                self._text(part.explanation)
            if explanation.after:
                self._heading(self.tr("Was danach passiert"), space_before=14)
                for text in explanation.after_texts():
                    self._text(text, "margin-top: 4px;")
        position = self.verticalScrollBar().value()
        document = QTextDocument(self)
        document.setDocumentMargin(10)
        document.setDefaultFont(self.font())
        document.setHtml("".join(self._html))
        self.setDocument(document)
        self.verticalScrollBar().setValue(position)

    def text(self) -> str:
        """Everything shown, in order (for tests and screen readers' sake)."""
        return "\n".join(self._parts)
