package org.audioimport.scanning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/**
 * What a walk asks of a place it starts from before entering it: whether it can be walked, and which ignore
 * rules reach it. Both turn on the configured library folder that holds the start, so that a subfolder
 * scanned on its own is treated as the walk of its whole library folder would treat it.
 */
final class WalkStart {
    private final WalkSettings settings;

    WalkStart(WalkSettings settings) {
        this.settings = settings;
    }

    /**
     * Why {@code start} is not walked, if it is not. A library folder is checked itself. A subfolder asked
     * for on its own is walked, or found gone with its files, when its library folder is there; when that
     * folder is not (an unmounted disk under a watched subfolder), the subfolder is skipped with its reason.
     */
    Optional<SkippedFolder> unavailable(Path start) {
        Path library = libraryFolderOf(start);
        boolean emptyIsSkipped = !settings.acceptEmptyRoots();
        if (library.equals(start)) {
            return SkippedFolder.check(start, emptyIsSkipped);
        }
        return SkippedFolder.check(library, emptyIsSkipped)
                .map(skipped -> new SkippedFolder(
                        start,
                        "its library folder " + PathText.of(library)
                                + (skipped.empty() ? " is empty" : ": " + skipped.reason()),
                        skipped.empty()));
    }

    /**
     * The rules a walk of the library folder holding {@code start} has on reaching it: the built-in and
     * configured patterns read at the library folder, then the ignore files of the folders down to the
     * start's; empty when those rules leave out a folder on the way, whose whole subtree that walk skips.
     * A file named as a start is taken whatever the rules say: someone asked for it by name.
     */
    Optional<IgnoreRules> rulesReaching(Path start) throws IOException {
        Path library = Files.isDirectory(start) ? libraryFolderOf(start) : start;
        IgnoreRules rules =
                IgnoreRules.NONE.with(library, IgnoreRules.BUILT_IN).with(library, settings.ignorePatterns());
        if (start.equals(library)) {
            return Optional.of(rules);
        }
        rules = rules.withFileIn(library);
        for (int depth = library.getNameCount() + 1; depth < start.getNameCount(); depth++) {
            Path folder = start.getRoot().resolve(start.subpath(0, depth));
            if (rules.ignores(folder, true)) {
                return Optional.empty();
            }
            rules = rules.withFileIn(folder);
        }
        return Optional.of(rules);
    }

    /**
     * The library folder {@code start} belongs to: itself when it is one or lies below none, else the
     * nearest configured folder above it.
     */
    private Path libraryFolderOf(Path start) {
        if (settings.libraryFolders().contains(start)) {
            return start;
        }
        return settings.libraryFolders().stream()
                .filter(start::startsWith)
                .max(Comparator.comparingInt(Path::getNameCount))
                .orElse(start);
    }
}
