"""The program icon: the committed files hold the sizes the installers rely on.

The .ico and .icns are read by parsing their headers here (not with the library
that wrote them), so a file that Pillow writes wrongly still fails.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.paths import RESOURCES

ICON = RESOURCES / "icon"


def _ico_frames(path: Path) -> list[tuple[int, int, bytes]]:
    """(width, height, image bytes) of every frame in a Windows .ico file."""
    data = path.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1), "kein ICO-Kopf"
    frames = []
    for index in range(count):
        w, h, _colours, _res, _planes, _bits, size, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        frames.append((w or 256, h or 256, data[offset : offset + size]))
    return frames


def _icns_chunks(path: Path) -> dict[str, bytes]:
    data = path.read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    chunks: dict[str, bytes] = {}
    pos = 8
    while pos < len(data):
        kind = data[pos : pos + 4].decode("ascii")
        (length,) = struct.unpack_from(">I", data, pos + 4)
        chunks[kind] = data[pos + 8 : pos + length]
        pos += length
    return chunks


def _image(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(QByteArray(data)), "Bild nicht lesbar"
    return image


def test_png_is_256_pixels_with_transparent_corners() -> None:
    image = QImage(str(ICON / "amtstagebuch.png"))
    assert not image.isNull()
    assert image.size() == QSize(256, 256)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # no square background behind the book


def test_ico_holds_every_size_from_16_to_256_each_drawn_at_its_size() -> None:
    frames = _ico_frames(ICON / "amtstagebuch.ico")
    assert sorted(w for w, _h, _d in frames) == [16, 24, 32, 48, 64, 128, 256]
    for width, height, data in frames:
        assert width == height
        assert _image(data).size() == QSize(width, height)


@pytest.mark.parametrize(
    ("kind", "pixels"),
    [("ic11", 32), ("ic12", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024)],
)
def test_icns_holds_the_retina_sizes(kind: str, pixels: int) -> None:
    chunks = _icns_chunks(ICON / "amtstagebuch.icns")
    assert kind in chunks
    assert _image(chunks[kind]).size() == QSize(pixels, pixels)


def test_the_small_icon_still_shows_the_white_check() -> None:
    """At 16 px the check must stay visible: some nearly white pixels on the blue cover."""
    frames = {w: d for w, _h, d in _ico_frames(ICON / "amtstagebuch.ico")}
    small = _image(frames[16])

    def white(x: int, y: int) -> bool:  # white, not the cream page edge (#f3ecd9)
        colour = small.pixelColor(x, y)
        return colour.alpha() > 200 and min(colour.red(), colour.green(), colour.blue()) > 225

    light = [(x, y) for x in range(4, 13) for y in range(3, 13) if white(x, y)]
    assert len(light) >= 4


def test_the_window_uses_the_program_icon(qtbot: QtBot) -> None:
    from ui.main import program_icon

    icon = program_icon()
    assert not icon.isNull()
    assert icon.actualSize(QSize(256, 256)) == QSize(256, 256)
