package org.audioimport.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.audioimport.decode.SampleFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sink on synthetic audio: length limit, silence, short audio, reuse. */
class FingerprintSinkTest {

    private static final int RATE = 11_025;

    private FingerprintSink sink;

    @BeforeEach
    void open() throws Exception {
        sink = Chromaprint.load().newSink(20);
    }

    @AfterEach
    void close() {
        sink.close();
    }

    @Test
    void audioLongerThanTheLengthIsFingerprintedOverExactlyTheLength() throws Exception {
        Fingerprint limited = fingerprint(music(25.0));
        Fingerprint exact = fingerprint(music(20.0));
        assertEquals(exact, limited);
        assertEquals(20.0, limited.seconds());
    }

    @Test
    void feedingInBlocksGivesTheSameFingerprintAsFeedingAtOnce() throws Exception {
        float[] audio = music(15.0);
        Fingerprint whole = fingerprint(audio);
        sink.begin(RATE, 1, 0, SampleFormat.S16);
        float[] block = new float[4096];
        for (int at = 0; at < audio.length; at += block.length) {
            int n = Math.min(block.length, audio.length - at);
            System.arraycopy(audio, at, block, 0, n);
            sink.feed(block, n);
        }
        assertEquals(whole, sink.finish());
    }

    @Test
    void aSinkIsReusableFileAfterFile() throws Exception {
        Fingerprint first = fingerprint(music(12.0));
        Fingerprint other = fingerprint(music(9.0, 330.0));
        Fingerprint again = fingerprint(music(12.0));
        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void silenceGivesNoFingerprint() throws Exception {
        sink.begin(RATE, 1, 0, SampleFormat.S16);
        sink.feed(new float[10 * RATE], 10 * RATE);
        NoFingerprint none = assertInstanceOf(NoFingerprint.class, sink.finish());
        assertEquals(NoFingerprint.Reason.SILENCE, none.reason());
        assertEquals(10.0, none.seconds());
    }

    @Test
    void veryShortAudioGivesNoFingerprintRatherThanAnEmptyOne() throws Exception {
        sink.begin(RATE, 1, 0, SampleFormat.S16);
        float[] audio = music(0.5);
        sink.feed(audio, audio.length);
        NoFingerprint none = assertInstanceOf(NoFingerprint.class, sink.finish());
        assertEquals(NoFingerprint.Reason.TOO_SHORT, none.reason());
    }

    @Test
    void startedButFedNothingGivesNoFingerprint() throws Exception {
        sink.begin(RATE, 2, 0, SampleFormat.S16);
        assertEquals(new NoFingerprint(NoFingerprint.Reason.NO_AUDIO, 0), sink.finish());
    }

    @Test
    void neverStartedGivesNoFingerprint() throws Exception {
        assertEquals(new NoFingerprint(NoFingerprint.Reason.NO_AUDIO, 0), sink.finish());
    }

    @Test
    void fingerprintIsImmutable() throws Exception {
        Fingerprint fingerprint = fingerprint(music(10.0));
        int item = fingerprint.raw()[0];
        fingerprint.raw()[0] = ~item;
        assertEquals(item, fingerprint.raw()[0]);
    }

    @Test
    void closedSinkRefusesToStart() {
        sink.close();
        sink.close();
        assertThrows(IllegalStateException.class, () -> sink.begin(RATE, 1, 0, SampleFormat.S16));
    }

    @Test
    void missingLibraryIsReportedWithTheInstallCommand() {
        ChromaprintUnavailableException e = assertThrows(
                ChromaprintUnavailableException.class, () -> Chromaprint.load("chromaprint-that-is-not-installed"));
        assertTrue(e.getMessage().contains("apt-get install libchromaprint1"), e.getMessage());
    }

    private Fingerprint fingerprint(float[] mono) throws Exception {
        sink.begin(RATE, 1, 0, SampleFormat.S16);
        sink.feed(mono, mono.length);
        return assertInstanceOf(Fingerprint.class, sink.finish());
    }

    private static float[] music(double seconds) {
        return music(seconds, 220.0);
    }

    /** A melody: a note every quarter second, climbing a pentatonic scale from {@code base} Hz. */
    private static float[] music(double seconds, double base) {
        int[] steps = {0, 2, 4, 7, 9, 12, 9, 7, 4, 2};
        float[] out = new float[(int) (seconds * RATE)];
        double phase = 0;
        for (int i = 0; i < out.length; i++) {
            int note = steps[(i / (RATE / 4)) % steps.length];
            phase += 2 * Math.PI * base * Math.pow(2, note / 12.0) / RATE;
            out[i] = (short) (8000 * Math.sin(phase) + 3000 * Math.sin(3.01 * phase)) / 32768f;
        }
        return out;
    }
}
