"""PyInstaller's entry script: the same ``liaison`` command pip installs (launcher.main)."""

import sys

from liaison.launcher import main

if __name__ == "__main__":
    sys.exit(main())
