"""A synthetic cross-border organised-crime case for demos, tests and benchmarks.

Six agencies in six countries report, in their own languages and scripts, on the same
invented persons, phones, vehicles, accounts and companies; :func:`ground_truth` says which
of their entities are the same real-world thing. Every record is labelled [DEMO].

This is the public face; the case is built in ``world``, written record by record in
``stream`` and ``record_kinds``, with names from ``names``, words from
``text`` and identifiers from ``ids``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from liaison.formats.demo.agencies import DEMO_AGENCIES, fast_id
from liaison.formats.demo.stream import RecordStream
from liaison.formats.demo.world import CaseWorld, case_size
from liaison.model.progress import Progress
from liaison.model.records import Item

__all__ = ["DEMO_AGENCIES", "DemoCase", "case_size", "fast_id", "generate", "ground_truth",
           "write_truth"]


class DemoCase(CaseWorld):
    """The case for one (records, seed): its world built up front, its items streamed."""

    def __init__(self, records: int, seed: int = 7) -> None:
        super().__init__(records, seed)
        self._truth: dict[str, dict] | None = None

    def items(self, progress: Progress | None = None) -> Iterator[Item]:
        """Yield every record, then the entities, links and events it names, deterministically."""
        truth: dict[str, dict] = {}
        yield from RecordStream(self, truth).run(progress)
        self._truth = truth

    def truth(self) -> list[dict]:
        """One dict per real-world person/vehicle/account/company/phone that appears.

        ``{"cluster": "P000123", "kind": "person", "label": <name in its own script>,
        "entity_ids": [...], "script_variants": {<entity id>: "latin"|"cyrillic"|...}}``.
        A phone is no entity but a property of persons: its ``entity_ids`` are the person
        entities that carry it, its label the E.164 number, its ``script_variants`` empty.
        """
        if self._truth is None:
            for _ in self.items():
                pass
        assert self._truth is not None
        return [self._truth[key] for key in sorted(self._truth)]


def generate(records: int, seed: int = 7, progress: Progress | None = None) -> Iterator[Item]:
    """Stream the synthetic case: records, then the entities, links and events they name."""
    return DemoCase(records, seed).items(progress)


def ground_truth(records: int, seed: int = 7) -> Iterator[dict]:
    """Which generated entity ids are the same real-world thing (regenerates the case)."""
    return iter(DemoCase(records, seed).truth())


def write_truth(path: Path, records: int, seed: int = 7) -> int:
    """Write :func:`ground_truth` as JSON lines, atomically (temp file, then rename);
    returns the number of clusters (lines) written."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    count = 0
    try:
        with tmp.open("w", encoding="utf-8") as fh:
            for line in ground_truth(records, seed):
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
                count += 1
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count
