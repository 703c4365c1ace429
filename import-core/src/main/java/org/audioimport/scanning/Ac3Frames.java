package org.audioimport.scanning;

/**
 * Recognises a raw AC-3 or E-AC-3 stream (ATSC A/52) by its first frame: a two-byte sync word is too
 * common in other files to go by alone, so the frame's header must be valid and, where the bytes reach
 * it, the next frame must start where the header says this one ends.
 */
final class Ac3Frames {
    private static final int HEADER_BYTES = 6;
    /** AC-3's bit stream ids go up to 10; E-AC-3's are 11 to 16. */
    private static final int LAST_AC3_BSID = 10;

    private static final int LAST_EAC3_BSID = 16;
    /** kbit/s per pair of frame size codes (an odd code is a 44.1 kHz frame one word longer). */
    private static final int[] BITRATES_KBPS = {
        32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 576, 640
    };

    private static final int[] RATES_HZ = {48_000, 44_100, 32_000};

    private Ac3Frames() {}

    /** Whether {@code bytes} start with an AC-3 or E-AC-3 frame, followed by another where they reach it. */
    static boolean followOneAnother(byte[] bytes) {
        int length = frameBytes(bytes, 0);
        if (length < HEADER_BYTES) {
            return false;
        }
        return length + 2 > bytes.length || isSync(bytes, length);
    }

    /** The length of the frame whose header is at {@code offset}, or 0 when there is none. */
    private static int frameBytes(byte[] bytes, int offset) {
        if (offset + HEADER_BYTES > bytes.length || !isSync(bytes, offset)) {
            return 0;
        }
        int bsid = (bytes[offset + 5] & 0xff) >> 3;
        int fscod = (bytes[offset + 4] & 0xff) >> 6;
        if (bsid <= LAST_AC3_BSID) {
            int frmsizecod = bytes[offset + 4] & 0x3f;
            if (fscod == 3 || frmsizecod >= 2 * BITRATES_KBPS.length) {
                return 0;
            }
            // 1,536 samples a frame, in 16-bit words.
            int words = BITRATES_KBPS[frmsizecod / 2] * 1000 * 1536 / RATES_HZ[fscod] / 16;
            return 2 * (words + (fscod == 1 ? frmsizecod & 1 : 0));
        }
        if (bsid <= LAST_EAC3_BSID) {
            int frmsiz = ((bytes[offset + 2] & 0x07) << 8) | (bytes[offset + 3] & 0xff);
            return 2 * (frmsiz + 1);
        }
        return 0;
    }

    private static boolean isSync(byte[] bytes, int offset) {
        return bytes[offset] == 0x0b && bytes[offset + 1] == 0x77;
    }
}
