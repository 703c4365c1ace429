package org.audioimport.decode;

import static org.bytedeco.ffmpeg.global.swresample.swr_alloc_set_opts2;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_get_out_samples;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;

import java.util.function.Consumer;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * A libswresample conversion to packed samples: its context and the output buffer that grows to fit
 * each call. The decoder's float conversion ({@link PcmConverter}) and Chromaprint's input share it; each
 * says what it converts and with which settings. Not thread-safe. Owns the context and the buffer until
 * {@link #close()}.
 */
public final class SwrConversion implements AutoCloseable {
    /** The smallest output buffer, in frames: most conversions then never grow it. */
    private static final int MIN_CAPACITY_FRAMES = 8192;

    private final int bytesPerOutputFrame;
    private final PointerPointer<BytePointer> outPlanes = new PointerPointer<>(1);
    private SwrContext swr;
    private BytePointer out;
    private int capacity;

    /** A conversion whose output takes {@code bytesPerOutputFrame} bytes a frame (all channels). */
    public SwrConversion(int bytesPerOutputFrame) {
        this.bytesPerOutputFrame = bytesPerOutputFrame;
    }

    /**
     * Replaces the context with one from {@code inFormat} at {@code inRate} in {@code inLayout} to {@code
     * outFormat} at {@code outRate} in {@code outLayout}, given {@code settings} before it initialises.
     * Returns 0, or FFmpeg's negative error code, and then there is no context.
     */
    public int open(
            AVChannelLayout outLayout,
            int outFormat,
            int outRate,
            AVChannelLayout inLayout,
            int inFormat,
            int inRate,
            Consumer<SwrContext> settings) {
        free();
        SwrContext context = new SwrContext(null);
        int ret = swr_alloc_set_opts2(context, outLayout, outFormat, outRate, inLayout, inFormat, inRate, 0, null);
        if (ret >= 0) {
            settings.accept(context);
            ret = swr_init(context);
        }
        if (ret < 0) {
            swr_free(context);
            return ret;
        }
        swr = context;
        return 0;
    }

    /** Whether a context is open. */
    public boolean isOpen() {
        return swr != null;
    }

    /**
     * Converts {@code frames} frames of {@code in} into {@link #output()}; returns the frames written
     * there, or FFmpeg's negative error code.
     */
    public int convert(PointerPointer<?> in, int frames) {
        ensureCapacity(swr_get_out_samples(swr, frames));
        return swr_convert(swr, outPlanes, capacity, in, frames);
    }

    /** Writes into {@link #output()} what the resampler still holds; returns the frames written, 0 at the end. */
    public int drain() {
        ensureCapacity(Math.max(swr_get_out_samples(swr, 0), 1));
        return swr_convert(swr, outPlanes, capacity, (PointerPointer<?>) null, 0);
    }

    /** The packed output of the last call; valid until the next one. */
    public BytePointer output() {
        return out;
    }

    /** Frames the output buffer holds at most. */
    public int capacity() {
        return capacity;
    }

    private void ensureCapacity(int frames) {
        if (frames <= capacity) {
            return;
        }
        int grown = Math.max(frames, MIN_CAPACITY_FRAMES);
        if (out != null) {
            out.close();
        }
        out = new BytePointer((long) grown * bytesPerOutputFrame);
        capacity = grown;
        outPlanes.put(0, out);
    }

    /** Frees the context (the next {@link #open} makes another); the buffer stays for it. */
    public void free() {
        if (swr != null) {
            swr_free(swr);
            swr = null;
        }
    }

    @Override
    public void close() {
        free();
        if (out != null) {
            out.close();
            out = null;
        }
        outPlanes.close();
    }
}
