"""Warnsignale beside the form: what the engine sees while the person writes.

The words of law stay in the rule files (data, not interface text); this module
holds the words of the window around them: how serious, where the words were
found, the suggested letters in plain words. The Warnsignale view uses the same.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _ as app_text
from app.redflags import Evidence, Rule, shown_fact
from ui.common.i18n import label
from ui.common.layout import em
from ui.common.theme import theme

SEVERITY_LABELS = {
    "hoch": QT_TRANSLATE_NOOP("Bezeichnung", "sehr wichtig"),
    "mittel": QT_TRANSLATE_NOOP("Bezeichnung", "wichtig"),
    "hinweis": QT_TRANSLATE_NOOP("Bezeichnung", "zur Beachtung"),
}
LETTER_LABELS = {
    "loeschung": QT_TRANSLATE_NOOP("Bezeichnung", "Löschung verlangen"),
    "widerruf-einwilligung": QT_TRANSLATE_NOOP("Bezeichnung", "Einwilligung widerrufen"),
    "auskunft": QT_TRANSLATE_NOOP("Bezeichnung", "Auskunft über meine Daten verlangen"),
    "beschwerde": QT_TRANSLATE_NOOP("Bezeichnung", "Beschwerde bei der Datenschutzaufsicht"),
    "kontoauszuege-begleitschreiben": QT_TRANSLATE_NOOP(
        "Bezeichnung", "Begleitschreiben zu den Kontoauszügen"
    ),
    "gesundheitsdaten-umschlag": QT_TRANSLATE_NOOP(
        "Bezeichnung", "Begleitzettel für Gesundheitsunterlagen im verschlossenen Umschlag"
    ),
    "widerspruch-verarbeitung": QT_TRANSLATE_NOOP(
        "Bezeichnung", "Widerspruch gegen die Verarbeitung meiner Daten"
    ),
    "eingangsbestaetigung": QT_TRANSLATE_NOOP(
        "Bezeichnung", "Liste der Unterlagen mit Eingangsbestätigung"
    ),
    "terminbegleitung": QT_TRANSLATE_NOOP("Bezeichnung", "Merkblatt für den Termin mit Begleitung"),
}
FIELD_LABELS = {
    "notes": QT_TRANSLATE_NOOP("Bezeichnung", "Notizen"),
    "outcome": QT_TRANSLATE_NOOP("Bezeichnung", "Was vereinbart wurde"),
    "follow_up": QT_TRANSLATE_NOOP("Bezeichnung", "Als Nächstes"),
    "details.asked_of_me": QT_TRANSLATE_NOOP("Bezeichnung", "Was verlangt wurde"),
    "details.sign_what": QT_TRANSLATE_NOOP("Bezeichnung", "Unterschrift für"),
    "details": QT_TRANSLATE_NOOP("Bezeichnung", "Angaben zum Termin"),
    "handover": QT_TRANSLATE_NOOP("Bezeichnung", "Abgegebene Unterlagen"),
    "entry": QT_TRANSLATE_NOOP("Bezeichnung", "Angaben zum Kontakt"),
}
# Not colour alone: a marked background and a wavy underline (colours: ui.common.theme).

_HANDOVER = re.compile(r"^handover(\[\d+\])?\.")


def severity_text(severity: str) -> str:
    return label(SEVERITY_LABELS.get(severity, severity))


def letter_text(letter_id: str) -> str:
    """How a Warnsignal names the letter it suggests: the wording above, else the
    letter type's own title (a type added in ``briefe.toml`` needs nothing here)."""
    if letter_id in LETTER_LABELS:
        return label(LETTER_LABELS[letter_id])
    from app.letters import LETTER_TYPES

    kind = LETTER_TYPES.get(letter_id)
    return app_text(kind.title) if kind is not None else letter_id


def field_text(field: str) -> str:
    if field in FIELD_LABELS:
        return label(FIELD_LABELS[field])
    if _HANDOVER.match(field):
        return label(FIELD_LABELS["handover"])
    if field.startswith("details."):
        return label(FIELD_LABELS["details"])
    return label(FIELD_LABELS["entry"])


def evidence_html(evidence: Sequence[Evidence]) -> str:
    """The words quoted, grouped by the field they stand in; facts as sentences."""
    esc = html.escape
    words: dict[str, list[str]] = {}
    facts: list[str] = []
    for item in evidence:
        if item.start < 0:
            fact = shown_fact(item.text)  # the program's words, translated
            if fact not in facts:
                facts.append(fact)
            continue
        where = field_text(item.field)
        quoted = f"„{item.text}“"
        if quoted not in words.setdefault(where, []):
            words[where].append(quoted)
    lines = [f"{esc(where)}: {esc(', '.join(quotes))}" for where, quotes in words.items()]
    lines.extend(esc(fact) for fact in facts)
    return "<br>".join(lines)


