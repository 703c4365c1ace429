package org.audioimport.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The boundary records stay within their bound and say up to which threshold they are complete. */
class CandidateRecordsTest {

    @Test
    void pastTheBoundTheWindowsWithTheLoudestNeighboursGoFirstAndTheLowestLevelDroppedIsKept() {
        CandidateRecords records = new CandidateRecords();
        records.clear();
        // Window 0 follows a silence (level 0); the others follow music at rising levels.
        records.open(0, 0f);
        records.add(7, 0.5f);
        records.bound();
        for (int w = 1; w <= CandidateRecords.MAX_WINDOWS; w++) {
            records.open(w, w / 10_000f);
            records.add(3, 0.9f);
            records.bound();
        }
        assertTrue(records.size() <= CandidateRecords.MAX_WINDOWS / 2 + 1, "records held: " + records.size());
        assertEquals(7, records.offsetReaching(0, 0.01f, false), "the window after the silence is kept");
        assertTrue(records.droppedLevel() > 0.05f, "dropped from level " + records.droppedLevel());
        assertEquals(-1, records.offsetReaching(CandidateRecords.MAX_WINDOWS - 1, 0.01f, false));
    }
}
