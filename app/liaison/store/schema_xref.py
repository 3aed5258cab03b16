"""Schema version 4: cross-reference candidates, judgements and entity clusters.

Judgements are stored apart from the data and never edit it; the latest
judgement of a pair wins and earlier ones stay as history, so an undo is just
another judgement. ``entity_clusters`` is derived from the 'same' judgements
(union-find) so that a confirmed pair acts as one entity everywhere.
"""

V4_XREF = """
-- Keyed (b_eid, a_eid): a run compares entities in ascending order, each with the
-- lower ones, so its rows arrive in key order and are appended, not scattered.
CREATE TABLE xref_candidates (
    a_eid    INTEGER NOT NULL REFERENCES entities(eid),
    b_eid    INTEGER NOT NULL REFERENCES entities(eid),
    score    REAL NOT NULL,
    evidence TEXT NOT NULL,
    found    TEXT NOT NULL,
    PRIMARY KEY (b_eid, a_eid),
    CHECK (a_eid < b_eid)
) WITHOUT ROWID;
CREATE INDEX xref_candidates_score ON xref_candidates(score DESC);
CREATE INDEX xref_candidates_a ON xref_candidates(a_eid);

CREATE TABLE xref_judgements (
    seq     INTEGER PRIMARY KEY,
    a_id    TEXT NOT NULL,
    b_id    TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('same', 'different', 'unsure', 'undone')),
    ts      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    CHECK (a_id < b_id)
);
CREATE INDEX xref_judgements_pair ON xref_judgements(a_id, b_id, seq);

-- eid → the eid that represents its cluster (the smallest eid in it). Only entities
-- joined to another have a row; an entity without one is its own cluster.
CREATE TABLE entity_clusters (
    eid     INTEGER PRIMARY KEY REFERENCES entities(eid),
    cluster INTEGER NOT NULL
);
CREATE INDEX entity_clusters_cluster ON entity_clusters(cluster);

-- Highest entity row id already compared: cross-referencing is incremental.
INSERT INTO meta (key, value) VALUES ('xref_compared_eid', '0');
"""
