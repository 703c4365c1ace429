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
            writer.write(scan, new FileImport.Failed(new FoundFile(Path.of(FAILED), 10, 20), "not audio"), 3);
        }
        reader = new CatalogueReader(catalogue);
    }

    @Test
    void aTakenPathIsGivenOnceAndWhatIsLeftIsWhatWasNotTaken() throws Exception {
        KnownFiles known = reader.knownFiles();

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

        Map<String, String> hashes = reader.knownFiles().contentHashes(asked);

        assertEquals(Set.copyOf(importedPaths), hashes.keySet());
        assertEquals(Set.of("abc123"), Set.copyOf(hashes.values()));
    }
}
