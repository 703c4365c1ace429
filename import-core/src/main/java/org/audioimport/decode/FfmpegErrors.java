package org.audioimport.decode;

import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_READ;
import static org.bytedeco.ffmpeg.global.avformat.av_probe_input_buffer2;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.audioimport.decode.DecodeException.Reason;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.javacpp.BytePointer;

/** FFmpeg's error codes in words: the text of a code, and the {@link DecodeException} a refusal becomes. */
final class FfmpegErrors {

    /** AVERROR(errno) values on Linux, which bytedeco does not export. */
    static final int AVERROR_ENOENT = -2;

    static final int AVERROR_EIO = -5;
    /** AVERROR(EAGAIN): the decoder wants more input. */
    static final int AVERROR_EAGAIN = -11;

    static final int AVERROR_EACCES = -13;

    private FfmpegErrors() {}

    /** FFmpeg's own words for an error code. */
    static String text(int ret) {
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

    /**
     * Says why a file did not open. Only on this failure path is the file probed again, to tell a
     * format FFmpeg does not recognise from a recognised one with a broken header.
     */
    static DecodeException openFailure(Path file, BytePointer url, int ret) {
        if (ret == AVERROR_ENOENT || ret == AVERROR_EACCES) {
            return new DecodeException(file, Reason.UNREADABLE, text(ret));
        }
        String format = recognisedFormat(url);
        if (format == null) {
            return new DecodeException(file, Reason.NOT_AUDIO, "format not recognised");
        }
        if (ret == AVERROR_EOF || ret == AVERROR_EIO) {
            return new DecodeException(file, Reason.TRUNCATED, "the " + format + " file ends inside its header");
        }
        Optional<String> cut = format.equals("mov") ? Mp4Boxes.cutBeforeSampleTables(file) : Optional.empty();
        if (cut.isPresent()) {
            return new DecodeException(file, Reason.TRUNCATED, cut.get());
        }
        return new DecodeException(file, Reason.DAMAGED, format + " header cannot be read: " + text(ret));
    }

    /** Says why an opened file's streams could not be read. */
    static DecodeException streamsFailure(Path file, AVFormatContext format, int ret) {
        String name = FfmpegStreams.formatName(format.iformat());
        return ret == AVERROR_EOF || ret == AVERROR_EIO
                ? new DecodeException(file, Reason.TRUNCATED, "the " + name + " file ends inside its header")
                : new DecodeException(file, Reason.DAMAGED, name + " streams cannot be read: " + text(ret));
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
            return score < 0 || format.isNull() ? null : FfmpegStreams.formatName(format);
        } finally {
            avio_closep(io);
        }
    }
}
