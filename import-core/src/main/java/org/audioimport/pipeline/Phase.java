package org.audioimport.pipeline;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.audioimport.analyze.AnalyzeSink;
import org.audioimport.fingerprint.FingerprintSink;
import org.audioimport.segment.SegmentSink;
import org.audioimport.store.KnownFile;

/**
 * The analysis phases whose results carry an algorithm version, so that a rescan can tell which of an
 * unchanged file's results an upgrade left stale. Segment and analyze go together: the analysis is
 * measured over the segment phase's passages.
 */
enum Phase {
    FINGERPRINT,
    LOUDNESS;

    /** The phases of an unchanged, imported file whose stored version is not the current one. */
    static Set<Phase> staleIn(KnownFile file) {
        Set<Phase> stale = EnumSet.noneOf(Phase.class);
        if (!Objects.equals(file.fingerprintVersion(), FingerprintSink.VERSION)) {
            stale.add(FINGERPRINT);
        }
        if (!Objects.equals(file.segmentVersion(), SegmentSink.VERSION)
                || !Objects.equals(file.analyzeVersion(), AnalyzeSink.VERSION)) {
            stale.add(LOUDNESS);
        }
        return stale;
    }
}
