package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.audioimport.flavor.FlavorVector;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flavor phase runs on the import's one decode; its vectors are stored with the file and indexed after commit. */
class FlavorImportTest {
    private static final String TRACK = "The Fixtures/Synthetic Seasons/01 - First Frost.flac";

    @TempDir
    Path dir;

    private PipelineHarness harness;
    private Path library;
    private ImportSummary summary;

    @BeforeEach
    void importSampleAndAnalysisFixtures() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        SampleLibrary.addAnalysisFixtures(library, List.of("hidden-track.flac", "silence.flac"));
        harness = new PipelineHarness(dir.resolve("library.db"));
        summary = harness.run(library, ImportListener.NONE);
    }

    @Test
    void everyFileGetsAVectorOfTheCurrentVersionInItsOneTransaction() throws Exception {
        assertEquals(0, summary.failed(), () -> summary.failures().toString());
        assertEquals(1.0, summary.writeTransactionsPerImportedFile());
        int files = SampleLibrary.expected().size() + 2;
        assertEquals(files, count("select count(*) from flavor where version = " + FlavorVector.VERSION));
        assertEquals(
                files - 1,
                count("select count(*) from flavor where length(vector) = " + 4 * FlavorVector.DIMENSION),
                "all but the silent file have a vector");
        assertTrue(summary.phaseSeconds().get("flavor") > 0, "the flavor phase is timed");
    }

    @Test
    void eachPassageHasItsOwnFlavorAndTheHiddenTrackTwo() throws Exception {
        assertEquals(count("select count(*) from passage"), count("select count(*) from passage_flavor"));
        String hidden = "(select id from file where path like '%hidden-track.flac')";
        assertEquals(2, count("select count(*) from passage_flavor where vector is not null and file_id = " + hidden));
        assertEquals(
                1,
                count("select count(*) from passage_flavor a join passage_flavor b on a.file_id = b.file_id"
                        + " and a.seq = 0 and b.seq = 1 and a.vector <> b.vector where a.file_id = " + hidden),
                "the song and the hidden track do not sound the same");
    }

    @Test
    void silentFileHasNoVectorAndSaysWhy() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("select vector, no_vector from flavor join file on file.id = flavor.file_id"
                                + " where path like '%silence.flac'")) {
            assertTrue(r.next());
            assertNull(r.getBytes(1));
            assertEquals("the audio is silent", r.getString(2));
        }
    }

    @Test
    void vectorsGoIntoTheIndexBesideTheCatalogueOnceCommitted() throws Exception {
        Path index = SimilarityIndex.fileFor(harness.catalogue.file());
        assertTrue(Files.exists(index), "saved beside the catalogue");
        int vectors = count("select count(*) from flavor where vector is not null");
        assertEquals(vectors, summary.indexed().vectors());
        assertEquals(vectors, SimilarityIndex.verify(harness.reader, index).live());

        ImportSummary rescan = harness.run(library, ImportListener.NONE);
        assertEquals(0, rescan.indexed().vectors(), "nothing new to index");
    }

    @Test
    void flavorFromAnOlderVersionIsRecomputedWithItsPassagesButNotTheFingerprint() throws Exception {
        Path file = library.resolve(TRACK);
        String id = "(select id from file where path = '" + file.toString().replace("'", "''") + "')";
        byte[] vector = vectorOf(id);
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("update flavor set version = 0, vector = zeroblob(" + vector.length + ") where file_id = " + id);
            s.execute("update fingerprint set chromaprint = 'left alone' where file_id = " + id);
        }

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.updated());
        assertEquals(1, rescan.writes().writeTransactions());
        assertArrayEquals(vector, vectorOf(id), "the same audio gives the same vector");
        assertEquals(FlavorVector.VERSION, count("select version from flavor where file_id = " + id));
        assertEquals(
                "left alone",
                harness.reader.file(file.toString()).orElseThrow().fingerprint().chromaprint());
        assertEquals(1, rescan.indexed().vectors(), "the recomputed vector is a new row for the index");
        assertEquals(0, harness.run(library, ImportListener.NONE).updated(), "current now: nothing to redo");
    }

    @Test
    void changedFileGetsANewVectorRowAndFailedFileLosesIt() throws Exception {
        Path file = library.resolve(TRACK);
        String id = "(select id from file where path = '" + file.toString().replace("'", "''") + "')";
        int before = count("select id from flavor where file_id = " + id);
        Files.write(file, new byte[] {1, 2, 3});

        harness.run(library, ImportListener.NONE);

        assertEquals(0, count("select count(*) from flavor where file_id = " + id), "a failed file has no flavor");
        Files.copy(SampleLibrary.sample().resolve(TRACK), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        harness.run(library, ImportListener.NONE);
        assertNotEquals(before, count("select id from flavor where file_id = " + id), "new row, new id");
    }

    private byte[] vectorOf(String fileId) throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select vector from flavor where file_id = " + fileId)) {
            assertTrue(r.next());
            return r.getBytes(1);
        }
    }

    private int count(String query) throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            assertTrue(r.next());
            return r.getInt(1);
        }
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + harness.catalogue.file());
    }
}
