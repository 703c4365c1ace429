package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.RobustnessFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MP3 files behind a 12 MB ID3v2 tag (one embedded cover) import whole, tags and audio. */
class BigCoverImportTest {
    @TempDir
    static Path dir;

    private static PipelineHarness harness;
    private static ImportSummary summary;

    @BeforeAll
    static void importTheBigCovers() throws Exception {
        Path fixtures = RobustnessFixtures.makeIn(dir.resolve("fixtures"));
        harness = new PipelineHarness(dir.resolve("library.db"));
        summary = harness.run(fixtures.resolve("big-cover"), ImportListener.NONE);
    }

    @Test
    void everyFileBehindABigTagImports() {
        assertEquals(3, summary.imported(), () -> "failures: " + summary.failures());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cover-12mb.mp3", "cover-12mb-padded.mp3", "cover-12mb-twice.mp3"})
    void audioAndTagsBehindTheTagAreRead(String name) throws Exception {
        FileDetails details = harness.reader
                .file(dir.resolve("fixtures/big-cover").resolve(name).toString())
                .orElseThrow();
        assertEquals("imported", details.status(), details::failureReason);
        assertEquals(8.0, details.audio().durationSeconds(), 0.1);
        assertEquals("First Frost", details.tags().title());
        assertNotNull(details.fingerprint().chromaprint());
    }
}
