"""A synthetic cross-border organised-crime case for demos, tests and benchmarks.

Offers :func:`generate`, :class:`DemoCase`, :func:`ground_truth` and the agencies. It is
written with the code, so quality figures measured on it are a second row, never the
headline. Inside: ``case`` (the face), ``world`` (the invented people and things),
``stream`` and ``record_kinds`` (records one by one), ``names*``, ``text``, ``ids``,
``entities``, ``agencies``.
"""

from __future__ import annotations

from liaison.formats.demo.case import (
    DEMO_AGENCIES,
    DemoCase,
    fast_id,
    generate,
    ground_truth,
    write_truth,
)

__all__ = [
    "DEMO_AGENCIES",
    "DemoCase",
    "fast_id",
    "generate",
    "ground_truth",
    "write_truth",
]
