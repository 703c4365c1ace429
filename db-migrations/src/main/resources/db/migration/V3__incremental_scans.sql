-- Incremental scans: files gone from disk are marked, not deleted; scans count moves and misses.

-- When the file was first found missing from its folder; NULL while it is on disk.
ALTER TABLE file ADD COLUMN missing_since INTEGER;

CREATE INDEX file_missing_since ON file (missing_since);

ALTER TABLE scan_run ADD COLUMN moved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scan_run ADD COLUMN missing INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scan_run ADD COLUMN purged INTEGER NOT NULL DEFAULT 0;
