package org.audioimport.decode;

/**
 * One block of decoded audio: interleaved 32-bit float samples at the file's own rate and channel
 * count, full scale at 1.0 and unclipped (see the package documentation for the mapping of each
 * source format).
 *
 * <p><b>The array is borrowed.</b> The decoder reuses one array for every block of a file (and
 * across files), so {@link #samples()} is valid only during the {@link PcmSink#accept} call that
 * receives the block. A sink that needs samples later copies them. Only the first {@code frames *
 * channels} entries are audio; the rest of the array is left over from earlier blocks.
 *
 * @param samples    interleaved samples, frame {@code i} channel {@code c} at {@code i * channels
 *                   + c}; borrowed, see above
 * @param frames     frames in this block (a frame is one sample per channel)
 * @param channels   channel count
 * @param sampleRate frames per second
 * @param firstFrame index in the file of this block's first frame, counted from 0
 */
public record PcmBlock(float[] samples, int frames, int channels, int sampleRate, long firstFrame) {

    public PcmBlock {
        if (frames < 0
                || channels <= 0
                || sampleRate <= 0
                || firstFrame < 0
                || (long) frames * channels > samples.length) {
            throw new IllegalArgumentException("inconsistent block: frames=" + frames + " channels="
                    + channels + " rate=" + sampleRate + " first=" + firstFrame + " array="
                    + samples.length);
        }
    }

    /** Number of valid entries in {@link #samples()}: {@code frames * channels}. */
    public int sampleCount() {
        return frames * channels;
    }
}
