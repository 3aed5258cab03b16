"""PyInstaller's entry script: the same ``liaison`` command pip installs (launcher.main).

``freeze_support`` first: hit/no-hit answers spread their group operations over worker
processes (spawned, exchange/psi.py), and a frozen executable started as such a worker
must run the worker, not the application."""

import multiprocessing
import sys

from liaison.launcher import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
