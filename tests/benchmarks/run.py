"""Run the benchmarks and print their tables: ``python -m tests.benchmarks.run [NAME...]``."""

from __future__ import annotations

import importlib
import sys

BENCHMARKS = ["foundation"]


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
