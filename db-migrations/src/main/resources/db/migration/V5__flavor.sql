-- Flavor vectors: how a file, and each of its passages, sounds (see FlavorVector for the layout of
-- each version). A vector is float32 little-endian; a file or passage too short or silent to describe
-- has no vector and says why.

CREATE TABLE flavor (
    -- Rises with every write (AUTOINCREMENT never reuses an id), so the similarity index, keyed by it,
    -- knows how far it has caught up: every row above its mark is new to it.
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id     INTEGER NOT NULL UNIQUE REFERENCES file (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    vector      BLOB,
    no_vector   TEXT,
    CHECK ((vector IS NULL) <> (no_vector IS NULL))
);

CREATE TABLE passage_flavor (
    file_id     INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    vector      BLOB,
    no_vector   TEXT,
    CHECK ((vector IS NULL) <> (no_vector IS NULL)),
    PRIMARY KEY (file_id, seq),
    FOREIGN KEY (file_id, seq) REFERENCES passage (file_id, seq) ON DELETE CASCADE
);
