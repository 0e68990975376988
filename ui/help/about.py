"""Über Amtstagebuch: the program's version and licence, and every bundled component with
its full licence text, readable without internet (the texts are package data)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.about import PROGRAM_LICENCE, PROGRAM_NAME, components, program_version


class AboutDialog(QDialog):
    """Program name, version, what the GPL means for the user, and the components."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Über Amtstagebuch"))
        self.components = components()

        self.title = QLabel(PROGRAM_NAME)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.version = QLabel(self.tr("Version {version}").format(version=program_version()))
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licence = QLabel(
            self.tr(
                "Lizenz: GNU General Public License, Version 3 oder später ({spdx}). Sie dürfen "
                "Amtstagebuch kostenlos benutzen, weitergeben und verändern; wer es (auch verändert) "
                "weitergibt, muss dieselben Rechte und den Quelltext mitgeben. Es gibt keine "
                "Gewährleistung."
            ).format(spdx=PROGRAM_LICENCE)
        )
        self.licence.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Bestandteile"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels([self.tr("Bestandteil"), self.tr("Version"), self.tr("Lizenz")])
        self.items = [
            QTreeWidgetItem([component.name, component.version, component.licence])
            for component in self.components
        ]
        # Qt's third-party parts (ICU, HarfBuzz, …) indented under Qt, always open
        by_id = {c.id: item for c, item in zip(self.components, self.items, strict=True)}
        for component, item in zip(self.components, self.items, strict=True):
            whole = by_id.get(component.part_of)
            if whole is not None:
                whole.addChild(item)
            else:
                self.list.addTopLevelItem(item)
        self.list.expandAll()
        self.list.setItemsExpandable(False)  # no fold: every part stays visible
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        list_label = QLabel(self.tr("Enthaltene &Bestandteile und ihre Lizenzen:"))
        list_label.setBuddy(self.list)

        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        # a caret, so arrows and Bild auf/ab move through the text without a mouse
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(QApplication.font().pointSizeF())  # as large as all other text
        self.text.setFont(fixed)
        self.text.setAccessibleName(self.tr("Lizenztext"))

        # one above the other: both get the whole width, also with large text
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Schließen"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.version)
        layout.addWidget(self.licence)
        layout.addSpacing(8)
        layout.addWidget(list_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.list.currentItemChanged.connect(self._show)
        self.list.setCurrentItem(self.items[0])
        self.list.setFocus()
        self.resize(900, 720)

    def _show(self, item: QTreeWidgetItem | None) -> None:
        if item is None or item not in self.items:
            return
        component = self.components[self.items.index(item)]
        head = [f"{component.name} {component.version}".strip()]
        head.append(self.tr("Lizenz: {spdx}").format(spdx=component.licence))
        if component.homepage:
            head.append(component.homepage)
        if component.note:
            head.append(component.note)
        try:
            body = component.licence_text()
        except OSError:
            body = self.tr("Der Lizenztext fehlt in diesem Programmpaket.")
        self.text.setPlainText("\n".join(head) + "\n\n" + body)
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)

    def select(self, component_id: str) -> None:
        """Show the licence of the component ``component_id`` (as a click on it would)."""
        for row, component in enumerate(self.components):
            if component.id == component_id:
                self.list.setCurrentItem(self.items[row])
                return
        raise KeyError(component_id)
