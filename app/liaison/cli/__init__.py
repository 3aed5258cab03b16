"""The headless command line, over the same Workspace facade as the GUI.

Each module registers its commands: ``workspace_cmds`` (create, slots, backup,
audit), ``check_cmds`` (check), ``intel_cmds`` (import, demo, stats), ``search_cmds``,
``xref_cmds``, ``exchange_cmds``, ``quarantine_cmds`` (quarantine list/show/release/delete),
``hit_cmds`` (hit-query, hit-results, hit-request), ``card_cmds`` (smart-card slots).
``command_table`` names them all; a module is imported only when one of its commands runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from liaison import __version__
from liaison.cli.command_table import LazyCommands
from liaison.cli.context import EXIT_FAILED, EXIT_USAGE, Context
from liaison.model.errors import LiaisonError

# The shell's codes for a command ended by SIGPIPE and by SIGINT (128 + signal number).
EXIT_PIPE, EXIT_INTERRUPTED = 141, 130


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; each command's own parser is made when it is named
    (``LazyCommands``)."""
    parser = argparse.ArgumentParser(
        prog="liaison", description="Liaison: encrypted intelligence exchange workstation. "
        "Without a command it opens the desktop window (on your workspace, or the wizard "
        "that creates one); with a command it runs it here, with no display needed.")
    parser.add_argument("--version", action="version", version=f"liaison {__version__}")
    # Handled by the launcher before this parser runs (liaison.launcher.wants_gui).
    parser.add_argument("--demo", action="store_true",
                        help="open the desktop window on the synthetic demo workspace "
                             "(made on first use; passphrase liaison-demo); takes no command")
    parser.add_argument("--workspace", metavar="DIR",
                        help="workspace folder (default: $LIAISON_WORKSPACE or the user "
                             "data folder)")
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the workspace passphrase from FILE ('-' = stdin)")
    parser.add_argument("--user", metavar="NAME",
                        help="open as this user, with their own key slots (default: "
                             "$LIAISON_USER, else the workspace's first user)")
    parser.add_argument("--pin-file", metavar="FILE",
                        help="read a smart card's PIN from FILE ('-' = stdin)")
    parser.add_argument("--pkcs11-module", metavar="PATH",
                        help="the smart card's PKCS#11 module (default: "
                             "$LIAISON_PKCS11_MODULE, else OpenSC or SoftHSM2 where installed)")
    parser.add_subparsers(dest="command", metavar="COMMAND", action=LazyCommands)
    return parser


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo:
        parser.error("--demo opens the desktop window and takes no command; for the demo "
                     "case on the command line, run 'liaison demo'.")
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.handler(Context(args))
    except LiaisonError as exc:
        print(f"liaison: {exc}", file=sys.stderr)
        return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a closed pipe (``| head``) or Ctrl+C ends it quietly.

    Every change to the store is one transaction and every file is written atomically,
    so an interrupted command leaves nothing half-written: the transaction under way
    rolls back, the temporary file is removed.
    """
    try:
        code = _run(argv)
        sys.stdout.flush()  # a reader that went away shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        # As the Python docs advise for SIGPIPE: send what is still buffered to devnull
        # so the interpreter's last flush stays quiet, then exit as a piped tool does.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PIPE
    except KeyboardInterrupt:
        print("liaison: interrupted; nothing half-done was saved.", file=sys.stderr)
        return EXIT_INTERRUPTED
