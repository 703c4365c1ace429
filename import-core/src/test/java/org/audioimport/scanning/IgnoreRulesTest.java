package org.audioimport.scanning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ignore patterns: a name pattern tested as a string says what the glob says; paths, negation, folders. */
class IgnoreRulesTest {
    private static final Path LIBRARY = Path.of("/music");

    @Test
    void aNamePatternTestedAsAStringAgreesWithItsGlobOnEveryName() {
        List<String> patterns = List.of(
                ".*", "*.tmp", "*", "@eaDir", "lost+found", "$RECYCLE.BIN", "[#]recycle", "*.[mM]p3", "a?c", "Demo*");
        List<String> names = List.of(
                ".DS_Store",
                "._01.flac",
                "song.tmp",
                "song.tmp.flac",
                ".tmp",
                "@eaDir",
                "@eaDir2",
                "lost+found",
                "lostfound",
                "$RECYCLE.BIN",
                "#recycle",
                "recycle",
                "a.mp3",
                "a.Mp3",
                "abc",
                "ac",
                "Demos",
                "demo",
                "Demo",
                "plain.flac");
        for (String pattern : patterns) {
            var glob = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            IgnoreRules rules = IgnoreRules.NONE.with(LIBRARY, List.of(pattern));
            for (String name : names) {
                assertEquals(
                        glob.matches(Path.of(name)),
                        rules.ignores(LIBRARY.resolve("Artist").resolve(name), false),
                        pattern + " on " + name);
            }
        }
    }

    @Test
    void aPatternWithASlashMatchesThePathFromItsFolderAndAFolderPatternOnlyFolders() {
        IgnoreRules rules = IgnoreRules.NONE.with(LIBRARY, List.of("Live/*.mp3", "Demos/"));

        assertTrue(rules.ignores(LIBRARY.resolve("Live/a.mp3"), false));
        assertFalse(rules.ignores(LIBRARY.resolve("Artist/Live/a.mp3"), false));
        assertTrue(rules.ignores(LIBRARY.resolve("Artist/Demos"), true));
        assertFalse(rules.ignores(LIBRARY.resolve("Artist/Demos"), false));
        assertFalse(rules.ignores(Path.of("/elsewhere/Demos"), true), "below its folder only");
    }

    @Test
    void blankLinesCommentsAndPatternsWithNothingLeftNameNothing() {
        IgnoreRules rules = IgnoreRules.NONE.with(LIBRARY, List.of("", "   ", "# *.flac", "!", "/", "!/"));

        assertFalse(rules.ignores(LIBRARY.resolve("a.flac"), false));
        assertFalse(rules.ignores(LIBRARY.resolve("Live"), true));
        assertFalse(rules.ignores(Path.of("/"), true), "the root has no name");
    }

    @Test
    void aLeadingSlashAnchorsANameToTheFolderThatHoldsThePattern() {
        IgnoreRules rules = IgnoreRules.NONE.with(LIBRARY, List.of("/Live"));

        assertTrue(rules.ignores(LIBRARY.resolve("Live"), true));
        assertFalse(rules.ignores(LIBRARY.resolve("Artist/Live"), true));
    }

    @Test
    void theLastMatchingPatternWinsSoANegationTakesAFileBack() {
        IgnoreRules rules = IgnoreRules.NONE.with(LIBRARY, List.of("*.mp3", "!keep.mp3"));

        assertTrue(rules.ignores(LIBRARY.resolve("drop.mp3"), false));
        assertFalse(rules.ignores(LIBRARY.resolve("keep.mp3"), false));
    }
}
