"""Files a person hands to Liaison (to import, to receive): checked before any work starts.

A missing file, a folder or a file that cannot be read is one clear sentence naming the
path, raised before the store is touched, never an operating-system traceback.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from liaison.model.errors import LiaisonError


def check_input_file(path: Path, error: type[LiaisonError] = LiaisonError,
                     what: str = "file") -> None:
    """Raise ``error`` unless ``path`` is an existing regular file this process can read."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError as exc:
        raise error(f"{path} does not exist: check the name and folder of the {what}.") from exc
    except OSError as exc:
        raise error(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if stat.S_ISDIR(mode):
        raise error(f"{path} is a folder, not a {what}: give the file itself.")
    if not stat.S_ISREG(mode):
        raise error(f"{path} is not a regular file (a device, socket or pipe), so it "
                    f"cannot be a {what}.")
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as exc:
        raise error(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    os.close(fd)
