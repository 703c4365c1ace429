package org.audioimport.scanning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder reached through a link is named as the catalogue named it first. */
class RootSpellingTest {
    @TempDir
    Path dir;

    @Test
    void aLinkToAFolderScannedBeforeTakesThatFolderSName() throws Exception {
        Path music = Files.createDirectories(dir.resolve("srv/music"));
        Path link = Files.createSymbolicLink(dir.resolve("Music"), music);

        assertEquals(List.of(music), RootSpelling.asCatalogued(List.of(link), List.of(music)));
    }

    @Test
    void aFolderBelowTheLinkTakesTheNameOfItsPlaceBelowTheFolderScannedBefore() throws Exception {
        Path music = Files.createDirectories(dir.resolve("srv/music"));
        Path album = Files.createDirectories(music.resolve("Artist/Album"));
        Path link = Files.createSymbolicLink(dir.resolve("Music"), music);

        assertEquals(
                List.of(album),
                RootSpelling.asCatalogued(
                        List.of(link.resolve("Artist/Album")), List.of(dir.resolve("elsewhere"), music)));
    }

    @Test
    void theFolderItselfTakesTheNameOfALinkScannedBefore() throws Exception {
        Path music = Files.createDirectories(dir.resolve("srv/music"));
        Path link = Files.createSymbolicLink(dir.resolve("Music"), music);

        assertEquals(List.of(link), RootSpelling.asCatalogued(List.of(music), List.of(link)));
    }

    @Test
    void theDeepestFolderScannedBeforeGivesTheName() throws Exception {
        Path music = Files.createDirectories(dir.resolve("srv/music"));
        Path album = Files.createDirectories(music.resolve("Album"));
        Path albumLink = Files.createSymbolicLink(dir.resolve("Album"), album);
        Path musicLink = Files.createSymbolicLink(dir.resolve("Music"), music);

        assertEquals(
                List.of(albumLink),
                RootSpelling.asCatalogued(List.of(musicLink.resolve("Album")), List.of(music, albumLink)));
    }

    @Test
    void aFolderInsideOneScannedBeforeAsWrittenKeepsItsNameEvenThroughALink() throws Exception {
        Path music = Files.createDirectories(dir.resolve("srv/music"));
        Path library = Files.createDirectories(dir.resolve("library"));
        Path linkInside = Files.createSymbolicLink(library.resolve("more"), music);

        assertEquals(List.of(linkInside), RootSpelling.asCatalogued(List.of(linkInside), List.of(library, music)));
    }

    @Test
    void foldersThatDoNotResolveKeepTheirNames() throws Exception {
        Path music = Files.createDirectories(dir.resolve("srv/music"));
        Path gone = dir.resolve("unmounted");
        Path dangling = Files.createSymbolicLink(dir.resolve("Music"), dir.resolve("srv/nothing"));

        assertEquals(
                List.of(gone, dangling, music),
                RootSpelling.asCatalogued(List.of(gone, dangling, music), List.of(dir.resolve("srv"), gone)));
        assertEquals(List.of(music), RootSpelling.asCatalogued(List.of(music), List.of(dangling)));
    }

    @Test
    void withNothingScannedBeforeEveryFolderIsNamedAsGivenMadeAbsolute() throws Exception {
        Path music = Files.createDirectories(dir.resolve("srv/music"));
        Path link = Files.createSymbolicLink(dir.resolve("Music"), music);

        assertEquals(List.of(link, music), RootSpelling.asCatalogued(List.of(link, music.resolve("x/..")), List.of()));
    }
}
