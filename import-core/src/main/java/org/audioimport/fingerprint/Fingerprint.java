package org.audioimport.fingerprint;

import java.util.Arrays;
import java.util.Objects;

/**
 * A Chromaprint fingerprint (the default algorithm, TEST2, as fpcalc and AcoustID compute it). Immutable: the
 * raw array is copied in and out.
 *
 * @param compressed the compressed, URL-safe base64 form, as {@code fpcalc} prints it
 * @param raw        the raw fingerprint: each int holds the bits of one uint32 item
 * @param seconds    length of the audio that was fingerprinted, at most the configured length
 * @param version    the {@link FingerprintSink#VERSION} that produced it
 */
public record Fingerprint(String compressed, int[] raw, double seconds, int version) implements FingerprintOutcome {

    /** A fingerprint made by the current algorithm. */
    public Fingerprint(String compressed, int[] raw, double seconds) {
        this(compressed, raw, seconds, FingerprintSink.VERSION);
    }

    public Fingerprint {
        Objects.requireNonNull(compressed, "compressed");
        if (raw.length == 0) {
            throw new IllegalArgumentException("an empty fingerprint is a NoFingerprint");
        }
        raw = raw.clone();
    }

    /** A copy of the raw items. */
    @Override
    public int[] raw() {
        return raw.clone();
    }

    /** Number of raw items (about 8 per second of audio). */
    public int length() {
        return raw.length;
    }

    /** Raw item {@code i}, as an unsigned value. */
    public long item(int i) {
        return Integer.toUnsignedLong(raw[i]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that
                && compressed.equals(that.compressed)
                && Arrays.equals(raw, that.raw)
                && Double.compare(seconds, that.seconds) == 0
                && version == that.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(compressed, Arrays.hashCode(raw), seconds, version);
    }

    @Override
    public String toString() {
        String head = compressed.length() > 24 ? compressed.substring(0, 24) + "..." : compressed;
        return "Fingerprint[" + head + ", " + raw.length + " items, " + seconds + " s, version " + version + "]";
    }
}
