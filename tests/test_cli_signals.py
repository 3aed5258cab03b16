"""The command line in a pipe and under Ctrl+C, as a person runs it: a real process on a
real workspace. ``liaison search ... | head -1`` ends quietly; Ctrl+C in the middle of an
import stops it with one line, exit code 130, and the store exactly as it was."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from .test_cli import run

LIAISON = [sys.executable, "-m", "liaison"]

# SIGPIPE, SIGINT sent to a process and `head` are POSIX; Windows has none of them.
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX pipes and signals")


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory):
    """A workspace holding the demo case: enough hits and pairs to overflow a pipe."""
    tmp = tmp_path_factory.mktemp("signals")
    pp = tmp / "pp.txt"
    pp.write_text("cli signals passphrase")
    folder = tmp / "ws"
    options = ["--workspace", str(folder), "--passphrase-file", str(pp)]
    done = run(*options, "init", "--agency", "Europol desk", "--country", "NL", "--no-keyring")
    assert done.returncode == 0, done.stderr
    done = run(*options, "demo", "--records", "2000")
    assert done.returncode == 0, done.stderr
    return options


def _into_head(args: list[str]) -> tuple[int, str, str]:
    """Run ``liaison ARGS | head -1``; the exit code and stderr of liaison, head's output."""
    head_path = shutil.which("head")
    assert head_path, "head (coreutils) is needed"
    liaison = subprocess.Popen([*LIAISON, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    head = subprocess.Popen([head_path, "-1"], stdin=liaison.stdout, stdout=subprocess.PIPE,
                            text=True)
    liaison.stdout.close()  # head holds the only reading end: its exit closes the pipe
    first, _ = head.communicate(timeout=120)
    _, err = liaison.communicate(timeout=120)
    return liaison.returncode, err.decode("utf-8", "replace"), first


@pytest.mark.parametrize("args", [["search", "a OR e OR i", "--limit", "1000"],
                                  ["xref", "--json", "--limit", "5000"]],
                         ids=["search", "xref-json"])
def test_output_into_head_ends_quietly(demo_ws, args):
    code, err, first = _into_head([*demo_ws, *args])
    assert first.strip(), "head printed the first line"
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert err == ""
    # What a command killed by SIGPIPE returns: scripts with pipefail see it as `yes | head`.
    assert code == 141


def _stats(options: list[str]) -> dict:
    done = run(*options, "stats", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _audit_entries(options: list[str], out) -> list[dict]:
    done = run(*options, "audit", "export", out)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _big_ftm_file(path, people: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(people):
            out.write(json.dumps({"id": f"big-{i}", "schema": "Person", "properties": {
                "name": [f"Person Number {i}"], "phone": [f"+3161{i:07d}"]}}) + "\n")


def _sigint_at_default():
    # A shell starts background jobs with SIGINT ignored, and Python then keeps it
    # ignored; Ctrl+C at a terminal reaches a foreground command, as here.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_during_an_import_leaves_the_store_unchanged(tmp_path, samples):
    pp = tmp_path / "pp.txt"
    pp.write_text("cli signals passphrase")
    options = ["--workspace", str(tmp_path / "ws"), "--passphrase-file", str(pp)]
    done = run(*options, "init", "--agency", "Europol desk", "--country", "NL", "--no-keyring")
    assert done.returncode == 0, done.stderr
    done = run(*options, "import", samples / "misp" / "existing_event.json")
    assert done.returncode == 0, done.stderr
    started = time.monotonic()
    before = _stats(options)
    audit_before = _audit_entries(options, tmp_path / "before.jsonl")
    # A command that opens the workspace and answers: what the import needs before its
    # transaction starts. Waiting twice that and a second more lands well inside the
    # import of 100,000 people, which takes far longer on any machine.
    wait = 2 * (time.monotonic() - started) + 1.0
    big = tmp_path / "people.ijson"
    _big_ftm_file(big, 100_000)

    importing = subprocess.Popen([*LIAISON, *options, "import", str(big)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 preexec_fn=_sigint_at_default)
    time.sleep(wait)
    assert importing.poll() is None, "the import ended before it could be interrupted"
    importing.send_signal(signal.SIGINT)
    out, err = importing.communicate(timeout=120)

    assert importing.returncode == 130, err
    assert "Traceback" not in err
    assert err.strip().splitlines() == ["liaison: interrupted; nothing half-done was saved."]
    assert out == ""
    after = _stats(options)
    assert after == before
    assert after["records"] == 1
    # The audit chain holds no entry for the import that never finished (only the
    # openings of the commands run since), and still verifies.
    audit_after = _audit_entries(options, tmp_path / "after.jsonl")
    assert audit_after[:len(audit_before)] == audit_before
    assert {e["action"] for e in audit_after[len(audit_before):]} <= {
        "workspace.open", "audit.export"}
    verified = run(*options, "audit", "verify")
    assert verified.returncode == 0, verified.stderr
