package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.analyze.AnalyzeSink;
import org.audioimport.fingerprint.FingerprintSink;
import org.audioimport.flavor.FlavorVector;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Version changes that alter only some files' results re-decode only those on the next scan, rather than
 * the whole library: fingerprint version 4 changed MP1 and MP2 files, fingerprint 5 and analyze 6 files of
 * more than two channels; analyze 7 changed the loudness by rounding alone, and re-decodes none, as flavor 5
 * changed the vectors by rounding alone.
 */
class TargetedUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void versionThreeFingerprintsAreRecomputedForMp2FilesOnly() throws Exception {
        // As version 3 recorded it: FFmpeg's demuxer name for the container, and a fingerprint to redo.
        Rescan rescan = rescanAfter(
                "mp2.mp2",
                "update fingerprint set algorithm_version = 3",
                "update file set container = 'mp3' where codec = 'mp2'");

        assertEquals(1, rescan.summary().updated());
        assertEquals(1, rescan.summary().unchanged());
        assertEquals(FingerprintSink.VERSION, versionOf(rescan.harness(), "mp2.mp2"));
        assertEquals(3, versionOf(rescan.harness(), "plain-16.flac"), "a FLAC's version 3 fingerprint is current");
        PipelineHarness clean = new PipelineHarness(dir.resolve("clean.db"));
        clean.run(rescan.library(), ImportListener.NONE);
        assertEquals(
                recordOf(clean, "mp2.mp2"),
                recordOf(rescan.harness(), "mp2.mp2"),
                "the refreshed record is a clean one");
    }

    @Test
    void olderFingerprintsAndAnalysesAreRecomputedForFilesOfMoreThanTwoChannelsOnly() throws Exception {
        Rescan rescan = rescanAfter(
                "quad.flac", "update fingerprint set algorithm_version = 4", "update analysis set analyze_version = 5");

        assertEquals(1, rescan.summary().updated());
        assertEquals(1, rescan.summary().unchanged());
        assertEquals(FingerprintSink.VERSION, versionOf(rescan.harness(), "quad.flac"));
        assertEquals(AnalyzeSink.VERSION, analyzeVersionOf(rescan.harness(), "quad.flac"));
        assertEquals(
                4, versionOf(rescan.harness(), "plain-16.flac"), "a stereo file's version 4 fingerprint is current");
        assertEquals(5, analyzeVersionOf(rescan.harness(), "plain-16.flac"), "and its version 5 analysis");
    }

    @Test
    void versionSixAnalysesStayAsTheyAreForEveryFile() throws Exception {
        Rescan rescan = rescanAfter("quad.flac", "update analysis set analyze_version = 6");

        assertEquals(0, rescan.summary().updated());
        assertEquals(2, rescan.summary().unchanged());
        assertEquals(6, analyzeVersionOf(rescan.harness(), "quad.flac"), "a quad file's version 6 analysis is current");
        assertEquals(6, analyzeVersionOf(rescan.harness(), "plain-16.flac"), "and a stereo file's");
    }

    @Test
    void flavorsOfTheOldestComparableVersionStayAndOlderOnesAreRecomputed() throws Exception {
        Rescan rescan = rescanAfter(
                "quad.flac",
                "update flavor set version = " + (FlavorVector.OLDEST_COMPARABLE - 1)
                        + " where file_id = (select id from file where path like '%/quad.flac')",
                "update flavor set version = " + FlavorVector.OLDEST_COMPARABLE
                        + " where file_id = (select id from file where path like '%/plain-16.flac')");

        assertEquals(1, rescan.summary().updated());
        assertEquals(1, rescan.summary().unchanged());
        assertEquals(FlavorVector.VERSION, flavorVersionOf(rescan.harness(), "quad.flac"));
        assertEquals(
                FlavorVector.OLDEST_COMPARABLE,
                flavorVersionOf(rescan.harness(), "plain-16.flac"),
                "a vector that compares with the current version's is kept");
    }

    private record Rescan(Path library, PipelineHarness harness, ImportSummary summary) {}

    /**
     * Imports {@code excerpt} of test-data/music and a plain stereo FLAC, makes the catalogue what an older
     * version left with {@code olderRows}, and scans again.
     */
    private Rescan rescanAfter(String excerpt, String... olderRows) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Path music = SampleLibrary.testData().resolve("music");
        for (String name : List.of(excerpt, "plain-16.flac")) {
            Files.copy(music.resolve(name), library.resolve(name));
        }
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));
        assertEquals(2, harness.run(library, ImportListener.NONE).imported());
        for (String sql : olderRows) {
            execute(harness, sql);
        }
        return new Rescan(library, harness, harness.run(library, ImportListener.NONE));
    }

    private static void execute(PipelineHarness harness, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            c.createStatement().execute(sql);
        }
    }

    /** The file's row as the decode makes it, and its fingerprint: what a refresh must leave as an import does. */
    private static List<Object> recordOf(PipelineHarness harness, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file());
                ResultSet row = c.createStatement()
                        .executeQuery("select container, codec, sample_rate, channels, bit_depth, bitrate_kbps,"
                                + " duration_ticks, status, algorithm_version, chromaprint, hex(raw), duration_s"
                                + " from file join fingerprint on file.id = file_id where path like '%/" + name
                                + "'")) {
            row.next();
            List<Object> record = new ArrayList<>();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                record.add(row.getObject(column));
            }
            return record;
        }
    }

    private static int versionOf(PipelineHarness harness, String name) throws Exception {
        return intOf(harness, "select algorithm_version from fingerprint join file on file.id = file_id", name);
    }

    private static int analyzeVersionOf(PipelineHarness harness, String name) throws Exception {
        return intOf(harness, "select analyze_version from analysis join file on file.id = file_id", name);
    }

    private static int flavorVersionOf(PipelineHarness harness, String name) throws Exception {
        return intOf(harness, "select version from flavor join file on file.id = file_id", name);
    }

    private static int intOf(PipelineHarness harness, String query, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file());
                ResultSet row = c.createStatement().executeQuery(query + " where path like '%/" + name + "'")) {
            row.next();
            return row.getInt(1);
        }
    }
}
