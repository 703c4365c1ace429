package org.audioimport.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Random;
import org.audioimport.flavor.FlavorVector;
import org.audioimport.index.BatchProgress;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue that outgrows the index's room: thousands of flavor rows, written straight into a real
 * catalogue file as imports would leave them, caught up in two steps.
 */
class SimilarityIndexGrowthTest {
    @TempDir
    Path dir;

    private final Random random = new Random(7);

    @Test
    void catchUpPastTheIndexCapacityGrowsItAndKeepsEveryVectorFindable() throws Exception {
        Catalogue catalogue = Catalogue.open(dir.resolve("library.db"));
        CatalogueReader reader = new CatalogueReader(catalogue);
        Path indexFile = SimilarityIndex.fileFor(catalogue.file());
        addTwins(catalogue, 0, 300);
        SimilarityIndex first = SimilarityIndex.open(reader, indexFile);
        assertEquals(600, first.catchUp(BatchProgress.none()).inserted());

        addTwins(catalogue, 300, 600);
        SimilarityIndex grown = SimilarityIndex.open(reader, indexFile);
        assertEquals(600, grown.catchUp(BatchProgress.none()).inserted(), "1,200 vectors: past the first 1,024 places");

        assertEquals(1200, grown.size());
        assertTrue(SimilarityIndex.verify(reader, indexFile).isSound());
        for (int pair : List.of(0, 150, 299, 300, 599)) {
            List<SimilarTrack> nearest = grown.similar(path(pair, 'a'), 1);
            assertEquals(path(pair, 'b'), nearest.get(0).path(), "pair " + pair);
        }
    }

    @Test
    void anIndexMostlyOfStaleVectorsIsRebuiltWithOnlyTheLiveOnes() throws Exception {
        Catalogue catalogue = Catalogue.open(dir.resolve("library.db"));
        CatalogueReader reader = new CatalogueReader(catalogue);
        Path indexFile = SimilarityIndex.fileFor(catalogue.file());
        addTwins(catalogue, 0, 300);
        SimilarityIndex.open(reader, indexFile).catchUp(BatchProgress.none());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalogue.file())) {
            // Every file written again: each gets a new flavor row, its old one is stale in the index.
            c.createStatement().execute("update flavor set id = id + 10000");
            c.createStatement().execute("update sqlite_sequence set seq = seq + 10000 where name = 'flavor'");
        }

        SimilarityIndex reopened = SimilarityIndex.open(reader, indexFile);

        assertTrue(reopened.openedHow().contains("600 of its 600 vectors"), reopened.openedHow());
        assertEquals(600, reopened.size());
        assertEquals(0, SimilarityIndex.verify(reader, indexFile).stale());
    }

    /** Pairs {@code from..to-1}: files a and b of a pair have almost the same random vector. */
    private void addTwins(Catalogue catalogue, int from, int to) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalogue.file())) {
            c.setAutoCommit(false);
            try (PreparedStatement file = c.prepareStatement("insert into file (path, size_bytes, mtime_ms, status,"
                            + " first_seen_at, updated_at) values (?, 1, 1, 'imported', 1, 1)");
                    PreparedStatement flavor = c.prepareStatement("insert into flavor (file_id, version, vector)"
                            + " values ((select id from file where path = ?), ?, ?)")) {
                for (int pair = from; pair < to; pair++) {
                    float[] vector = randomVector();
                    for (char twin : new char[] {'a', 'b'}) {
                        file.setString(1, path(pair, twin));
                        file.executeUpdate();
                        flavor.setString(1, path(pair, twin));
                        flavor.setInt(2, FlavorVector.VERSION);
                        flavor.setBytes(3, bytes(vector));
                        flavor.executeUpdate();
                        vector[0] += 1e-3f;
                    }
                }
            }
            c.commit();
        }
    }

    private float[] randomVector() {
        float[] vector = new float[FlavorVector.DIMENSION];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return vector;
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static String path(int pair, char twin) {
        return "/music/pair " + pair + " " + twin + ".flac";
    }
}
