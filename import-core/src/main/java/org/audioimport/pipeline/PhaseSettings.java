package org.audioimport.pipeline;

import org.audioimport.analyze.AnalyzeSettings;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.segment.SegmentSettings;

/**
 * How the phases measure: seconds fingerprinted from the start of each file, how silences are
 * recognised, and where lead-in, lead-out and fades are placed.
 */
public record PhaseSettings(int fingerprintSeconds, SegmentSettings segment, AnalyzeSettings analyze) {
    /** Every phase's defaults: what the command line gives when no option says otherwise. */
    public static final PhaseSettings DEFAULTS =
            new PhaseSettings(Chromaprint.DEFAULT_LENGTH_SECONDS, SegmentSettings.DEFAULTS, AnalyzeSettings.DEFAULTS);

    public PhaseSettings {
        if (fingerprintSeconds < 1) {
            throw new IllegalArgumentException("fingerprint length must be at least 1 s, was " + fingerprintSeconds);
        }
    }
}
