"""Liaison: an encrypted workstation for exchanging intelligence with partner agencies."""

__version__ = "0.1.0"
