package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.audioimport.store.FailedFile;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures the catalogue itself caused are recorded once the lock frees, and a failure that has not
 * changed is not written again on every run.
 */
class UnwrittenFailureTest {
    @TempDir
    Path dir;

    private Path library;
    private PipelineHarness harness;

    @BeforeEach
    void copySample() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        harness = new PipelineHarness(dir.resolve("library.db"));
    }

    @Test
    void fileGivenUpWhileTheCatalogueStayedBusyIsListedFailedOnceTheLockFreesAndImportsNextRun() throws Exception {
        ImportSummary first;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            first = harness.run(
                    library, OtherProcessLock.fromTheStartUntilTheFirstFailure(other), Duration.ofMillis(200), null);

            int givenUp = first.failed();
            assertTrue(givenUp > 0, "no file was given up");
            Map<String, String> listed = harness.reader.failedFiles().stream()
                    .collect(Collectors.toMap(FailedFile::path, FailedFile::reason));
            for (FileOutcome.Failed failed : first.failures()) {
                String reason = listed.get(failed.path().toString());
                assertTrue(reason != null && reason.contains("catalogue stayed busy"), failed.path() + ": " + listed);
            }
        }

        ImportSummary second = harness.run(library, ImportListener.NONE);

        assertEquals(0, second.failed(), () -> "failures: " + second.failures());
        assertEquals(first.failed(), second.updated(), "each file recorded failed is examined again");
        assertEquals(SampleLibrary.expected().size(), second.imported() + second.updated() + second.unchanged());
        assertTrue(harness.reader.failedFiles().isEmpty(), () -> "still failed: " + failedList());
    }

    @Test
    void brokenLinkStillBrokenIsNotRecordedAgain() throws Exception {
        Path link = Files.createSymbolicLink(library.resolve("broken.flac"), dir.resolve("nowhere.flac"));
        ImportSummary first = harness.run(library, ImportListener.NONE);
        long firstScan = lastScanOf(link);

        ImportSummary second = harness.run(library, ImportListener.NONE);

        assertEquals(1, first.failed());
        assertEquals(0, second.failed(), () -> "failures: " + second.failures());
        assertEquals(SampleLibrary.expected().size() + 1, second.unchanged());
        assertEquals(firstScan, lastScanOf(link), "the failure row was not written again");
        assertEquals(1, harness.reader.failedFiles().size());
    }

    @Test
    void brokenLinkThatNowPointsAtAudioImports() throws Exception {
        Path link = Files.createSymbolicLink(library.resolve("broken.flac"), dir.resolve("later.flac"));
        harness.run(library, ImportListener.NONE);
        Files.copy(library.resolve("untagged/track 17.flac"), dir.resolve("later.flac"));

        ImportSummary second = harness.run(library, ImportListener.NONE);

        assertEquals(1, second.updated(), second::toString);
        assertEquals(
                "imported", harness.reader.file(link.toString()).orElseThrow().status());
    }

    private long lastScanOf(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file());
                ResultSet r = c.createStatement()
                        .executeQuery("select last_scan_id from file where path = '"
                                + file.toString().replace("'", "''") + "'")) {
            assertTrue(r.next(), file::toString);
            return r.getLong(1);
        }
    }

    private String failedList() {
        try {
            return harness.reader.failedFiles().toString();
        } catch (Exception e) {
            return e.toString();
        }
    }
}
