-- Albums whose ReplayGain album gain must be computed again. A file's transaction marks the album its
-- track belonged to and the one it belongs to now, so the mark commits with the change that caused it;
-- the mark is cleared in the transaction that writes the album's gain. A run killed before its end
-- leaves its marks for the next run to finish.
CREATE TABLE album_gain_pending (
    album_id  INTEGER PRIMARY KEY REFERENCES album (id) ON DELETE CASCADE,
    -- How many times the album was marked: a gain computed from tracks read before a later mark does
    -- not clear that mark (the clearing statement names the count it read).
    marks     INTEGER NOT NULL DEFAULT 1
);

-- Catalogues written before this migration may hold albums whose gain a killed run never computed:
-- every album with a track analysed and no album gain is computed again by the next run (a silent
-- album's gain stays NULL, and its mark is cleared then).
INSERT INTO album_gain_pending (album_id)
SELECT DISTINCT track.album_id
FROM track
JOIN analysis ON analysis.file_id = track.file_id
WHERE track.album_id IS NOT NULL AND analysis.album_gain_db IS NULL;
