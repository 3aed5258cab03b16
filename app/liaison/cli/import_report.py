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


MAX_KEPT_LINES = 30


def kept_lines(kept: dict[str, dict[str, int]], originals: int) -> list[str]:
    """What each type of the partner's objects became, generic ones marked, and how many
    objects were kept verbatim (issue 17: nothing dropped without a trace)."""
    if not kept:
        return []
    lines = [f"  what the file held became ({originals:,} objects kept verbatim):"]
    for source_type, targets in sorted(kept.items())[:MAX_KEPT_LINES]:
        went = ", ".join(f"{n:,} {target}" for target, n in sorted(targets.items()))
        lines.append(f"    {source_type}: {went}")
    if len(kept) > MAX_KEPT_LINES:
        lines.append(f"    ... {len(kept) - MAX_KEPT_LINES:,} more types (--json lists all)")
    return lines


def patterns_lines(patterns: dict[str, int] | None) -> list[str]:
    """What the pattern detectors found in what arrived (none when they did not run)."""
    if patterns is None:
        return []
    new, found = patterns["new"], patterns["found"]
    return [f"Pattern detectors on what arrived: {new:,} new finding{'s' if new != 1 else ''} "
            f"({found:,} about it in all)"
            + ("; list them with 'liaison patterns --no-run'." if found else ".")]
