package org.audioimport.decode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.audioimport.decode.DecodeException.Reason;

/**
 * FFmpeg first; for an Ogg Vorbis stream FFmpeg cannot open or decode (some real files repeat their
 * headers, or start at a negative granule position), libvorbisfile, the reference decoder, which plays
 * them. A file decoded that way says so in a warning, its first. Anything else FFmpeg refuses stays
 * refused, with FFmpeg's reason.
 */
final class FallbackDecoder implements AudioDecoder {

    private static final String NOT_INSTALLED =
            "libvorbisfile, which may read it, is not installed: apt-get install libvorbisfile3";

    private final AudioDecoder ffmpeg;
    private final Optional<VorbisFileDecoder> vorbisFile;

    FallbackDecoder(AudioDecoder ffmpeg, Optional<VorbisFileDecoder> vorbisFile) {
        this.ffmpeg = ffmpeg;
        this.vorbisFile = vorbisFile;
    }

    @Override
    public StreamInfo probe(Path file) throws DecodeException {
        try {
            return ffmpeg.probe(file);
        } catch (DecodeException refused) {
            VorbisFileDecoder reference = referenceFor(file, refused);
            try {
                return reference.probe(file);
            } catch (DecodeException alsoRefused) {
                throw eitherRefused(refused, alsoRefused);
            }
        }
    }

    @Override
    public DecodeResult decode(Path file, PcmSink sink) throws DecodeException, SinkException {
        try {
            return ffmpeg.decode(file, sink);
        } catch (DecodeException refused) {
            // FFmpeg throws only when nothing reached the sink, so the sink starts afresh.
            VorbisFileDecoder reference = referenceFor(file, refused);
            DecodeResult decoded;
            try {
                decoded = reference.decode(file, sink);
            } catch (DecodeException alsoRefused) {
                throw eitherRefused(refused, alsoRefused);
            }
            List<DecodeWarning> warnings = new ArrayList<>();
            warnings.add(new DecodeWarning(
                    0, 0, "decoded by libvorbisfile: FFmpeg cannot read this stream (" + words(refused) + ")"));
            warnings.addAll(decoded.warnings());
            return new DecodeResult(decoded.info(), decoded.frames(), decoded.durationTicks(), warnings);
        }
    }

    /** The reference decoder for a file FFmpeg refused, or FFmpeg's refusal when there is none to try. */
    private VorbisFileDecoder referenceFor(Path file, DecodeException refused) throws DecodeException {
        if (refused.reason() == Reason.UNREADABLE
                || refused.reason() == Reason.EMPTY
                || !VorbisFileDecoder.isOggVorbis(file)) {
            throw refused;
        }
        return vorbisFile.orElseThrow(
                () -> new DecodeException(file, refused.reason(), withMore(refused, NOT_INSTALLED)));
    }

    private static DecodeException eitherRefused(DecodeException refused, DecodeException alsoRefused) {
        return new DecodeException(
                refused.file(),
                refused.reason(),
                withMore(refused, "libvorbisfile cannot read it either: " + words(alsoRefused)));
    }

    private static String words(DecodeException e) {
        return e.detail() != null ? e.detail() : e.reason().words();
    }

    private static String withMore(DecodeException refused, String more) {
        return refused.detail() != null ? refused.detail() + "; " + more : more;
    }
}
