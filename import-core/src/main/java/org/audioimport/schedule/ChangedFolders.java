package org.audioimport.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The folders that changed since the last hand-over, kept minimal: a folder inside another changed one
 * is covered by it, and a folder deleted since is replaced by its nearest surviving parent inside a root.
 */
final class ChangedFolders {
    private final List<Path> roots;
    private final Set<Path> folders = new TreeSet<>();
    private boolean all;

    ChangedFolders(List<Path> roots) {
        this.roots = roots;
    }

    void add(Path folder) {
        folders.add(folder);
    }

    /** Events came for a folder no longer known: every root is due. */
    void addAll() {
        all = true;
    }

    boolean isEmpty() {
        return !all && folders.isEmpty();
    }

    /** The folders to scan, outermost only, and forgets them. */
    List<Path> drain() {
        List<Path> due = new ArrayList<>();
        for (Path folder : all ? roots : List.copyOf(folders)) {
            Path existing = surviving(folder);
            if (existing != null && due.stream().noneMatch(existing::startsWith)) {
                due.removeIf(p -> p.startsWith(existing));
                due.add(existing);
            }
        }
        folders.clear();
        all = false;
        return due;
    }

    private Path surviving(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            Path candidate = p;
            boolean insideRoot = roots.stream().anyMatch(candidate::startsWith);
            if (!insideRoot) {
                return null;
            }
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
