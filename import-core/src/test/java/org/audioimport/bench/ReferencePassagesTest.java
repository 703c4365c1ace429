package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.audioimport.analyze.AnalyzeSettings;
import org.audioimport.segment.SegmentSettings;
import org.audioimport.testing.Wav;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference passages of files whose sound and silences are known to the sample, through ffmpeg. */
class ReferencePassagesTest {
    private static final int RATE = 44_100;
    private static final ReferencePassages PASSAGES =
            new ReferencePassages(SegmentSettings.DEFAULTS, AnalyzeSettings.DEFAULTS);

    @TempDir
    Path dir;

    @Test
    void aSilenceOfTheMinimumSplitsAndEachPassageRunsFromItsFirstSoundToItsLast() throws Exception {
        short[] samples = new short[310_200];
        tone(samples, 1_000, 89_200, 16_384);
        tone(samples, 89_200 + 3 * RATE, 309_700, 16_384);

        List<ReferencePassages.Passage> passages = measured(Wav.write(dir.resolve("two.wav"), samples));

        assertEquals(2, passages.size(), passages.toString());
        assertEquals(
                new ReferencePassages.Passage(1_000.0 / RATE, 89_200.0 / RATE, 1_000.0 / RATE, 89_200.0 / RATE),
                passages.get(0));
        assertEquals((89_200.0 + 3 * RATE) / RATE, passages.get(1).start(), 1e-12);
        assertEquals(309_700.0 / RATE, passages.get(1).end(), 1e-12);
    }

    @Test
    void aSilenceOneSampleShortOfTheMinimumDoesNotSplit() throws Exception {
        short[] samples = new short[310_200];
        tone(samples, 1_000, 89_200, 16_384);
        tone(samples, 89_200 + 3 * RATE - 1, 309_700, 16_384);

        assertEquals(1, measured(Wav.write(dir.resolve("one.wav"), samples)).size());
    }

    @Test
    void theLeadInIsTheFirstWindowThirtyDecibelsBelowThePassagesPeak() throws Exception {
        // A quiet intro at -40 dB below the body from 0.5 s, the body from 2.005 s: the lead-in is the start of
        // the 10 ms window holding frame 88,420, which starts at 88,200.
        short[] samples = new short[5 * RATE];
        tone(samples, 22_050, 88_420, 164);
        tone(samples, 88_420, 4 * RATE, 16_384);

        ReferencePassages.Passage passage =
                measured(Wav.write(dir.resolve("intro.wav"), samples)).get(0);

        assertEquals(22_050.0 / RATE, passage.start(), 1e-12);
        assertEquals(88_200.0 / RATE, passage.leadIn(), 1e-12);
        assertEquals(4.0, passage.leadOut(), 1e-12);
    }

    @Test
    void aSilentFileHasNoPassagesAndAFileFfmpegCannotReadHasNone() throws Exception {
        assertEquals(List.of(), measured(Wav.write(dir.resolve("silence.wav"), new short[RATE])));
        assertNull(measured(Files.writeString(dir.resolve("text.wav"), "not audio")));
    }

    /** A 1 kHz tone of {@code amplitude} over frames {@code from..to}, starting and ending on a full-scale sample. */
    private static void tone(short[] samples, int from, int to, int amplitude) {
        for (int i = from; i < to; i++) {
            samples[i] = (short) Math.round(amplitude * Math.cos(2 * Math.PI * 1_000 * (i - from) / RATE));
        }
        samples[to - 1] = (short) amplitude;
    }

    private static List<ReferencePassages.Passage> measured(Path file) throws Exception {
        return PASSAGES.measure(file, ReferenceTools.probe(file));
    }
}
