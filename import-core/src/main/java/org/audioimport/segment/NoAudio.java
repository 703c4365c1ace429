package org.audioimport.segment;

/**
 * A file with nothing audible in it: digital silence, or a peak below {@link
 * SegmentSettings#audibleDbfs()}. It has no passage.
 *
 * @param frames     frames of audio in the file (0 when the decoder delivered none)
 * @param sampleRate frames per second (0 when the decoder never started the file)
 * @param peakDbfs   the file's sample peak in dBFS, or null when every sample is zero
 * @param version    the {@link SegmentSink#VERSION} that produced this
 */
public record NoAudio(long frames, int sampleRate, Double peakDbfs, int version) implements SegmentOutcome {}
