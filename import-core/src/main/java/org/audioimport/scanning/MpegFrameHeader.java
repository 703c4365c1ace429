package org.audioimport.scanning;

import java.util.Optional;

/**
 * The four-byte header of an MPEG audio frame (layers I to III, MPEG 1, 2 and 2.5): enough to tell a real
 * frame from bytes that happen to start with a sync word, and to find where the next frame starts.
 */
record MpegFrameHeader(int version, int layer, int sampleRate, int lengthBytes) {
    private static final int[][] BITRATES_KBPS = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
    };
    private static final int[][] SAMPLE_RATES = {
        {11_025, 12_000, 8_000}, {0, 0, 0}, {22_050, 24_000, 16_000}, {44_100, 48_000, 32_000}
    };
    private static final int MPEG1 = 3;
    private static final int LAYER1 = 3;
    private static final int LAYER3 = 1;

    /**
     * The header at {@code offset}, when the bytes there are one with a known bitrate (free-format frames,
     * whose length the header does not give, are not recognised).
     */
    static Optional<MpegFrameHeader> at(byte[] bytes, int offset) {
        if (offset < 0 || offset + 4 > bytes.length) {
            return Optional.empty();
        }
        int b1 = bytes[offset + 1] & 0xff;
        int b2 = bytes[offset + 2] & 0xff;
        if ((bytes[offset] & 0xff) != 0xff || (b1 & 0xe0) != 0xe0) {
            return Optional.empty();
        }
        int version = (b1 >> 3) & 0x3;
        int layer = (b1 >> 1) & 0x3;
        int bitrateIndex = b2 >> 4;
        int rateIndex = (b2 >> 2) & 0x3;
        if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 0xf || rateIndex == 3) {
            return Optional.empty();
        }
        int kbps = BITRATES_KBPS[bitrateTable(version, layer)][bitrateIndex];
        int sampleRate = SAMPLE_RATES[version][rateIndex];
        int padding = (b2 >> 1) & 0x1;
        int length;
        if (layer == LAYER1) {
            length = (12 * kbps * 1000 / sampleRate + padding) * 4;
        } else if (layer == LAYER3 && version != MPEG1) {
            length = 72 * kbps * 1000 / sampleRate + padding;
        } else {
            length = 144 * kbps * 1000 / sampleRate + padding;
        }
        return Optional.of(new MpegFrameHeader(version, layer, sampleRate, length));
    }

    /** True when {@code next} can follow this header in one stream: same version, layer and sample rate. */
    boolean continuedBy(MpegFrameHeader next) {
        return next.version == version && next.layer == layer && next.sampleRate == sampleRate;
    }

    private static int bitrateTable(int version, int layer) {
        if (version == MPEG1) {
            return 3 - layer;
        }
        return layer == LAYER1 ? 3 : 4;
    }
}
