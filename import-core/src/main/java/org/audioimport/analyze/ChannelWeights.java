package org.audioimport.analyze;

import java.util.Arrays;

/** The weight of each channel in the loudness sum (ITU-R BS.1770-4, table 3). */
final class ChannelWeights {
    /** FFmpeg's {@code AV_CH_LOW_FREQUENCY} and {@code AV_CH_LOW_FREQUENCY_2}: weight 0. */
    private static final long LOW_FREQUENCY = 0x8L | 0x8_0000_0000L;

    /**
     * The channels ffmpeg's ebur128 weights as surrounds (1.41), as {@code AV_CH_*} bits: back left, right
     * and centre, side left and right, top back left, centre and right, surround direct left and right.
     */
    private static final long SURROUND = 0x10L
            | 0x20L
            | 0x100L
            | 0x200L
            | 0x400L
            | 0x8000L
            | 0x1_0000L
            | 0x2_0000L
            | 0x2_0000_0000L
            | 0x4_0000_0000L;

    private static final double SURROUND_WEIGHT = 1.41;

    private ChannelWeights() {}

    /**
     * The weights of the channels of FFmpeg's {@code channelMask}, in its bits' order, as ffmpeg's ebur128
     * gives them: 0 for LFE, 1.41 for back, side and top-back channels, 1.0 for the others. For a mask of 0
     * or one that does not hold {@code channels} channels, the weights of {@link #of(int)}.
     */
    static double[] of(int channels, long channelMask) {
        if (Long.bitCount(channelMask) != channels) {
            return of(channels);
        }
        double[] weights = new double[channels];
        long rest = channelMask;
        for (int i = 0; i < channels; i++) {
            long channel = Long.lowestOneBit(rest);
            rest &= ~channel;
            weights[i] = (channel & LOW_FREQUENCY) != 0 ? 0 : (channel & SURROUND) != 0 ? SURROUND_WEIGHT : 1.0;
        }
        return weights;
    }

    /**
     * Weights by the channel count alone: 1.0 for left, right and centre, 1.41 for surrounds, 0 for LFE,
     * for quad, 5.0, 5.1, 6.1 and 7.1; 1.0 for every channel of any other count.
     */
    static double[] of(int channels) {
        final double s = SURROUND_WEIGHT;
        return switch (channels) {
            case 4 -> new double[] {1, 1, s, s}; // quad: FL FR BL BR
            case 5 -> new double[] {1, 1, 1, s, s}; // 5.0: FL FR FC BL BR
            case 6 -> new double[] {1, 1, 1, 0, s, s}; // 5.1: FL FR FC LFE SL SR
            case 7 -> new double[] {1, 1, 1, 0, s, s, s}; // 6.1: FL FR FC LFE BC SL SR
            case 8 -> new double[] {1, 1, 1, 0, s, s, s, s}; // 7.1: FL FR FC LFE BL BR SL SR
            default -> {
                double[] w = new double[channels];
                Arrays.fill(w, 1.0);
                yield w;
            }
        };
    }
}
