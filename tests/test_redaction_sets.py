"""The labelled redaction sets built from markup are what their build scripts make of it.

Only hashes are compared, so a failure never prints a frozen set's text.
"""

import hashlib
import importlib
import sys
from pathlib import Path

import pytest

DATA_DIR = Path(__file__).parent / "data" / "redaction"


@pytest.fixture(scope="module")
def builders():
    sys.path.insert(0, str(DATA_DIR))
    try:
        yield {name: importlib.import_module(f"build_{name}")
               for name in ("ids_dev5", "ids_dev6", "unseen2")}
    finally:
        sys.path.remove(str(DATA_DIR))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize("name", ["ids_dev5", "ids_dev6", "unseen2"])
def test_set_is_its_build_output(builders, name):
    from markup_checks import dumps

    built = _digest(dumps(builders[name].records()))
    on_disk = hashlib.sha256((DATA_DIR / f"{name}.jsonl").read_bytes()).hexdigest()
    assert built == on_disk, f"{name}.jsonl differs from what build_{name}.py makes"


def test_unseen2_matches_its_frozen_hash():
    frozen = (DATA_DIR / "unseen2.sha256").read_text(encoding="utf-8").strip()
    on_disk = hashlib.sha256((DATA_DIR / "unseen2.jsonl").read_bytes()).hexdigest()
    assert on_disk == frozen, "unseen2.jsonl changed without a reviewed update of unseen2.sha256"
