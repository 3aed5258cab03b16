"""Lines of an import report that both ``import`` and ``receive`` print."""

from __future__ import annotations

from typing import Any

FIELD_NAMES = {"handling": "handling", "tlp": "TLP", "reliability": "source reliability",
               "assessment": "information assessment"}


def defaults_lines(from_defaults: dict[str, dict[str, list[Any]]], what: str) -> list[str]:
    """One line per partner whose defaults filled markings ``what`` (the file, the
    package) left empty: which value, on how many records."""
    lines = []
    for partner, fields in from_defaults.items():
        said = ", ".join(f"{FIELD_NAMES[k]} {v} on {n:,} record{'s' if n != 1 else ''}"
                         for k, (v, n) in fields.items())
        lines.append(f"  from {partner}'s defaults ({what} stated none): {said}")
    return lines
