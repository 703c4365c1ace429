package org.audioimport.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.audioimport.flavor.FlavorVector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue that stops being readable after it was opened (overwritten by something that is not SQLite):
 * every reader fails with a {@link CatalogueException} that names the file and SQLite's reason.
 */
class CatalogueReadFailureTest {
    @TempDir
    Path dir;

    private Catalogue catalogue;

    @BeforeEach
    void openThenOverwriteTheCatalogue() throws Exception {
        catalogue = Catalogue.open(dir.resolve("library.db"));
        Files.writeString(catalogue.file(), "not a database any more, and long enough to fill a header\n".repeat(100));
    }

    /** One question to the catalogue. */
    @FunctionalInterface
    interface Read {
        void of(Catalogue catalogue) throws Exception;
    }

    static Stream<Arguments> reads() {
        return Stream.of(
                read("failed files", c -> new CatalogueReader(c).failedFiles()),
                read("warnings", c -> new CatalogueReader(c).warnings()),
                read("file details", c -> new CatalogueReader(c).file("/music/a.flac")),
                read("duplicate groups", c -> new CatalogueReader(c).duplicateGroups()),
                read("status", c -> new CatalogueReader(c).status(3)),
                read("known files", c -> new CatalogueReader(c).knownFiles(List.of(Path.of("/")))),
                read("identity", c -> new CatalogueReader(c).identity("/music/a.flac")),
                read("a page of files", c -> new FileBrowser(c).page("a", "imported", 10, 0)),
                read("a path by id", c -> new FileBrowser(c).pathOf(1)),
                read("ids by path", c -> new FileBrowser(c).idsOf(List.of("/music/a.flac"))),
                read("an envelope", c -> new FileBrowser(c).envelope(1)),
                read(
                        "playlist rows",
                        c -> new PlaylistReader(c)
                                .rows(new FlavorVersions(FlavorVector.VERSION, FlavorVector.VERSION))),
                read("the identification queue", c -> new IdentityStore(c).due(0, 10, 0, null)),
                read("a cached lookup", c -> new IdentityStore(c).lookup("00")),
                read("a cached recording", c -> new IdentityStore(c).recording("00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void aReadOfACatalogueThatIsNoLongerSqliteFailsNamingTheFileAndTheReason(String what, Read read) {
        CatalogueException failed = assertThrows(CatalogueException.class, () -> read.of(catalogue), what);

        assertTrue(failed.getMessage().contains(catalogue.file().toString()), failed.getMessage());
        assertTrue(failed.getMessage().contains("cannot be read"), failed.getMessage());
        assertTrue(failed.getMessage().contains("not a database"), failed.getMessage());
    }

    private static Arguments read(String what, Read read) {
        return Arguments.of(what, read);
    }
}
