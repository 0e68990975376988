"""Render every main view of the demo diary to PNG (offscreen), to look at them.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

AMTSTAGEBUCH_SPRACHE=ar            the language (ar and fa: right to left)
AMTSTAGEBUCH_TEXTGROESSE=200       the text size in percent (100–200)
AMTSTAGEBUCH_FARBEN=dark           a palette: dark, hc-black, hc-white (Windows' high
                                   contrast), as tests/ui/test_contrast.py checks them
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from app import netguard
from app.demo import DEMO_PASSPHRASE, fill_demo
from app.letters.model import LetterRequest
from app.services.letters import LetterService
from app.vault.vault import Vault
from ui.common.i18n import install_translators
from ui.diary.entry_form import EntryDialog
from ui.findings.view import DismissDialog
from ui.main import MainWindow


def _letter(
    service: LetterService, type_id: str, details: dict[str, str], **chosen: list[int]
) -> int:
    request = LetterRequest(type_id, details=details, **chosen)
    doc, pdf = service.preview(request)
    return service.save(request, doc, pdf)


def letters(window: MainWindow, app: QApplication, out: Path) -> None:
    """Briefe with letters in every state, and the wizard's first and last step."""
    assert window.workspace is not None
    service = window.workspace.letter_service
    today = date.today()
    findings = window.workspace.findings_service.findings()
    answered = _letter(service, "auskunft", {})
    service.mark_sent(answered, "einschreiben", today - timedelta(days=120))
    service.mark_answered(answered, today - timedelta(days=95))
    overdue = _letter(service, "auskunft", {})
    service.mark_sent(overdue, "post", today - timedelta(days=45))
    sent = _letter(
        service,
        "loeschung",
        {"daten": "Kopie meines Personalausweises vom 02.03.2026"},
        finding_ids=[findings[0].id] if findings else [],
    )
    service.mark_sent(sent, "persoenlich", today - timedelta(days=3))
    _letter(service, "terminbegleitung", {})
    window.workspace.reload()
    view = window.workspace.letters
    window.workspace.show_letter(overdue)
    app.processEvents()
    window.grab().save(str(out / "17-briefe-ueberfaellig.png"))
    view.select(sent)
    app.processEvents()
    window.grab().save(str(out / "18-briefe-versendet.png"))
    wizard = view.open_wizard()
    assert wizard is not None
    wizard.select_type("loeschung")
    app.processEvents()
    wizard.grab().save(str(out / "19-brief-assistent-briefart.png"))
    wizard.forward()
    app.processEvents()
    wizard.grab().save(str(out / "20-brief-assistent-worum.png"))
    while wizard.step() < 2:
        wizard.forward()
    wizard.fields["daten"].setPlainText(  # type: ignore[union-attr]
        "Kopie meines Personalausweises vom 02.03.2026\nKopie meiner Krankenkassenkarte"
    )
    app.processEvents()
    wizard.grab().save(str(out / "21-brief-assistent-angaben.png"))
    wizard.forward()
    app.processEvents()
    wizard.grab().save(str(out / "22-brief-assistent-vorschau.png"))
    wizard.reject()
    risky = next((t for t in wizard.types.values() if t.warning), None)
    if risky is not None:
        wizard = view.open_wizard(LetterRequest(risky.id))
        assert wizard is not None
        while wizard.step() < 2:
            wizard.forward()
        app.processEvents()
        wizard.grab().save(str(out / "23-brief-assistent-hinweis.png"))
        wizard.reject()
    wizard = view.open_wizard()
    assert wizard is not None
    wizard.resize(1000, 680)
    wizard.select_type("beschwerde")
    while wizard.step() < 2:
        wizard.forward()
    app.processEvents()
    wizard.grab().save(str(out / "24-brief-assistent-beschwerde.png"))
    wizard.reject()
    window.workspace.nav.setCurrentRow(0)
    app.processEvents()
    window.grab().save(str(out / "25-uebersicht-mit-briefen.png"))
    # a small screen: the list, the overdue note and all buttons must still fit
    window.resize(1024, 700)
    window.workspace.show_letter(overdue)
    app.processEvents()
    window.grab().save(str(out / "26-briefe-1024x700.png"))
    wizard = view.open_wizard(LetterRequest("eingangsbestaetigung"))
    assert wizard is not None
    wizard.resize(900, 640)
    wizard.lists["handovers"].item(0).setCheckState(Qt.CheckState.Checked)
    while wizard.step() < 3:
        wizard.forward()
    app.processEvents()
    wizard.grab().save(str(out / "27-eingangsbestaetigung-vorschau-900x640.png"))
    wizard.reject()


