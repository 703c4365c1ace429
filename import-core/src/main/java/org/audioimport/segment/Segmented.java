package org.audioimport.segment;

import java.util.List;
import java.util.Objects;

/**
 * A file with audible audio, cut into passages at its silences.
 *
 * @param passages      one or more passages, in order, not overlapping; unmodifiable
 * @param frames        frames of audio in the file
 * @param sampleRate    frames per second
 * @param peakDbfs      the file's sample peak, in dBFS
 * @param thresholdDbfs the level that separated sound from silence, in dBFS
 * @param version       the {@link SegmentSink#VERSION} that produced this
 */
public record Segmented(
        List<Passage> passages, long frames, int sampleRate, double peakDbfs, double thresholdDbfs, int version)
        implements SegmentOutcome {

    public Segmented {
        passages = List.copyOf(passages);
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("a file with audio has at least one passage");
        }
        for (int i = 1; i < passages.size(); i++) {
            if (passages.get(i).startFrame() < passages.get(i - 1).endFrame()) {
                throw new IllegalArgumentException("passages overlap or are out of order: " + passages);
            }
        }
        Objects.checkIndex(passages.get(passages.size() - 1).endFrame() - 1, frames);
    }
}
