package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.testing.Ffmpeg;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file an older importer failed on is tried once again by one that reads more (here a WMA file, which
 * read support 1 failed as not audio), and then holds what a clean import makes; a file that fails at the
 * current support is not tried again until it changes.
 */
class FailedFileRetryTest {
    @TempDir
    Path dir;

    private Path library;
    private PipelineHarness harness;

    @BeforeEach
    void importAWmaFileAndANonAudioOne() throws Exception {
        library = Files.createDirectories(dir.resolve("library"));
        Ffmpeg.run(
                "-f",
                "lavfi",
                "-i",
                "sine=f=440:d=5:r=44100",
                "-metadata",
                "title=Windows",
                "-c:a",
                "wmav2",
                "-f",
                "asf",
                library.resolve("song.wma").toString());
        Files.writeString(library.resolve("notes.mp3"), "not audio at all\n");
        harness = new PipelineHarness(dir.resolve("library.db"));
        ImportSummary first = harness.run(library, ImportListener.NONE);
        assertEquals(1, first.imported(), first.toString());
        assertEquals(1, first.failed(), first.toString());
    }

    @Test
    void aFileFailedByAnImporterThatReadLessIsImportedByTheNextScan() throws Exception {
        List<Object> clean = recordOf("song.wma");
        // What read support 1 left: the WMA failed as not audio, its support not recorded.
        execute("update file set status = 'failed', failure_reason = 'not an audio file: its content matches no"
                + " known audio format', container = null, codec = null, failed_read_support = null"
                + " where path like '%/song.wma'");

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.updated(), rescan.toString());
        assertEquals(1, rescan.unchanged(), "the text file failed at the current support: " + rescan);
        assertEquals(0, rescan.failed(), rescan.toString());
        assertEquals(clean, recordOf("song.wma"), "the record a clean import makes");
    }

    @Test
    void aFileFailedAtTheCurrentSupportIsNotTriedAgain() throws Exception {
        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(2, rescan.unchanged(), rescan.toString());
        assertEquals(0, rescan.failed(), rescan.toString());
        assertEquals(List.of("failed", ReadSupport.VERSION), statusOf("notes.mp3"));
    }

    private void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file())) {
            c.createStatement().execute(sql);
        }
    }

    private List<Object> statusOf(String name) throws Exception {
        return row("select status, failed_read_support from file where path like '%/" + name + "'");
    }

    private List<Object> recordOf(String name) throws Exception {
        return row("select status, failure_reason, failed_read_support, container, codec, sample_rate, channels,"
                + " duration_ticks, content_hash, chromaprint, integrated_lufs, title"
                + " from file join fingerprint on fingerprint.file_id = file.id"
                + " join analysis on analysis.file_id = file.id join track on track.file_id = file.id"
                + " where path like '%/" + name + "'");
    }

    private List<Object> row(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file());
                ResultSet row = c.createStatement().executeQuery(query)) {
            row.next();
            List<Object> values = new ArrayList<>();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                values.add(row.getObject(column));
            }
            return values;
        }
    }
}