def main() -> int:
    netguard.install()
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots-out")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    # the language as the program chooses it (AMTSTAGEBUCH_SPRACHE=ar for right to left)
    install_translators(app)
    colours = os.environ.get("AMTSTAGEBUCH_FARBEN", "")
    if colours:
        from tests.ui.test_contrast import PALETTES

        app.setPalette(PALETTES[colours]())
    size = os.environ.get("AMTSTAGEBUCH_TEXTGROESSE", "")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "demo"
        vault, _ = Vault.create(folder, DEMO_PASSPHRASE, unlock_time_ms=0, check_strength=False)
        fill_demo(vault, today=date(2026, 11, 25))
        vault.close()
        window = MainWindow(folder)
        if size:
            from ui.common.textsize import apply_text_size

            apply_text_size(app, int(size))
        window.resize(1200, 760)
        window.show()
        window.grab().save(str(out / "00-entsperren.png"))
        window.unlock_page.secret.setText(DEMO_PASSPHRASE)
        window.unlock_page.start_unlock()
        while window.opened is None:
            app.processEvents()
        assert window.workspace is not None
        for row in range(window.workspace.nav.count()):
            window.workspace.nav.setCurrentRow(row)
            app.processEvents()
            name = window.workspace.nav.item(row).text().lower()
            window.grab().save(str(out / f"{row + 1:02d}-{name}.png"))
        dialog = window.new_entry()
        assert dialog is not None
        app.processEvents()
        dialog.grab().save(str(out / "10-gedaechtnisprotokoll.png"))
        dialog.reject()
        # an entry with its handover, the whole form (it scrolls in the window)
        service = window.workspace.handovers
        linked = next(h for h in service.handovers() if h.contact_uid and len(h.documents) > 1)
        window.workspace.nav.setCurrentRow(1)
        window._open_entry(linked.contact_uid)
        edit = window.findChildren(EntryDialog)[-1]
        app.processEvents()
        scroll = edit.findChild(QScrollArea)
        assert scroll is not None and scroll.widget() is not None
        scroll.widget().grab().save(str(out / "11-eintrag-mit-uebergabe.png"))
        edit.reject()
        # an entry with Warnsignale beside the form, as big as the window and on a
        # small screen (1024 x 700)
        findings = window.workspace.findings_service.findings()
        flagged = max(findings, key=lambda f: len(f.evidence))
        window._open_entry(flagged.contact_uid)
        edit = window.findChildren(EntryDialog)[-1]
        edit.check_findings()
        app.processEvents()
        form = edit.findChild(QScrollArea)
        assert form is not None
        form.ensureWidgetVisible(edit.notes)  # the marked words in the notes
        app.processEvents()
        edit.grab().save(str(out / "12-eintrag-mit-warnsignalen.png"))
        edit.resize(1024, 700)
        app.processEvents()
        edit.grab().save(str(out / "13-eintrag-mit-warnsignalen-1024x700.png"))
        edit.reject()
        # the Warnsignale view with a dismissed one chosen, and the question for a reason
        view = window.workspace.findings
        window.workspace.show_finding(findings[0].id)
        view.dismiss("Ich habe der Kopie selbst zugestimmt, weil ich es eilig hatte.")
        view.filter.setCurrentIndex(view.filter.findData(""))
        view.select(findings[0].id)
        app.processEvents()
        window.grab().save(str(out / "14-warnsignale-verworfen.png"))
        ask = DismissDialog(view.model.title(findings[1]), "", window)
        ask.show()
        app.processEvents()
        ask.grab().save(str(out / "15-verwerfen-begruendung.png"))
        ask.reject()
        window.resize(1024, 700)
        window.workspace.nav.setCurrentRow(0)
        app.processEvents()
        window.grab().save(str(out / "16-uebersicht-1024x700.png"))
        window.resize(1200, 760)
        letters(window, app, out)
        window.lock()
    print(f"Bilder in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
