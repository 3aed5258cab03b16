"""Safe previews of attached images: PNG and JPEG only, size-capped, decoded by QImage.

Runs on the workspace worker (QImage, unlike QPixmap, may be used off the GUI
thread). Everything else an attachment may be is listed, never opened.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage, QImageReader

from liaison.model.errors import LiaisonError

translate = QCoreApplication.translate

MAX_PREVIEW_BYTES = 16 * 1024 * 1024
MAX_PIXELS = 40_000_000  # decoded, that is 160 MB of RGBA at most
PREVIEW_TYPES = ("image/png", "image/jpeg")
_MAGIC = ((b"\x89PNG\r\n\x1a\n", b"png"), (b"\xff\xd8\xff", b"jpeg"))


def previewable(media_type: str) -> bool:
    return media_type.lower() in PREVIEW_TYPES


def decode_preview(data: bytes) -> QImage:
    """Decode ``data`` as PNG or JPEG, judged by its first bytes, never by its name."""
    fmt = next((f for magic, f in _MAGIC if data.startswith(magic)), None)
    if fmt is None:
        raise LiaisonError(translate("ImagePreview",
                                     "This file is not a PNG or JPEG image; it is not shown."))
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(fmt))
    reader.setAutoDetectImageFormat(False)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        raise LiaisonError(translate("ImagePreview",
                                     "The image is damaged or too large to preview."))
    image = reader.read()
    if image.isNull():
        raise LiaisonError(translate("ImagePreview", "The image cannot be decoded: {reason}")
                           .format(reason=reader.errorString()))
    return image
