package org.audioimport.decode;

import static org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_ALL;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_PROP_LOSSLESS;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_descriptor_get;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_DURATION_FROM_BITRATE;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_DURATION_FROM_STREAM;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_SUBTITLE;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_iterate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.audioimport.decode.DecodeException.Reason;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecDescriptor;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.javacpp.PointerPointer;

/**
 * What an opened file holds: picks its best audio stream, tells FFmpeg to skip the others, and
 * describes that stream ({@link StreamInfo}, the length the file declares), or says why there is none.
 */
final class FfmpegStreams {

    /**
     * The audio stream of an opened file: its index in the container, what it is, its declared length
     * (-1 when the file declares none), and what in the file declares it.
     */
    record AudioStream(int index, StreamInfo info, long declaredFrames, String declaredBy) {}

    private FfmpegStreams() {}

    /** Reads the streams' parameters (a few packets for some formats) and describes the best audio stream. */
    static AudioStream audioStream(Path file, AVFormatContext format) throws DecodeException {
        int ret = avformat_find_stream_info(format, (PointerPointer<?>) null);
        if (ret < 0) {
            throw FfmpegErrors.streamsFailure(file, format, ret);
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
                ChannelMasks.of(par.ch_layout()),
                SampleFormat.of(par.format()),
                bitDepth(par),
                bitrateKbps(par.bit_rate() > 0 ? par.bit_rate() : format.bit_rate()),
                metadata);
        return new AudioStream(index, info, declaredFrames(format, stream, rate), declaredBy(format));
    }

    /** The first of an input format's names: "mov" for "mov,mp4,m4a,3gp,3g2,mj2". */
    static String formatName(AVInputFormat format) {
        String name = format.name().getString(StandardCharsets.UTF_8);
        int comma = name.indexOf(',');
        return comma < 0 ? name : name.substring(0, comma);
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
        String formatName = formatName(format.iformat());
        return found.isEmpty()
                ? formatName + " file without streams"
                : formatName + " file holding " + String.join(", ", found);
    }

    private static String containerName(AVFormatContext format, String codec, Map<String, String> metadata) {
        String first = formatName(format.iformat());
        return switch (first) {
            case "ogg" -> "opus".equals(codec) ? "opus" : "ogg";
            // FFmpeg's "mp3" demuxer reads every MPEG audio layer.
            case "mp3" -> "mp2".equals(codec) || "mp1".equals(codec) ? codec : "mp3";
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

    /**
     * Where FFmpeg took a stream's length from: the container's own count for the formats that keep
     * one (FFmpeg reads an MP3's Xing, Info or VBRI frame count, an MP4's sample tables, a FLAC's
     * STREAMINFO, an AIFF's COMM chunk, an Ogg stream's last granule position), else the timestamps.
     */
    private static String declaredBy(AVFormatContext format) {
        if (format.duration_estimation_method() != AVFMT_DURATION_FROM_STREAM) {
            return "its timestamps";
        }
        return switch (formatName(format.iformat())) {
            case "mp3" -> "its Xing, Info or VBRI frame count";
            case "mov" -> "its MP4 sample tables";
            case "flac" -> "its FLAC STREAMINFO";
            case "aiff" -> "its AIFF COMM chunk";
            case "ogg" -> "its last Ogg granule position";
            case "wav" -> "its WAV header";
            default -> "its " + formatName(format.iformat()) + " header";
        };
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
