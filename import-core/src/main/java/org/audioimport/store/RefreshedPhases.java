package org.audioimport.store;

import org.audioimport.analyze.Analysis;
import org.audioimport.fingerprint.FingerprintOutcome;
import org.audioimport.segment.SegmentOutcome;

/**
 * The results of the phases run again on an unchanged file because their algorithm changed. A phase
 * left null was current and is not rewritten; {@code segments} and {@code analysis} come together, since
 * the analysis is measured over the passages the segment phase finds.
 */
public record RefreshedPhases(FingerprintOutcome fingerprint, SegmentOutcome segments, Analysis analysis,
        double durationSeconds) {
    public RefreshedPhases {
        if ((segments == null) != (analysis == null)) {
            throw new IllegalArgumentException("segment and analyze results are refreshed together");
        }
    }
}
