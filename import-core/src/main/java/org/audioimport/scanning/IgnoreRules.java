package org.audioimport.scanning;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Ignore patterns in gitignore syntax, as found in {@value #FILE_NAME} files and in the configuration.
 * A pattern without a slash matches a name at any depth below the folder that holds it; one with a
 * slash matches the path relative to that folder; a trailing slash matches folders only; a leading
 * {@code !} takes a file back in; {@code *}, {@code ?}, {@code [..]} and {@code **} are globs. The last
 * matching pattern wins, and the patterns of a deeper folder come after those of its parents.
 * Immutable: {@link #with} returns new rules.
 */
public final class IgnoreRules {
    public static final String FILE_NAME = ".audioimportignore";

    /**
     * What every walk leaves out before any configured pattern, as beets and Navidrome do: hidden files and
     * folders (a Mac's {@code ._} AppleDouble companions named like the audio beside them, {@code .Trashes},
     * {@code .DS_Store}), and the folders systems and NAS keep in shared volumes: Synology's thumbnails
     * and recycle bin, Windows' recycle bin and volume information, fsck's {@code lost+found}. A pattern
     * taken back in an ignore file or the configuration ({@code !.music/}) wins, being later.
     */
    public static final List<String> BUILT_IN =
            List.of(".*", "@eaDir/", "[#]recycle/", "$RECYCLE.BIN/", "System Volume Information/", "lost+found/");

    static final IgnoreRules NONE = new IgnoreRules(List.of());

    /** The built-in patterns, which name no path but only names, so that they hold below any folder. */
    private static final IgnoreRules BUILT_IN_ANYWHERE = NONE.with(Path.of("/"), BUILT_IN);

    private final List<Rule> rules;

    private IgnoreRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** These rules followed by {@code patterns}, read as if written in a file in {@code base}. */
    public IgnoreRules with(Path base, List<String> patterns) {
        List<Rule> added = new ArrayList<>(rules);
        for (String line : patterns) {
            Rule.parse(base, line).ifPresent(added::add);
        }
        return added.size() == rules.size() ? this : new IgnoreRules(List.copyOf(added));
    }

    /** These rules followed by those of the folder's ignore file, if it has one. */
    IgnoreRules withFileIn(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? with(folder, Files.readAllLines(file)) : this;
    }

    /**
     * Whether a walk that meets {@code path} (absolute) below its start leaves it out by the built-in
     * patterns: a hidden file or folder, or a system one, which a folder watcher then need not watch or
     * report. A configured pattern can take it back, which only the walk knows.
     */
    public static boolean leftOutByDefault(Path path, boolean isFolder) {
        return BUILT_IN_ANYWHERE.ignores(path, isFolder);
    }

    public boolean ignores(Path path, boolean isFolder) {
        Path fileName = path.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        boolean ignored = false;
        for (Rule rule : rules) {
            if (rule.matches(path, name, isFolder)) {
                ignored = !rule.negated();
            }
        }
        return ignored;
    }

    /**
     * One pattern. A pattern without a slash tests the name alone, and the usual ones ({@code .*},
     * {@code *.tmp}, {@code @eaDir}) by plain string tests: every file of every walk meets the built-in
     * patterns, and a glob match a rule made a path and a regex matcher each time, a third of a
     * million-file rescan's garbage.
     */
    private record Rule(
            Path base,
            Predicate<String> nameTest,
            PathMatcher pathMatcher,
            boolean anchored,
            boolean negated,
            boolean foldersOnly) {
        static java.util.Optional<Rule> parse(Path base, String line) {
            String pattern = line.strip();
            if (pattern.isEmpty() || pattern.startsWith("#")) {
                return java.util.Optional.empty();
            }
            boolean negated = pattern.startsWith("!");
            if (negated) {
                pattern = pattern.substring(1);
            }
            boolean foldersOnly = pattern.endsWith("/");
            if (foldersOnly) {
                pattern = pattern.substring(0, pattern.length() - 1);
            }
            boolean anchored = pattern.contains("/");
            if (pattern.startsWith("/")) {
                pattern = pattern.substring(1);
            }
            if (pattern.isEmpty()) {
                return java.util.Optional.empty();
            }
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            return java.util.Optional.of(
                    new Rule(base, nameTest(pattern, matcher), matcher, anchored, negated, foldersOnly));
        }

        /** The glob as a test of a name: a string comparison where the glob is one, else the glob. */
        private static Predicate<String> nameTest(String glob, PathMatcher matcher) {
            if (isLiteral(glob)) {
                return glob::equals;
            }
            String head = glob.substring(0, glob.length() - 1);
            if (glob.endsWith("*") && isLiteral(head)) {
                return name -> name.startsWith(head);
            }
            String tail = glob.substring(1);
            if (glob.startsWith("*") && isLiteral(tail)) {
                return name -> name.endsWith(tail);
            }
            return name -> matcher.matches(Path.of(name));
        }

        private static boolean isLiteral(String glob) {
            return glob.chars().noneMatch(c -> "*?[]{}\\".indexOf(c) >= 0);
        }

        boolean matches(Path path, String name, boolean isFolder) {
            if ((foldersOnly && !isFolder) || !path.startsWith(base) || path.equals(base)) {
                return false;
            }
            return anchored ? pathMatcher.matches(base.relativize(path)) : nameTest.test(name);
        }
    }
}
