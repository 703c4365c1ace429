package org.audioimport.analyze;

import java.util.Arrays;

/** The weight of each channel in the loudness sum (ITU-R BS.1770-4, table 3). */
final class ChannelWeights {

    private ChannelWeights() {}

    /**
     * BS.1770-4 channel weights for FFmpeg's default layout of each channel count: 1.0 for left,
     * right and centre, 1.41 for surrounds, 0 for LFE; 1.0 for every channel of an unknown layout.
     */
    static double[] of(int channels) {
        final double s = 1.41;
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
