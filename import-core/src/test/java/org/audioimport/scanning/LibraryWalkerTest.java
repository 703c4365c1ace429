package org.audioimport.scanning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A walk that starts below the library folder (a watched subfolder, a folder the API asked for) leaves out
 * what the walk of the whole library leaves out there: the configured patterns, anchored at the library
 * folder, and the ignore files of the folders above the start hold as well as those below it.
 */
class LibraryWalkerTest {
    @TempDir
    Path library;

    private WalkSettings settings;

    @BeforeEach
    void makeLibrary() throws IOException {
        write(".audioimportignore", "Live/\n");
        write("Rock/.audioimportignore", "*.mp3\n");
        write("Rock/a.flac", "");
        write("Rock/b.mp3", "");
        write("Rock/Live/c.flac", "");
        write("Rock/Album/.audioimportignore", "!e.mp3\n");
        write("Rock/Album/d.flac", "");
        write("Rock/Album/e.mp3", "");
        write("Rock/Album/f.mp3", "");
        write("Rock/B-sides/g.flac", "");
        write("Live/h.flac", "");
        write("Live/Deeper/j.flac", "");
        write("Jazz/i.flac", "");
        write("Jazz/._i.flac", "");
        settings = new WalkSettings(true, List.of("Rock/B-sides/")).withLibraryFolders(List.of(library));
    }

    @Test
    void theWholeLibrarysWalkLeavesOutWhatTheRulesName() throws IOException {
        assertEquals(List.of("Jazz/i.flac", "Rock/Album/d.flac", "Rock/Album/e.mp3", "Rock/a.flac"), walked(library));
    }

    @Test
    void aSubfolderWalkedOnItsOwnListsWhatTheLibrarysWalkListsUnderIt() throws IOException {
        List<String> everything = walked(library);
        for (String folder : List.of("Rock", "Rock/Album", "Jazz")) {
            List<String> under = everything.stream()
                    .filter(file -> file.startsWith(folder + "/"))
                    .toList();
            assertEquals(under, walked(library.resolve(folder)), folder);
        }
    }

    @Test
    void aFolderTheRulesAboveItLeaveOutIsNotWalked() throws IOException {
        for (String folder : List.of("Live", "Live/Deeper", "Rock/Live", "Rock/B-sides")) {
            assertEquals(List.of(), walked(library.resolve(folder)), folder);
        }
    }

    @Test
    void aFileNamedAsAStartIsTakenWhateverTheRulesSay() throws IOException {
        assertEquals(List.of("Rock/b.mp3"), walked(library.resolve("Rock/b.mp3")));
        assertEquals(List.of("Jazz/._i.flac"), walked(library.resolve("Jazz/._i.flac")));
        assertEquals(List.of("Rock/Live/c.flac"), walked(library.resolve("Rock/Live/c.flac")));
    }

    @Test
    void aStartBelowNoLibraryFolderIsItsOwn() throws IOException {
        settings = new WalkSettings(true, List.of("B-sides/"));

        assertEquals(List.of("Rock/B-sides/g.flac"), walked(library.resolve("Rock/B-sides")));
        assertEquals(
                List.of("Rock/Album/d.flac", "Rock/Album/e.mp3", "Rock/Live/c.flac", "Rock/a.flac"),
                walked(library.resolve("Rock")));
    }

    @Test
    void aListOfTheWalkRefusesARootThatIsNotThereAndGivesNothingForAnEmptyLibraryFolder() throws IOException {
        Path empty = Files.createDirectories(library.resolve("Empty"));
        LibraryWalker walker = new LibraryWalker(new WalkSettings(true, List.of()));

        IOException refused = assertThrows(IOException.class, () -> walker.walk(List.of(library.resolve("Unplugged"))));
        assertEquals(library.resolve("Unplugged") + ": " + SkippedFolder.NOT_FOUND, refused.getMessage());
        assertEquals(List.of(), walker.walk(List.of(empty)));
    }

    @Test
    void aReadErrorIsSaidInWordsWithoutJavasExceptionNames() {
        assertEquals("file vanished during the scan", LibraryWalker.describe(new NoSuchFileException("/x")));
        assertEquals("cannot read: Input/output error", LibraryWalker.describe(new IOException("Input/output error")));
        assertEquals("cannot read: IOException", LibraryWalker.describe(new IOException()));
    }

    private List<String> walked(Path start) throws IOException {
        return new LibraryWalker(settings)
                .walk(List.of(start)).stream()
                        .map(entry -> library.relativize(entry.path()).toString())
                        .sorted()
                        .toList();
    }

    private void write(String relative, String text) throws IOException {
        Path file = library.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
