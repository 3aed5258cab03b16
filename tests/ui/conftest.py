"""Fixtures for the desktop tests: isolated settings, a worker, and a workspace to open.

Everything a test touches lives in its tmp_path: the QSettings file, the workspace,
the compiled translations. Tests drive the windows as a person would and read
what is on screen.

Locale: every UI test expects English (United States) formatting, "100,000", as the
window shows with its default English language, whatever LANG the tests run under
(see ``_english_locale``). A test that wants another language applies it itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ..conftest import IN_CI

try:
    import PySide6.QtWidgets  # noqa: F401  (Qt's system libraries load here)
except ImportError as exc:
    if IN_CI:  # under CI a missing Qt fails the run instead of hiding the UI tests
        raise
    pytest.skip(f"the desktop tests need PySide6: {exc}", allow_module_level=True)

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from liaison.ui.collector import GuiThreadCollector
from liaison.ui.operations import Executor
from liaison.ui.preferences import Preferences
from liaison.ui.session import Session
from liaison.ui.translations import Translations
from liaison.workspace import Workspace

from ..workspace_helpers import PASSPHRASE

AGENCY = "Europol Test Desk"



@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory, monkeypatch, qapp):
    cache = tmp_path_factory.getbasetemp() / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))  # compiled .qm files go here
    monkeypatch.delenv("LIAISON_WORKSPACE", raising=False)
    qapp.setQuitOnLastWindowClosed(False)
    yield
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            w.close()


@pytest.fixture(autouse=True)
def _collect_on_gui_thread(qapp) -> Iterator[None]:
    """As in the application: cycles are collected on the GUI thread only, never by the
    workspace worker (which would destroy GUI objects from the wrong thread)."""
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def _english_locale() -> Iterator[None]:
    """en_US numbers and dates, as Translations.apply("en") sets for the window; restored after.

    Widgets tested on their own (no Session) read QLocale(), which is the system's
    LANG until something sets a default; without this the expected "100,000" would be
    "100000" under C.UTF-8, "100.000" under de_DE and Arabic-Indic digits under ar_EG.
    """
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def preferences(tmp_path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "liaison.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:
    t = Translations(qapp)
    yield t
    t.apply("en", False)


@pytest.fixture
def executor(qapp) -> Iterator[Executor]:
    ex = Executor()
    yield ex
    ex.invalidate()
    ex.wait_idle(20_000)


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "workspace"


@pytest.fixture
def make_session(preferences, translations, executor, folder
                 ) -> Iterator[Callable[..., Session]]:
    made: list[Session] = []

    def make(**kw) -> Session:
        kw.setdefault("folder", folder)
        session = Session(preferences, translations, executor=executor, **kw)
        made.append(session)
        return session

    yield make
    for session in made:
        session.shutdown()
        session.window.close()


@pytest.fixture
def demo_workspace(folder) -> Path:
    """A locked passphrase workspace holding 300 synthetic demo records, not yet compared."""
    ws = Workspace.create(folder, AGENCY, "FR", use_keyring=False, passphrase=PASSPHRASE)
    ws.import_demo(300)
    ws.lock()
    return folder


@pytest.fixture
def passphrase_workspace(folder) -> Path:
    """A passphrase-only workspace (no keyring on a test machine), locked."""
    Workspace.create(folder, AGENCY, "FR", use_keyring=False, passphrase=PASSPHRASE).lock()
    return folder


def visible(cls: type[QWidget]) -> QWidget | None:
    """The visible top-level window of that class, as the person would see it."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None
