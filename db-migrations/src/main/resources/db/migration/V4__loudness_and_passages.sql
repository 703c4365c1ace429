-- Segment and analyze results: one analysis row per imported file, one row per passage.
-- Positions are ticks of 1/28,224,000 s from the start of the file; levels in LUFS, LU, dBFS, dBTP, dB.

CREATE TABLE analysis (
    file_id               INTEGER PRIMARY KEY REFERENCES file (id) ON DELETE CASCADE,
    segment_version       INTEGER NOT NULL,
    analyze_version       INTEGER NOT NULL,
    -- 1 when no audible audio was found: such a file has no passage.
    no_audio              INTEGER NOT NULL CHECK (no_audio IN (0, 1)),
    integrated_lufs       REAL,
    loudness_range_lu     REAL,
    sample_peak_dbfs      REAL,
    true_peak_dbtp        REAL,
    track_gain_db         REAL,
    album_gain_db         REAL,
    lead_in_ticks         INTEGER,
    lead_out_ticks        INTEGER,
    fade_in_start_ticks   INTEGER,
    fade_in_end_ticks     INTEGER,
    fade_out_start_ticks  INTEGER,
    fade_out_end_ticks    INTEGER,
    -- The file's 400 ms block energies above -70 LUFS (float32 little-endian): album gain gates
    -- all of an album's blocks together, as ReplayGain 2.0 requires.
    gating_blocks         BLOB
);

CREATE TABLE passage (
    file_id               INTEGER NOT NULL REFERENCES file (id) ON DELETE CASCADE,
    seq                   INTEGER NOT NULL,
    start_ticks           INTEGER NOT NULL,
    end_ticks             INTEGER NOT NULL,
    lead_in_ticks         INTEGER,
    lead_out_ticks        INTEGER,
    fade_in_start_ticks   INTEGER,
    fade_in_end_ticks     INTEGER,
    fade_out_start_ticks  INTEGER,
    fade_out_end_ticks    INTEGER,
    integrated_lufs       REAL,
    loudness_range_lu     REAL,
    sample_peak_dbfs      REAL,
    true_peak_dbtp        REAL,
    PRIMARY KEY (file_id, seq)
);
