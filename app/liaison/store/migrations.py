"""Numbered schema migrations, each applied in its own transaction.

The schema version is SQLite's ``user_version``. A database newer than this
program is refused before anything is written; an older one is brought up to
date one step at a time, so a crash between steps leaves a consistent version.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from liaison.model.cyber import CYBER_KINDS
from liaison.model.errors import SchemaTooNew
from liaison.model.identifiers import PROPERTY_KINDS, normalise
from liaison.store.charts import V18_CHARTS
from liaison.store.database import Connection, transaction
from liaison.store.relayed import V16_RECORD_SIGNATURES, v11_origin
from liaison.store.schema_checkpoints import V14_CHECKPOINTS
from liaison.store.schema_exchange import V6_EXCHANGE
from liaison.store.schema_hits import V13_HITS, v13_hits
from liaison.store.schema_intel import V2_INTELLIGENCE
from liaison.store.schema_patterns import V17_PATTERNS
from liaison.store.schema_policy import V5_POLICY
from liaison.store.schema_search import V3_SEARCH
from liaison.store.schema_users import V19_USERS
from liaison.store.schema_xref import V4_XREF
from liaison.store.source_defaults import V15_SOURCE_DEFAULTS
from liaison.store.source_objects import V15_SOURCE_OBJECTS


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


def _script(sql: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        # executescript would COMMIT first; run statement by statement instead so the
        # migration stays inside the caller's transaction.
        for statement in _split(sql):
            conn.execute(statement)

    return run


def _split(sql: str) -> list[str]:
    """Split a migration script on ';' at line ends, keeping trigger bodies whole."""
    statements, current, depth = [], [], 0
    for line in sql.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            depth += 1
        if depth and upper.startswith("END;"):
            depth -= 1
        if stripped.endswith(";") and depth == 0:
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements


def _v3_search(conn: Connection) -> None:
    _script(V3_SEARCH)(conn)
    # Records stored before search existed must be findable after the upgrade.
    # Imported here: the index pulls in every identifier library, which opening a
    # workspace that is already current does not need.
    from liaison.store.search_index import rebuild_all

    rebuild_all(conn)


V1_FOUNDATION = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The audit chain: each entry's hash covers its canonical form, which includes
-- the previous entry's hash (see store/audit.py).
CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    ts        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    object    TEXT NOT NULL,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
"""

# Records whose review date has come are listed from this index, not a table scan.
V7_GOVERN = """
CREATE INDEX records_review ON records(review_date) WHERE status = 'active';
"""

# Entities already compared that later gained a value or an agency (a merge, a package):
# the next incremental run compares them again, as if they were new.
V8_XREF_PENDING = """
CREATE TABLE xref_pending (eid INTEGER PRIMARY KEY REFERENCES entities(eid)) WITHOUT ROWID;
"""

# The id an entity has in the partner's own file (FtM id, STIX id, MISP uuid, CSV key):
# '' for entities stored before it was kept, and for those made by Liaison itself.
V9_SOURCE_REF = """
ALTER TABLE entities ADD COLUMN source_ref TEXT NOT NULL DEFAULT '';
"""

def _v10_email_case(conn: Connection) -> None:
    """E-mail values stored before were case-sensitive in their local part; they are
    compared in lower case now (the raw value keeps how the partner wrote it)."""
    rows = conn.execute("SELECT eid, prop, raw, value FROM entity_values "
                        "WHERE kind = 'email'").fetchall()
    conn.executemany("UPDATE entity_values SET value = ? WHERE eid = ? AND prop = ? AND raw = ?",
                     [(value.lower(), eid, prop, raw) for eid, prop, raw, value in rows
                      if value != value.lower()])


