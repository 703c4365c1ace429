package org.audioimport.fingerprint;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16P;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S32;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_from_mask;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;
import static org.bytedeco.ffmpeg.global.avutil.av_opt_set_double;
import static org.bytedeco.ffmpeg.global.avutil.av_opt_set_int;
import static org.bytedeco.ffmpeg.global.swresample.SWR_ENGINE_SWR;

import org.audioimport.decode.SampleFormat;
import org.audioimport.decode.SwrConversion;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.ShortPointer;

/**
 * Makes Chromaprint's input from the float decode the way fpcalc 1.5.1 makes it from FFmpeg's:
 * its audio reader (src/audio/ffmpeg_audio_reader.h) hands each decoded frame, in the decoder's
 * own sample format, to libswresample set to Chromaprint's rate and channel count (11,025 Hz,
 * mono), signed 16-bit out, in "compatible mode" (ffmpeg_audio_processor_swresample.h): the swr
 * engine, filter size 16, phase shift 8, linear interpolation, cutoff 0.8, no dither. It never
 * flushes the resampler: Debian's fpcalc 1.5.1 stops reading at the decoder's end-of-file error
 * ("Error decoding audio frame (End of file)", its exit status 3) before it would, so the last
 * few output samples of a file shorter than the fingerprinted length are not fed, here neither.
 *
 * <p>libswresample works in an internal format that follows the input's. So this class hands it
 * the decoder's own format, rebuilt exactly from the float decode ({@link #nativeFormat}): floats
 * as they are, 16-bit integers as {@code x * 32768}, 24- and 32-bit integers as {@code x * 2^31}.
 * It also names the internal format that the libswresample of FFmpeg 5.1 (which Debian 12's fpcalc
 * links) picks by itself, because later versions pick another: 16-bit planar for 8- and 16-bit
 * input, float planar for wider integers and floats. FFmpeg 8 left to choose works in float for
 * 16-bit input too, and its fingerprints then differ from fpcalc's in a few bits of 30,000.
 * Everything after that (downmix, resampling, rounding to 16 bits) is libswresample's own, with
 * fpcalc's settings.
 *
 * <p>Not thread-safe. Owns a {@link SwrConversion} and an input buffer; {@link #close()} frees them.
 */
final class ChromaprintInput implements AutoCloseable {

    /** Chromaprint's own rate and channel count, which fpcalc asks its reader for. */
    static final int RATE = 11_025;

    private final int blockFrames;
    private final SwrConversion swr = new SwrConversion(Short.BYTES);
    private int inFormat;
    private int channels;
    private BytePointer in;
    private long inCapacity;
    private final PointerPointer<BytePointer> inPlanes = new PointerPointer<>(1);
    private short[] shorts = new short[0];
    private int[] ints = new int[0];
    private short[] output = new short[0];

    /** Takes input in slices of up to {@code blockFrames} frames. */
    ChromaprintInput(int blockFrames) {
        this.blockFrames = blockFrames;
    }

    int blockFrames() {
        return blockFrames;
    }

    /**
     * Starts a stream of {@code channels} at {@code rate}, decoded as {@code format}: the channels of
     * FFmpeg's {@code channelMask}, whose downmix to mono fpcalc's libswresample makes, or of FFmpeg's
     * default layout for the count when it is 0.
     */
    void start(int rate, int channels, long channelMask, SampleFormat format) throws FingerprintException {
        this.channels = channels;
        this.inFormat = nativeFormat(format);
        AVChannelLayout inLayout = new AVChannelLayout();
        AVChannelLayout outLayout = new AVChannelLayout();
        try {
            if (Long.bitCount(channelMask) == channels) {
                av_channel_layout_from_mask(inLayout, channelMask);
            } else {
                av_channel_layout_default(inLayout, channels);
            }
            av_channel_layout_default(outLayout, 1);
            int internalFormat = inFormat == AV_SAMPLE_FMT_S16 ? AV_SAMPLE_FMT_S16P : AV_SAMPLE_FMT_FLTP;
            // A fresh context for every file: the last one may still hold the tail of the last file.
            int ret = swr.open(outLayout, AV_SAMPLE_FMT_S16, RATE, inLayout, inFormat, rate, context -> {
                av_opt_set_int(context, "resampler", SWR_ENGINE_SWR, 0);
                av_opt_set_int(context, "filter_size", 16, 0);
                av_opt_set_int(context, "phase_shift", 8, 0);
                av_opt_set_int(context, "linear_interp", 1, 0);
                av_opt_set_double(context, "cutoff", 0.8, 0);
                av_opt_set_int(context, "tsf", internalFormat, 0);
            });
            if (ret < 0) {
                throw new FingerprintException("libswresample refused " + channels + " channels at " + rate
                        + " Hz for Chromaprint (error " + ret + ")");
            }
        } finally {
            av_channel_layout_uninit(inLayout);
            av_channel_layout_uninit(outLayout);
            inLayout.close();
            outLayout.close();
        }
        long bytes = (long) blockFrames * channels * Integer.BYTES;
        if (inCapacity < bytes) {
            if (in != null) {
                in.close();
            }
            in = new BytePointer(bytes);
            inCapacity = bytes;
            inPlanes.put(0, in);
            shorts = new short[blockFrames * channels];
            ints = new int[blockFrames * channels];
        }
    }

    /**
     * The packed FFmpeg format that gives libswresample the decoder's own samples: 16-bit for 8- and
     * 16-bit sources (libswresample works in 16 bits for both), 32-bit for wider integers, float for
     * float and double sources (a double decoder, rare, is only approximated).
     */
    static int nativeFormat(SampleFormat format) {
        return switch (format) {
            case U8, S16 -> AV_SAMPLE_FMT_S16;
            case S32, S64 -> AV_SAMPLE_FMT_S32;
            case FLOAT, DOUBLE -> AV_SAMPLE_FMT_FLT;
        };
    }

    /** The output: signed 16-bit mono at {@value #RATE} Hz; valid until the next call. */
    short[] output() {
        return output;
    }

    /**
     * Converts {@code frames} (at most the block size given at construction) frames of interleaved
     * floats from frame {@code from}; returns how many output samples {@link #output()} holds.
     */
    int convert(float[] samples, int from, int frames) {
        int count = frames * channels;
        int at = from * channels;
        if (inFormat == AV_SAMPLE_FMT_S16) {
            for (int i = 0; i < count; i++) {
                shorts[i] = (short) Math.rint(samples[at + i] * 32768f);
            }
            new ShortPointer(in).put(shorts, 0, count);
        } else if (inFormat == AV_SAMPLE_FMT_S32) {
            for (int i = 0; i < count; i++) {
                ints[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, (long)
                        ((double) samples[at + i] * 2147483648.0)));
            }
            new IntPointer(in).put(ints, 0, count);
        } else {
            new FloatPointer(in).put(samples, at, count);
        }
        int n = swr.convert(inPlanes, frames);
        if (n < 0) {
            throw new IllegalStateException("libswresample failed on Chromaprint's input: error " + n);
        }
        if (output.length < swr.capacity()) {
            output = new short[swr.capacity()];
        }
        new ShortPointer(swr.output()).get(output, 0, n);
        return n;
    }

    @Override
    public void close() {
        swr.close();
        if (in != null) {
            in.close();
            in = null;
        }
        inPlanes.close();
    }
}
