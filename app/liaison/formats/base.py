"""What every reader of an external format provides, and the options it receives.

A reader is a generator ``read(path, options, progress) -> Iterator[Item]``. It
streams: it never holds the whole file in memory, calls ``progress.update``
with bytes (or objects) done, and ``progress.check()`` often enough that a
cancel is felt within a fraction of a second. It yields:

* :class:`Record` before anything that names it in ``record_ids``;
* :class:`Entity` with raw property values (``Entity.add_raw``): the import
  pipeline normalises identifiers afterwards with the record's country;
* :class:`Link` and :class:`Event` referring to entity ids, usually ones it
  yielded; an end may also be an entity already in the store (a STIX
  relationship between objects of two files), which the reader flags;
* :class:`Issue` for what it flagged or skipped, with file and line/object.

The same id may be yielded more than once (a person on two CSV rows): the
store merges by id. Ids must be deterministic (``stable_id(agency, format, source id)``) so that
re-importing the same file adds nothing. A file that cannot be read at all
raises :class:`FormatError` naming the file and line or object.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liaison.model.progress import Progress
from liaison.model.records import Item

# Format name → module holding its ``read`` (imported on demand by formats.importer); the
# command line offers exactly these to ``--format``, so it accepts whatever detection finds.
READER_MODULES = {
    "csv": "liaison.formats.tabular",
    "ftm": "liaison.formats.ftm",
    "stix": "liaison.formats.stix",
    "misp": "liaison.formats.misp",
    "graphml": "liaison.formats.graphml",
    "gexf": "liaison.formats.gexf",
}

# Refuse single lines / JSON documents beyond this before parsing them.
MAX_LINE_BYTES = 64 * 1024 * 1024
MAX_JSON_DOCUMENT_BYTES = 512 * 1024 * 1024


@dataclass
class ImportOptions:
    """What the person told the importer about the file."""

    agency: str | None = None          # --source: the agency that sent this file
    country: str | None = None         # that agency's ISO 3166 alpha-2 country
    mapping: Path | None = None        # CSV mapping file
    handling: str | None = None        # defaults when the file says nothing
    tlp: str | None = None
    received: str | None = None        # ISO date the file was received
    extra: dict[str, Any] = field(default_factory=dict)


Reader = Callable[[Path, ImportOptions, Progress], Iterator[Item]]
