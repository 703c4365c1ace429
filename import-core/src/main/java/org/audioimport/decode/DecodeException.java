package org.audioimport.decode;

import java.io.Serial;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file from which no audio at all could be decoded. The message names the file and says why in
 * words a user understands, e.g. {@code "/music/a.mp3: not an audio file (format not
 * recognised)"}; {@link #reason()} is the same for code.
 */
public final class DecodeException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why a file could not be decoded. */
    public enum Reason {
        /** The file does not exist or cannot be read (permissions, I/O error). */
        UNREADABLE("cannot read the file"),
        /** The file has zero bytes. */
        EMPTY("file is empty"),
        /**
         * FFmpeg recognises no media format in it, or finds no valid audio where its name
         * promises some (random bytes, a text file, a file named .mp3 that is not one).
         */
        NOT_AUDIO("not an audio file"),
        /** A recognised format whose header cannot be read: damaged, or cut short. */
        DAMAGED("damaged or incomplete file"),
        /** A media file without an audio stream: a picture, a silent video. */
        NO_AUDIO_STREAM("no audio stream"),
        /** An audio stream in a codec this FFmpeg build cannot decode. */
        UNSUPPORTED_CODEC("unsupported audio codec"),
        /** The file ends before its first audio frame. */
        TRUNCATED("truncated"),
        /** An audio stream that holds no samples. */
        NO_SAMPLES("no audio in the file");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        /** The reason as it begins a message: "file is empty", "truncated"... */
        public String words() {
            return words;
        }
    }

    private final transient Path file;
    private final Reason reason;
    private final String detail;

    /**
     * @param detail what more there is to say, or null; the message is {@code "FILE: REASON"} or
     *               {@code "FILE: REASON (DETAIL)"}
     */
    public DecodeException(Path file, Reason reason, String detail) {
        super(file + ": " + reason.words() + (detail == null ? "" : " (" + detail + ")"));
        this.file = Objects.requireNonNull(file, "file");
        this.reason = reason;
        this.detail = detail;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** What more the message says after the reason, or null. */
    public String detail() {
        return detail;
    }
}
