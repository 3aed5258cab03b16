"""Schema version 3: full-text indexes for records and entities, and watchlists.

The FTS5 tables keep their own copy of the indexed text (not external content)
because they index text that lives in no single column: the names and
normalised identifiers of a record's entities, and their ASCII-folded and
phonetic keys, so "Aleksandr Petrov" finds "Александр Петров". Like every
table they live inside the encrypted database.
"""

V3_SEARCH = """
-- rowid = records.rid
CREATE VIRTUAL TABLE records_fts USING fts5(
    title, narrative, names, folded, phonetic, idents,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- rowid = entities.eid
CREATE VIRTUAL TABLE entities_fts USING fts5(
    names, folded, phonetic, idents, props,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE watchlists (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('query', 'identifier', 'name')),
    value   TEXT NOT NULL,
    created TEXT NOT NULL,
    actor   TEXT NOT NULL,
    UNIQUE (kind, value)
);
"""
