"""Shared fixtures: sample data, CI strictness, and real-component detection."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
TEST_DATA = Path(__file__).resolve().parent / "data"
# Public sample files from other projects, and a few written for Liaison (see SOURCES.md there).
SAMPLES = TEST_DATA / "samples"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, reason: str) -> None:
    """Skip on a developer machine without the real component; fail under CI=true."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI needs this real component: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def test_data() -> Path:
    return TEST_DATA
