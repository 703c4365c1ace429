package org.audioimport.fingerprint;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import org.audioimport.decode.PcmBlock;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.StreamInfo;

/**
 * Fingerprints the audio a decoder streams into it. It feeds Chromaprint the first {@code length
 * x rate x channels} samples, at the file's own rate and channel count, and lets Chromaprint
 * resample: that is what makes its fingerprints equal to fpcalc's.
 *
 * <p>Use: {@link #start} (the decoder calls it), {@link #accept} per block, then {@link
 * #finish()} for the outcome. The sink can then be started again for the next file: one per
 * worker thread is enough. Not thread-safe. Holds a native context until {@link #close()}.
 */
public final class FingerprintSink implements PcmSink, AutoCloseable {
    /**
     * The version of what this phase computes: Chromaprint's default algorithm (TEST2) on the first
     * {@code length} seconds, as fpcalc. A change to how fingerprints are made raises it, and the next
     * scan then recomputes the fingerprints of files that record an older one.
     */
    public static final int VERSION = 1;


    /** Samples whose magnitude never exceeds this (-60 dBFS) are silence. */
    private static final int SILENCE_PEAK = 32;

    private final LibChromaprint library;
    private final int lengthSeconds;
    private Pointer context;
    private boolean started;
    private int sampleRate;
    private int channels;
    private long remaining;
    private long fed;
    private boolean heard;

    FingerprintSink(LibChromaprint library, int lengthSeconds) throws FingerprintException {
        if (lengthSeconds <= 0) {
            throw new IllegalArgumentException("length must be positive: " + lengthSeconds);
        }
        this.library = library;
        this.lengthSeconds = lengthSeconds;
        this.context = library.chromaprint_new(LibChromaprint.ALGORITHM_DEFAULT);
        if (context == null) {
            throw new FingerprintException("Chromaprint could not create a context");
        }
    }

    /** Seconds fingerprinted from the start of each file. */
    public int lengthSeconds() {
        return lengthSeconds;
    }

    @Override
    public void start(StreamInfo info) throws FingerprintException {
        begin(info.sampleRate(), info.channels());
    }

    /** Starts a file without a {@link StreamInfo}: audio at {@code sampleRate}, {@code channels}. */
    public void begin(int sampleRate, int channels) throws FingerprintException {
        requireOpen();
        if (library.chromaprint_start(context, sampleRate, channels) == 0) {
            throw new FingerprintException("Chromaprint refused audio at " + sampleRate + " Hz with "
                    + channels + " channels");
        }
        this.started = true;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.remaining = (long) lengthSeconds * sampleRate * channels;
        this.fed = 0;
        this.heard = false;
    }

    @Override
    public void accept(PcmBlock block) throws FingerprintException {
        feed(block.samples(), block.sampleCount());
    }

    /**
     * Feeds {@code count} interleaved samples from the start of {@code samples}; past the length
     * limit they are ignored. The array is read during the call only.
     */
    public void feed(short[] samples, int count) throws FingerprintException {
        if (!started) {
            throw new IllegalStateException("feed before start");
        }
        int n = (int) Math.min(count, remaining);
        if (n <= 0) {
            return;
        }
        if (!heard) {
            heard = exceedsSilence(samples, n);
        }
        if (library.chromaprint_feed(context, samples, n) == 0) {
            throw new FingerprintException("Chromaprint failed on the audio at "
                    + (fed / channels) / sampleRate + " s");
        }
        remaining -= n;
        fed += n;
    }

    /**
     * Ends the file and gives its outcome: a fingerprint, or no fingerprint when no audio came,
     * the audio is silent, or it is too short for Chromaprint. The sink can then be started again.
     *
     * <p>Call it after a decode that returned. After one that threw, skip it: the next {@link
     * #start} discards whatever the failed file left.
     */
    public FingerprintOutcome finish() throws FingerprintException {
        if (!started) {
            return new NoFingerprint(NoFingerprint.Reason.NO_AUDIO, 0);
        }
        started = false;
        long frames = fed / channels;
        double seconds = (double) frames / sampleRate;
        if (fed == 0) {
            return new NoFingerprint(NoFingerprint.Reason.NO_AUDIO, 0);
        }
        if (library.chromaprint_finish(context) == 0) {
            throw new FingerprintException("Chromaprint could not finish the fingerprint");
        }
        int[] raw = rawFingerprint();
        if (!heard) {
            return new NoFingerprint(NoFingerprint.Reason.SILENCE, seconds);
        }
        if (raw.length == 0) {
            return new NoFingerprint(NoFingerprint.Reason.TOO_SHORT, seconds);
        }
        return new Fingerprint(compressedFingerprint(), raw, seconds);
    }

    private int[] rawFingerprint() throws FingerprintException {
        PointerByReference out = new PointerByReference();
        IntByReference size = new IntByReference();
        if (library.chromaprint_get_raw_fingerprint(context, out, size) == 0) {
            throw new FingerprintException("Chromaprint could not give the raw fingerprint");
        }
        Pointer items = out.getValue();
        try {
            return items == null || size.getValue() <= 0
                    ? new int[0]
                    : items.getIntArray(0, size.getValue());
        } finally {
            if (items != null) {
                library.chromaprint_dealloc(items);
            }
        }
    }

    private String compressedFingerprint() throws FingerprintException {
        PointerByReference out = new PointerByReference();
        if (library.chromaprint_get_fingerprint(context, out) == 0 || out.getValue() == null) {
            throw new FingerprintException("Chromaprint could not give the fingerprint");
        }
        Pointer text = out.getValue();
        try {
            return text.getString(0, StandardCharsets.US_ASCII.name());
        } finally {
            library.chromaprint_dealloc(text);
        }
    }

    private static boolean exceedsSilence(short[] samples, int count) {
        for (int i = 0; i < count; i++) {
            int s = samples[i];
            if (s > SILENCE_PEAK || s < -SILENCE_PEAK) {
                return true;
            }
        }
        return false;
    }

    private void requireOpen() {
        if (context == null) {
            throw new IllegalStateException("fingerprint sink is closed");
        }
    }

    /** Frees the native context. Idempotent. */
    @Override
    public void close() {
        if (context != null) {
            library.chromaprint_free(context);
            context = null;
        }
    }
}
