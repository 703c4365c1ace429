package org.audioimport.decode;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;

import java.nio.file.Path;
import java.util.Locale;
import org.audioimport.decode.DecodeException.Reason;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;

/**
 * {@link AudioDecoder} on the FFmpeg libraries bundled by org.bytedeco. The loop is FFmpeg's
 * usual one: read a packet, send it to the decoder, take every frame it has ready, convert,
 * repeat; then drain the decoder. Gapless trimming is left to FFmpeg (skip-samples side data),
 * which is how the {@code ffmpeg} command gets the same frame count.
 *
 * <p>Each frame reaches the sink only once the packet after it has decoded ({@link FrameLag}): when
 * FFmpeg refuses that packet as damaged, the sink hears of it first, so that the fingerprint can
 * leave the frame out as fpcalc does.
 */
final class FfmpegDecoder implements AudioDecoder {

    private final BlockWriter writer;

    FfmpegDecoder(int blockFrames) {
        this.writer = new BlockWriter(blockFrames);
    }

    @Override
    public StreamInfo probe(Path file) throws DecodeException {
        try (FfmpegInput input = FfmpegInput.open(file, false)) {
            return input.info();
        }
    }

    @Override
    public DecodeResult decode(Path file, PcmSink sink) throws DecodeException, SinkException {
        try (FfmpegInput input = FfmpegInput.open(file, true)) {
            StreamInfo info = input.info();
            DecodeWarnings warnings = new DecodeWarnings(info.sampleRate());
            writer.begin(info, sink);
            AVPacket packet = av_packet_alloc();
            if (packet == null) {
                throw new OutOfMemoryError("FFmpeg could not allocate a packet");
            }
            try (PcmConverter converter = new PcmConverter(info.sampleRate(), info.channels());
                    FrameLag frames = new FrameLag(converter, writer, warnings)) {
                decodeAll(input, packet, frames, warnings);
                converter.flush(writer);
                writer.finish();
                if (converter.reshaped()) {
                    warnings.add(
                            writer.frames(),
                            "the stream changes its sample rate or channel"
                                    + " count midway; converted to " + info.sampleRate() + " Hz, "
                                    + info.channels() + " channels");
                }
            } finally {
                av_packet_free(packet);
            }
            long frames = writer.frames();
            if (frames == 0) {
                throw nothingDecoded(file, input, warnings);
            }
            warnings.checkLength(input.declaredFrames(), input.declaredBy(), frames);
            return new DecodeResult(info, frames, Ticks.fromFrames(frames, info.sampleRate()), warnings.list());
        }
    }

    private void decodeAll(FfmpegInput input, AVPacket packet, FrameLag frames, DecodeWarnings warnings)
            throws SinkException {
        AVCodecContext decoder = input.decoder();
        int stream = input.streamIndex();
        while (true) {
            int ret = av_read_frame(input.format(), packet);
            if (ret < 0) {
                if (ret != AVERROR_EOF) {
                    warnings.add(writer.frames(), "read error, decoding stopped: " + FfmpegErrors.text(ret));
                }
                break;
            }
            try {
                if (packet.stream_index() != stream) {
                    continue;
                }
                ret = avcodec_send_packet(decoder, packet);
            } finally {
                av_packet_unref(packet);
            }
            if (ret < 0 && ret != FfmpegErrors.AVERROR_EAGAIN) {
                frames.refused(ret);
            } else {
                frames.receive(decoder);
            }
        }
        // Drain: a null packet tells the decoder the stream has ended.
        avcodec_send_packet(decoder, null);
        frames.receive(decoder);
        frames.finish();
    }

    private static DecodeException nothingDecoded(Path file, FfmpegInput input, DecodeWarnings warnings) {
        if (!warnings.isEmpty()) {
            return new DecodeException(
                    file, Reason.NOT_AUDIO, "no valid " + input.info().codec() + " audio in it: " + warnings.first());
        }
        if (input.declaredFrames() > 0) {
            return new DecodeException(
                    file,
                    Reason.TRUNCATED,
                    String.format(
                            Locale.ROOT,
                            "no audio data after the header, which declares %.1f s",
                            (double) input.declaredFrames() / input.info().sampleRate()));
        }
        return new DecodeException(file, Reason.NO_SAMPLES, input.info().codec() + " stream with no samples");
    }
}
