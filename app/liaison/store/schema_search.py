"""Schema version 3: full-text indexes for records and entities, and watchlists.

The FTS5 tables keep their own copy of the indexed text (not external content)
because they index text that lives in no single column: the names and
normalised identifiers of a record's entities, and their ASCII-folded and
phonetic keys, so "Aleksandr Petrov" finds "Александр Петров". Like every
table they live inside the encrypted database. store/search_index.py fills them;
the migration indexes records stored before this version.
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

-- Search looks hits up here (forced with INDEXED BY) rather than in the wide record
-- rows: it covers every column filters, facets and the result order read.
CREATE INDEX records_rid_facets ON records(rid, agency, country, handling, tlp, reported,
    received, reliability, assessment, language, status);
-- In facet order, so counting facets over all records is one streaming pass.
CREATE INDEX records_facets ON records(agency, country, handling, tlp,
    substr(reported, 1, 4));

-- value is normalised like the data (E.164 phone, compact IBAN...) for identifiers,
-- the name as typed for names, the query text for queries; region is the country
-- national phone numbers in it were read in.
CREATE TABLE watchlists (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('query', 'identifier', 'name')),
    value   TEXT NOT NULL,
    region  TEXT,
    created TEXT NOT NULL,
    actor   TEXT NOT NULL,
    UNIQUE (kind, value)
);
"""
