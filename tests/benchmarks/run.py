"""Run the benchmarks and print their tables: ``python -m tests.benchmarks.run [NAME...]``.

Every ``bench_NAME.py`` beside this file is a benchmark with a ``run()`` function.
Some take minutes (the million-record ones); name the ones you want.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def main(argv: list[str]) -> int:
    names = argv or BENCHMARKS
    for name in names:
        if name not in BENCHMARKS:
            print(f"unknown benchmark {name!r}; choose from {', '.join(BENCHMARKS)}")
            return 2
        importlib.import_module(f"tests.benchmarks.bench_{name}").run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
