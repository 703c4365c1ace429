package org.audioimport.decode;

import static org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_ALL;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_PROP_LOSSLESS;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_descriptor_get;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_DURATION_FROM_BITRATE;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_READ;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_probe_input_buffer2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_SUBTITLE;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_iterate;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.audioimport.decode.DecodeException.Reason;
import org.audioimport.scanning.PathBytes;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecDescriptor;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * An opened file: FFmpeg's format context, its best audio stream and, when asked for, an opened
 * decoder for it. Owns both native contexts; {@link #close()} frees them.
 */
final class FfmpegInput implements AutoCloseable {

    static {
        // Damaged files are reported as DecodeWarnings; FFmpeg's own lines would only flood stderr.
        av_log_set_level(AV_LOG_FATAL);
    }

    /** AVERROR(errno) values on Linux, which bytedeco does not export. */
    private static final int AVERROR_ENOENT = -2;

    private static final int AVERROR_EIO = -5;
    private static final int AVERROR_EACCES = -13;

    private final Path file;
    private AVFormatContext format;
    private AVCodecContext decoder;
    private final int streamIndex;
    private final StreamInfo info;
    private final long declaredFrames;

    private FfmpegInput(Path file, AVFormatContext format, int streamIndex, StreamInfo info, long declaredFrames) {
        this.file = file;
        this.format = format;
        this.streamIndex = streamIndex;
        this.info = info;
        this.declaredFrames = declaredFrames;
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
                throw openFailure(file, url, ret);
            }
        }
        FfmpegInput input = null;
        try {
            input = inspect(file, format);
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

    /**
     * Says why a file did not open. Only on this failure path is the file probed again, to tell a
     * format FFmpeg does not recognise from a recognised one with a broken header.
     */
    private static DecodeException openFailure(Path file, BytePointer url, int ret) {
        if (ret == AVERROR_ENOENT || ret == AVERROR_EACCES) {
            return new DecodeException(file, Reason.UNREADABLE, errorText(ret));
        }
        String format = recognisedFormat(url);
        if (format == null) {
            return new DecodeException(file, Reason.NOT_AUDIO, "format not recognised");
        }
        if (ret == AVERROR_EOF || ret == AVERROR_EIO) {
            return new DecodeException(file, Reason.TRUNCATED, "the " + format + " file ends inside its header");
        }
        return new DecodeException(file, Reason.DAMAGED, format + " header cannot be read: " + errorText(ret));
    }

    /** The name of the format FFmpeg recognises in the file, or null. */
    private static String recognisedFormat(BytePointer url) {
        AVIOContext io = new AVIOContext(null);
        if (avio_open(io, url, AVIO_FLAG_READ) < 0) {
            return null;
        }
        try {
            AVInputFormat format = new AVInputFormat(null);
            int score = av_probe_input_buffer2(io, format, url, null, 0, 0);
            return score < 0 || format.isNull() ? null : shortName(format);
        } finally {
            avio_closep(io);
        }
    }

    /** The first of an input format's names: "mov" for "mov,mp4,m4a,3gp,3g2,mj2". */
    private static String shortName(AVInputFormat format) {
        String name = format.name().getString(StandardCharsets.UTF_8);
        int comma = name.indexOf(',');
        return comma < 0 ? name : name.substring(0, comma);
    }

    private static FfmpegInput inspect(Path file, AVFormatContext format) throws DecodeException {
        int ret = avformat_find_stream_info(format, (PointerPointer<?>) null);
        if (ret < 0) {
            String name = shortName(format.iformat());
            throw ret == AVERROR_EOF || ret == AVERROR_EIO
                    ? new DecodeException(file, Reason.TRUNCATED, "the " + name + " file ends inside its header")
                    : new DecodeException(file, Reason.DAMAGED, name + " streams cannot be read: " + errorText(ret));
        }
        int index = av_find_best_stream(format, AVMEDIA_TYPE_AUDIO, -1, -1, (AVCodec) null, 0);
        if (index < 0) {
            String unusable = firstAudioCodec(format);
            throw unusable != null
                    // An audio stream FFmpeg could make nothing of: a name, not a content.
                    ? new DecodeException(file, Reason.NOT_AUDIO, "no valid " + unusable + " audio found in it")
                    : new DecodeException(file, Reason.NO_AUDIO_STREAM, describeStreams(format));
        }
        for (int i = 0; i < format.nb_streams(); i++) {
            if (i != index) {
                format.streams(i).discard(AVDISCARD_ALL);
            }
        }
        AVStream stream = format.streams(index);
        AVCodecParameters par = stream.codecpar();
        String codec = avcodec_get_name(par.codec_id()).getString(StandardCharsets.UTF_8);
        int rate = par.sample_rate();
        int channels = par.ch_layout().nb_channels();
        if (rate <= 0 || channels <= 0) {
            throw new DecodeException(file, Reason.DAMAGED, codec + " stream without a sample rate or channel count");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        readMetadata(format.metadata(), metadata);
        readMetadata(stream.metadata(), metadata);
        StreamInfo info = new StreamInfo(
                containerName(format, codec, metadata),
                codec,
                rate,
                channels,
                SampleFormat.of(par.format()),
                bitDepth(par),
                bitrateKbps(par.bit_rate() > 0 ? par.bit_rate() : format.bit_rate()),
                metadata);
        return new FfmpegInput(file, format, index, info, declaredFrames(format, stream, rate));
    }

    private void openDecoder() throws DecodeException {
        AVCodecParameters par = format.streams(streamIndex).codecpar();
        AVCodec codec = avcodec_find_decoder(par.codec_id());
        if (codec == null) {
            throw new DecodeException(file, Reason.UNSUPPORTED_CODEC, info.codec());
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
                context.pkt_timebase(format.streams(streamIndex).time_base());
                // The pipeline decodes many files in parallel: one thread per file is enough.
                context.thread_count(1);
                ret = avcodec_open2(context, codec, (AVDictionary) null);
            }
            if (ret < 0) {
                throw new DecodeException(file, Reason.UNSUPPORTED_CODEC, info.codec() + ": " + errorText(ret));
            }
            opened = true;
            decoder = context;
        } finally {
            if (!opened) {
                avcodec_free_context(context);
            }
        }
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
        return streamIndex;
    }

    /**
     * Frames the file says its audio stream holds, or -1 when it does not say (or only guesses
     * from the bit rate).
     */
    long declaredFrames() {
        return declaredFrames;
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

    static String errorText(int ret) {
        byte[] buffer = new byte[256];
        if (av_strerror(ret, buffer, buffer.length) < 0) {
            return "FFmpeg error " + ret;
        }
        int end = 0;
        while (end < buffer.length && buffer[end] != 0) {
            end++;
        }
        return new String(buffer, 0, end, StandardCharsets.UTF_8);
    }

    private static void readMetadata(AVDictionary dict, Map<String, String> into) {
        if (dict == null || dict.isNull()) {
            return;
        }
        AVDictionaryEntry entry = av_dict_iterate(dict, null);
        while (entry != null && !entry.isNull()) {
            String key = entry.key().getString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            String value = entry.value().getString(StandardCharsets.UTF_8);
            into.putIfAbsent(key, value);
            entry = av_dict_iterate(dict, entry);
        }
    }

    private static String firstAudioCodec(AVFormatContext format) {
        for (int i = 0; i < format.nb_streams(); i++) {
            AVCodecParameters par = format.streams(i).codecpar();
            if (par.codec_type() == AVMEDIA_TYPE_AUDIO) {
                return avcodec_get_name(par.codec_id()).getString(StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String describeStreams(AVFormatContext format) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream stream = format.streams(i);
            AVCodecParameters par = stream.codecpar();
            String kind = switch (par.codec_type()) {
                case AVMEDIA_TYPE_VIDEO ->
                    (stream.disposition() & AV_DISPOSITION_ATTACHED_PIC) != 0 ? "picture" : "video";
                case AVMEDIA_TYPE_SUBTITLE -> "subtitles";
                default -> "data";
            };
            found.add(kind + " " + avcodec_get_name(par.codec_id()).getString(StandardCharsets.UTF_8));
        }
        String formatName = shortName(format.iformat());
        return found.isEmpty()
                ? formatName + " file without streams"
                : formatName + " file holding " + String.join(", ", found);
    }

    private static String containerName(AVFormatContext format, String codec, Map<String, String> metadata) {
        String first = shortName(format.iformat());
        return switch (first) {
            case "ogg" -> "opus".equals(codec) ? "opus" : "ogg";
            case "mov" -> {
                String brand = metadata.getOrDefault("major_brand", "").trim();
                if (brand.startsWith("qt")) {
                    yield "mov";
                }
                yield hasVideo(format) ? "mp4" : "m4a";
            }
            case "matroska" -> hasVideo(format) ? "mkv" : "mka";
            case "asf" -> hasVideo(format) ? "asf" : "wma";
            default -> first;
        };
    }

    private static boolean hasVideo(AVFormatContext format) {
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream stream = format.streams(i);
            if (stream.codecpar().codec_type() == AVMEDIA_TYPE_VIDEO
                    && (stream.disposition() & AV_DISPOSITION_ATTACHED_PIC) == 0) {
                return true;
            }
        }
        return false;
    }

    private static Integer bitDepth(AVCodecParameters par) {
        AVCodecDescriptor descriptor = avcodec_descriptor_get(par.codec_id());
        if (descriptor == null || (descriptor.props() & AV_CODEC_PROP_LOSSLESS) == 0) {
            return null;
        }
        if (par.bits_per_raw_sample() > 0) {
            return par.bits_per_raw_sample();
        }
        return par.bits_per_coded_sample() > 0 ? par.bits_per_coded_sample() : null;
    }

    private static Integer bitrateKbps(long bitsPerSecond) {
        return bitsPerSecond > 0 ? Math.toIntExact(Math.round(bitsPerSecond / 1000.0)) : null;
    }

    private static long declaredFrames(AVFormatContext format, AVStream stream, int rate) {
        if (format.duration_estimation_method() == AVFMT_DURATION_FROM_BITRATE) {
            return -1;
        }
        long duration = stream.duration();
        if (duration != AV_NOPTS_VALUE && duration > 0) {
            double seconds = (double) duration
                    * stream.time_base().num()
                    / stream.time_base().den();
            return Math.round(seconds * rate);
        }
        if (format.duration() != AV_NOPTS_VALUE && format.duration() > 0) {
            return Math.round((double) format.duration() / AV_TIME_BASE * rate);
        }
        return -1;
    }
}
