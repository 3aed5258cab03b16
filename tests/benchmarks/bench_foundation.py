"""Workspace open time by key slot, and SQLCipher insert throughput against plain SQLite."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from liaison.store.database import connect
from liaison.store.keyslots import keyring_probe
from liaison.workspace import Workspace

from .table import median_ms, print_table, timed

ROWS = 100_000
PASSPHRASE = "benchmark passphrase"


def _rows():
    return ((i, f"entity-{i}", f"+4915112{i:06d}", "Aleksandr Petrov") for i in range(ROWS))


def _insert(conn, placeholder_begin: str) -> None:
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, phone TEXT, who TEXT)")
    conn.execute(placeholder_begin)
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", _rows())
    conn.execute("COMMIT")


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rows = []
        folder = tmp / "pp"
        Workspace.create(folder, "Bench", "DE", use_keyring=False, passphrase=PASSPHRASE).close()
        with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
            key = bytes(ws._key)
        raw = timed(lambda: connect(folder / "workspace.db", key).close(), repeat=20)
        rows.append(["open: raw key (connect + first read)", median_ms(raw)])
        try:
            keyring_probe()
            kfolder = tmp / "kr"
            Workspace.create(kfolder, "Bench", "DE").close()
            kr = timed(lambda: Workspace.open(kfolder).close(), repeat=10)
            rows.append(["open: keyring slot (whole Workspace.open)", median_ms(kr)])
        except Exception as exc:  # no Secret Service on this machine
            rows.append([f"open: keyring slot unavailable ({type(exc).__name__})", "-"])
        pp = timed(lambda: Workspace.open(folder, passphrase=PASSPHRASE,
                                          use_keyring=False).close(), repeat=5)
        rows.append(["open: passphrase slot (Argon2id, whole Workspace.open)", median_ms(pp)])
        print_table("Workspace open (median ms)", ["what", "ms"], rows)

        enc = connect(tmp / "enc.db", key, create=True)
        t_enc = timed(lambda: _insert(enc, "BEGIN"))[0]
        enc.close()
        plain = sqlite3.connect(tmp / "plain.db", isolation_level=None)
        plain.execute("PRAGMA journal_mode = WAL")
        plain.execute("PRAGMA synchronous = NORMAL")
        t_plain = timed(lambda: _insert(plain, "BEGIN"))[0]
        plain.close()
        print_table(f"Insert {ROWS:,} small rows, one transaction",
                    ["store", "seconds", "rows/s", "ratio"],
                    [["SQLCipher 4 (workspace pragmas)", t_enc, f"{ROWS / t_enc:,.0f}",
                      t_enc / t_plain],
                     ["plain sqlite3 (WAL, synchronous=NORMAL)", t_plain,
                      f"{ROWS / t_plain:,.0f}", 1.0]])


if __name__ == "__main__":
    run()
