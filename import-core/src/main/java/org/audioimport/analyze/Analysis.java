package org.audioimport.analyze;

import java.util.List;
import java.util.Objects;

/**
 * The analysis of one file.
 *
 * @param loudness the whole file's loudness and peaks (silences included, as any loudness meter
 *                 measures a file)
 * @param envelope lead-in, lead-out and fades of the file's audible span, from the start of its
 *                 first passage to the end of its last; null when the file has no audio
 * @param passages one analysis per passage, in order; empty when the file has no audio.
 *                 Unmodifiable.
 * @param gating   the file's gating blocks, for the album loudness of {@link ReplayGain#albumGainDb}
 * @param version  the {@link AnalyzeSink#VERSION} that produced this
 */
public record Analysis(
        Loudness loudness, Envelope envelope, List<PassageAnalysis> passages, GatingBlocks gating, int version) {

    public Analysis {
        Objects.requireNonNull(loudness, "loudness");
        Objects.requireNonNull(gating, "gating");
        passages = List.copyOf(passages);
    }

    /** ReplayGain 2.0 track gain, in dB: -18 LUFS minus the file's integrated loudness; null for silence. */
    public Double trackGainDb() {
        return loudness.replayGainDb();
    }
}
