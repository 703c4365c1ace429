package org.audioimport.store;

import java.util.Objects;
import java.util.Optional;
import org.audioimport.analyze.Analysis;
import org.audioimport.fingerprint.FingerprintOutcome;
import org.audioimport.flavor.FileFlavor;
import org.audioimport.segment.SegmentOutcome;

/**
 * What the PCM phases computed on one decode of a file, each result carrying the version of the algorithm
 * that made it. A group that is absent was not run: the file's stored rows of that group stay as they are.
 *
 * @param fingerprint the fingerprint phase's outcome, or empty when it was not run
 * @param passages    the segment, analyze and flavor phases' results, or empty when they were not run
 */
public record PhaseResults(Optional<FingerprintOutcome> fingerprint, Optional<Passages> passages) {
    public PhaseResults {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(passages, "passages");
    }

    /** Every phase's result: what a file imported from scratch has. */
    public static PhaseResults all(
            FingerprintOutcome fingerprint, SegmentOutcome segments, Analysis analysis, FileFlavor flavor) {
        return new PhaseResults(Optional.of(fingerprint), Optional.of(new Passages(segments, analysis, flavor)));
    }

    /**
     * The passages of the segment phase, and the loudness and flavor the analyze and flavor phases measured
     * over them: one group, since the last two are meaningless without the first.
     */
    public record Passages(SegmentOutcome segments, Analysis analysis, FileFlavor flavor) {
        public Passages {
            Objects.requireNonNull(segments, "segments");
            Objects.requireNonNull(analysis, "analysis");
            Objects.requireNonNull(flavor, "flavor");
        }
    }
}
