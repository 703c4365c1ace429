package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.audioimport.scanning.PathBytes;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.RobustnessFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose name is Latin-1 bytes, not valid UTF-8, imports and is found unchanged by the next scan. */
class NonUtf8NameTest {
    private static final byte E_ACUTE_LATIN1 = (byte) 0xe9;

    @TempDir
    static Path dir;

    private static Path latin1;
    private static Path file;
    private static PipelineHarness harness;

    @BeforeAll
    static void makeTheFixtures() throws Exception {
        latin1 = RobustnessFixtures.makeIn(dir.resolve("fixtures")).resolve("latin1");
        try (Stream<Path> files = Files.list(latin1)) {
            List<Path> listed = files.toList();
            assertEquals(1, listed.size(), listed::toString);
            file = listed.get(0);
        }
        harness = new PipelineHarness(dir.resolve("library.db"));
    }

    @Test
    void theNameIsNotValidUtf8AndDoesNotSurviveAsText() {
        byte[] bytes = PathBytes.of(file);
        assertEquals(E_ACUTE_LATIN1, bytes[bytes.length - ".flac".length() - 1], "the byte before .flac is Latin-1 é");
        assertFalse(PathBytes.survivesAsText(file));
    }

    @Test
    void importsThenARescanFindsItUnchanged() throws Exception {
        ImportSummary first = harness.run(latin1, ImportListener.NONE);
        ImportSummary second = harness.run(latin1, ImportListener.NONE);

        assertEquals(1, first.imported(), () -> "failures: " + first.failures());
        FileDetails details = harness.reader.file(file.toString()).orElseThrow();
        assertEquals("imported", details.status(), details::failureReason);
        assertEquals(7.0, details.audio().durationSeconds(), 0.01);
        assertTrue(details.path().startsWith(latin1.toString()), details.path());
        assertEquals(1, second.unchanged(), second::toString);
        assertEquals(0, second.failed(), () -> "failures: " + second.failures());
    }
}
