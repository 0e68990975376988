"""Text size 100–200 % (issue 17): applied to the whole window at once, kept for the
next start, and no table title, view name or button text is clipped at 200 %."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableView
from pytestqt.qtbot import QtBot

from app.language_choice import TEXT_SIZE_FILE, store_text_size, stored_text_size
from tests.conftest import PASSPHRASE
from ui.common.textsize import apply_text_size, current_text_size
from ui.main import MainWindow


@pytest.fixture
def normal_size(qapp: QApplication) -> Iterator[float]:
    base = apply_text_size(qapp, 100) and qapp.font().pointSizeF()
    yield base
    apply_text_size(qapp, 100)


def test_the_choice_is_kept_and_a_damaged_file_means_normal_size(tmp_path: Path) -> None:
    assert stored_text_size(tmp_path) == 100  # nothing chosen yet
    store_text_size(175, tmp_path)
    assert stored_text_size(tmp_path) == 175
    (tmp_path / TEXT_SIZE_FILE).write_text("{kaputt", encoding="utf-8")
    assert stored_text_size(tmp_path) == 100
    with pytest.raises(ValueError):
        store_text_size(400, tmp_path)


def _clipped(window: MainWindow) -> list[str]:
    """Texts that do not fit where they are shown: table titles narrower than their
    column, labels and buttons without word wrap narrower than their text."""
    found = []
    for table in window.findChildren(QTableView):
        if not table.isVisible() or table.model() is None:
            continue
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(table.model().columnCount()):
            if header.isSectionHidden(column) or column == table.model().columnCount() - 1:
                continue  # the last column stretches
            title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
            if header.sectionSize(column) < metrics.horizontalAdvance(title):
                found.append(f"column {title!r} of {table.accessibleName()!r}")
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        text = widget.text().replace("&", "")
        if "<" in text or not text.strip():
            continue
        if widget.width() < widget.fontMetrics().horizontalAdvance(text):
            found.append(f"{type(widget).__name__} {text!r}")
    nav = window.workspace.nav if window.workspace is not None else None
    if nav is not None:
        for row in range(nav.count()):
            if nav.width() < nav.fontMetrics().horizontalAdvance(nav.item(row).text()):
                found.append(f"view name {nav.item(row).text()!r}")
    return found


def test_every_view_at_200_percent_shows_its_titles_whole(
    qtbot: QtBot, vault_dir: Path, qapp: QApplication, normal_size: float, tmp_path: Path
) -> None:
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.unlock_page.secret.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)
    assert window.workspace is not None
    window.step_text_size(1)  # Strg + +
    qtbot.waitUntil(
        lambda: (
            window.workspace is not None
            and window.workspace.settings.text_size.currentData() == 125
        )
    )
    assert current_text_size(qapp) == 125
    assert qapp.font().pointSizeF() == pytest.approx(normal_size * 1.25)
    window.workspace.settings.text_size.setCurrentIndex(
        window.workspace.settings.text_size.findData(200)
    )
    assert qapp.font().pointSizeF() == pytest.approx(normal_size * 2)
    qtbot.wait(20)  # the views are built again at the new size
    assert stored_text_size() == 200
    problems = []
    for row in range(window.workspace.nav.count()):
        window.workspace.nav.setCurrentRow(row)
        qtbot.wait(20)
        window.grab().save(str(tmp_path / f"view-{row}.png"))
        problems += _clipped(window)
        # the whole window still fits an old laptop's screen (1366 px wide)
        needed = window.minimumSizeHint().width()
        if needed > 1366:
            problems.append(f"view {row} needs {needed} px of width")
    assert problems == [], "\n".join(problems)
    window.step_text_size(0)  # Strg + 0
    assert qapp.font().pointSizeF() == pytest.approx(normal_size)
    window.lock()
