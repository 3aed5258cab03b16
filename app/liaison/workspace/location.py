"""Where workspaces live: the default folder, the demo folder, and what a folder holds.

The CLI and the GUI share these so that ``liaison info`` and the desktop window
open the same workspace. Nothing here unlocks anything: ``peek`` reads only the
non-secret ``workspace.json``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from liaison.model.progress import Progress
from liaison.store.metadata import METADATA_NAME, read_metadata
from liaison.workspace.core import Workspace

# The demo workspace is synthetic and meant to be shown to anyone, so its passphrase
# is fixed and documented (README, ``liaison --demo``); it needs no OS keyring.
DEMO_PASSPHRASE = "liaison-demo"  # noqa: S105 (public by design, see above)
DEMO_AGENCY = "Demo Agency (synthetic)"
DEMO_COUNTRY = "NL"
DEMO_RECORDS = 3000
DEMO_MARKER = "demo-workspace.txt"


def _data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Liaison", appauthor=False))


def default_workspace() -> Path:
    """``LIAISON_WORKSPACE``, else the platform's per-user data folder."""
    env = os.environ.get("LIAISON_WORKSPACE")
    if env:
        return Path(env)
    return _data_dir() / "workspace"


def demo_workspace() -> Path:
    """``LIAISON_DEMO_WORKSPACE``, else ``demo-workspace`` beside the real one."""
    env = os.environ.get("LIAISON_DEMO_WORKSPACE")
    if env:
        return Path(env)
    return _data_dir() / "demo-workspace"


def workspace_exists(folder: Path) -> bool:
    """True when ``folder`` holds a workspace (its metadata file), damaged or not."""
    return (Path(folder) / METADATA_NAME).is_file()


@dataclass(frozen=True)
class LocationInfo:
    """The non-secret facts about a workspace folder, readable while it is locked."""

    folder: Path
    agency: str
    country: str
    slot_types: tuple[str, ...]
    # The users who open with slots (the first user first); empty in a one-user workspace.
    users: tuple[str, ...] = ()

    @property
    def has_passphrase(self) -> bool:
        return any(t in ("passphrase", "keyring+passphrase") for t in self.slot_types)

    @property
    def has_keyring(self) -> bool:
        return any(t in ("keyring", "keyring+passphrase") for t in self.slot_types)

    @property
    def requires_both(self) -> bool:
        return "keyring+passphrase" in self.slot_types

    @property
    def has_card(self) -> bool:
        """A smart-card (PKCS#11) slot: the card's PIN opens it."""
        return "pkcs11" in self.slot_types


def peek(folder: Path) -> LocationInfo:
    """Read ``workspace.json`` without unlocking; raises WorkspaceNotFound or MetadataDamaged."""
    meta = read_metadata(Path(folder))
    users = meta.users or {}
    names = ([n for n, e in users.items() if e.get("first")]
             + sorted(n for n, e in users.items() if not e.get("first")))
    return LocationInfo(Path(folder), meta.agency_name, meta.agency_country,
                        tuple(meta.slot_types()), tuple(names))


def open_demo(folder: Path | None = None, records: int = DEMO_RECORDS,
              progress: Progress | None = None) -> Workspace:
    """Open the demo workspace, creating it and generating its case on first use.

    A cancelled or failed first generation removes the half-made folder, so the
    next start begins again from nothing.
    """
    folder = Path(folder) if folder is not None else demo_workspace()
    progress = progress or Progress()
    created = False
    if not workspace_exists(folder):
        progress.check()
        ws = Workspace.create(folder, DEMO_AGENCY, DEMO_COUNTRY, use_keyring=False,
                              passphrase=DEMO_PASSPHRASE)
        (folder / DEMO_MARKER).write_text(
            "This folder holds Liaison's synthetic demo workspace (liaison --demo).\n"
            f"Its passphrase is '{DEMO_PASSPHRASE}'. Every record in it is invented.\n"
            "Delete the folder to generate it again.\n", encoding="utf-8")
        created = True
    else:
        ws = Workspace.open(folder, passphrase=DEMO_PASSPHRASE, use_keyring=False)
    try:
        if ws.conn.execute("SELECT count(*) FROM records").fetchone()[0] == 0:
            ws.import_demo(records, progress=progress)
    except BaseException:
        ws.lock()
        if created:
            with contextlib.suppress(OSError):
                shutil.rmtree(folder)
        raise
    return ws
