package org.audioimport.decode;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_DBL;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_DBLP;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S32;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S32P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S64;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S64P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_U8;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_U8P;

/**
 * The kind of samples a file's decoder produces, before they become floats. A phase that must
 * reproduce another tool's integer conversion (Chromaprint's input, as fpcalc makes it) needs to
 * know it: libswresample rounds a float to 16 bits but truncates a wider integer.
 */
public enum SampleFormat {
    /** Unsigned 8-bit: {@code (u8 - 128) / 128}. */
    U8,
    /** Signed 16-bit: {@code s16 / 32768}. */
    S16,
    /** Signed 32-bit, which 24-bit sources decode to: {@code s32 / 2147483648}. */
    S32,
    /** Signed 64-bit: {@code s64 / 2^63}, rounded to float. */
    S64,
    /** 32-bit float, passed through as decoded. */
    FLOAT,
    /** 64-bit float, rounded to float. */
    DOUBLE;

    /** Whether samples are integers wider than 16 bits. */
    public boolean widerThan16Bits() {
        return this == S32 || this == S64;
    }

    /** The format of an FFmpeg sample format number, planar or packed; FLOAT for one it does not know. */
    static SampleFormat of(int ffmpegFormat) {
        if (ffmpegFormat == AV_SAMPLE_FMT_U8 || ffmpegFormat == AV_SAMPLE_FMT_U8P) {
            return U8;
        }
        if (ffmpegFormat == AV_SAMPLE_FMT_S16 || ffmpegFormat == AV_SAMPLE_FMT_S16P) {
            return S16;
        }
        if (ffmpegFormat == AV_SAMPLE_FMT_S32 || ffmpegFormat == AV_SAMPLE_FMT_S32P) {
            return S32;
        }
        if (ffmpegFormat == AV_SAMPLE_FMT_S64 || ffmpegFormat == AV_SAMPLE_FMT_S64P) {
            return S64;
        }
        if (ffmpegFormat == AV_SAMPLE_FMT_DBL || ffmpegFormat == AV_SAMPLE_FMT_DBLP) {
            return DOUBLE;
        }
        // FLT, FLTP, and any format FFmpeg may add: libswresample converts those to float.
        return FLOAT;
    }
}
