package org.audioimport.store;

import org.audioimport.analyze.Analysis;
import org.audioimport.fingerprint.FingerprintOutcome;
import org.audioimport.flavor.FileFlavor;
import org.audioimport.segment.SegmentOutcome;

/**
 * The results of the phases run again on an unchanged file because their algorithm changed. A phase
 * left null was current and is not rewritten; {@code segments}, {@code analysis} and {@code flavor} come
 * together, since the analysis and the flavor are measured over the passages the segment phase finds.
 */
public record RefreshedPhases(FingerprintOutcome fingerprint, SegmentOutcome segments, Analysis analysis,
        FileFlavor flavor, double durationSeconds) {
    public RefreshedPhases {
        if ((segments == null) != (analysis == null) || (segments == null) != (flavor == null)) {
            throw new IllegalArgumentException("passages, their analysis and their flavor are refreshed together");
        }
    }
}
