"""Commands to cross-reference entities across agencies and judge the pairs."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's commands to the parser (none yet)."""
