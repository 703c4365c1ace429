package org.audioimport.decode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_NONE;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.audioimport.decode.DecodeException.Reason;
import org.audioimport.scanning.PathBytes;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.javacpp.BytePointer;

/**
 * An opened file: FFmpeg's format context, its best audio stream and, when asked for, an opened
 * decoder for it. Owns both native contexts; {@link #close()} frees them.
 */
final class FfmpegInput implements AutoCloseable {

    static {
        // Damaged files are reported as DecodeWarnings; FFmpeg's own lines would only flood stderr.
        av_log_set_level(AV_LOG_FATAL);
    }

    private final Path file;
    private AVFormatContext format;
    private AVCodecContext decoder;
    private final FfmpegStreams.AudioStream stream;
    private StreamInfo info;

    private FfmpegInput(Path file, AVFormatContext format, FfmpegStreams.AudioStream stream) {
        this.file = file;
        this.format = format;
        this.stream = stream;
        this.info = stream.info();
    }

    /** Opens the file and finds its audio stream; with {@code withDecoder}, opens a decoder too. */
    static FfmpegInput open(Path file, boolean withDecoder) throws DecodeException {
        checkReadable(file);
        AVFormatContext format = new AVFormatContext(null);
        int ret;
        // "file:" keeps FFmpeg from reading a colon in the name as a protocol ("a:b.mp3"); the name's own
        // bytes, not its string form, so that a name that is not valid UTF-8 opens too.
        try (BytePointer url = nulTerminated("file:".getBytes(StandardCharsets.US_ASCII), PathBytes.of(file))) {
            ret = avformat_open_input(format, url, null, (AVDictionary) null);
            if (ret < 0) {
                // avformat_open_input frees the context itself when it fails.
                throw FfmpegErrors.openFailure(file, url, ret);
            }
        }
        FfmpegInput input = null;
        try {
            input = new FfmpegInput(file, format, FfmpegStreams.audioStream(file, format));
        } finally {
            if (input == null) {
                avformat_close_input(format);
            }
        }
        if (withDecoder) {
            boolean opened = false;
            try {
                input.openDecoder();
                opened = true;
            } finally {
                if (!opened) {
                    input.close();
                }
            }
        }
        return input;
    }

    private static BytePointer nulTerminated(byte[] prefix, byte[] name) {
        byte[] bytes = new byte[prefix.length + name.length + 1];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(name, 0, bytes, prefix.length, name.length);
        return new BytePointer(bytes);
    }

    private static void checkReadable(Path file) throws DecodeException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new DecodeException(
                        file, Reason.UNREADABLE, Files.exists(file) ? "not a regular file" : "no such file");
            }
            if (Files.size(file) == 0) {
                throw new DecodeException(file, Reason.EMPTY, null);
            }
            if (!Files.isReadable(file)) {
                throw new DecodeException(file, Reason.UNREADABLE, "permission denied");
            }
        } catch (IOException e) {
            throw new DecodeException(file, Reason.UNREADABLE, e.getMessage());
        }
    }

    private void openDecoder() throws DecodeException {
        AVCodecParameters par = format.streams(stream.index()).codecpar();
        AVCodec codec = avcodec_find_decoder(par.codec_id());
        if (codec == null) {
            throw new DecodeException(file, Reason.UNSUPPORTED_CODEC, info().codec());
        }
        AVCodecContext context = avcodec_alloc_context3(codec);
        if (context == null) {
            throw new OutOfMemoryError("FFmpeg could not allocate a decoder context");
        }
        boolean opened = false;
        try {
            int ret = avcodec_parameters_to_context(context, par);
            if (ret >= 0) {
                // Needed for the decoder to apply skip-samples side data (gapless trimming).
                context.pkt_timebase(format.streams(stream.index()).time_base());
                // The pipeline decodes many files in parallel: one thread per file is enough.
                context.thread_count(1);
                ret = avcodec_open2(context, codec, (AVDictionary) null);
            }
            if (ret < 0) {
                throw new DecodeException(
                        file, Reason.UNSUPPORTED_CODEC, info().codec() + ": " + FfmpegErrors.text(ret));
            }
            opened = true;
            decoder = context;
            info = withDecoderFormat(info, context.sample_fmt());
        } finally {
            if (!opened) {
                avcodec_free_context(context);
            }
        }
    }

    /**
     * The stream as the stream's parameters describe it, with the sample format of the opened decoder once
     * there is one. The two can differ: FFmpeg probes MP1 and MP2 with its float decoder, but decodes them
     * with the fixed-point one, which gives 16-bit samples, and fpcalc's input is made from those.
     */
    private static StreamInfo withDecoderFormat(StreamInfo probed, int decoderFormat) {
        if (decoderFormat == AV_SAMPLE_FMT_NONE || SampleFormat.of(decoderFormat) == probed.sampleFormat()) {
            return probed;
        }
        return new StreamInfo(
                probed.container(),
                probed.codec(),
                probed.sampleRate(),
                probed.channels(),
                probed.channelMask(),
                SampleFormat.of(decoderFormat),
                probed.bitDepth(),
                probed.bitrateKbps(),
                probed.metadata());
    }

    StreamInfo info() {
        return info;
    }

    AVFormatContext format() {
        return format;
    }

    AVCodecContext decoder() {
        return decoder;
    }

    int streamIndex() {
        return stream.index();
    }

    /**
     * Frames the file says its audio stream holds, or -1 when it does not say (or only guesses
     * from the bit rate).
     */
    long declaredFrames() {
        return stream.declaredFrames();
    }

    /** What in the file declares {@link #declaredFrames()}, for a warning: "its MP4 sample tables". */
    String declaredBy() {
        return stream.declaredBy();
    }

    @Override
    public void close() {
        if (decoder != null) {
            avcodec_free_context(decoder);
            decoder = null;
        }
        if (format != null) {
            avformat_close_input(format);
            format = null;
        }
    }
}
