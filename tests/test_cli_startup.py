"""Start-up of the command line: a command loads only what it uses, and the help built from
the command table says what the command modules register (ARCHITECTURE.md, "Command line
start-up"). Speed itself is measured in tests/benchmarks/bench_cli.py, not asserted here."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import subprocess
import sys

import pytest

from liaison import __version__
from liaison.cli import build_parser
from liaison.cli.command_table import COMMANDS, MODULES, LazyCommands

# What a command that needs no workspace must not import: the desktop, cryptography, the
# workspace (and through it the store), or any command's module.
HEAVY = ("PySide6", "cryptography", "keyring", "liaison.workspace", "liaison.store",
         "liaison.exchange", "liaison.analysis", *(f"liaison.cli.{m}" for m in MODULES))

PROBE = """
import contextlib, io, json, sys
from liaison.launcher import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def probe(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def heavy_modules(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_version_imports_nothing_heavy():
    result = probe("--version")
    assert result["code"] == 0 and result["out"] == f"liaison {__version__}\n"
    assert heavy_modules(result["modules"]) == []


def test_version_as_a_module_run():
    done = subprocess.run([sys.executable, "-m", "liaison", "--version"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and done.stdout == f"liaison {__version__}\n"


def test_help_imports_nothing_heavy_and_lists_every_command():
    result = probe("--help")
    assert result["code"] == 0
    assert heavy_modules(result["modules"]) == []
    for name, _, _ in COMMANDS:
        assert f"    {name} " in result["out"], name


def test_a_command_imports_only_its_own_module():
    result = probe("info", "--help")
    assert result["code"] == 0 and "usage: liaison info" in result["out"]
    loaded = [m for m in MODULES if f"liaison.cli.{m}" in result["modules"]]
    assert loaded == ["workspace_cmds"]
    assert not any(m == "PySide6" or m.startswith("PySide6.") for m in result["modules"])


def full_parser() -> argparse.ArgumentParser:
    parser = build_parser()
    commands(parser).load_all()
    return parser


def commands(parser: argparse.ArgumentParser) -> LazyCommands:
    return next(a for a in parser._actions if isinstance(a, LazyCommands))


def test_the_table_says_what_the_modules_register():
    sub = commands(full_parser())
    registered = [(a.dest, a.help) for a in sub._choices_actions]
    assert registered == [(name, help_) for name, _, help_ in COMMANDS]
    assert list(sub.choices) == [name for name, _, _ in COMMANDS]
    # Each command's owners are the modules that register it (a group two modules join
    # names both): loading only them gives the same parser as loading every module.
    for name, owners, _ in COMMANDS:
        alone = commands(build_parser())
        alone.load(owners.split())
        assert alone.choices[name].format_help() == sub.choices[name].format_help(), name


def test_help_is_the_same_as_with_every_module_loaded():
    assert build_parser().format_help() == full_parser().format_help()


@pytest.mark.parametrize("name", [name for name, _, _ in COMMANDS])
def test_each_command_help_is_its_modules(name):
    expected = full_parser()._subparsers._group_actions[0].choices[name].format_help()
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exit_:
        build_parser().parse_args([name, "--help"])
    assert exit_.value.code == 0
    assert out.getvalue() == expected


def test_an_unknown_command_names_every_command():
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["nosuch"])
    assert exit_.value.code == 2
    assert ", ".join(f"'{name}'" for name, _, _ in COMMANDS) in err.getvalue()
