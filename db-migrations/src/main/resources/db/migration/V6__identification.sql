-- Identification: what AcoustID and MusicBrainz say a recording is, kept beside the tags and never
-- over them. Written only by the identification queue, in small transactions of its own, apart from
-- the per-file import transaction.

-- One row per distinct fingerprint looked up on AcoustID: identical fingerprints share it, so the
-- same audio at two paths is asked about once.
CREATE TABLE acoustid_lookup (
    id                  INTEGER PRIMARY KEY,
    -- SHA-256 of the duration and the compressed fingerprint as sent: the key of the cache.
    fingerprint_sha256  TEXT NOT NULL UNIQUE,
    status              TEXT NOT NULL CHECK (status IN ('matched', 'no_match', 'error')),
    acoustid_id         TEXT,
    score               REAL,
    recording_mbid      TEXT,
    acoustid_response   TEXT,
    error               TEXT,
    -- Failed attempts in a row; the next retry waits longer for each.
    failures            INTEGER NOT NULL DEFAULT 0,
    looked_up_at        INTEGER NOT NULL,
    retry_at            INTEGER,
    CHECK ((status = 'error') = (error IS NOT NULL)),
    CHECK (status <> 'matched' OR recording_mbid IS NOT NULL)
);

CREATE INDEX acoustid_lookup_acoustid_id ON acoustid_lookup (acoustid_id);

-- Which lookup holds a file's identity. A copy in a duplicate group has no row: it takes the identity
-- of the first file of its group. The row is stale when the file was written again after it
-- (file.updated_at differs), since its fingerprint may have changed.
CREATE TABLE file_identity (
    file_id          INTEGER PRIMARY KEY REFERENCES file (id) ON DELETE CASCADE,
    lookup_id        INTEGER NOT NULL REFERENCES acoustid_lookup (id) ON DELETE CASCADE,
    file_updated_at  INTEGER NOT NULL
);

CREATE INDEX file_identity_lookup ON file_identity (lookup_id);

-- One row per MusicBrainz recording fetched: every file and lookup naming it shares it.
CREATE TABLE mb_recording (
    mbid                  TEXT PRIMARY KEY,
    title                 TEXT,
    artist_credit         TEXT,
    length_ms             INTEGER,
    musicbrainz_response  TEXT NOT NULL,
    fetched_at            INTEGER NOT NULL
);

-- The releases the recording appears on, in the order MusicBrainz lists them.
CREATE TABLE mb_release (
    recording_mbid  TEXT NOT NULL REFERENCES mb_recording (mbid) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    release_mbid    TEXT NOT NULL,
    title           TEXT,
    date            TEXT,
    country         TEXT,
    track_position  INTEGER,
    PRIMARY KEY (recording_mbid, seq)
);
