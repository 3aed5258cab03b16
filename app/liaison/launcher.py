"""Entry point: the desktop window without a command (or with ``--demo``), the CLI otherwise."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

GUI_HINT = ("The desktop window needs PySide6, which could not be loaded ({error}).\n"
            "Install it with: pip install 'liaison-workstation[gui]'\n"
            "The command line works without it: liaison --help")


NO_DISPLAY = ("liaison: the desktop window needs a display, and there is none here "
              "(neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
              "Run it in a desktop session, or use the command line, which needs none: "
              "liaison --help\n"
              "(for instance 'liaison demo' puts the demo case into a workspace, then "
              "'liaison search', 'liaison stats').")


def display_missing(environ: Mapping[str, str] | None = None,
                    platform: str | None = None) -> bool:
    """True where Qt would find no display and abort: on Linux and the BSDs, when neither
    an X11 nor a Wayland display is named and no Qt platform is chosen (offscreen...)."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    return not any(env.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"))


def wants_gui(args: Sequence[str]) -> bool:
    """True for no arguments, ``--demo`` and ``--workspace DIR``: no command was named."""
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--demo" or arg.startswith("--workspace="):
            continue
        if arg == "--workspace" and rest:
            rest.pop(0)
            continue
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:  # answered before anything heavy is imported
        from liaison import __version__

        print(f"liaison {__version__}")
        return 0
    if wants_gui(args):
        if display_missing():  # checked before Qt, which would abort (exit code 134)
            print(NO_DISPLAY, file=sys.stderr)
            return 1
        try:
            from liaison.ui.app import main as gui_main
        except ImportError as exc:  # no PySide6, or Qt's system libraries are missing
            print(GUI_HINT.format(error=exc), file=sys.stderr)
            return 1
        return gui_main(args)
    from liaison import cli

    if "self-test" in args:  # its Qt steps live in liaison.ui, which cli may not import
        from liaison.cli.self_test import use_ui_steps

        use_ui_steps(_self_test_qt_steps)
    return cli.main(args)


def _self_test_qt_steps() -> list:
    from liaison.ui.self_test_qt import steps

    return steps()


if __name__ == "__main__":
    sys.exit(main())
