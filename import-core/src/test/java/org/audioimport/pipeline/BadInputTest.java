package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.audioimport.store.FailedFile;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad file is recorded as failed with a reason naming it, and the good files still import. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path library;
    private PipelineHarness harness;
    private ImportSummary summary;
    private Map<String, String> reasons;

    @BeforeEach
    void importLibraryWithBadFiles() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        Path bad = Files.createDirectories(library.resolve("bad"));
        Files.createFile(bad.resolve("empty.mp3"));
        byte[] noise = new byte[50_000];
        new Random(7).nextBytes(noise);
        noise[0] = 0x12;
        Files.write(bad.resolve("noise.mp3"), noise);
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", bad.resolve("picture.mp3").toFile());
        Path flac = firstOfContainer("flac");
        Files.write(bad.resolve("header-only.flac"), Arrays.copyOf(Files.readAllBytes(flac), 120));
        Files.createSymbolicLink(bad.resolve("broken-link.flac"), dir.resolve("does-not-exist.flac"));
        // Unreadable even for root: reading this process's memory at offset 0 fails with an I/O error.
        Files.createSymbolicLink(bad.resolve("unreadable.mp3"), Path.of("/proc/self/mem"));
        Path vanishing = Files.copy(flac, bad.resolve("vanishing.flac"));

        ImportListener deleteAfterWalk = new ImportListener() {
            @Override
            public void started(int total, int toExamine) {
                try {
                    Files.delete(vanishing);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        harness = new PipelineHarness(dir.resolve("library.db"));
        summary = harness.run(library, deleteAfterWalk);
        reasons = harness.reader.failedFiles().stream()
                .collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(), FailedFile::reason));
    }

    @Test
    void goodFilesImportDespiteTheBadOnes() {
        assertEquals(SampleLibrary.expected().size(), summary.imported(), () -> "failures: " + summary.failures());
        assertEquals(7, summary.failed(), () -> "failures: " + summary.failures());
    }

    @Test
    void zeroByteFileFailsAsEmpty() {
        assertReason("empty.mp3", "empty");
    }

    @Test
    void randomBytesNamedMp3FailAsNotAudio() {
        assertReason("noise.mp3", "not an audio file");
    }

    @Test
    void pictureNamedMp3FailsAsNotAudio() {
        assertReason("picture.mp3", "not an audio file");
    }

    @Test
    void fileCutOffInsideItsHeaderFailsWithTheDecodersReason() {
        assertTrue(reasons.containsKey("header-only.flac"), reasons::toString);
        assertTrue(!reasons.get("header-only.flac").isBlank());
    }

    @Test
    void brokenSymlinkFailsAsBroken() {
        assertReason("broken-link.flac", "broken symbolic link");
    }

    @Test
    void unreadableFileFailsAsUnreadable() {
        assertReason("unreadable.mp3", "cannot read");
    }

    @Test
    void fileThatVanishesDuringTheScanFailsAsVanished() {
        assertReason("vanishing.flac", "vanished");
    }

    @Test
    void everyFailureInTheSummaryNamesItsFile() {
        summary.failures().forEach(f -> assertTrue(f.path().startsWith(library.resolve("bad")), f.toString()));
    }

    private void assertReason(String file, String words) {
        String reason = reasons.get(file);
        assertTrue(reason != null && reason.contains(words), () -> file + ": " + reason + " (all: " + reasons + ")");
    }

    private Path firstOfContainer(String container) {
        return SampleLibrary.expected().stream()
                .filter(row -> container.equals(row.get("container")))
                .map(row -> library.resolve(row.get("path")))
                .findFirst()
                .orElseThrow();
    }
}
