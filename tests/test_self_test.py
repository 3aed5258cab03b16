"""``liaison self-test`` run as an installed program is run: a real process, no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from liaison.cli.self_test import CORE_STEPS, FAIL_ENV
from liaison.ui.self_test_qt import steps as qt_steps

STEPS = [name for name, _ in CORE_STEPS] + [name for name, _ in qt_steps()]


def self_test(tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess, Path]:
    """Run the command with its own TMPDIR and HOME and without any display or Qt platform."""
    temp = tmp_path / "tmp"
    temp.mkdir(exist_ok=True)
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", FAIL_ENV)}
    clean.update(TMPDIR=str(temp), HOME=str(tmp_path / "home"), PYTHONIOENCODING="utf-8",
                 **env)
    done = subprocess.run([sys.executable, "-m", "liaison", "self-test"], capture_output=True,
                          text=True, encoding="utf-8", timeout=180, env=clean, check=False)
    return done, temp


def test_self_test_passes_every_step_and_leaves_nothing(tmp_path):
    done, temp = self_test(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name in STEPS:
        assert any(line.startswith(f"✓ {name} (") for line in lines), (name, done.stdout)
    assert "self-test passed: 8 steps" in done.stdout
    assert "records match 'lang:de'" in done.stdout
    assert "4 languages (fr, de, es, ar)" in done.stdout
    assert list(temp.iterdir()) == [], "the self-test left temporary files behind"


@pytest.mark.parametrize("step", ["open package", "load translations"])
def test_a_failing_step_exits_non_zero_naming_it(tmp_path, step):
    done, temp = self_test(tmp_path, **{FAIL_ENV: step})
    assert done.returncode == 1
    assert f"✗ {step} (" in done.stdout
    assert f"made to fail by {FAIL_ENV}" in done.stdout
    assert f"FAILED at step '{step}'" in done.stderr
    later = STEPS[STEPS.index(step) + 1:]
    assert not any(name in done.stdout for name in later), "steps ran after the failure"
    assert "self-test passed" not in done.stdout
    assert list(temp.iterdir()) == []


def test_a_broken_translation_fails_the_translation_step(tmp_path):
    """No hook: a data folder whose only translation does not compile is a real failure."""
    data = tmp_path / "data"
    (data / "translations").mkdir(parents=True)
    (data / "translations" / "liaison_fr.ts").write_text("<TS><context>broken", "utf-8")
    done, _ = self_test(tmp_path, LIAISON_DATA_DIR=str(data))
    assert done.returncode == 1, done.stdout
    assert "✗ load translations (" in done.stdout
    assert "no compiled translation for" in done.stdout
    assert "✓ render link chart (" in done.stdout
