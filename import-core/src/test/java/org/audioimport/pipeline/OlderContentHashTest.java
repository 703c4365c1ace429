package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.audioimport.scanning.ContentHash;
import org.audioimport.scanning.Sha256ContentHash;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue written before the XXH3 content hash holds each file's SHA-256: a file moved in it is still
 * recognised, without a decode, its row then holding the XXH3, and a new file of the same size but other
 * content is not taken for it.
 */
class OlderContentHashTest {
    private static final String TRACK = "The Fixtures/Synthetic Seasons/01 - First Frost.flac";

    @TempDir
    Path dir;

    private Path library;
    private PipelineHarness harness;

    /** The sample imported, then every row's content hash made the SHA-256 an older catalogue held. */
    @BeforeEach
    void importSampleAsAnOlderCatalogueHeldIt() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        harness = new PipelineHarness(dir.resolve("library.db"));
        assertEquals(
                SampleLibrary.expected().size(),
                harness.run(library, ImportListener.NONE).imported());
        Map<String, String> sha256 = new LinkedHashMap<>();
        for (String path : column("select path from file where status = 'imported'")) {
            sha256.put(path, Sha256ContentHash.of(Path.of(path)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file());
                PreparedStatement update = c.prepareStatement("update file set content_hash = ? where path = ?")) {
            for (Map.Entry<String, String> row : sha256.entrySet()) {
                update.setString(1, row.getValue());
                update.setString(2, row.getKey());
                update.executeUpdate();
            }
        }
    }

    @Test
    void aFileMovedInACatalogueOfSha256HashesKeepsItsRowWithoutADecode() throws Exception {
        Path before = library.resolve(TRACK);
        long id = harness.fileId(before);
        FileDetails was = harness.reader.file(before.toString()).orElseThrow();
        Path moved = Files.createDirectories(library.resolve("renamed")).resolve("frost.flac");
        Files.move(before, moved);

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.moved());
        assertEquals(0, rescan.imported());
        assertEquals(0, rescan.missing());
        assertEquals(id, harness.fileId(moved), "the row followed the file");
        FileDetails after = harness.reader.file(moved.toString()).orElseThrow();
        assertEquals(was.audio(), after.audio());
        assertEquals(was.tags(), after.tags());
        assertEquals(was.fingerprint(), after.fingerprint());
        assertEquals(was.levels(), after.levels());
        assertEquals(was.passages(), after.passages());
        assertEquals(was.firstSeenAtMs(), after.firstSeenAtMs());
        try (FileChannel channel = FileChannel.open(moved)) {
            assertEquals(new ContentHash().of(channel), after.contentHash(), "the row takes the hash of now");
        }
    }

    @Test
    void aNewFileOfTheSameSizeButOtherContentIsImportedAndTheGoneOneIsMissing() throws Exception {
        Path before = library.resolve(TRACK);
        byte[] bytes = Files.readAllBytes(before);
        // The last byte of a FLAC file is inside its last frame: same size, other content.
        bytes[bytes.length - 1] ^= 0x55;
        Files.delete(before);
        Path other = Files.write(library.resolve("other.flac"), bytes);

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(0, rescan.moved());
        assertEquals(1, rescan.missing());
        assertEquals(1, rescan.imported() + rescan.failed(), "the new file is its own, imported or failed");
        String hash = harness.reader.file(other.toString()).orElseThrow().contentHash();
        assertTrue(hash == null || ContentHash.isCurrent(hash), "a new row gets the current hash: " + hash);
    }

    private List<String> column(String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file());
                ResultSet rs = c.createStatement().executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
