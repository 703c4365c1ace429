package org.audioimport.segment;

/**
 * What segmenting a file gave: its {@link Segmented passages}, or {@link NoAudio} when nothing in
 * it is audible. Both carry the {@link SegmentSink#VERSION} of the algorithm that decided.
 */
public sealed interface SegmentOutcome permits Segmented, NoAudio {

    /** The version of the segmenting algorithm that produced this outcome. */
    int version();

    /** Frames of audio the file holds. */
    long frames();

    /** Frames per second of the audio. */
    int sampleRate();
}
