"""The four pages of the letter wizard (``ui/letters/wizard.py``), one class each.

The pages only lay out and read their widgets; the steps and checks are
``app/letters/flow.py``'s.
"""

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3
