"""Attachments through the real panel: add by dialog and by drop, preview, export, undo.

The files are real: a PNG drawn with QImage and a two-page PDF made with
ReportLab. The preview must decrypt into memory only; the last test proves that
no plaintext reaches the temp folder or the vault folder.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.records import ContactData
from app.services.attachments import AttachmentService
from app.services.entries import EntriesService
from app.vault import attachments
from app.vault.vault import Vault
from ui.common import filedialogs
from ui.diary.attachments import AttachmentsPanel, format_size
from ui.diary.view import DiaryView

WHEN = datetime.fromisoformat("2026-03-02T09:30:00+01:00")
CANARY = "Kanarienvogel-Bescheid-4711"


# ------------------------------------------------------------- helpers
def make_png(path: Path, width: int = 800, height: int = 600) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#d8e6f3"))
    assert image.save(str(path), "PNG")
    return path


def make_pdf(path: Path, pages: int = 2) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setTitle(CANARY)  # the document info stays uncompressed: greppable
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(72, 770, f"Bescheid {CANARY}, Seite {number}")
        pdf.rect(72, 400, 300, 200)
        pdf.showPage()
    pdf.save()
    assert CANARY.encode() in path.read_bytes()
    return path


def drop(panel: AttachmentsPanel, *paths: Path) -> bool:
    """A real drag enter and drop with file URLs, as from Explorer; was it accepted?"""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, event)
    return event.isAccepted()


def add_by_dialog(
    qtbot: QtBot, panel: AttachmentsPanel, monkeypatch: pytest.MonkeyPatch, *paths: Path
) -> None:
    monkeypatch.setattr(filedialogs, "open_file_names", lambda *_args: list(paths))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def choose(panel: AttachmentsPanel, name: str) -> None:
    for row in range(panel.list.count()):
        item = panel.list.item(row)
        if item.text().startswith(name + "\n"):
            panel.list.setCurrentItem(item)
            return
    raise AssertionError(f"{name} not in the list")


def names(panel: AttachmentsPanel) -> list[str]:
    return [panel.list.item(r).text().split("\n")[0] for r in range(panel.list.count())]


@pytest.fixture
def service(vault: Vault) -> AttachmentService:
    return AttachmentService(vault)


@pytest.fixture
def entry(vault: Vault) -> str:
    return EntriesService(vault).add_contact(
        ContactData(when=WHEN, channel="termin", notes="Termin im Amt")
    )


@pytest.fixture
def panel(qtbot: QtBot, service: AttachmentService, entry: str) -> Iterator[AttachmentsPanel]:
    widget = AttachmentsPanel(service)
    qtbot.addWidget(widget)
    widget.resize(640, 800)
    widget.show()
    widget.set_contact(entry)
    yield widget
    widget.dispose()


# --------------------------------------------------------------- tests
def test_sizes_read_in_german() -> None:
    assert format_size(1) == "1 Byte"
    assert format_size(512) == "512 Bytes"
    assert format_size(300 * 1024) == "300 KB"
    assert format_size(int(1.2 * 1024 * 1024)) == "1,2 MB"


def test_add_png_and_pdf_by_dialog_then_preview_both(
    qtbot: QtBot, panel: AttachmentsPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    png = make_png(tmp_path / "Quittung Fahrtkosten.png")
    pdf = make_pdf(tmp_path / "Bescheid März.pdf", pages=2)
    assert panel.add_button.isEnabled() and not panel.remove_button.isEnabled()
    add_by_dialog(qtbot, panel, monkeypatch, png, pdf)
    assert names(panel) == ["Quittung Fahrtkosten.png", "Bescheid März.pdf"]
    assert "2 Dateien wurden verschlüsselt angehängt" in panel.message.text()
    assert panel.title.text() == "Anhänge (2)"
    detail = panel.list.item(1).text().split("\n")[1]
    assert detail.startswith("PDF-Dokument · ") and "KB" in detail
    assert re.search(r"hinzugefügt am \d\d\.\d\d\.\d{4}$", detail)

    choose(panel, "Quittung Fahrtkosten.png")
    pixmap = panel.preview.label.pixmap()
    assert not pixmap.isNull()
    assert 0 < pixmap.width() <= panel.preview.available_width()
    assert pixmap.width() > 300  # scaled to the room there is, not a thumbnail
    assert abs(pixmap.width() / pixmap.height() - 800 / 600) < 0.02
    assert not panel.pages.isVisible()
    assert "Quittung Fahrtkosten.png" in panel.preview_title.text()

    choose(panel, "Bescheid März.pdf")
    pixmap = panel.preview.label.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 300
    assert pixmap.height() > pixmap.width()  # an A4 page stands upright
    assert panel.page_label.text() == "Seite 1 von 2"
    assert panel.pages.isVisible()
    assert not panel.previous_button.isEnabled() and panel.next_button.isEnabled()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.page_label.text() == "Seite 2 von 2"
    assert not panel.next_button.isEnabled()
    qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    assert panel.page_label.text() == "Seite 1 von 2"

    # the preview follows the width it is given
    panel.resize(420, 800)
    qtbot.waitUntil(lambda: panel.preview.label.pixmap().width() <= 420)
    assert panel.preview.label.pixmap().width() > 200


def test_drop_adds_files_and_refuses_others_in_german(
    qtbot: QtBot, panel: AttachmentsPanel, tmp_path: Path
) -> None:
    photo = tmp_path / "Foto.jpg"
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(photo), "JPEG")
    assert drop(panel, photo)
    assert names(panel) == ["Foto.jpg"]
    assert not panel.preview.label.pixmap().isNull()  # the new file is shown at once

    program = tmp_path / "rechnung.exe"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    note = tmp_path / "notiz.txt"
    note.write_text("Kein Foto", encoding="utf-8")
    disguised = tmp_path / "bescheid.pdf"
    disguised.write_text("Ich bin gar kein PDF", encoding="utf-8")
    assert drop(panel, program, note, disguised)
    assert names(panel) == ["Foto.jpg"]
    text = panel.message.text()
    assert "„rechnung.exe“ kann nicht angehängt werden" in text
    assert "„notiz.txt“ kann nicht angehängt werden" in text
    assert "„bescheid.pdf“ ist kein Foto und keine PDF-Datei" in text
    assert "JPEG oder PNG sowie PDF" in text and "Traceback" not in text
    assert panel.message.isVisible()


def test_too_large_file_is_refused(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(AttachmentService, "ATTACHMENT_LIMIT", 2 * 1024 * 1024)
    big = tmp_path / "riesig.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * (3 * 1024 * 1024))
    add_by_dialog(qtbot, panel, monkeypatch, big)
    assert panel.list.count() == 0
    assert "„riesig.png“ ist mit 4 MB zu groß" in panel.message.text()
    assert "höchstens 2 MB" in panel.message.text()


def test_export_writes_exactly_the_original_bytes(
    qtbot: QtBot, panel: AttachmentsPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = make_pdf(tmp_path / "Bescheid.pdf", pages=1)
    add_by_dialog(qtbot, panel, monkeypatch, pdf)
    target = tmp_path / "ausgabe" / "Kopie.pdf"
    target.parent.mkdir()
    asked: list[Path] = []

    def save_as(_parent: Any, _caption: str, suggested: Path, _filters: str) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(filedialogs, "save_file_name", save_as)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].name == "Bescheid.pdf"
    assert target.read_bytes() == pdf.read_bytes()
    assert sorted(p.name for p in target.parent.iterdir()) == ["Kopie.pdf"]
    assert "nicht verschlüsselt" in panel.message.text()


def test_remove_asks_first_and_can_be_undone(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    service: AttachmentService,
    entry: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    png = make_png(tmp_path / "Quittung.png")
    add_by_dialog(qtbot, panel, monkeypatch, png)
    questions: list[tuple[Any, ...]] = []
    answer = QMessageBox.StandardButton.No

    def question(*args: Any) -> QMessageBox.StandardButton:
        questions.append(args)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1
    assert "„Quittung.png“ wirklich" in questions[0][2]
    assert questions[0][4] == QMessageBox.StandardButton.No  # the safe default
    assert names(panel) == ["Quittung.png"]  # "Nein" keeps it

    answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 0 and service.attachment_list(entry) == []
    assert panel.preview.label.pixmap().isNull()
    assert panel.undo_button.isVisible()

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert names(panel) == ["Quittung.png"]
    (info,) = service.attachment_list(entry)
    assert service.attachment_bytes(info.id) == png.read_bytes()
    assert not panel.undo_button.isVisible()
    assert "wieder da" in panel.message.text()


def test_damaged_attachment_shows_a_german_message(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_by_dialog(qtbot, panel, monkeypatch, make_png(tmp_path / "Brief.png"))
    panel.list.setCurrentRow(-1)
    (file_id,) = vault.referenced_file_ids()
    path = attachments.file_path(vault.attachments_dir, file_id)
    data = bytearray(path.read_bytes())
    for index in range(40, 60):
        data[index] ^= 0xFF
    path.write_bytes(bytes(data))
    choose(panel, "Brief.png")
    assert panel.preview.label.pixmap().isNull()
    text = panel.preview.label.text()
    assert "„Brief.png“ ist beschädigt und kann nicht geöffnet werden" in text
    assert "Traceback" not in text


@pytest.mark.qt_log_ignore("libpng", "QImageReader", "Corrupt JPEG")
def test_undecodable_image_and_pdf_show_a_german_message(
    qtbot: QtBot, panel: AttachmentsPanel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken_png = tmp_path / "kaputt.png"
    broken_png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x13\x37" * 500)
    broken_pdf = tmp_path / "kaputt.pdf"
    broken_pdf.write_bytes(b"%PDF-1.4\n" + b"kein echtes PDF " * 50)
    add_by_dialog(qtbot, panel, monkeypatch, broken_png, broken_pdf)
    assert names(panel) == ["kaputt.png", "kaputt.pdf"]
    for name in ("kaputt.png", "kaputt.pdf"):
        choose(panel, name)
        assert panel.preview.label.pixmap().isNull()
        assert f"„{name}“ lässt sich nicht anzeigen" in panel.preview.label.text()


def test_preview_leaves_no_plaintext_on_disk(
    qtbot: QtBot,
    panel: AttachmentsPanel,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    private_tmp = tmp_path / "temp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setenv("TEMP", str(private_tmp))
    monkeypatch.setenv("TMP", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert tempfile.gettempdir() == str(private_tmp)
    pdf = make_pdf(tmp_path / "Bescheid.pdf", pages=2)
    png = make_png(tmp_path / "Quittung.png")
    add_by_dialog(qtbot, panel, monkeypatch, pdf, png)
    panel.list.setCurrentRow(-1)

    def listing(folder: Path) -> dict[str, int]:
        return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*")}

    before_tmp, before_vault = listing(private_tmp), listing(vault.folder)
    choose(panel, "Bescheid.pdf")
    assert panel.page_label.text() == "Seite 1 von 2"
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    choose(panel, "Quittung.png")
    assert not panel.preview.label.pixmap().isNull()
    assert listing(private_tmp) == before_tmp == {}
    assert listing(vault.folder) == before_vault
    canary = CANARY.encode()
    for folder in (private_tmp, vault.folder):
        for path in folder.rglob("*"):
            if path.is_file() and path.name != ".lock":
                assert canary not in path.read_bytes(), path


def test_controls_are_named_and_reachable_by_keyboard(panel: AttachmentsPanel) -> None:
    for button in panel.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
        assert "&" in button.text(), button.text()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert panel.list.accessibleName() and panel.preview.accessibleName()


def test_no_entry_means_nothing_to_attach(
    qtbot: QtBot, panel: AttachmentsPanel, tmp_path: Path
) -> None:
    panel.set_contact(None)
    assert not panel.add_button.isEnabled()
    assert "Wählen Sie einen Eintrag" in panel.hint.text()
    assert not drop(panel, make_png(tmp_path / "a.png"))


def test_diary_view_shows_the_attachments_of_the_chosen_entry(
    qtbot: QtBot, service: AttachmentService, entry: str, tmp_path: Path
) -> None:
    other = EntriesService(service.vault).add_contact(
        ContactData(when=datetime.fromisoformat("2026-04-01T10:00:00+02:00"), channel="telefon")
    )
    service.add_attachment_file(make_pdf(tmp_path / "Einladung.pdf", pages=1), contact_uid=entry)
    view = DiaryView(EntriesService(service.vault), service)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.reload()
    assert view.selected_uid() == other  # newest first: no attachments there
    assert view.attachments.list.count() == 0
    assert view.attachments.hint.text().startswith("Noch keine. Ziehen Sie Fotos")
    view.table.selectRow(1)
    assert view.selected_uid() == entry
    assert names(view.attachments) == ["Einladung.pdf"]
    choose(view.attachments, "Einladung.pdf")
    assert not view.attachments.preview.label.pixmap().isNull()
    assert view.attachments.page_label.text() == "Seite 1 von 1"
    view.clear()
    assert view.attachments.list.count() == 0
    assert view.attachments.preview.label.pixmap().isNull()
    view.dispose()
