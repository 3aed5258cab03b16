"""Attachments of a share: dropped, unless the profile keeps images, which are re-encoded
from their pixels alone so no metadata (EXIF GPS and camera, XMP, IPTC, comments, ICC)
survives.

Pillow (MIT-CMU licence, wheels for Windows and Linux) decodes and re-encodes: copying
the pixels into a new image leaves every metadata block behind, whatever the format
held. Everything is written as PNG, a format without EXIF in Pillow unless asked for.
File names are replaced too: ``IMG_informant_Petrov.jpg`` would say too much.
"""

from __future__ import annotations

import hashlib
import io
import warnings

from liaison.model.records import Attachment

# A decompression bomb is refused rather than decoded (about 12k x 12k pixels).
MAX_PIXELS = 150_000_000


def strip_image(attachment: Attachment, number: int) -> Attachment | None:
    """The image re-encoded as PNG from its pixels only, or None if it is not an image
    Pillow can read (the caller then drops it)."""
    if not attachment.media_type.lower().startswith("image/") or not attachment.data:
        return None
    from PIL import Image, ImageOps  # imported here: only profiles that keep images need it

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(attachment.data)) as img:
                # Apply the EXIF orientation first: dropping EXIF must not rotate the picture.
                img = ImageOps.exif_transpose(img)
                mode = img.mode if img.mode in ("1", "L", "LA", "RGB", "RGBA") else "RGBA"
                pixels = img.convert(mode)
                clean = Image.frombytes(pixels.mode, pixels.size, pixels.tobytes())
    except (OSError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None
    out = io.BytesIO()
    clean.save(out, format="PNG", optimize=False)
    data = out.getvalue()
    sha = hashlib.sha256(data).hexdigest()
    return Attachment(sha, f"image-{number}-{sha[:12]}.png", "image/png", data)
