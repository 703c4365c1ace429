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
 * The groups of phase results that carry an algorithm version, so that a rescan can tell which of an
 * unchanged file's results an upgrade left stale. Segment, analyze and flavor go together: loudness,
 * envelope and flavor are measured over the passages the segment phase finds.
 */
enum ResultGroup {
    FINGERPRINT,
    PASSAGES;

    /** Every group: what a file imported from scratch computes. */
    static final Set<ResultGroup> ALL = Set.copyOf(EnumSet.allOf(ResultGroup.class));

    /** The groups of an unchanged, imported file whose stored version is not the current one. */
    static Set<ResultGroup> staleIn(KnownFile file) {
        Set<ResultGroup> stale = EnumSet.noneOf(ResultGroup.class);
        if (!FingerprintSink.isCurrent(file.fingerprintVersion(), file.codec(), file.channels())) {
            stale.add(FINGERPRINT);
        }
        if (!Objects.equals(file.segmentVersion(), SegmentSink.VERSION)
                || !AnalyzeSink.isCurrent(file.analyzeVersion(), file.channels())
                || !FlavorVector.isCurrent(file.flavorVersion())) {
            stale.add(PASSAGES);
        }
        return stale;
    }
}
