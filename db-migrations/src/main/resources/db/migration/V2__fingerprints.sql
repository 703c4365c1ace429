-- Fingerprints, duplicate recordings and decode warnings.

-- One row per imported file that was fingerprinted. A file without a meaningful fingerprint
-- (silence, too short) has chromaprint and raw NULL and says why in missing_reason: an empty
-- fingerprint is never stored as if it were real.
CREATE TABLE fingerprint (
    file_id            INTEGER PRIMARY KEY REFERENCES file (id) ON DELETE CASCADE,
    algorithm_version  INTEGER NOT NULL,
    chromaprint        TEXT,
    raw                BLOB,
    duration_s         REAL    NOT NULL,
    missing_reason     TEXT,
    CHECK ((chromaprint IS NULL) = (raw IS NULL)),
    CHECK ((chromaprint IS NULL) = (missing_reason IS NOT NULL))
);

-- Sub-fingerprint terms (the top 20 bits of each raw item), so that a new file is compared only
-- with the files sharing terms with it, never with the whole catalogue.
CREATE TABLE fingerprint_term (
    term     INTEGER NOT NULL,
    file_id  INTEGER NOT NULL REFERENCES file (id) ON DELETE CASCADE,
    PRIMARY KEY (term, file_id)
) WITHOUT ROWID;

CREATE INDEX fingerprint_term_file ON fingerprint_term (file_id);

-- The same recording in another file: points at the first file of its group.
ALTER TABLE file ADD COLUMN duplicate_of INTEGER REFERENCES file (id) ON DELETE SET NULL;

CREATE INDEX file_duplicate_of ON file (duplicate_of);

-- Problems that did not stop decoding (damaged frames, a truncated end), in file order.
CREATE TABLE decode_warning (
    file_id     INTEGER NOT NULL REFERENCES file (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    position_s  REAL    NOT NULL,
    message     TEXT    NOT NULL,
    PRIMARY KEY (file_id, seq)
);
