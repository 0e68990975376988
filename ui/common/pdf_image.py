"""One page of an open PDF (pypdfium2) as a QImage, in memory — never a file."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage


def page_image(document: Any, index: int, scale: float) -> QImage:
    """Render page ``index`` of an open ``pypdfium2.PdfDocument`` at ``scale``
    (1.0 = 72 dpi); an empty QImage when pdfium hands back another pixel format."""
    page = document[index]
    try:
        bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)
        try:
            if bitmap.mode != "RGBX":  # what was asked for; anything else is not drawn
                return QImage()
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            return image.copy()  # own the pixels before the bitmap goes
        finally:
            bitmap.close()
    finally:
        page.close()
