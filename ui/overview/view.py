"""Übersicht: what matters at a glance, and what to do first when it is empty."""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.vocabulary import CHANNEL_LABELS
from ui.common.i18n import label
from ui.common.layout import em
from ui.diary.model import format_date

if TYPE_CHECKING:
    from app.services.entries import EntriesService
    from app.services.findings import FindingInfo, FindingsService
    from app.services.handovers import HandoverService
    from app.services.letters import LetterService
    from app.services.profile import ProfileService

NEWEST_FINDINGS = 3
DUE_SOON_DAYS = 7


class OverviewView(QWidget):
    finding_chosen = Signal(int)  # a finding's id, or 0 for the Warnsignale view
    letter_chosen = Signal(int)  # a letter's id, or 0 for the Briefe view

    def __init__(
        self,
        profiles: ProfileService,
        entries: EntriesService,
        handovers: HandoverService,
        findings: FindingsService | None = None,
        letters: LetterService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.entries = entries
        self.handovers = handovers
        self.findings = findings
        self.letters = letters
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setAccessibleName(self.tr("Übersicht"))
        # Links (the Warnsignale) work with the mouse and with Tab + Enter.
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.text.linkActivated.connect(self._link)
        self.text.setMaximumWidth(em(self.text, 126))
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Übersicht (Bildlaufbereich)"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)

    def reload(self) -> None:
        esc = html.escape
        profile = self.profiles.profile()
        name = profile.name if profile and profile.name else ""
        greeting = self.tr("Guten Tag, {name}").format(name=name) if name else self.tr("Guten Tag")
        parts = [f"<h2>{esc(greeting)}</h2>"]
        count = self.entries.count_contacts()
        if count == 0:
            parts.append(
                "<p>"
                + esc(
                    self.tr(
                        "Ihr Tagebuch ist noch leer. Schreiben Sie nach dem nächsten Termin, "
                        "Anruf oder Brief auf, was passiert ist – am besten gleich danach. "
                        "Dafür gibt es im Menü „Tagebuch“ den Punkt „Neuer Eintrag“ (Strg+N)."
                    )
                )
                + "</p>"
            )
            parts.extend(self._letters_html())
            self.text.setText("".join(parts))
            return

        parts.extend(self._upcoming_html())
        parts.extend(self._letters_html())
        parts.extend(self._findings_html())

        parts.extend(self._recent_html())
        parts.extend(self._glance_html(count))
        self.text.setText("".join(parts))

    def _upcoming_html(self) -> list[str]:
        """Nächste Termine: the appointments noted in the entries, soonest first."""
        esc = html.escape
        parts: list[str] = []
        upcoming = self.entries.upcoming_appointments()
        parts.append("<h3>" + esc(self.tr("Nächste Termine")) + "</h3>")
        if upcoming:
            parts.append("<ul>")
            for when, contact in upcoming:
                about = contact.counterpart or label(CHANNEL_LABELS.get(contact.channel, ""))
                parts.append(
                    "<li><b>"
                    + esc(
                        self.tr("{date} um {time} Uhr").format(
                            date=format_date(when), time=f"{when:%H:%M}"
                        )
                    )
                    + "</b> – "
                    + esc(self.tr("vereinbart mit {who}").format(who=about))
                    + "</li>"
                )
            parts.append("</ul>")
        else:
            parts.append(
                "<p>"
                + esc(
                    self.tr(
                        "Kein Termin vorgemerkt. Wenn Sie einen neuen Termin bekommen, tragen "
                        "Sie ihn beim Eintrag unter „Nächster Termin“ ein."
                    )
                )
                + "</p>"
            )

        return parts

    def _recent_html(self) -> list[str]:
        """Zuletzt eingetragen: the five newest entries."""
        esc = html.escape
        parts: list[str] = []
        parts.append("<h3>" + esc(self.tr("Zuletzt eingetragen")) + "</h3><ul>")
        for contact in self.entries.contacts(limit=5):
            kind = label(CHANNEL_LABELS.get(contact.channel, contact.channel))
            who = f" – {contact.counterpart}" if contact.counterpart else ""
            parts.append(f"<li>{esc(format_date(contact.when))}: {esc(kind + who)}</li>")
        parts.append("</ul>")

        return parts

    def _glance_html(self, count: int) -> list[str]:
        """Auf einen Blick: the diary in numbers, and a tip where receipts are missing."""
        esc = html.escape
        parts: list[str] = []
        summary = self.handovers.document_summary()
        handed = sum(line.times for line in summary)
        without_receipt = sum(line.times - line.receipts for line in summary)
        copied = sum(1 for line in summary if line.copied_or_scanned)
        not_returned = sum(line.originals_not_returned for line in summary)
        parts.append("<h3>" + esc(self.tr("Auf einen Blick")) + "</h3><ul>")
        facts = [
            self.tr("{n} Einträge im Tagebuch").format(n=count),
            self.tr("{n} Unterlagen abgegeben, {m} davon ohne Eingangsbestätigung").format(
                n=handed, m=without_receipt
            ),
            self.tr("{n} Arten von Unterlagen hat das Jobcenter kopiert oder gescannt").format(
                n=copied
            ),
        ]
        if not_returned:
            facts.append(self.tr("{n} Originale noch nicht zurückbekommen").format(n=not_returned))
        parts.extend(f"<li>{esc(fact)}</li>" for fact in facts)
        parts.append("</ul>")
        if without_receipt:
            parts.append(
                "<p>"
                + esc(
                    self.tr(
                        "Tipp: Lassen Sie sich jede Abgabe schriftlich bestätigen. Unter „Unterlagen“ sehen "
                        "Sie, wofür Ihnen eine Eingangsbestätigung fehlt."
                    )
                )
                + "</p>"
            )
        return parts

    def _findings_html(self) -> list[str]:
        """Open Warnsignale: how many, the newest few as links, or a calm empty state."""
        if self.findings is None:
            return []
        from app.redflags.rules import severity_rank
        from app.services.findings import OPEN
        from ui.findings.panel import severity_text
        from ui.findings.view import entry_text, rule_rank, rules_or_empty

        esc = html.escape
        count = self.findings.count(OPEN)
        parts = ["<h3>" + esc(self.tr("Warnsignale")) + "</h3>"]
        if not count:
            parts.append(
                "<p>"
                + esc(
                    self.tr(
                        "Keine offenen Warnsignale. Das Programm prüft jeden Eintrag, wenn Sie "
                        "ihn speichern."
                    )
                )
                + "</p>"
            )
            return parts
        rules = rules_or_empty()
        by_rule = self.findings.count_by_rule(OPEN)
        by_severity: dict[str, int] = {}
        for rule_id, n in by_rule.items():
            severity = rules[rule_id].severity if rule_id in rules else ""
            by_severity[severity] = by_severity.get(severity, 0) + n
        # How many of each weight, most important first ("2 sehr wichtig, 3 wichtig").
        weights = ", ".join(
            f"{by_severity[severity]} {severity_text(severity)}"
            for severity in sorted(by_severity, key=severity_rank)
            if severity
        )
        parts.append(
            "<p>"
            + esc(
                self.tr("1 offenes Warnsignal ({weights}):")
                if count == 1
                else self.tr("{n} offene Warnsignale ({weights}), die wichtigsten:")
            ).format(n=count, weights=esc(weights))
            + "</p><ul>"
        )

        # The most important first, the newest of each weight first.
        shown: list[FindingInfo] = []
        for weight_rank in sorted({rule_rank(r, rules) for r in by_rule}):
            if len(shown) >= NEWEST_FINDINGS:
                break
            same = [r for r in by_rule if rule_rank(r, rules) == weight_rank]
            shown += self.findings.findings(OPEN, rule_ids=same, limit=NEWEST_FINDINGS - len(shown))
        for finding in shown:
            rule = rules.get(finding.rule_id)
            title = rule.shown_title if rule is not None else finding.rule_id  # rule data
            weight = severity_text(rule.severity) if rule is not None else ""
            parts.append(
                f"<li><b>{esc(weight)}</b>: "
                f'<a href="finding:{finding.id}">{esc(title)}</a> – '
                f"{esc(format_date(finding.when))}, {esc(entry_text(finding))}</li>"
            )
        parts.append("</ul>")
        parts.append(
            '<p><a href="findings:">' + esc(self.tr("Alle Warnsignale ansehen")) + "</a></p>"
        )
        return parts

    def _letters_html(self) -> list[str]:
        """Answers overdue or due within a week; nothing at all when there are none."""
        if self.letters is None:
            return []
        from app.errors import AmtsError
        from ui.letters.pdf_view import due_text

        esc = html.escape
        today = date.today()
        try:
            overdue = self.letters.overdue(today=today)
            soon = self.letters.due_soon(today=today, days=DUE_SOON_DAYS)
        except AmtsError:
            return []
        if not overdue and not soon:
            return []
        parts = ["<h3>" + esc(self.tr("Briefe")) + "</h3><ul>"]
        for info in overdue:
            # the answer was due on due_on; it is overdue from the next day on
            since = format_date(info.due_on + timedelta(days=1)) if info.due_on else "–"
            parts.append(
                "<li><b>⚠ "
                + esc(self.tr("Antwort überfällig seit {date}").format(date=since))
                + f'</b>: <a href="letter:{info.id}">{esc(info.title)}</a> – {esc(info.subject)}</li>'
            )
        for info in soon:
            when = due_text(info.due_on) if info.due_on else ""
            parts.append(
                "<li>" + esc(self.tr("Antwort fällig {when}").format(when=when)) + ": "
                f'<a href="letter:{info.id}">{esc(info.title)}</a> – {esc(info.subject)}</li>'
            )
        parts.append("</ul>")
        if overdue:
            parts.append(
                "<p>"
                + esc(
                    self.tr(
                        "Öffnen Sie den Brief: Das Programm schlägt den nächsten Schritt vor, "
                        "zuerst eine Erinnerung."
                    )
                )
                + "</p>"
            )
        return parts

    def _link(self, target: str) -> None:
        kind, _, value = target.partition(":")
        if kind == "letter" and value.isdigit():
            self.letter_chosen.emit(int(value))
            return
        if kind == "finding" and value.isdigit():
            self.finding_chosen.emit(int(value))
        elif kind == "findings":
            self.finding_chosen.emit(0)

    def clear(self) -> None:
        self.text.clear()

    def dispose(self) -> None:
        self.text.linkActivated.disconnect(self._link)
