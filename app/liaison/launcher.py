"""Entry point: the GUI when started without a command, the CLI otherwise."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print("Liaison's desktop window is not part of this release yet; "
              "see 'liaison --help' for the command line.")
        return 0
    from liaison import cli

    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