def _v12_cyber_identifiers(conn: Connection) -> None:
    """IPs, domains, URLs, file hashes and AS numbers stored before were free text (or,
    for IPs, kept their host bits): normalise them as imports now do, index them the way
    search now looks them up, and have the next cross-referencing run compare their
    entities again (model/cyber.py)."""
    props = sorted(p for p, k in PROPERTY_KINDS.items() if k in CYBER_KINDS or k == "hash")
    rows = conn.execute(
        f"SELECT eid, prop, raw, value, kind, valid, note FROM entity_values "
        f"WHERE prop IN ({', '.join('?' * len(props))}) AND coalesce(kind, '') != 'entity'",
        props).fetchall()
    updates = []
    for eid, prop, raw, value, kind, valid, note in rows:
        fresh = normalise(prop, raw)
        # An import's cut says so in the note (model.limits); it stays.
        cut = [part for part in note.split("; ") if part.startswith("cut to its first")]
        new_note = "; ".join([*filter(None, [fresh.note]), *cut])
        if (fresh.value, fresh.kind, int(fresh.valid), new_note) != (value, kind, valid, note):
            updates.append((fresh.value, fresh.kind, int(fresh.valid), new_note, eid, prop, raw))
    conn.executemany("UPDATE entity_values SET value = ?, kind = ?, valid = ?, note = ? "
                     "WHERE eid = ? AND prop = ? AND raw = ?", updates)
    conn.executemany("INSERT OR IGNORE INTO xref_pending (eid) VALUES (?)",
                     [(eid,) for eid in sorted({u[4] for u in updates})])
    from liaison.store.search_index import index_import  # heavy: loaded when migrating

    index_import(conn, [], {row[0] for row in rows})


MIGRATIONS: list[Migration] = [
    Migration(1, "foundation: meta and audit chain", _script(V1_FOUNDATION)),
    Migration(2, "intelligence: records, entities, links, events", _script(V2_INTELLIGENCE)),
    Migration(3, "search: full-text indexes and watchlists", _v3_search),
    Migration(4, "cross-referencing: candidates, judgements, clusters", _script(V4_XREF)),
    Migration(5, "policy: partners, agreements, consents", _script(V5_POLICY)),
    Migration(6, "exchange: identity, partner certificates, outbox, inbox", _script(V6_EXCHANGE)),
    Migration(7, "governance: records by review date", _script(V7_GOVERN)),
    Migration(8, "cross-referencing: entities changed since compared", _script(V8_XREF_PENDING)),
    Migration(9, "provenance: the id each entity has in its partner's file",
              _script(V9_SOURCE_REF)),
    Migration(10, "identifiers: e-mail addresses compared without case", _v10_email_case),
    Migration(11, "exchange: records bound to their originator; relayed claims kept aside",
              v11_origin),
    Migration(12, "identifiers: IPs, domains, URLs, hashes and AS numbers normalised",
              _v12_cyber_identifiers),
    Migration(13, "exchange: hit/no-hit queries, their answers and the agreement's caps",
              lambda conn: v13_hits(conn, _script(V13_HITS))),
    Migration(14, "audit: signed checkpoints given to partners and received from them",
              _script(V14_CHECKPOINTS)),
    Migration(15, "imports: partners' defaults for what they send; source objects kept "
              "verbatim", _script(V15_SOURCE_DEFAULTS + V15_SOURCE_OBJECTS)),
    Migration(16, "exchange: the originator's signature kept with each received record",
              _script(V16_RECORD_SIGNATURES)),
    Migration(17, "patterns: findings of the detectors and the analyst's verdicts",
              _script(V17_PATTERNS)),
    Migration(18, "charts: the analyst's saved link charts and hand-drawn links",
              _script(V18_CHARTS)),
    Migration(19, "users and roles; four-eyes rules and releases awaiting approval",
              _script(V19_USERS)),
]


def latest_version() -> int:
    return MIGRATIONS[-1].version


def schema_version(conn: Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def check_not_newer(conn: Connection, name: str) -> int:
    """Refuse a database written by a newer Liaison; returns its version."""
    version = schema_version(conn)
    if version > latest_version():
        raise SchemaTooNew(
            f"{name} has schema version {version}, but this Liaison knows only up to "
            f"{latest_version()}. Install a newer Liaison to open it; nothing was changed."
        )
    return version


def migrate(conn: Connection, name: str = "workspace.db") -> list[int]:
    """Apply every pending migration; returns the versions applied."""
    applied = []
    version = check_not_newer(conn, name)
    for migration in MIGRATIONS:
        if migration.version <= version:
            continue
        with transaction(conn):
            migration.apply(conn)
            # user_version cannot be bound as a parameter; the value is our own int.
            conn.execute(f"PRAGMA user_version = {int(migration.version)}")
        applied.append(migration.version)
    return applied
