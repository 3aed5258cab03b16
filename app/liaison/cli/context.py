"""What every command shares: the workspace folder, passphrases, output, registration."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liaison.model.errors import LiaisonError, PassphraseRequired, TokenPinRequired

if TYPE_CHECKING:
    from liaison.workspace import Workspace

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

Handler = Callable[["Context"], int]


def read_secret(source: str | None, prompt: str, *, confirm: bool = False,
                what: str = "passphrase") -> str | None:
    """A passphrase (or PIN) from a file or from stdin ('-'); None if none."""
    if source == "-":
        text = sys.stdin.readline()
    elif source:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except OSError as exc:
            raise LiaisonError(f"Cannot read the {what} file {source}: "
                               f"{exc.strerror or exc}.") from exc
        except UnicodeDecodeError as exc:
            raise LiaisonError(f"The {what} file {source} is not UTF-8 text.") from exc
    else:
        return None
    text = text.rstrip("\r\n")
    if not text:
        raise LiaisonError(f"The {what} in {'stdin' if source == '-' else source} is empty.")
    return text


def prompt_secret(prompt: str, confirm: bool = False) -> str | None:
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise LiaisonError("The two passphrases differ.")
    return first or None


class Context:
    """What every command needs: the folder, the passphrase source, the output mode."""

    def __init__(self, args: argparse.Namespace) -> None:
        # The workspace (and with it the store and cryptography) is imported here, when a
        # command runs, not when the command line is built (ARCHITECTURE.md, "Command
        # line start-up").
        from liaison.workspace.location import default_workspace

        self.args = args
        self.folder = Path(args.workspace) if args.workspace else default_workspace()
        self._passphrase: str | None = None
        self._read = False
        self._pin: str | None = None
        self._pin_read = False
        module = getattr(args, "pkcs11_module", None)
        if module:  # the one setting every smart-card call reads (store/token_slot.py)
            import os

            from liaison.store.token_slot import MODULE_ENV

            os.environ[MODULE_ENV] = module

    def passphrase(self) -> str | None:
        if not self._read:
            self._passphrase = read_secret(self.args.passphrase_file, "Passphrase: ")
            self._read = True
        return self._passphrase

    def user(self) -> str | None:
        """The user to open as: --user, else $LIAISON_USER, else the first user."""
        import os

        return getattr(self.args, "user", None) or os.environ.get("LIAISON_USER") or None

    def pin(self) -> str | None:
        """A smart card's PIN from --pin-file, read once; None if not given."""
        if not self._pin_read:
            self._pin = read_secret(getattr(self.args, "pin_file", None), "PIN: ",
                                    what="PIN")
            self._pin_read = True
        return self._pin

    def open(self, *, with_pin: bool = True) -> Workspace:
        """The workspace, unlocked by what was given; at a terminal, asks for the
        passphrase or the card's PIN the slots need. ``with_pin=False``: the PIN given
        is not for this workspace's cards (``card add``) and is not tried on them."""
        from liaison.workspace import Workspace

        pin = self.pin() if with_pin else None
        try:
            return Workspace.open(self.folder, passphrase=self.passphrase(), pin=pin,
                                  user=self.user())
        except PassphraseRequired:
            typed = prompt_secret("Workspace passphrase: ")
            if typed is None:
                raise
            self._passphrase = typed
            return Workspace.open(self.folder, passphrase=typed, pin=pin, user=self.user())
        except TokenPinRequired:
            typed = prompt_secret("Smart card PIN: ")
            if typed is None:
                raise
            self._pin, self._pin_read = typed, True
            return Workspace.open(self.folder, passphrase=self.passphrase(), pin=typed,
                                  user=self.user())

    def new_secret(self, option: str, prompt: str) -> str:
        value = read_secret(getattr(self.args, option, None), prompt)
        value = value or prompt_secret(prompt, confirm=True)
        if not value:
            flag = "--" + option.replace("_", "-")
            raise LiaisonError(f"This command needs a passphrase: give {flag} FILE.")
        return value

    def emit(self, value: dict[str, Any], lines: Sequence[str]) -> None:
        if getattr(self.args, "json", False):
            print(json.dumps(value, ensure_ascii=False, indent=2))
        else:
            for line in lines:
                print(line)


def command_adder(sub: argparse._SubParsersAction) -> Callable[..., argparse.ArgumentParser]:
    """``add(name, handler, help, json_out=False)`` for one module's ``register``."""

    def add(name: str, handler: Handler, help_: str,
            json_out: bool = False) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(handler=handler)
        if json_out:
            p.add_argument("--json", action="store_true", help="print JSON")
        return p

    return add
