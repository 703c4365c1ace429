package org.audioimport.pipeline;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.audioimport.analyze.AnalyzeSink;
import org.audioimport.fingerprint.FingerprintSink;
import org.audioimport.flavor.FlavorVector;
import org.audioimport.segment.SegmentSink;
import org.audioimport.store.KnownFile;

/**
 * The groups of analysis results that carry an algorithm version, so that a rescan can tell which of an
 * unchanged file's results an upgrade left stale. Segment, analyze and flavor go together: loudness,
 * envelope and flavor are measured over the passages the segment phase finds.
 */
enum Phase {
    FINGERPRINT,
    PASSAGES;

    /** The phases of an unchanged, imported file whose stored version is not the current one. */
    static Set<Phase> staleIn(KnownFile file) {
        Set<Phase> stale = EnumSet.noneOf(Phase.class);
        if (!Objects.equals(file.fingerprintVersion(), FingerprintSink.VERSION)) {
            stale.add(FINGERPRINT);
        }
        if (!Objects.equals(file.segmentVersion(), SegmentSink.VERSION)
                || !Objects.equals(file.analyzeVersion(), AnalyzeSink.VERSION)
                || !Objects.equals(file.flavorVersion(), FlavorVector.VERSION)) {
            stale.add(PASSAGES);
        }
        return stale;
    }
}
