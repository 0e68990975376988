"""The one table model: columns as data, sorting that keeps the chosen row."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from ui.common.background import BackgroundTask
from ui.common.table import Column, TableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Row:
    id: int
    name: str


def _model() -> TableModel[Row]:
    return TableModel(
        (
            Column("Nummer", lambda r: str(r.id), lambda r: r.id),
            Column("Name", lambda r: r.name, lambda r: r.name, tooltip=lambda r: r.name.upper()),
            Column("fest", lambda r: "–", alignment=Qt.AlignmentFlag.AlignRight),
        ),
        roles={ID_ROLE: lambda r: r.id},
        sort=(0, Qt.SortOrder.DescendingOrder),
    )


def test_columns_answer_text_tooltip_alignment_and_roles() -> None:
    model = _model()
    model.set_rows([Row(1, "b"), Row(2, "a")])
    assert model.rowCount() == 2 and model.columnCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.index(0, 0).data() == "2"  # sorted newest (highest) first
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "A"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight
    )
    assert model.index(1, 0).data(ID_ROLE) == 1
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None


def test_sorting_keeps_the_chosen_row_and_ignores_unsortable_columns() -> None:
    model = _model()
    model.set_rows([Row(1, "c"), Row(2, "a"), Row(3, "b")])
    chosen = QPersistentModelIndex(model.index(0, 1))  # Row 3
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r.name for r in model.rows] == ["a", "b", "c"]
    assert chosen.row() == 1 and chosen.data() == "b"
    version = model.version
    model.sort(2)  # no sort key: nothing moves
    assert model.version == version and [r.name for r in model.rows] == ["a", "b", "c"]


def test_background_task_hands_the_result_to_the_ui_thread(qtbot: QtBot) -> None:
    task = BackgroundTask("test")
    seen: list[int] = []
    task.start(lambda: 6 * 7, seen.append)
    assert task.running
    qtbot.waitUntil(lambda: seen == [42], timeout=5_000)
    assert not task.running
    task.start(lambda: 1, seen.append)
    task.wait()
    assert seen == [42, 1]
    task.shutdown(wait=True)
    task.shutdown(wait=True)  # twice is harmless
