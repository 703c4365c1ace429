package org.audioimport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.audioimport.scanning.FoundFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scan takes from the catalogue's known files, and the content hashes it reads afterwards. */
class KnownFilesTest {
    /** More than two of the reader's queries' worth of paths. */
    private static final int IMPORTED = 1_001;

    private static final String FAILED = "/music/failed.flac";
    private static final List<Path> MUSIC = List.of(Path.of("/music"));
    /** Files beside /music that a scan of it must not read: another case, a longer name, a sibling file. */
    private static final List<String> BESIDE = List.of("/Music/upper.flac", "/music2/longer.flac", "/musicx.flac");

    @TempDir
    static Path dir;

    private static CatalogueReader reader;
    private static List<String> importedPaths;

    @BeforeAll
    static void catalogue() throws Exception {
        Catalogue catalogue = Catalogue.open(dir.resolve("library.db"));
        importedPaths = new ArrayList<>();
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, Duration.ofSeconds(5))) {
            long scan = writer.startScan(List.of(Path.of("/music")), 1);
            for (int i = 0; i < IMPORTED; i++) {
                String path = "/music/%04d.flac".formatted(i);
                importedPaths.add(path);
                writer.write(scan, StoreFixtures.imported(path, "Song " + i, "Artist", "Album"), 2);
            }
            writer.write(scan, new FileImport.Failed(new FoundFile(Path.of(FAILED), 10, 20), "not audio", 1), 3);
            for (String beside : BESIDE) {
                writer.write(scan, StoreFixtures.imported(beside, "Beside", "Artist", "Album"), 4);
            }
        }
        reader = new CatalogueReader(catalogue);
    }

    @Test
    void aTakenPathIsGivenOnceAndWhatIsLeftIsWhatWasNotTaken() throws Exception {
        KnownFiles known = reader.knownFiles(MUSIC);

        KnownFile taken = known.take(importedPaths.getFirst());

        assertNotNull(taken);
        assertEquals(FileStatus.IMPORTED, taken.status());
        assertNull(known.take(importedPaths.getFirst()), "taken already");
        assertNull(known.take("/music/never.flac"));
        assertEquals(IMPORTED, known.notTaken().size(), "the other imported files and the failed one");
        assertFalse(known.notTaken().stream()
                .map(KnownFile::path)
                .collect(Collectors.toSet())
                .contains(taken.path()));
    }

    @Test
    void readsTheContentHashOfEveryImportedPathAskedForHoweverManyAndNoneForOthers() throws Exception {
        List<String> asked = new ArrayList<>(importedPaths);
        asked.add(FAILED);
        asked.add("/music/never.flac");

        Map<String, String> hashes = reader.knownFiles(MUSIC).contentHashes(asked);

        assertEquals(Set.copyOf(importedPaths), hashes.keySet());
        assertEquals(Set.of("abc123"), Set.copyOf(hashes.values()));
    }

    @Test
    void aScanReadsTheFilesUnderItsRootsOnly() throws Exception {
        assertEquals(IMPORTED + 1, reader.knownFiles(MUSIC).notTaken().size(), "/music's files, not those beside it");
        assertEquals(
                Set.of("/music/0007.flac"),
                paths(reader.knownFiles(List.of(Path.of("/music/0007.flac"))).notTaken()),
                "a file given as a root");
        assertEquals(
                Set.copyOf(BESIDE),
                paths(reader.knownFiles(List.of(Path.of("/Music"), Path.of("/music2"), Path.of("/musicx.flac")))
                        .notTaken()));
        assertEquals(
                IMPORTED + 1 + BESIDE.size(),
                reader.knownFiles(List.of(Path.of("/"))).notTaken().size());
        assertEquals(0, reader.knownFiles(List.of()).notTaken().size());
    }

    @Test
    void aScanOfMoreRootsThanSqliteCanChainInOneConditionReadsEveryRootsFiles() throws Exception {
        List<Path> roots = new ArrayList<>();
        importedPaths.forEach(path -> roots.add(Path.of(path)));
        for (int i = 0; i < 600; i++) {
            roots.add(Path.of("/elsewhere/" + i));
        }

        assertEquals(Set.copyOf(importedPaths), paths(reader.knownFiles(roots).notTaken()));
        roots.add(Path.of("/music"));
        assertEquals(IMPORTED + 1, reader.knownFiles(roots).notTaken().size(), "each file once under nested roots");
    }

    private static Set<String> paths(java.util.Collection<KnownFile> files) {
        return files.stream().map(KnownFile::path).collect(Collectors.toSet());
    }
}
