-- The catalogue, version 1: scan runs, files, and the tags read from them.
-- Times of day are Unix epoch milliseconds. Audio durations are ticks of 1/28,224,000 s,
-- a multiple of every common sample rate, so positions stay sample-exact.

CREATE TABLE scan_run (
    id            INTEGER PRIMARY KEY,
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    roots         TEXT    NOT NULL,
    outcome       TEXT    NOT NULL DEFAULT 'running'
                  CHECK (outcome IN ('running', 'completed', 'interrupted')),
    files_seen    INTEGER NOT NULL DEFAULT 0,
    imported      INTEGER NOT NULL DEFAULT 0,
    updated       INTEGER NOT NULL DEFAULT 0,
    unchanged     INTEGER NOT NULL DEFAULT 0,
    failed        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE file (
    id              INTEGER PRIMARY KEY,
    path            TEXT    NOT NULL UNIQUE,
    size_bytes      INTEGER NOT NULL,
    mtime_ms        INTEGER NOT NULL,
    content_hash    TEXT,
    container       TEXT,
    codec           TEXT,
    sample_rate     INTEGER,
    channels        INTEGER,
    bit_depth       INTEGER,
    bitrate_kbps    INTEGER,
    duration_ticks  INTEGER,
    status          TEXT    NOT NULL CHECK (status IN ('imported', 'failed')),
    failure_reason  TEXT,
    first_seen_at   INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    last_scan_id    INTEGER REFERENCES scan_run (id)
);

CREATE INDEX file_status ON file (status);
CREATE INDEX file_content_hash ON file (content_hash);

-- An empty name stands for an unknown artist, so that albums always have an album artist
-- and their identity (title, album artist) stays unique without NULLs.
CREATE TABLE artist (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    musicbrainz_id  TEXT
);

CREATE TABLE album (
    id                            INTEGER PRIMARY KEY,
    title                         TEXT    NOT NULL,
    album_artist_id               INTEGER NOT NULL REFERENCES artist (id),
    musicbrainz_release_id        TEXT,
    musicbrainz_release_group_id  TEXT,
    UNIQUE (title, album_artist_id)
);

CREATE TABLE track (
    id                         INTEGER PRIMARY KEY,
    file_id                    INTEGER NOT NULL UNIQUE REFERENCES file (id) ON DELETE CASCADE,
    title                      TEXT,
    artist_id                  INTEGER REFERENCES artist (id),
    album_id                   INTEGER REFERENCES album (id),
    track_number               INTEGER,
    track_total                INTEGER,
    disc_number                INTEGER,
    disc_total                 INTEGER,
    date                       TEXT,
    genre                      TEXT,
    musicbrainz_recording_id   TEXT,
    musicbrainz_track_id       TEXT
);

CREATE INDEX track_artist ON track (artist_id);
CREATE INDEX track_album ON track (album_id);
