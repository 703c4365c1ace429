package org.audioimport.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.audioimport.scanning.FoundFile;
import org.audioimport.scanning.PathText;
import org.audioimport.scanning.WalkEntry;
import org.audioimport.store.FileStatus;
import org.audioimport.store.KnownFile;

/**
 * What a scan will do, decided from the walk and what the catalogue knew before it: the files to
 * examine, the unchanged ones (a stat said so), and the catalogued files under the scanned roots that
 * the walk did not find. A gone file may turn out to have moved: a new path with its content claims it
 * (once, from any worker); the rest are missing. An unchanged file with results an older algorithm made
 * has only those result groups recomputed.
 */
final class ScanPlan {
    private final List<WalkEntry> toExamine;
    private final List<FoundFile> unchanged;
    private final List<FileTask.Refresh> stale;
    private final Set<String> knownPaths;
    private final Map<String, KnownFile> goneByContent;
    private final Set<String> gonePaths;

    private ScanPlan(
            List<WalkEntry> toExamine,
            List<FoundFile> unchanged,
            List<FileTask.Refresh> stale,
            Set<String> knownPaths,
            Map<String, KnownFile> goneByContent,
            Set<String> gonePaths) {
        this.toExamine = toExamine;
        this.unchanged = unchanged;
        this.stale = stale;
        this.knownPaths = knownPaths;
        this.goneByContent = goneByContent;
        this.gonePaths = gonePaths;
    }

    static ScanPlan of(List<WalkEntry> entries, Map<String, KnownFile> known, List<Path> roots) {
        List<WalkEntry> toExamine = new ArrayList<>();
        List<FoundFile> unchanged = new ArrayList<>();
        List<FileTask.Refresh> stale = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (WalkEntry entry : entries) {
            String path = PathText.of(entry.path());
            seen.add(path);
            KnownFile before = known.get(path);
            if (entry instanceof WalkEntry.Candidate candidate
                    && before != null
                    && before.sameAs(
                            candidate.file().sizeBytes(), candidate.file().mtimeMs())) {
                Set<ResultGroup> staleGroups =
                        before.status() == FileStatus.IMPORTED ? ResultGroup.staleIn(before) : Set.of();
                if (staleGroups.isEmpty()) {
                    unchanged.add(candidate.file());
                } else {
                    stale.add(new FileTask.Refresh(candidate.file(), staleGroups));
                }
            } else if (entry instanceof WalkEntry.Unreachable unreachable
                    && before != null
                    && before.sameAs(0, 0)
                    && unreachable.reason().equals(before.failureReason())) {
                // A broken link still broken the same way: its failure row already says so.
                unchanged.add(new FoundFile(unreachable.path(), 0, 0));
            } else {
                toExamine.add(entry);
            }
        }
        List<Path> absoluteRoots =
                roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        Map<String, KnownFile> goneByContent = new ConcurrentHashMap<>();
        Set<String> gonePaths = ConcurrentHashMap.newKeySet();
        for (KnownFile file : known.values()) {
            if (!seen.contains(file.path())
                    && absoluteRoots.stream().anyMatch(PathText.toPath(file.path())::startsWith)) {
                gonePaths.add(file.path());
                if (file.contentHash() != null && file.status() == FileStatus.IMPORTED) {
                    goneByContent.put(contentKey(file.contentHash(), file.sizeBytes()), file);
                }
            }
        }
        return new ScanPlan(toExamine, unchanged, stale, known.keySet(), goneByContent, gonePaths);
    }

    /** The entries the walk found that a stat cannot settle: new, changed or unreachable. */
    List<WalkEntry> toExamine() {
        return toExamine;
    }

    List<FoundFile> unchanged() {
        return unchanged;
    }

    /** The workers' tasks: every file to examine, then every stale one. */
    List<FileTask> tasks() {
        List<FileTask> tasks = new ArrayList<>(toExamine.size() + stale.size());
        toExamine.forEach(entry -> tasks.add(new FileTask.Examine(entry, isKnown(entry.path()))));
        tasks.addAll(stale);
        return tasks;
    }

    boolean isKnown(Path path) {
        return knownPaths.contains(PathText.of(path));
    }

    /** The gone file this new file's content matches, now claimed by it; null when none matches. */
    KnownFile claimGone(String contentHash, FoundFile file) {
        KnownFile gone = goneByContent.remove(contentKey(contentHash, file.sizeBytes()));
        if (gone != null) {
            gonePaths.remove(gone.path());
        }
        return gone;
    }

    /** The gone files no new file claimed: these are missing. */
    List<String> unclaimedGonePaths() {
        return gonePaths.stream().sorted().toList();
    }

    private static String contentKey(String contentHash, long size) {
        return contentHash + ":" + size;
    }
}
