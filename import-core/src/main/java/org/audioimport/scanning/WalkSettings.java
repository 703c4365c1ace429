package org.audioimport.scanning;

import java.nio.file.Path;
import java.util.List;

/**
 * What a walk follows and skips: symbolic links followed or not, and ignore patterns from the
 * configuration (gitignore syntax, relative to the library folder) on top of the .audioimportignore files
 * found. {@code libraryFolders} are the folders the library is configured with: a walk that starts below
 * one of them (a watched subfolder, a folder the API asked for) applies the patterns and ignore files of
 * the folders above its start, as the whole library's walk would. A start below none is its own library
 * folder. {@code acceptEmptyRoots}: a library folder with nothing in it, or an empty folder in it that
 * {@code mounts} says is where a disk is mounted, is walked (its catalogued files are then missing) rather
 * than taken for a disk that is not mounted.
 */
public record WalkSettings(
        boolean followSymlinks,
        List<String> ignorePatterns,
        List<Path> libraryFolders,
        boolean acceptEmptyRoots,
        MountPoints mounts) {
    public static final WalkSettings DEFAULT = new WalkSettings(true, List.of());

    public WalkSettings {
        ignorePatterns = List.copyOf(ignorePatterns);
        libraryFolders = libraryFolders.stream()
                .map(folder -> folder.toAbsolutePath().normalize())
                .toList();
    }

    /** Settings that read the system's mount tables. */
    public WalkSettings(
            boolean followSymlinks, List<String> ignorePatterns, List<Path> libraryFolders, boolean acceptEmptyRoots) {
        this(followSymlinks, ignorePatterns, libraryFolders, acceptEmptyRoots, MountPoints.SYSTEM);
    }

    /** Settings for walks that each start at a library folder. */
    public WalkSettings(boolean followSymlinks, List<String> ignorePatterns) {
        this(followSymlinks, ignorePatterns, List.of(), false);
    }

    public WalkSettings withLibraryFolders(List<Path> folders) {
        return new WalkSettings(followSymlinks, ignorePatterns, folders, acceptEmptyRoots, mounts);
    }

    /** These settings, with the mount tables read from {@code tables}. */
    public WalkSettings withMounts(MountPoints tables) {
        return new WalkSettings(followSymlinks, ignorePatterns, libraryFolders, acceptEmptyRoots, tables);
    }
}
