package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersistenceTest {
    private static final long MARK = 0x1234_5678_9ABCL;

    @TempDir
    Path directory;

    private final TestVectors vectors = TestVectors.clustered(17);
    private VectorIndex index;
    private Path file;
    private float[][] queries;

    @BeforeEach
    void saveAnIndexOfAThousandVectors() throws Exception {
        index = VectorIndex.builder(64, Metric.COSINE, 2_000)
                .efConstruction(60)
                .efSearch(40)
                .threads(2)
                .build();
        index.insertBatch(vectors.items(0, 1_000), BatchProgress.none());
        queries = vectors.next(30);
        file = directory.resolve("flavor.idx");
        index.save(file, MARK);
    }

    @Test
    void aLoadedIndexAnswersEveryQueryExactlyAsTheSavedOneDid() throws Exception {
        LoadedIndex loaded = VectorIndex.loader().load(file);

        assertEquals(IndexSnapshot.of(index, queries), IndexSnapshot.of(loaded.index(), queries));
        for (float[] query : queries) {
            assertEquals(index.search(query, 10), loaded.index().search(query, 10));
        }
    }

    @Test
    void theCaughtUpMarkIsReadFromTheHeaderAloneAndAFileOfAnotherKindIsRefused() throws Exception {
        Path notAnIndex = Files.writeString(directory.resolve("notes.txt"), "x".repeat(100));

        assertEquals(MARK, VectorIndex.loader().caughtUpMark(file));
        IndexFileException refused = assertThrows(
                IndexFileException.class, () -> VectorIndex.loader().caughtUpMark(notAnIndex));
        assertInstanceOf(IndexFileProblem.NotAnIndex.class, refused.problem());
    }

    @Test
    void aLoadedIndexKeepsTheCaughtUpMarkAndTheSettings() throws Exception {
        LoadedIndex loaded = VectorIndex.loader().load(file);

        assertEquals(MARK, loaded.caughtUpMark());
        assertEquals(64, loaded.index().dimension());
        assertEquals(Metric.COSINE, loaded.index().metric());
        assertEquals(2_000, loaded.index().capacity());
        assertTrue(loaded.index().verify().isSound());
    }

    @Test
    void aLoadedIndexTakesMoreVectorsUpToANewCapacity() throws Exception {
        VectorIndex loaded = VectorIndex.loader().capacity(2_500).load(file).index();

        loaded.insertBatch(vectors.items(10_000, 1_500), BatchProgress.none());

        assertEquals(2_500, loaded.size());
        assertTrue(loaded.verify().isSound());
    }

    @Test
    void aLoaderCapacityTooLargeForTheFilesDimensionIsTheCallersErrorNotACorruptFile() {
        assertThrows(
                IllegalArgumentException.class,
                () -> VectorIndex.loader().capacity(Integer.MAX_VALUE).load(file));
    }

    @Test
    void anEmptyIndexRoundTrips() throws Exception {
        Path empty = directory.resolve("empty.idx");
        VectorIndex.builder(8, Metric.L2, 10).build().save(empty, -1);

        LoadedIndex loaded = VectorIndex.loader().load(empty);

        assertEquals(0, loaded.index().size());
        assertEquals(-1, loaded.caughtUpMark());
        assertEquals(List.of(), loaded.index().search(new float[8], 3));
    }

    @Test
    void savingAgainReplacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
        index.insert(99_999, vectors.next());

        index.save(file, MARK + 1);

        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(file), files.toList());
        }
        LoadedIndex loaded = VectorIndex.loader().load(file);
        assertEquals(MARK + 1, loaded.caughtUpMark());
        assertTrue(loaded.index().contains(99_999));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 5, 63, 64, 1_000, -1})
    void aTruncatedFileRaisesTruncated(long keep) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, (int) (keep >= 0 ? keep : bytes.length + keep)));

        assertInstanceOf(IndexFileProblem.Truncated.class, loadProblem());
    }

    @Test
    void aFlippedByteInTheBodyRaisesChecksumMismatch() throws Exception {
        flipByte(Files.size(file) / 2);

        assertInstanceOf(IndexFileProblem.ChecksumMismatch.class, loadProblem());
    }

    @Test
    void aFlippedByteInTheChecksumRaisesChecksumMismatch() throws Exception {
        flipByte(Files.size(file) - 1);

        assertInstanceOf(IndexFileProblem.ChecksumMismatch.class, loadProblem());
    }

    @Test
    void aFlippedByteInTheHeaderCountRaisesChecksumMismatch() throws Exception {
        flipByte(39);

        assertInstanceOf(IndexFileProblem.ChecksumMismatch.class, loadProblem());
    }

    @Test
    void aFlippedByteInTheMagicRaisesNotAnIndex() throws Exception {
        flipByte(0);

        assertInstanceOf(IndexFileProblem.NotAnIndex.class, loadProblem());
    }

    @Test
    void aFlippedByteInTheVersionRaisesUnsupportedVersion() throws Exception {
        flipByte(11);

        assertInstanceOf(IndexFileProblem.UnsupportedVersion.class, loadProblem());
    }

    @Test
    void aFlippedByteAnywhereRaisesATypedLoadError() throws Exception {
        byte[] original = Files.readAllBytes(file);
        // Every byte of the header, then a hundred spread over the rest.
        int step = original.length / 100;
        for (int position = 0; position < original.length; position += position < 64 ? 1 : step) {
            byte[] flipped = original.clone();
            flipped[position] ^= 0x10;
            Files.write(file, flipped);

            assertThrows(IndexFileException.class, () -> VectorIndex.loader().load(file), "flip at " + position);
        }
    }

    @Test
    void aFileOfSomethingElseRaisesNotAnIndex() throws Exception {
        Files.writeString(file, "title,artist\nSo What,Miles Davis\n".repeat(10), StandardCharsets.UTF_8);

        assertInstanceOf(IndexFileProblem.NotAnIndex.class, loadProblem());
    }

    private void flipByte(long position) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) position] ^= 0x01;
        Files.write(file, bytes);
    }

    private IndexFileProblem loadProblem() {
        IndexFileException e = assertThrows(
                IndexFileException.class, () -> VectorIndex.loader().load(file));
        assertEquals(file, e.file());
        return e.problem();
    }
}
