package org.audioimport.decode;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_move_ref;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;

import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Takes the frames FFmpeg's decoder gives and converts each one only once the packet after it has
 * decoded. When FFmpeg refuses that packet as damaged (at send or, as FFmpeg 8 mostly does, at
 * receive), the sink hears of the refusal ({@link DamagedPacket}) before the frame before it
 * arrives. Every frame is still converted. Owns two native frames; {@link #close()} frees them.
 */
final class FrameLag implements AutoCloseable {
    private final AVFrame received = av_frame_alloc();
    private final AVFrame held = av_frame_alloc();
    private final PcmConverter converter;
    private final BlockWriter writer;
    private final DecodeWarnings warnings;
    private boolean lastRefused;

    FrameLag(PcmConverter converter, BlockWriter writer, DecodeWarnings warnings) {
        if (received == null || held == null) {
            close();
            throw new OutOfMemoryError("FFmpeg could not allocate a frame");
        }
        this.converter = converter;
        this.writer = writer;
        this.warnings = warnings;
    }

    /** FFmpeg refused the packet just sent, or failed while decoding it, with {@code error}. */
    void refused(int error) throws SinkException {
        warnings.add(writer.frames(), "damaged audio skipped: " + FfmpegErrors.text(error));
        writer.damaged(held.buf(0) == null ? 0 : held.nb_samples(), lastRefused);
        lastRefused = true;
        release();
    }

    /** Takes every frame the decoder has ready after a packet it accepted. */
    void receive(AVCodecContext decoder) throws SinkException {
        boolean any = false;
        while (true) {
            int ret = avcodec_receive_frame(decoder, received);
            if (ret == FfmpegErrors.AVERROR_EAGAIN || ret == AVERROR_EOF) {
                if (!any) {
                    // The packet decoded to nothing, without error: the frame before it is safe.
                    release();
                    lastRefused = false;
                }
                return;
            }
            if (ret < 0) {
                refused(ret);
                return;
            }
            release();
            av_frame_move_ref(held, received);
            any = true;
            lastRefused = false;
        }
    }

    /** Converts the frame still held: the stream has ended. */
    void finish() throws SinkException {
        release();
    }

    private void release() throws SinkException {
        if (held.buf(0) == null) {
            return;
        }
        try {
            converter.convert(held, writer);
        } catch (PcmConverter.ConversionException e) {
            warnings.add(writer.frames(), e.getMessage());
        } finally {
            av_frame_unref(held);
        }
    }

    @Override
    public void close() {
        if (received != null) {
            av_frame_free(received);
        }
        if (held != null) {
            av_frame_free(held);
        }
    }
}
