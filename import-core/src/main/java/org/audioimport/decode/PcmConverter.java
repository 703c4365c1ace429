package org.audioimport.decode;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;

import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.FloatPointer;

/**
 * Turns decoded frames into interleaved 32-bit float samples at the stream's rate and channel
 * count, and writes them to a {@link BlockWriter}. Frames already in that shape are copied
 * directly; others go through libswresample, whose conversion to float is exact for integer
 * samples up to 24 bits (s16 / 32768, s32 / 2^31) and neither clips nor dithers. If a stream
 * changes its rate or channel count midway, later frames are converted back to the first shape.
 * Owns a {@link SwrConversion}; {@link #close()} frees it.
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
    private final SwrConversion swr;
    private int swrFormat = -1;
    private int swrRate;
    private int swrChannels;

    PcmConverter(int outRate, int outChannels) {
        this.outRate = outRate;
        this.outChannels = outChannels;
        this.swr = new SwrConversion(outChannels * Float.BYTES);
    }

    /** Whether a stream changed shape midway, which this converter then undid. */
    boolean reshaped() {
        return swr.isOpen() && (swrRate != outRate || swrChannels != outChannels);
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
        int converted = swr.convert(frame.extended_data(), frames);
        if (converted < 0) {
            throw new ConversionException("cannot convert a frame: " + FfmpegErrors.text(converted));
        }
        writer.write(new FloatPointer(swr.output()), 0, converted);
    }

    /** Writes what a resampler still holds; only a stream that changed rate leaves anything. */
    void flush(BlockWriter writer) throws SinkException {
        if (!swr.isOpen() || swrRate == outRate) {
            return;
        }
        int converted;
        while ((converted = swr.drain()) > 0) {
            writer.write(new FloatPointer(swr.output()), 0, converted);
        }
    }

    private void ensureResampler(AVFrame frame, int format, int rate, int channels) throws ConversionException {
        if (swr.isOpen() && format == swrFormat && rate == swrRate && channels == swrChannels) {
            return;
        }
        AVChannelLayout outLayout = new AVChannelLayout();
        try {
            // Same channel count: keep the input's layout, so nothing is remixed.
            if (channels == outChannels) {
                av_channel_layout_copy(outLayout, frame.ch_layout());
            } else {
                av_channel_layout_default(outLayout, outChannels);
            }
            int ret = swr.open(outLayout, AV_SAMPLE_FMT_FLT, outRate, frame.ch_layout(), format, rate, context -> {});
            if (ret < 0) {
                throw new ConversionException(
                        "cannot convert " + channels + " channels at " + rate + " Hz: " + FfmpegErrors.text(ret));
            }
            swrFormat = format;
            swrRate = rate;
            swrChannels = channels;
        } finally {
            av_channel_layout_uninit(outLayout);
            outLayout.close();
        }
    }

    @Override
    public void close() {
        swr.close();
    }
}
