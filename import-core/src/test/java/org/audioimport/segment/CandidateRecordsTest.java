package org.audioimport.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The boundary records stay within their bound and say up to which threshold they are complete. */
class CandidateRecordsTest {

    @Test
    void pastTheBoundTheWindowsWithTheLoudestNeighboursGoFirstAndTheLowestLevelDroppedIsKept() {
        // Window 0 follows a silence (level 0); the others follow music at rising levels.
        CandidateRecords records = windowZeroAfterASilence(0f);
        for (int w = 1; w <= CandidateRecords.MAX_WINDOWS; w++) {
            records.open(w, w / 10_000f, 0f);
            records.add(3, 0.9f);
            records.bound(0f);
        }
        assertTrue(records.size() <= CandidateRecords.MAX_WINDOWS / 2 + 1, "records held: " + records.size());
        assertEquals(7, records.offsetReaching(0, 0.01f, false), "the window after the silence is kept");
        assertTrue(records.droppedLevel() > 0.05f, "dropped from level " + records.droppedLevel());
        assertEquals(-1, records.offsetReaching(CandidateRecords.MAX_WINDOWS - 1, 0.01f, false));
    }

    @Test
    void pastTheBoundTheWindowsUnderTheLowestThresholdAreForgottenFirstAndNothingCountsAsDropped() {
        CandidateRecords records = windowZeroAfterASilence(0.01f);
        // A fade under the threshold: each window quieter than the one before, its level higher than the
        // window after the silence's, so dropping by level alone would drop window 0's records first.
        for (int w = 1; w <= 2 * CandidateRecords.MAX_WINDOWS; w++) {
            records.open(w, 0.009f - w / 1e6f, 0.01f);
            records.add(3, 0.0095f - w / 1e6f);
            records.bound(0.01f);
        }

        assertEquals(7, records.offsetReaching(0, 0.01f, false), "the window after the silence is kept");
        assertEquals(Float.POSITIVE_INFINITY, records.droppedLevel(), "only what no threshold can ask for went");
        assertTrue(records.size() <= CandidateRecords.MAX_WINDOWS, "records held: " + records.size());
    }

    /** Records whose window 0 follows a silence, with one record at offset 7; {@code lowest} as for later windows. */
    private static CandidateRecords windowZeroAfterASilence(float lowest) {
        CandidateRecords records = new CandidateRecords();
        records.clear();
        records.open(0, 0f, lowest);
        records.add(7, 0.5f);
        records.bound(lowest);
        return records;
    }
}
