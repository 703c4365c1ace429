package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.audioimport.decode.Ticks;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.RobustnessFixtures;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Ogg Vorbis file FFmpeg refuses and libvorbis plays (its headers sent twice and a negative granule
 * position, as real files have them; test-data/make-robustness-fixtures.sh makes it and checks both) imports
 * whole: every phase runs on libvorbisfile's decode, and the results agree with oggdec's output.
 */
class RefusedVorbisImportTest {
    /** Within 0.1 LU of ebur128's integrated loudness of oggdec's output (16-bit, so not bit-exact). */
    private static final double INTEGRATED_LU = 0.1;

    private static final Pattern INTEGRATED = Pattern.compile("lavfi\\.r128\\.I=(-?[0-9.]+)");

    @TempDir
    static Path dir;

    private static Path fixtures;
    private static FileDetails details;

    @BeforeAll
    static void importTheStreamFfmpegRefuses() throws Exception {
        fixtures = RobustnessFixtures.makeIn(dir.resolve("fixtures"));
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));
        harness.run(fixtures.resolve("vorbis"), ImportListener.NONE);
        details = harness.reader
                .file(fixtures.resolve("vorbis/repeated-headers.ogg").toString())
                .orElseThrow();
    }

    @Test
    void importsAsOggVorbisWithAWarningNamingLibvorbisfile() {
        assertEquals("imported", details.status(), details::failureReason);
        assertEquals("vorbis", details.audio().codec());
        assertEquals("ogg", details.audio().container());
        assertTrue(
                details.warnings().get(0).message().startsWith("decoded by libvorbisfile: FFmpeg cannot read"),
                details.warnings().toString());
    }

    @Test
    void durationIsExactlyTheFramesOggdecDecodes() throws Exception {
        assertEquals(
                Ticks.fromFrames(RobustnessFixtures.oggdecFrames(fixtures), 44_100),
                details.audio().durationTicks());
    }

    @Test
    void integratedLoudnessMatchesEbur128OfOggdecsOutput() throws Exception {
        assertEquals(
                ebur128Integrated(RobustnessFixtures.oggdecOutput(fixtures)),
                details.levels().integratedLufs(),
                INTEGRATED_LU);
    }

    @Test
    void fingerprintIsFpcalcsOfTheSameAudioInItsOrdinaryFile() {
        String fpcalc = SampleLibrary.fpcalc().stream()
                .filter(row -> row.get("path").endsWith("04 - Long Light.ogg"))
                .findFirst()
                .orElseThrow()
                .get("fingerprint_compressed");

        assertEquals(fpcalc, details.fingerprint().chromaprint());
    }

    @Test
    void passagesAndTagsComeFromTheSameFile() {
        assertFalse(details.passages().isEmpty());
        assertNotNull(details.levels().trackGainDb());
        assertEquals("Long Light", details.tags().title());
    }

    private static double ebur128Integrated(Path file) throws Exception {
        Process ffmpeg = new ProcessBuilder(
                        "ffmpeg",
                        "-nostdin",
                        "-hide_banner",
                        "-nostats",
                        "-i",
                        file.toString(),
                        "-af",
                        "ebur128=metadata=1,ametadata=mode=print",
                        "-f",
                        "null",
                        "-")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String log = new String(ffmpeg.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ffmpeg.waitFor(60, TimeUnit.SECONDS) && ffmpeg.exitValue() == 0, log);
        Matcher m = INTEGRATED.matcher(log);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        assertNotNull(last, log);
        return Double.parseDouble(last);
    }
}
