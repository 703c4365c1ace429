package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.audioimport.store.IdentityStore;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recording's copies stay one group ({@code duplicate_of} pointing at its first file) whatever happens
 * to the file they point at on a later scan, and byte-identical files moved together are both moves.
 */
class RecordingGroupsAcrossScansTest {
    private static final List<String> FROST = List.of(
            "The Fixtures/Synthetic Seasons/01 - First Frost.flac",
            "copies/01 - First Frost.m4a",
            "copies/01 - First Frost.mp3");
    private static final String NEON = "Other Artist/Split Single/1 - Neon Side.flac";

    @TempDir
    Path dir;

    private Path library;
    private PipelineHarness harness;

    @BeforeEach
    void importSample() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        harness = new PipelineHarness(dir.resolve("library.db"));
        harness.run(library, ImportListener.NONE);
    }

    @Test
    void copiesOfAFirstFileThatNowFailsAreOneGroupStillAndItIsDueForIdentification() throws Exception {
        String first = assertOneGroup(FROST);
        Files.writeString(library.resolve(first), "not audio any more");

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.failed(), rescan.countsText());
        List<String> copies = without(FROST, first);
        String newFirst = assertOneGroup(copies);
        long dueOfTheRecording = new IdentityStore(harness.catalogue)
                .due(0, 1000, System.currentTimeMillis(), null).stream()
                        .filter(item ->
                                copies.stream().anyMatch(copy -> item.path().equals(path(copy))))
                        .count();
        assertEquals(1, dueOfTheRecording, "looked up once, through " + newFirst);
    }

    @Test
    void copiesOfAFirstFileThatNowHoldsAnotherRecordingAreOneGroupWithoutIt() throws Exception {
        String first = assertOneGroup(FROST);
        Files.copy(library.resolve(NEON), library.resolve(first), StandardCopyOption.REPLACE_EXISTING);

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.updated(), rescan.countsText());
        assertOneGroup(without(FROST, first));
        assertEquals(path(NEON), harness.stored(library.resolve(first)).duplicateOf());
    }

    @Test
    void aFirstFileImportedAgainWithTheSameRecordingStillHeadsItsGroup() throws Exception {
        String first = assertOneGroup(FROST);
        Path file = library.resolve(first);
        Files.setLastModifiedTime(
                file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(1, rescan.updated(), rescan.countsText());
        assertEquals(first, assertOneGroup(FROST));
    }

    @Test
    void copiesOfAPurgedFirstFileAreOneGroupStill() throws Exception {
        String first = assertOneGroup(FROST);
        Files.delete(library.resolve(first));

        ImportSummary rescan = harness.run(library, ImportListener.NONE, Duration.ZERO);

        assertEquals(1, rescan.purged(), rescan.countsText());
        assertOneGroup(without(FROST, first));
    }

    @Test
    void twoByteIdenticalFilesMovedTogetherAreBothMovesEachKeepingItsRow() throws Exception {
        Path original = library.resolve(FROST.get(0));
        Path twin = Files.copy(original, library.resolve("twin.flac"));
        harness.run(library, ImportListener.NONE);
        long originalId = harness.fileId(original);
        long twinId = harness.fileId(twin);
        Path moved = Files.createDirectories(library.resolve("moved"));
        Files.move(original, moved.resolve(original.getFileName()));
        Files.move(twin, moved.resolve("twin.flac"));

        ImportSummary rescan = harness.run(library, ImportListener.NONE);

        assertEquals(2, rescan.moved(), rescan.countsText());
        assertEquals(0, rescan.missing());
        assertEquals(0, rescan.imported());
        assertEquals(originalId, harness.fileId(moved.resolve(original.getFileName())), "each row followed its file");
        assertEquals(twinId, harness.fileId(moved.resolve("twin.flac")), "each row followed its file");
    }

    /**
     * Asserts that the files are one group: one of them points at none, and every other points at it.
     * Returns that first file.
     */
    private String assertOneGroup(List<String> members) {
        Map<String, String> links = members.stream()
                .collect(Collectors.toMap(
                        member -> member,
                        member -> String.valueOf(
                                harness.stored(library.resolve(member)).duplicateOf())));
        List<String> firsts = members.stream()
                .filter(member -> links.get(member).equals("null"))
                .toList();
        assertEquals(1, firsts.size(), "one first file among " + links);
        String first = firsts.get(0);
        for (String member : without(members, first)) {
            assertNotNull(links.get(member));
            assertEquals(path(first), links.get(member), member + " points at the group's first file: " + links);
        }
        assertNull(harness.stored(library.resolve(first)).duplicateOf());
        return first;
    }

    private String path(String member) {
        return library.resolve(member).toString();
    }

    private static List<String> without(List<String> members, String member) {
        return members.stream().filter(m -> !m.equals(member)).toList();
    }
}
