"""Owner-only permissions for the workspace folder and its files (issue 16).

``workspace.db`` and SQLite's ``-wal`` and ``-shm`` were created 0644 (the umask's
default) and a folder that already existed kept its 0755: other local accounts could
copy the encrypted database and watch its size and timing. The folder is made 0700
and the files 0600 whenever a workspace is created or opened, an existing folder
too. SQLite creates ``-wal`` and ``-shm`` with the permissions of the database file
(unixOpen's findCreateFileMode), so creating the database 0600 is what keeps them
private. On Windows, POSIX modes mean nothing; the folder inherits the profile's ACLs.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def _posix() -> bool:
    return os.name == "posix"


def private_folder(folder: Path) -> None:
    """Make ``folder`` (which exists) readable by its owner only."""
    if _posix():
        # Another account's folder (a shared drive) cannot be changed; its owner decides.
        with contextlib.suppress(PermissionError):
            os.chmod(folder, FOLDER_MODE)


def private_file(path: Path) -> None:
    """Make ``path`` readable by its owner only, if it exists."""
    if _posix():
        with contextlib.suppress(FileNotFoundError, PermissionError):
            os.chmod(path, FILE_MODE)


def private_database(path: Path, *, create: bool = False) -> None:
    """The database and its SQLite side files owner-only; with ``create``, an absent
    database file is created empty, 0600, so SQLite's side files follow that mode."""
    path = Path(path)
    if create and not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0),
                     FILE_MODE)
        os.close(fd)
    for name in ("", *_SQLITE_SIDE_FILES):
        private_file(path.with_name(path.name + name))
