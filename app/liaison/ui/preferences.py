"""The person's settings (QSettings): language, idle lock, pseudo-localisation, window layout.

Nothing sensitive is kept here: no paths of imported or exported files, no queries, no record
text; the window layout is geometry only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from liaison.ui.translations import LANGUAGES

DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 480


class Preferences:
    """Typed access to QSettings; pass a QSettings (e.g. an .ini in a test folder) to isolate."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings("Liaison", "Liaison")

    def _get(self, key: str, default: object) -> object:
        return self.settings.value(key, default)

    @property
    def language(self) -> str:
        value = str(self._get("ui/language", "en"))
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("ui/language", value if value in LANGUAGES else "en")

    @property
    def pseudo_locale(self) -> bool:
        return str(self._get("ui/pseudo_locale", "false")).lower() in ("true", "1")

    @pseudo_locale.setter
    def pseudo_locale(self, value: bool) -> None:
        self.settings.setValue("ui/pseudo_locale", bool(value))

    @property
    def idle_minutes(self) -> int:
        try:
            value = int(str(self._get("security/idle_lock_minutes", DEFAULT_IDLE_MINUTES)))
        except ValueError:
            value = DEFAULT_IDLE_MINUTES
        return min(max(value, 1), MAX_IDLE_MINUTES)

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self.settings.setValue("security/idle_lock_minutes",
                               min(max(int(value), 1), MAX_IDLE_MINUTES))

    @property
    def workspace_folder(self) -> Path | None:
        """The folder chosen in the create wizard, when it is not the default one."""
        value = self._get("workspace/folder", None)
        return Path(str(value)) if value else None

    @workspace_folder.setter
    def workspace_folder(self, folder: Path | None) -> None:
        if folder is None:
            self.settings.remove("workspace/folder")
        else:
            self.settings.setValue("workspace/folder", str(folder))

    def take_search_history(self) -> list[str]:
        """The search history older versions kept here (in clear), removed from the file.
        Queries now live in the workspace's encrypted database."""
        value = self._get("search/history", [])
        self.settings.remove("search/history")
        self.settings.sync()
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(v) for v in items]

    def window_layout(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Saved (geometry, dock state) of the main window, or None where never saved."""
        geometry, state = self._get("window/geometry", None), self._get("window/state", None)
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def save_window_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self.settings.setValue("window/geometry", geometry)
        self.settings.setValue("window/state", state)

    def perspectives(self) -> tuple[str, dict[str, QByteArray]]:
        """The perspective the window was left in, and the dock state left in each other."""
        current = str(self._get("window/perspective", "records"))
        states = {}
        for name in ("records", "chart"):
            state = self._get(f"window/state_{name}", None)
            if isinstance(state, QByteArray):
                states[name] = state
        return current, states

    def save_perspectives(self, current: str, states: dict[str, QByteArray]) -> None:
        self.settings.setValue("window/perspective", current)
        for name in ("records", "chart"):
            if name in states and name != current:
                self.settings.setValue(f"window/state_{name}", states[name])
            else:
                self.settings.remove(f"window/state_{name}")

    def sync(self) -> None:
        self.settings.sync()
