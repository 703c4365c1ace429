package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library copied from a Mac or kept on a NAS holds files no user means as music: AppleDouble
 * {@code ._} companions named like the audio beside them, a trash, thumbnail and recycle-bin folders.
 * They are left out silently, as beets and Navidrome leave them out, not reported as failures on every
 * scan; a hidden folder taken back by a pattern is imported.
 */
class HiddenAndSystemFilesTest {
    private static final String TRACK = "The Fixtures/Synthetic Seasons/01 - First Frost.flac";

    @TempDir
    Path dir;

    private Path library;
    private int sampleFiles;

    @BeforeEach
    void addTheCompanionsOfAnOrdinaryLibrary() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        sampleFiles = SampleLibrary.expected().size();
        Path track = library.resolve(TRACK);
        byte[] appleDouble = "\u0000\u0005\u0016\u0007\u0000\u0002\u0000\u0000Mac OS X        "
                .repeat(20)
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(track.resolveSibling("._" + track.getFileName()), appleDouble);
        Files.writeString(library.resolve(".DS_Store"), "Bud1");
        for (String folder :
                List.of(".Trashes/501", "@eaDir", "#recycle", "$RECYCLE.BIN/S-1-5-21", "lost+found", ".hidden")) {
            Path copy = Files.createDirectories(library.resolve(folder)).resolve("copy.flac");
            Files.copy(track, copy);
        }
    }

    @Test
    void hiddenFilesAndSystemFoldersAreLeftOutWithoutAFailure() throws Exception {
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));

        ImportSummary summary = harness.run(library, ImportListener.NONE);

        assertEquals(sampleFiles, summary.imported(), summary.toString());
        assertEquals(0, summary.failed(), summary.toString());
    }

    @Test
    void aHiddenFolderTakenBackByAPatternIsImported() throws Exception {
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));

        ImportSummary summary = harness.run(library, ImportListener.NONE, new WalkSettings(true, List.of("!.hidden/")));

        assertEquals(sampleFiles + 1, summary.imported(), summary.toString());
        assertTrue(harness.reader
                .file(library.resolve(".hidden/copy.flac").toString())
                .isPresent());
    }
}
