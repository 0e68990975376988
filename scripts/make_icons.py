"""Render the program icon from its SVG into the files the installers need.

    .venv/bin/python scripts/make_icons.py

reads ``app/resources/icon/amtstagebuch.svg`` and writes next to it

- ``amtstagebuch.png``  – 256 × 256 (window icon, Linux .desktop / AppImage),
- ``amtstagebuch.ico``  – 16, 24, 32, 48, 64, 128 and 256 px (Windows: the .exe and
  the Inno Setup installer),
- ``amtstagebuch.icns`` – 32 … 1024 px, the sizes Pillow's ICNS writer knows
  (macOS: the .app bundle),

and ``packaging/windows/setup-<n>.bmp``, the small picture at the top right of the
Inno Setup wizard (55 px at 100 % scaling, 110 px at 200 %; 24-bit BMP on white,
because Inno Setup 6.4 shows no PNG there).

Every size is rendered from the SVG on its own (Qt's QSvgRenderer, part of
PySide6-Essentials, a runtime dependency already), so the small sizes are drawn
sharp rather than scaled down. Pillow only packs the images into .ico/.icns; it
comes with ReportLab (a runtime dependency), so nothing is installed for this
script. The generated files are committed: the bundles use them and nothing is
rendered or fetched when the program runs.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent.parent / "app" / "resources" / "icon"
SVG = ICON_DIR / "amtstagebuch.svg"
PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (32, 64, 128, 256, 512, 1024)  # Pillow writes ic11..ic14, ic07..ic10
WINDOWS_DIR = ICON_DIR.parent.parent.parent / "packaging" / "windows"
SETUP_SIZES = (55, 110)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    """The SVG drawn at ``size`` × ``size`` pixels, as an RGBA Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"{SVG} ist kein lesbares SVG.", file=sys.stderr)
        return 1

    png = render(renderer, PNG_SIZE)
    # optimize=False and no metadata: the same SVG gives the same bytes
    png.save(ICON_DIR / "amtstagebuch.png", format="PNG")

    ico_images = [render(renderer, s) for s in ICO_SIZES]
    largest = ico_images[-1]
    largest.save(
        ICON_DIR / "amtstagebuch.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=ico_images[:-1],
    )

    icns_images = [render(renderer, s) for s in ICNS_SIZES]
    icns_images[-1].save(
        ICON_DIR / "amtstagebuch.icns", format="ICNS", append_images=icns_images[:-1]
    )

    written = [ICON_DIR / n for n in ("amtstagebuch.png", "amtstagebuch.ico", "amtstagebuch.icns")]
    for size in SETUP_SIZES:
        target = WINDOWS_DIR / f"setup-{size}.bmp"
        picture = render(renderer, size)
        flat = Image.new("RGB", picture.size, "white")
        flat.paste(picture, mask=picture.getchannel("A"))
        flat.save(target, format="BMP")
        written.append(target)
    for path in written:
        print(f"{path}: {path.stat().st_size} Bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
