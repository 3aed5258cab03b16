"""Loading translations: Qt's own ``qtbase_*.qm`` and ours, compiled from ``translations/``.

``.ts`` files are the sources (kept in git, updated with ``pyside6-lupdate``);
``.qm`` files are build products, so :func:`compile_translations` runs
``lrelease`` into the user's cache folder whenever a ``.qm`` is missing or older
than its ``.ts``. A packaged build may ship ready ``.qm`` files beside the
``.ts``; they are used when no ``lrelease`` is at hand.

Maintenance (from the repository root)::

    python -m liaison.ui.translations update    # pyside6-lupdate over app/liaison/ui
    python -m liaison.ui.translations compile   # lrelease into the cache folder
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from liaison.ui import paths
from liaison.ui.pseudo_locale import PseudoTranslator

log = logging.getLogger(__name__)

# Language names are shown in their own language, never translated.
LANGUAGES = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español",
             "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})
TRANSLATED = ("fr", "de", "es", "ar")


def cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("Liaison", appauthor=False)) / "translations"


def _lrelease() -> list[str] | None:
    """The lrelease command: PySide6's own binary first, then the PATH."""
    import PySide6

    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.is_file():
        return [str(bundled)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_translations(languages: tuple[str, ...] | None = None,
                         out_dir: Path | None = None) -> dict[str, Path]:
    """Compile stale ``translations/liaison_<lang>.ts`` to ``.qm``; return lang → .qm path.

    Languages whose ``.qm`` cannot be produced (no lrelease, no prebuilt file) are
    left out: the interface then stays in English for them, and the reason is logged.
    """
    source = paths.translations_dir()
    if source is None:
        log.warning("translations folder not found; the interface stays in English")
        return {}
    out_dir = out_dir or cache_dir()
    tool = _lrelease()
    result: dict[str, Path] = {}
    for ts in sorted(source.glob("liaison_*.ts")):
        lang = ts.stem.removeprefix("liaison_")
        if languages is not None and lang not in languages:
            continue
        qm = out_dir / f"liaison_{lang}.qm"
        prebuilt = ts.with_suffix(".qm")
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            result[lang] = qm
        elif tool is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
            done = subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)],
                                  capture_output=True, text=True, check=False)
            if done.returncode == 0 and qm.is_file():
                result[lang] = qm
            else:
                log.warning("lrelease failed for %s: %s", ts.name, done.stderr.strip())
        if lang not in result and prebuilt.is_file():
            result[lang] = prebuilt
    return result


class Translations:
    """The translators installed on the application; :meth:`apply` switches language live.

    Installing a translator sends every widget a LanguageChange event, on which
    Liaison's widgets re-read their texts, so no restart is needed.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"
        self.pseudo = False

    def apply(self, language: str, pseudo: bool = False) -> None:
        language = language if language in LANGUAGES else "en"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._load(f"qtbase_{language}", qt_dir)
            ours = compile_translations((language,)).get(language)
            if ours is not None:
                self._load(ours.stem, str(ours.parent))
        if pseudo:
            self._install(PseudoTranslator(self._app))
        self.language, self.pseudo = language, pseudo
        QLocale.setDefault(QLocale(language))
        if isinstance(self._app, QApplication):
            self._app.setLayoutDirection(Qt.LayoutDirection.RightToLeft
                                         if language in RIGHT_TO_LEFT
                                         else Qt.LayoutDirection.LeftToRight)

    def _load(self, name: str, folder: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, folder):
            self._install(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def ui_sources() -> list[str]:
    """Every UI module lupdate reads, the subpackages' (chart, share, ...) included."""
    return sorted(str(p) for p in Path(__file__).parent.rglob("*.py"))


def lupdate(targets: list[Path], quiet: bool = False) -> int:
    """Run pyside6-lupdate over the UI sources into ``targets`` (``.ts`` files): new
    strings are added as unfinished, strings no longer in the code are dropped."""
    sources = ui_sources()
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent /
                                                   "pyside6-lupdate")
    return subprocess.run([tool, "-no-obsolete", "-locations", "none", *sources, "-ts",
                           *map(str, targets)], check=False,
                          capture_output=quiet).returncode


def _update() -> int:
    """Run pyside6-lupdate over the UI sources into every translations/*.ts."""
    folder = paths.translations_dir()
    if folder is None:
        print("translations/ not found", file=sys.stderr)
        return 1
    return lupdate([folder / f"liaison_{lang}.ts" for lang in TRANSLATED])


def _main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        return _update()
    if argv[:1] == ["compile"]:
        built = compile_translations()
        for lang, qm in built.items():
            print(f"{lang}: {qm}")
        return 0 if len(built) == len(TRANSLATED) else 1
    print("usage: python -m liaison.ui.translations update|compile", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
