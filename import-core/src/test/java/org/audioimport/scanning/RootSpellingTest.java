package org.audioimport.scanning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder reached through a link is named as the catalogue named it first. */
class RootSpellingTest {
    @TempDir
    Path dir;

    /** The library's own folder, and {@code dir/Music}, a link to it. */
    private Path music;

    private Path link;

    @BeforeEach
    void libraryAndALinkToIt() throws Exception {
        music = Files.createDirectories(dir.resolve("srv/music"));
        link = Files.createSymbolicLink(dir.resolve("Music"), music);
    }

    @Test
    void aLinkToAFolderScannedBeforeTakesThatFolderSName() {
        assertEquals(List.of(music), RootSpelling.asCatalogued(List.of(link), List.of(music)));
    }

    @Test
    void theFolderItselfTakesTheNameOfALinkScannedBefore() {
        assertEquals(List.of(link), RootSpelling.asCatalogued(List.of(music), List.of(link)));
    }

    @Test
    void aFolderBelowTheLinkTakesTheNameOfItsPlaceBelowTheFolderScannedBefore() throws Exception {
        Path album = Files.createDirectories(music.resolve("Artist/Album"));
        List<Path> scanned = List.of(dir.resolve("elsewhere"), music);

        assertEquals(List.of(album), RootSpelling.asCatalogued(List.of(link.resolve("Artist/Album")), scanned));
    }

    @Test
    void theDeepestFolderScannedBeforeGivesTheName() throws Exception {
        Path albumLink =
                Files.createSymbolicLink(dir.resolve("Album"), Files.createDirectories(music.resolve("Album")));

        assertEquals(
                List.of(albumLink),
                RootSpelling.asCatalogued(List.of(link.resolve("Album")), List.of(music, albumLink)));
    }

    @Test
    void aFolderInsideOneScannedBeforeAsWrittenKeepsItsNameEvenThroughALink() throws Exception {
        Path linkInside = Files.createSymbolicLink(
                Files.createDirectories(dir.resolve("library")).resolve("more"), music);

        assertEquals(
                List.of(linkInside),
                RootSpelling.asCatalogued(List.of(linkInside), List.of(dir.resolve("library"), music)));
    }

    @Test
    void foldersThatDoNotResolveKeepTheirNamesAndNameNothing() throws Exception {
        Path gone = dir.resolve("unmounted");
        Path dangling = Files.createSymbolicLink(dir.resolve("Dangling"), dir.resolve("srv/nothing"));

        assertEquals(
                List.of(gone, dangling, link),
                RootSpelling.asCatalogued(List.of(gone, dangling, link), List.of(gone, dangling)));
    }

    @Test
    void aFolderRecordedRelativeNamesNothing() {
        // Relative to the working folder of this JVM, where it would find the library.
        Path relative = Path.of("").toAbsolutePath().relativize(music);

        assertEquals(List.of(link), RootSpelling.asCatalogued(List.of(link), List.of(relative)));
    }

    @Test
    void withNothingScannedBeforeEveryFolderIsNamedAsGivenMadeAbsolute() {
        assertEquals(List.of(link, music), RootSpelling.asCatalogued(List.of(link, music.resolve("x/..")), List.of()));
    }
}
