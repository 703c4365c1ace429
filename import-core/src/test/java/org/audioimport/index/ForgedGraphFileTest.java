package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index files whose checksum is right and whose every number is within its range, but whose graph breaks
 * an invariant of HNSW (forged, or written by a bug): the load verifies the graph it built and refuses the
 * file as corrupt, naming the broken invariant, rather than answer searches from a bad graph. Negative
 * numbers where only counts and positions belong (a flipped sign bit) are refused by the reader itself.
 */
class ForgedGraphFileTest {
    private static final int DIMENSION = 64;
    private static final int COUNT = 100;

    @TempDir
    Path directory;

    private Path file;

    @BeforeEach
    void saveAnIndexOfAHundredVectors() throws Exception {
        VectorIndex index =
                VectorIndex.builder(DIMENSION, Metric.L2, 200).threads(1).build();
        index.insertBatch(TestVectors.clustered(3).items(0, COUNT), BatchProgress.none());
        file = directory.resolve("flavor.idx");
        index.save(file, 3);
    }

    @Test
    void aVectorComponentThatIsNotANumberIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putFloat(firstNode() + 8 + 4 + 4 * 5, Float.NaN);
        writeWithChecksum(bytes);

        assertCorrupt("node 0 has a vector component that is not finite");
    }

    @Test
    void aNeighbourListedTwiceIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        assertTrue(buffer.getInt(firstLinks()) >= 2, "node 0 has two neighbours on layer 0");
        buffer.putInt(firstLinks() + 8, buffer.getInt(firstLinks() + 4));
        writeWithChecksum(bytes);

        assertCorrupt("node 0 on layer 0 links to node " + buffer.getInt(firstLinks() + 4) + " twice");
    }

    @Test
    void aNodeWithoutNeighboursOnLayerZeroIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int neighbours = buffer.getInt(firstLinks());
        int cut = 4 * neighbours;
        byte[] shorter = new byte[bytes.length - cut];
        System.arraycopy(bytes, 0, shorter, 0, firstLinks() + 4);
        System.arraycopy(
                bytes, firstLinks() + 4 + cut, shorter, firstLinks() + 4, bytes.length - firstLinks() - 4 - cut);
        ByteBuffer forged = ByteBuffer.wrap(shorter);
        forged.putInt(firstLinks(), 0);
        forged.putLong(IndexFileFormat.BODY_LENGTH_OFFSET, buffer.getLong(IndexFileFormat.BODY_LENGTH_OFFSET) - cut);
        writeWithChecksum(shorter);

        assertCorrupt("node 0 has no neighbours on layer 0");
    }

    @Test
    void aNodeAboveTheTopLevelOfTheGraphIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int topLevel = buffer.getInt(44);
        assertTrue(topLevel > 0, "the graph has an upper layer");
        buffer.putInt(44, topLevel - 1);
        writeWithChecksum(bytes);

        assertCorrupt("has level " + topLevel + ", the top level is " + (topLevel - 1));
    }

    @Test
    void aNegativeLevelIsRefused() throws Exception {
        rewrite(firstNode() + 8, -1);

        assertCorrupt("node 0 has level -1");
    }

    @Test
    void aNegativeNeighbourCountIsRefused() throws Exception {
        rewrite(firstLinks(), -3);

        assertCorrupt("node 0 has -3 neighbours on layer 0");
    }

    @Test
    void aNegativeLinkIsRefused() throws Exception {
        rewrite(firstLinks() + 4, -7);

        assertCorrupt("node 0 links to node -7, which does not exist");
    }

    @Test
    void aNegativeEntryNodeIsRefused() throws Exception {
        rewrite(40, -1);

        assertCorrupt("entry node -1 does not exist");
    }

    private static int firstNode() {
        return IndexFileFormat.HEADER_BYTES;
    }

    /** Node 0's neighbour count on layer 0, after its id, level and vector. */
    private static int firstLinks() {
        return firstNode() + 8 + 4 + 4 * DIMENSION;
    }

    private void rewrite(int offset, int value) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putInt(offset, value);
        writeWithChecksum(bytes);
    }

    /** Writes {@code bytes} with the checksum they now have, as a faulty writer would. */
    private void writeWithChecksum(byte[] bytes) throws Exception {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - IndexFileFormat.TRAILER_BYTES);
        ByteBuffer.wrap(bytes).putInt(bytes.length - IndexFileFormat.TRAILER_BYTES, (int) crc.getValue());
        Files.write(file, bytes);
    }

    private void assertCorrupt(String detail) {
        IndexFileException e = assertThrows(
                IndexFileException.class, () -> VectorIndex.loader().load(file));
        assertEquals(file, e.file());
        IndexFileProblem.Corrupt corrupt = assertInstanceOf(IndexFileProblem.Corrupt.class, e.problem());
        assertTrue(corrupt.detail().contains(detail), corrupt.detail());
    }
}
