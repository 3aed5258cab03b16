"""Schema version 6: agency identity, partner certificates, outbox, inbox, quarantine, sent log.

Private keys live only here, inside the encrypted database (PKCS#8 DER), never in
the keyring or a file (ARCHITECTURE.md, "Key slots"). Package files themselves are
already encrypted, so the outbox and quarantine keep them as files in the
workspace folder and only their bookkeeping here.
"""

V6_EXCHANGE = """
-- Our agency's keys: one signing and one encryption key per generation. A key
-- waiting for its CA-issued certificate has a CSR and no certificate yet; older
-- generations stay (inactive) so packages encrypted to them can still be opened.
CREATE TABLE identity_keys (
    kid         INTEGER PRIMARY KEY,
    usage       TEXT NOT NULL CHECK (usage IN ('signing', 'encryption')),
    private_key BLOB NOT NULL,
    certificate BLOB,
    csr         BLOB,
    fingerprint TEXT UNIQUE,
    created     TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 0
);

-- A partner's certificates, pinned by SHA-256 fingerprint. ``agency`` is the
-- organisation the certificate names: the originator name its records carry.
-- ``accept_until`` is set when a newer certificate replaces this one (rollover).
CREATE TABLE partner_certs (
    cid           INTEGER PRIMARY KEY,
    pid           INTEGER NOT NULL REFERENCES partners(pid),
    usage         TEXT NOT NULL CHECK (usage IN ('signing', 'encryption')),
    fingerprint   TEXT NOT NULL UNIQUE,
    der           BLOB NOT NULL,
    agency        TEXT NOT NULL,
    not_before    TEXT NOT NULL,
    not_after     TEXT NOT NULL,
    added         TEXT NOT NULL,
    verified      TEXT,
    verified_by   TEXT,
    verify_method TEXT,
    accept_until  TEXT,
    revoked       TEXT,
    revoke_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX partner_certs_pid ON partner_certs(pid, usage);

-- CA certificates a partner's certificates must chain to (national PKI), pinned too.
CREATE TABLE partner_cas (
    caid        INTEGER PRIMARY KEY,
    pid         INTEGER NOT NULL REFERENCES partners(pid),
    fingerprint TEXT NOT NULL,
    der         BLOB NOT NULL,
    added       TEXT NOT NULL,
    UNIQUE (pid, fingerprint)
);

-- Next sequence number of the packages we send to each partner.
CREATE TABLE partner_sequences (
    pid      INTEGER PRIMARY KEY REFERENCES partners(pid),
    last_out INTEGER NOT NULL DEFAULT 0
);

-- Packages we built, waiting for (or done with) a transport; ``file`` is relative
-- to the workspace folder.
CREATE TABLE outbox (
    oid        INTEGER PRIMARY KEY,
    package_id TEXT NOT NULL UNIQUE,
    share_id   TEXT NOT NULL,
    part       INTEGER NOT NULL,
    parts      INTEGER NOT NULL,
    created    TEXT NOT NULL,
    file       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    summary    TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE outbox_recipients (
    oid       INTEGER NOT NULL REFERENCES outbox(oid),
    pid       INTEGER NOT NULL REFERENCES partners(pid),
    sequence  INTEGER NOT NULL,
    mailbox   TEXT NOT NULL,
    delivered TEXT,
    transport TEXT,
    error     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (oid, pid)
) WITHOUT ROWID;

-- Packages received and merged: the package id is what makes a replay visible.
CREATE TABLE inbox (
    iid        INTEGER PRIMARY KEY,
    package_id TEXT NOT NULL UNIQUE,
    pid        INTEGER NOT NULL REFERENCES partners(pid),
    sequence   INTEGER NOT NULL,
    created    TEXT NOT NULL,
    received   TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    source     TEXT NOT NULL,
    import_id  INTEGER REFERENCES imports(id),
    summary    TEXT NOT NULL DEFAULT '{}',
    UNIQUE (pid, sequence)
);

-- Refused package files, kept (still encrypted) in quarantine/ with the reason here:
-- the reason never holds record text, and stays inside the encrypted database.
CREATE TABLE quarantine (
    qid        INTEGER PRIMARY KEY,
    ts         TEXT NOT NULL,
    file       TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL,
    source     TEXT NOT NULL,
    code       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    pid        INTEGER,
    package_id TEXT,
    released   TEXT
);

-- Which version of which record went to which partner, so that a correction or a
-- retraction reaches everyone who received the record (ARCHITECTURE.md, "Correct,
-- retract, erase").
CREATE TABLE sent_log (
    pid        INTEGER NOT NULL REFERENCES partners(pid),
    record_id  TEXT NOT NULL,
    version    INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('record', 'retraction')),
    package_id TEXT NOT NULL,
    ts         TEXT NOT NULL,
    PRIMARY KEY (pid, record_id, version, kind)
) WITHOUT ROWID;
CREATE INDEX sent_log_record ON sent_log(record_id);

-- Transports: a folder (USB stick, shared drive) or an SFTP server. ``secret`` is
-- the SSH private key, kept here so it need not stay in a file.
CREATE TABLE transports (
    name    TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('folder', 'sftp')),
    config  TEXT NOT NULL,
    secret  BLOB,
    created TEXT NOT NULL
);
"""
