"""A wrong-type fuzz loop shared by the JSON format readers' tests (MISP, STIX).

Every value in a real sample document is replaced, one at a time, by values of the
wrong type; the reader must either refuse the file with a ``FormatError`` or read it
into well-formed items (entity values are text, record extras stay JSON).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from liaison.model.errors import FormatError
from liaison.model.records import Entity, Record


def json_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path (keys and indices) of every value in a JSON document, depth first."""
    children = node.items() if isinstance(node, dict) else enumerate(node) \
        if isinstance(node, list) else []
    found = []
    for key, value in children:
        found += [(*prefix, key), *json_paths(value, (*prefix, key))]
    return found


def assert_wrong_types_refused_or_tolerated(original: str, path: Path,
                                            read: Callable[[Path], list[Any]],
                                            wrong_values: Iterable[Any]) -> None:
    wrong_values = list(wrong_values)
    for where in json_paths(json.loads(original)):
        for wrong in wrong_values:
            doc = json.loads(original)
            node = doc
            for key in where[:-1]:
                node = node[key]
            node[where[-1]] = wrong
            path.write_text(json.dumps(doc), encoding="utf-8")
            try:
                items = read(path)
            except FormatError:
                continue
            for entity in (i for i in items if isinstance(i, Entity)):
                assert all(isinstance(v.raw, str) for vs in entity.properties.values()
                           for v in vs), where
            json.dumps([i.extra for i in items if isinstance(i, Record)])
