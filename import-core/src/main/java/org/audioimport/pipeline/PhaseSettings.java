package org.audioimport.pipeline;

import org.audioimport.analyze.AnalyzeSettings;
import org.audioimport.segment.SegmentSettings;

/**
 * How the phases measure: seconds fingerprinted from the start of each file, how silences are
 * recognised, and where lead-in, lead-out and fades are placed.
 */
public record PhaseSettings(int fingerprintSeconds, SegmentSettings segment, AnalyzeSettings analyze) {
    public PhaseSettings {
        if (fingerprintSeconds < 1) {
            throw new IllegalArgumentException("fingerprint length must be at least 1 s, was " + fingerprintSeconds);
        }
    }
}
