"""Entry point: the desktop window without a command (or with ``--demo``), the CLI otherwise."""

from __future__ import annotations

import sys
from collections.abc import Sequence

GUI_HINT = ("The desktop window needs PySide6, which could not be loaded ({error}).\n"
            "Install it with: pip install 'liaison-workstation[gui]'\n"
            "The command line works without it: liaison --help")


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
    if wants_gui(args):
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