def finding_html(
    rule: Rule | None, rule_id: str, evidence: Sequence[Evidence], decision: str = ""
) -> str:
    esc = html.escape
    translate = QCoreApplication.translate
    title = rule.shown_title if rule is not None else rule_id
    parts = [f"<p><b>{esc(title)}</b>"]
    if rule is not None:
        parts.append(
            "<br>"
            + esc(
                translate("FindingsPanel", "Bedeutung: {severity}").format(
                    severity=severity_text(rule.severity)
                )
            )
        )
    parts.append("</p>")
    if decision:
        parts.append(f"<p><i>{esc(decision)}</i></p>")
    if rule is not None:
        parts.append(f"<p>{esc(' '.join(rule.shown_explanation.split()))}</p>")
    if evidence:
        parts.append(
            "<p><i>" + esc(translate("FindingsPanel", "Erkannt an:")) + "</i><br>"
            f"{evidence_html(evidence)}</p>"
        )
    return "".join(parts)


def to_utf16(text: str, index: int) -> int:
    """A Python string index as a Qt document position (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def highlight(editor: QPlainTextEdit, spans: Sequence[tuple[int, int]]) -> None:
    """Mark ``text[start:end]`` spans of the editor's text; replaces earlier marks."""
    text = editor.toPlainText()
    fmt = QTextCharFormat()
    colours = theme(editor.palette())
    fmt.setBackground(QColor(colours.highlight_background))
    fmt.setForeground(QColor(colours.highlight_text))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor(colours.highlight_underline))
    fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
    marks: list[QTextEdit.ExtraSelection] = []
    for start, end in sorted(set(spans)):
        if not 0 <= start < end <= len(text):
            continue  # the text changed since the check; the next check marks it again
        cursor = QTextCursor(editor.document())
        cursor.setPosition(to_utf16(text, start))
        cursor.setPosition(to_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format = fmt
        marks.append(mark)
    editor.setExtraSelections(marks)


class FindingsPanel(QFrame):
    """The side panel of the entry form. Never takes the focus, never changes width."""

    WIDTH = 50  # characters

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(em(self, self.WIDTH))
        self.heading = QLabel(self.tr("<b>Mögliche Warnsignale</b>"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setAccessibleName(self.tr("Mögliche Warnsignale zu diesem Eintrag"))
        # Reachable with Tab to read it, but never takes the focus on its own.
        self.body.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.body.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.body, 1)
        self.show_findings([], {})

    def show_findings(
        self,
        found: Sequence[tuple[str, Sequence[Evidence]]],
        rules: Mapping[str, Rule],
        *,
        problem: str = "",
        decisions: Mapping[str, str] | None = None,
    ) -> None:
        """``found``: (rule id, evidence) pairs, most serious first; ``decisions``: what
        the user decided earlier about a rule of this entry, in words."""
        esc = html.escape
        if problem:
            self.summary.setText(problem)
            self.body.clear()
            return
        if not found:
            self.summary.setText(self.tr("Bisher keine Warnsignale erkannt."))
            self.body.setHtml(
                "<p>"
                + esc(
                    self.tr(
                        "Während Sie schreiben, prüft das Programm, ob etwas nach einem "
                        "Datenschutzproblem klingt – zum Beispiel eine Kopie Ihres Ausweises, "
                        "ungeschwärzte Kontoauszüge oder Fragen nach Krankheiten."
                    )
                )
                + "</p>"
            )
            return
        count = len(found)
        self.summary.setText(
            self.tr("1 mögliches Warnsignal. Es wird beim Speichern vermerkt.")
            if count == 1
            else self.tr("{n} mögliche Warnsignale. Sie werden beim Speichern vermerkt.").format(
                n=count
            )
        )
        decided = decisions or {}
        parts = [
            finding_html(rules.get(rule_id), rule_id, evidence, decided.get(rule_id, ""))
            for rule_id, evidence in found
        ]
        # keep the reader's place when the same findings come back after a keystroke
        scroll = self.body.verticalScrollBar().value()
        self.body.setHtml("<hr>".join(parts))
        self.body.verticalScrollBar().setValue(scroll)
