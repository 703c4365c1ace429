package org.audioimport.fingerprint;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.decode.DamagedPacket;
import org.audioimport.decode.PcmBlock;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.SampleFormat;
import org.audioimport.decode.SinkStream;
import org.audioimport.decode.StreamInfo;

/**
 * Fingerprints the audio a decoder streams into it. It makes Chromaprint's input (16-bit mono at
 * 11,025 Hz) from the float decode exactly as fpcalc makes it from FFmpeg's ({@link
 * ChromaprintInput}), and feeds Chromaprint the first {@code length x 11,025} samples of it, as
 * fpcalc does: that is what makes its fingerprints equal to fpcalc's. Around a damaged packet it
 * leaves out the frames fpcalc's reader never reads ({@link FpcalcReading}).
 *
 * <p>Use: {@link #start} (the decoder calls it), {@link #accept} per block, then {@link
 * #finish()} for the outcome. The sink can then be started again for the next file: one per
 * worker thread is enough. Not thread-safe. Holds a native Chromaprint context and a libswresample context until {@link
 * #close()}.
 */
public final class FingerprintSink implements PcmSink, AutoCloseable {
    /**
     * The version of what this phase computes: Chromaprint's default algorithm (TEST2) on the first
     * {@code length} seconds, as fpcalc. A change to how fingerprints are made raises it, and the next
     * scan then recomputes the fingerprints of files that record an older one. 2: Chromaprint's
     * input made as fpcalc makes it ({@link ChromaprintInput}), where 1 let Chromaprint resample the
     * 16-bit decode itself and differed from fpcalc by up to 23 bits on half of real files. 3: the
     * frame before a damaged packet left out as fpcalc leaves it out ({@link FpcalcReading}), where 2
     * fingerprinted a cut file's last whole frame and differed from fpcalc there. 4: MP1 and MP2 files
     * converted from the 16 bits their decoder gives, as fpcalc converts them, where 3 took the probe's
     * float format and differed from fpcalc by a bit or two on some files. 5: files of 3 channels or more
     * downmixed by their own channel layout, as fpcalc downmixes them, where 4 took FFmpeg's default layout
     * for the count (a quad file's fingerprint differed from fpcalc's in 205 bits of 7,072).
     */
    public static final int VERSION = 5;

    /** The codecs (FFmpeg's names) whose fingerprints version 4 changed. */
    private static final Set<String> CHANGED_IN_4 = Set.of("mp1", "mp2");

    /**
     * Whether a fingerprint recorded at {@code version} of a file of {@code codec} and {@code channels} is
     * what this version computes, so that an upgrade re-decodes only the files whose fingerprints it
     * changes: 4 changed MP1 and MP2 files only, 5 files of more than two channels only.
     */
    public static boolean isCurrent(Integer version, String codec, Integer channels) {
        if (version == null) {
            return false;
        }
        boolean untouchedBy5 = channels != null && channels <= 2;
        boolean untouchedBy4 = codec != null && !CHANGED_IN_4.contains(codec);
        return version == VERSION || (version == 4 && untouchedBy5) || (version == 3 && untouchedBy5 && untouchedBy4);
    }

    /** Samples whose magnitude never exceeds this (-60 dBFS) are silence. */
    private static final int SILENCE_PEAK = 32;

    private final LibChromaprint library;
    private final int lengthSeconds;
    private Pointer context;
    private final ChromaprintInput input = new ChromaprintInput(AudioDecoder.DEFAULT_BLOCK_FRAMES);
    private final SinkStream stream = new SinkStream();
    private final FpcalcReading reading = new FpcalcReading();
    /** Frames of the file handed to the converter: what was fingerprinted, before the length limit. */
    private long frames;

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
        begin(info.sampleRate(), info.channels(), info.channelMask(), info.sampleFormat());
    }

    /**
     * Starts a file without a {@link StreamInfo}: audio at {@code sampleRate}, {@code channels} (those of
     * FFmpeg's {@code channelMask}, or of its default layout for the count when 0), which the decoder
     * produced as {@code format} (it decides how floats become 16-bit samples).
     */
    public void begin(int sampleRate, int channels, long channelMask, SampleFormat format) throws FingerprintException {
        requireOpen();
        stream.begin(sampleRate, channels);
        // Reset before the native start, so that a start that throws finishes as no audio.
        this.frames = 0;
        this.remaining = (long) lengthSeconds * ChromaprintInput.RATE;
        this.fed = 0;
        this.heard = false;
        reading.reset();
        input.start(sampleRate, channels, channelMask, format);
        if (library.chromaprint_start(context, ChromaprintInput.RATE, 1) == 0) {
            throw new FingerprintException("Chromaprint refused audio at " + ChromaprintInput.RATE + " Hz");
        }
    }

    @Override
    public void accept(PcmBlock block) throws FingerprintException {
        stream.check(block);
        stream.requireStarted();
        long at = block.firstFrame();
        int done = 0;
        while (done < block.frames() && remaining > 0) {
            int read = reading.readable(at + done, block.frames() - done);
            convert(block.samples(), done, read);
            done += read;
            done += reading.unreadable(at + done, block.frames() - done);
        }
    }

    @Override
    public void damaged(DamagedPacket packet) {
        reading.damaged(packet);
    }

    /**
     * Feeds {@code frames} frames of interleaved float samples (full scale 1.0) of the channel
     * count given at the start; past the length limit they are ignored. The array is read during
     * the call only.
     */
    public void feed(float[] samples, int frames) throws FingerprintException {
        stream.requireStarted();
        convert(samples, 0, frames);
    }

    /** Converts and hands on {@code frames} frames from frame {@code from} of {@code samples}. */
    private void convert(float[] samples, int from, int frames) throws FingerprintException {
        for (int done = 0; done < frames && remaining > 0; ) {
            int n = Math.min(frames - done, input.blockFrames());
            pass(input.convert(samples, from + done, n));
            done += n;
            this.frames += n;
        }
    }

    /** Hands Chromaprint the first {@code count} samples of the converter's output, up to the limit. */
    private void pass(int count) throws FingerprintException {
        int n = (int) Math.min(count, remaining);
        if (n <= 0) {
            return;
        }
        short[] mono = input.output();
        if (!heard) {
            heard = exceedsSilence(mono, n);
        }
        if (library.chromaprint_feed(context, mono, n) == 0) {
            throw new FingerprintException("Chromaprint failed on the audio at " + fed / ChromaprintInput.RATE + " s");
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
        if (!stream.end()) {
            return new NoFingerprint(NoFingerprint.Reason.NO_AUDIO, 0);
        }
        double seconds = Math.min((double) frames / stream.sampleRate(), lengthSeconds);
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
            return items == null || size.getValue() <= 0 ? new int[0] : items.getIntArray(0, size.getValue());
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

    /** Frees the native context and the converter. Idempotent. */
    @Override
    public void close() {
        input.close();
        if (context != null) {
            library.chromaprint_free(context);
            context = null;
        }
    }
}
