"""Controlled vocabularies for handling, TLP and grading, and dates with precision."""

from __future__ import annotations

from dataclasses import dataclass

# Europol handling codes (H0: law-enforcement use; H1: not for judicial use
# without permission; H2: not to be disseminated without originator's consent;
# H3: other restrictions, stated in the conditions).
HANDLING_CODES = ("H0", "H1", "H2", "H3")

# FIRST TLP 2.0, in increasing order of restriction.
TLP_LEVELS = ("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED")

# Europol 4x4: source reliability and information assessment.
SOURCE_RELIABILITY = ("A", "B", "C", "X")
INFORMATION_ASSESSMENT = ("1", "2", "3", "4")

RECORD_STATUSES = ("active", "superseded", "retracted")

PRECISIONS = ("year", "month", "day", "minute", "second")


@dataclass(frozen=True)
class DateValue:
    """A date as precise as the source said: ``2024`` is a year, not 1 January.

    ``value`` is ISO 8601 truncated to the precision (``2024``, ``2024-03``,
    ``2024-03-05``, ``2024-03-05T14:30``, ``2024-03-05T14:30:12``), in UTC when a
    time is present.
    """

    value: str
    precision: str

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise ValueError(f"unknown date precision {self.precision!r}")

    def __str__(self) -> str:
        return self.value


def normalise_tlp(raw: str | None) -> str | None:
    """'tlp:amber+strict', 'TLP:WHITE', 'amber' → TLP 2.0 label; None if not a TLP."""
    if not raw:
        return None
    text = raw.strip().upper().replace("TLP:", "").replace("TLP", "").strip(" :_-")
    text = text.replace(" ", "").replace("_", "+")
    if text == "WHITE":  # TLP 1.0 WHITE became CLEAR in 2.0
        return "CLEAR"
    return text if text in TLP_LEVELS else None


def normalise_handling(raw: str | None) -> str | None:
    if not raw:
        return None
    text = raw.strip().upper()
    return text if text in HANDLING_CODES else None
