package org.audioimport.decode;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;
import static org.bytedeco.ffmpeg.global.swresample.swr_alloc_set_opts2;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_get_out_samples;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;

import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Turns decoded frames into interleaved 32-bit float samples at the stream's rate and channel
 * count, and writes them to a {@link BlockWriter}. Frames already in that shape are copied
 * directly; others go through libswresample, whose conversion to float is exact for integer
 * samples up to 24 bits (s16 / 32768, s32 / 2^31) and neither clips nor dithers. If a stream
 * changes its rate or channel count midway, later frames are converted back to the first shape.
 * Owns a SwrContext and an output buffer; {@link #close()} frees them.
 */
final class PcmConverter implements AutoCloseable {

    /** Thrown when FFmpeg cannot convert a frame; the decoder records it and goes on. */
    static final class ConversionException extends Exception {
        private static final long serialVersionUID = 1L;

        ConversionException(String message) {
            super(message);
        }
    }

    private final int outRate;
    private final int outChannels;
    private SwrContext swr;
    private int swrFormat = -1;
    private int swrRate;
    private int swrChannels;
    private BytePointer out;
    private int outCapacity;
    private final PointerPointer<BytePointer> outPlanes = new PointerPointer<>(1);

    PcmConverter(int outRate, int outChannels) {
        this.outRate = outRate;
        this.outChannels = outChannels;
    }

    /** Whether a stream changed shape midway, which this converter then undid. */
    boolean reshaped() {
        return swr != null && (swrRate != outRate || swrChannels != outChannels);
    }

    void convert(AVFrame frame, BlockWriter writer) throws SinkException, ConversionException {
        int frames = frame.nb_samples();
        if (frames <= 0) {
            return;
        }
        int format = frame.format();
        int rate = frame.sample_rate() > 0 ? frame.sample_rate() : outRate;
        int channels = frame.ch_layout().nb_channels();
        if (format == AV_SAMPLE_FMT_FLT && rate == outRate && channels == outChannels) {
            writer.write(new FloatPointer(frame.data(0)), 0, frames);
            return;
        }
        ensureResampler(frame, format, rate, channels);
        ensureCapacity(swr_get_out_samples(swr, frames));
        int converted = swr_convert(swr, outPlanes, outCapacity, frame.extended_data(), frames);
        if (converted < 0) {
            throw new ConversionException("cannot convert a frame: " + FfmpegErrors.text(converted));
        }
        writer.write(new FloatPointer(out), 0, converted);
    }

    /** Writes what a resampler still holds; only a stream that changed rate leaves anything. */
    void flush(BlockWriter writer) throws SinkException {
        if (swr == null || swrRate == outRate) {
            return;
        }
        ensureCapacity(Math.max(swr_get_out_samples(swr, 0), 1));
        int converted;
        while ((converted = swr_convert(swr, outPlanes, outCapacity, (PointerPointer<?>) null, 0)) > 0) {
            writer.write(new FloatPointer(out), 0, converted);
        }
    }

    private void ensureResampler(AVFrame frame, int format, int rate, int channels) throws ConversionException {
        if (swr != null && format == swrFormat && rate == swrRate && channels == swrChannels) {
            return;
        }
        freeResampler();
        AVChannelLayout outLayout = new AVChannelLayout();
        try {
            // Same channel count: keep the input's layout, so nothing is remixed.
            if (channels == outChannels) {
                av_channel_layout_copy(outLayout, frame.ch_layout());
            } else {
                av_channel_layout_default(outLayout, outChannels);
            }
            SwrContext context = new SwrContext(null);
            int ret = swr_alloc_set_opts2(
                    context, outLayout, AV_SAMPLE_FMT_FLT, outRate, frame.ch_layout(), format, rate, 0, null);
            if (ret >= 0) {
                ret = swr_init(context);
            }
            if (ret < 0) {
                swr_free(context);
                throw new ConversionException(
                        "cannot convert " + channels + " channels at " + rate + " Hz: " + FfmpegErrors.text(ret));
            }
            swr = context;
            swrFormat = format;
            swrRate = rate;
            swrChannels = channels;
        } finally {
            av_channel_layout_uninit(outLayout);
            outLayout.close();
        }
    }

    private void ensureCapacity(int frames) {
        if (frames <= outCapacity) {
            return;
        }
        int capacity = Math.max(frames, 8192);
        if (out != null) {
            out.close();
        }
        out = new BytePointer((long) capacity * outChannels * Float.BYTES);
        outCapacity = capacity;
        outPlanes.put(0, out);
    }

    private void freeResampler() {
        if (swr != null) {
            swr_free(swr);
            swr = null;
        }
    }

    @Override
    public void close() {
        freeResampler();
        if (out != null) {
            out.close();
            out = null;
        }
        outPlanes.close();
    }
}
