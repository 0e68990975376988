"""Step 1 of the letter wizard: the kind of letter, with its legal basis."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import _ as app_text
from app.letters.model import LetterType
from ui.letters.pages import ID_ROLE, SUMMARY_ROLE, TITLE_ROLE


class TypeDelegate(QStyledItemDelegate):
    """A letter type in the list: the title in bold, the one-line summary below it."""

    PAD = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        width = option.rect.width()
        if isinstance(view, QListWidget):
            width = view.viewport().width()
        return max(120, width - 2 * self.PAD)

    def _heights(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[int, int]:
        bold, normal = self._fonts(option)
        width = self._width(option)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        title = QFontMetrics(bold).boundingRect(
            0, 0, width, 10_000, flags, str(index.data(TITLE_ROLE))
        )
        summary = QFontMetrics(normal).boundingRect(
            0, 0, width, 10_000, flags, str(index.data(SUMMARY_ROLE))
        )
        return title.height(), summary.height()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        title, summary = self._heights(option, index)
        return QSize(self._width(option), title + summary + 3 * self.PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        bold, normal = self._fonts(option)
        title_h, summary_h = self._heights(option, index)
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        painter.save()
        painter.setPen(
            opt.palette.color(QPalette.ColorRole.HighlightedText)
            if selected
            else opt.palette.color(QPalette.ColorRole.Text)
        )
        painter.setFont(bold)
        painter.drawText(
            rect.x(), rect.y(), rect.width(), title_h, flags, str(index.data(TITLE_ROLE))
        )
        painter.setFont(normal)
        painter.drawText(
            rect.x(),
            rect.y() + title_h + self.PAD // 2,
            rect.width(),
            summary_h,
            flags,
            str(index.data(SUMMARY_ROLE)),
        )
        painter.restore()


class TypePage(QWidget):
    """The list of letter types and what the chosen one does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Welchen Brief möchten Sie schreiben? Das Programm setzt ihn mit Ihren Angaben "
                "auf. Sie sehen ihn vor dem Drucken und können jederzeit zurückgehen."
            )
        )
        intro.setWordWrap(True)
        self.type_list = QListWidget()
        self.type_list.setAccessibleName(self.tr("Briefarten"))
        self.type_list.setWordWrap(True)
        self.type_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.type_list.setItemDelegate(TypeDelegate(self.type_list))
        self.type_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        list_label = QLabel(self.tr("&Briefart:"))
        list_label.setBuddy(self.type_list)
        self.type_info = QLabel()
        self.type_info.setWordWrap(True)
        self.type_info.setTextFormat(Qt.TextFormat.RichText)
        self.type_info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.type_info.setAccessibleName(self.tr("Über diesen Brief"))
        self.type_info.setMargin(8)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.type_list, 1)
        info_scroll = QScrollArea()
        info_scroll.setAccessibleName(self.tr("Über diesen Brief (Bildlaufbereich)"))
        info_scroll.setWidgetResizable(True)
        info_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        info_scroll.setWidget(self.type_info)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(info_scroll)
        splitter.setSizes([520, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

    def fill(self, types: dict[str, LetterType], suggested: list[str]) -> None:
        self.type_list.clear()
        order = suggested + [t for t in types if t not in suggested]
        for type_id in order:
            kind = types[type_id]
            title = app_text(kind.title)
            if type_id in suggested:
                title = self.tr("{title} (vorgeschlagen)").format(title=app_text(kind.title))
            item = QListWidgetItem(
                f"{title}: {app_text(kind.summary)}"
            )  # what a screen reader says
            item.setData(TITLE_ROLE, title)
            item.setData(SUMMARY_ROLE, app_text(kind.summary))
            item.setData(ID_ROLE, type_id)
            item.setToolTip(kind.basis)
            self.type_list.addItem(item)
        self.type_list.setCurrentRow(0)

    def selected_type_id(self) -> str | None:
        item = self.type_list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def select_type(self, type_id: str) -> bool:
        for row in range(self.type_list.count()):
            if self.type_list.item(row).data(ID_ROLE) == type_id:
                self.type_list.setCurrentRow(row)
                return True
        return False
