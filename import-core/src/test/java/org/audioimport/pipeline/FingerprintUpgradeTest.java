package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.audioimport.fingerprint.FingerprintSink;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fingerprint version 4 changed only MP1 and MP2 files' fingerprints: an upgrade from version 3 re-decodes
 * those and keeps every other file's fingerprint, rather than decoding the whole library again.
 */
class FingerprintUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void versionThreeFingerprintsAreRecomputedForMp2FilesOnly() throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Path music = SampleLibrary.testData().resolve("music");
        Files.copy(music.resolve("mp2.mp2"), library.resolve("mp2.mp2"));
        Files.copy(music.resolve("plain-16.flac"), library.resolve("plain-16.flac"));
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));
        assertEquals(2, harness.run(library, ImportListener.NONE).imported());
        execute(harness, "update fingerprint set algorithm_version = 3");

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.updated());
        assertEquals(1, rescan.unchanged());
        assertEquals(FingerprintSink.VERSION, versionOf(harness, "mp2.mp2"));
        assertEquals(3, versionOf(harness, "plain-16.flac"), "a FLAC's version 3 fingerprint is current");
    }

    private static void execute(PipelineHarness harness, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            c.createStatement().execute(sql);
        }
    }

    private static int versionOf(PipelineHarness harness, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file());
                ResultSet row = c.createStatement()
                        .executeQuery("select algorithm_version from fingerprint join file on file.id = file_id"
                                + " where path like '%/" + name + "'")) {
            row.next();
            return row.getInt(1);
        }
    }
}
