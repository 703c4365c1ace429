package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index files whose checksum is right but whose numbers are impossible (written by a bug, or forged): each is
 * refused as corrupt, naming what is wrong, before anything is allocated or linked by it.
 */
class ImpossibleIndexFileTest {
    private static final int DIMENSION = 64;
    private static final int CAPACITY = 500;
    private static final int COUNT = 200;

    @TempDir
    Path directory;

    private Path file;

    @BeforeEach
    void saveAnIndexOfTwoHundredVectors() throws Exception {
        VectorIndex index =
                VectorIndex.builder(DIMENSION, Metric.L2, CAPACITY).threads(1).build();
        index.insertBatch(TestVectors.clustered(5).items(0, COUNT), BatchProgress.none());
        file = directory.resolve("flavor.idx");
        index.save(file, 7);
    }

    @Test
    void theUntouchedFileLoads() throws Exception {
        assertEquals(COUNT, VectorIndex.loader().load(file).index().size());
    }

    @Test
    void anUnknownMetricIsRefused() throws Exception {
        rewrite(b -> b.putInt(12, 7));

        assertCorrupt("unknown metric code 7");
    }

    @Test
    void impossibleSettingsAreRefused() throws Exception {
        rewrite(b -> b.putInt(20, 0));

        assertCorrupt("the header holds impossible settings");
    }

    @Test
    void moreNodesThanTheCapacityAreRefused() throws Exception {
        rewrite(b -> b.putInt(36, CAPACITY + 1));

        assertCorrupt("the header counts " + (CAPACITY + 1) + " nodes for a capacity of " + CAPACITY);
    }

    @Test
    void moreNodesThanTheBodyHoldsAreRefused() throws Exception {
        rewrite(b -> b.putInt(36, COUNT + 1));

        assertCorrupt("the body ends before its last node");
    }

    @Test
    void anEntryNodeThatDoesNotExistIsRefused() throws Exception {
        rewrite(b -> b.putInt(40, COUNT));

        assertCorrupt("entry node " + COUNT + " does not exist");
    }

    @Test
    void aNodeAboveTheHighestLevelIsRefused() throws Exception {
        rewrite(b -> b.putInt(firstNode() + 8, 99));

        assertCorrupt("node 0 has level 99");
    }

    @Test
    void moreNeighboursThanALayerAllowsAreRefused() throws Exception {
        rewrite(b -> b.putInt(firstLinks(), 10_000));

        assertCorrupt("node 0 has 10000 neighbours on layer 0");
    }

    @Test
    void aLinkToANodeThatDoesNotExistIsRefused() throws Exception {
        rewrite(b -> {
            assertTrue(b.getInt(firstLinks()) > 0, "node 0 has neighbours on layer 0");
            b.putInt(firstLinks() + 4, COUNT + 5);
        });

        assertCorrupt("node 0 links to node " + (COUNT + 5) + ", which does not exist");
    }

    @Test
    void anIdThatAppearsTwiceIsRefused() throws Exception {
        rewrite(b -> b.putLong(secondNode(b), b.getLong(firstNode())));

        assertCorrupt("appears twice");
    }

    @Test
    void aBodyLongerThanItsNodesIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        int body = bytes.length - IndexFileFormat.TRAILER_BYTES;
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 4);
        ByteBuffer buffer = ByteBuffer.wrap(longer);
        long nodeBytes = buffer.getLong(IndexFileFormat.BODY_LENGTH_OFFSET);
        buffer.putLong(IndexFileFormat.BODY_LENGTH_OFFSET, nodeBytes + 4);
        Arrays.fill(longer, body, body + 4, (byte) 0);
        Files.write(file, longer);
        rewrite(b -> {});

        assertCorrupt("the nodes take " + nodeBytes + " bytes, the header says " + (nodeBytes + 4));
    }

    @Test
    void bytesAfterTheChecksumAreRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length + 3));

        assertCorrupt("3 bytes follow the checksum");
    }

    @Test
    void aBodyLengthShorterThanNothingIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putLong(IndexFileFormat.BODY_LENGTH_OFFSET, -1);
        Files.write(file, bytes);

        assertCorrupt("the header gives an impossible body length");
    }

    private static int firstNode() {
        return IndexFileFormat.HEADER_BYTES;
    }

    /** Node 0's neighbour count on layer 0, after its id, level and vector. */
    private static int firstLinks() {
        return firstNode() + 8 + 4 + 4 * DIMENSION;
    }

    private static int secondNode(ByteBuffer bytes) {
        int level = bytes.getInt(firstNode() + 8);
        int at = firstLinks();
        for (int layer = 0; layer <= level; layer++) {
            at += 4 + 4 * bytes.getInt(at);
        }
        return at;
    }

    /** Changes the file's bytes and writes the checksum they now have, as a faulty writer would. */
    private void rewrite(Consumer<ByteBuffer> change) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        change.accept(buffer);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - IndexFileFormat.TRAILER_BYTES);
        buffer.putInt(bytes.length - IndexFileFormat.TRAILER_BYTES, (int) crc.getValue());
        Files.write(file, bytes);
    }

    private void assertCorrupt(String detail) {
        IndexFileProblem problem = loadProblem();
        IndexFileProblem.Corrupt corrupt = assertInstanceOf(IndexFileProblem.Corrupt.class, problem);
        assertTrue(corrupt.detail().contains(detail), corrupt.detail());
    }

    private IndexFileProblem loadProblem() {
        IndexFileException e = assertThrows(
                IndexFileException.class, () -> VectorIndex.loader().load(file));
        assertEquals(file, e.file());
        return e.problem();
    }
}
