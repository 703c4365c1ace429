package org.audioimport.scanning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
        assertEquals(List.of(music), spellingsOf(List.of(music)).asCatalogued(List.of(link)));
    }

    @Test
    void theFolderItselfTakesTheNameOfALinkScannedBefore() {
        assertEquals(List.of(link), spellingsOf(List.of(link)).asCatalogued(List.of(music)));
    }

    @Test
    void aFolderBelowTheLinkTakesTheNameOfItsPlaceBelowTheFolderScannedBefore() throws Exception {
        Path album = Files.createDirectories(music.resolve("Artist/Album"));
        List<Path> scanned = List.of(dir.resolve("elsewhere"), music);

        assertEquals(List.of(album), spellingsOf(scanned).asCatalogued(List.of(link.resolve("Artist/Album"))));
    }

    @Test
    void theDeepestFolderScannedBeforeGivesTheName() throws Exception {
        Path albumLink =
                Files.createSymbolicLink(dir.resolve("Album"), Files.createDirectories(music.resolve("Album")));

        assertEquals(
                List.of(albumLink),
                spellingsOf(List.of(music, albumLink)).asCatalogued(List.of(link.resolve("Album"))));
    }

    @Test
    void aFolderInsideOneScannedBeforeAsWrittenKeepsItsNameEvenThroughALink() throws Exception {
        Path linkInside = Files.createSymbolicLink(
                Files.createDirectories(dir.resolve("library")).resolve("more"), music);

        assertEquals(
                List.of(linkInside),
                spellingsOf(List.of(dir.resolve("library"), music)).asCatalogued(List.of(linkInside)));
    }

    @Test
    void foldersThatDoNotResolveKeepTheirNames() throws Exception {
        Path gone = dir.resolve("unmounted");
        Path dangling = Files.createSymbolicLink(dir.resolve("Dangling"), dir.resolve("srv/nothing"));

        assertEquals(List.of(gone, dangling), spellingsOf(List.of(music)).asCatalogued(List.of(gone, dangling)));
    }

    @Test
    void foldersScannedBeforeThatDoNotResolveNameNothing() throws Exception {
        Path gone = dir.resolve("unmounted");
        Path dangling = Files.createSymbolicLink(dir.resolve("Dangling"), dir.resolve("srv/nothing"));

        assertEquals(List.of(link), spellingsOf(List.of(gone, dangling)).asCatalogued(List.of(link)));
    }

    @Test
    void aFolderRecordedRelativeNamesNothing() {
        // Relative to the working folder of this JVM, where it would find the library.
        Path relative = Path.of("").toAbsolutePath().relativize(music);

        assertEquals(List.of(link), spellingsOf(List.of(relative)).asCatalogued(List.of(link)));
    }

    @Test
    void withNothingScannedBeforeEveryFolderIsNamedAsGivenMadeAbsolute() {
        assertEquals(List.of(link, music), spellingsOf(List.of()).asCatalogued(List.of(link, music.resolve("x/.."))));
    }

    @Test
    void aLinkIntoAFolderScannedBeforeLeadsToItsPlaceThere() throws Exception {
        Path album = Files.createDirectories(music.resolve("Album"));
        Path albumLink = Files.createSymbolicLink(
                Files.createDirectories(dir.resolve("home")).resolve("a"), album);

        assertEquals(
                Optional.of(link.resolve("Album")), spellingsOf(List.of(link)).linkTarget(albumLink));
    }

    @Test
    void aLinkInsideTheFolderScannedBeforeAsWrittenLeadsNowhereElse() throws Exception {
        Path album = Files.createDirectories(music.resolve("Album"));
        Path albumLink = Files.createSymbolicLink(music.resolve("Same album"), album);

        assertEquals(Optional.empty(), spellingsOf(List.of(music)).linkTarget(albumLink));
    }

    @Test
    void aLinkOutsideEveryFolderScannedBeforeLeadsNowhereElse() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Path otherLink = Files.createSymbolicLink(dir.resolve("o"), other);

        assertEquals(Optional.empty(), spellingsOf(List.of(music)).linkTarget(otherLink));
    }

    @Test
    void aFolderInsideOneScannedBeforeAsWrittenWithNoFilesCataloguedSoTakesTheNameOfItsTarget() throws Exception {
        Path linkInside = Files.createSymbolicLink(
                Files.createDirectories(dir.resolve("library")).resolve("more"), music);

        assertEquals(
                List.of(music),
                RootSpelling.of(List.of(dir.resolve("library"), music), folder -> false)
                        .asCatalogued(List.of(linkInside)));
    }

    @Test
    void aFolderThatIsItselfALinkOutOfItsLibraryIsSpelledByItsParentSPlace() throws Exception {
        Files.createSymbolicLink(music.resolve("Jazz"), Files.createDirectories(dir.resolve("disk2/jazz")));

        assertEquals(
                List.of(music.resolve("Jazz")),
                spellingsOf(List.of(music)).asCatalogued(List.of(link.resolve("Jazz"))));
    }

    @Test
    void aFolderThatIsNotThereIsSpelledByItsParentSPlace() {
        assertEquals(
                List.of(music.resolve("Gone")),
                spellingsOf(List.of(music)).asCatalogued(List.of(link.resolve("Gone"))));
    }

    @Test
    void aFolderWithFilesCataloguedUnderItAsWrittenKeepsItsNameEvenAboveTheFoldersScannedBefore() throws Exception {
        Path album = Files.createDirectories(music.resolve("Album"));
        Path everything = Files.createSymbolicLink(dir.resolve("Everything"), dir);

        assertEquals(
                List.of(music),
                RootSpelling.of(List.of(everything, album), music::equals).asCatalogued(List.of(music)));
    }

    /** The spellings of {@code scanned}, with files catalogued under each of them as written. */
    private static RootSpelling spellingsOf(List<Path> scanned) {
        return RootSpelling.of(scanned, folder -> scanned.stream().anyMatch(folder::startsWith));
    }
}
