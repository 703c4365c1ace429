package org.audioimport.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.audioimport.scanning.ContentHash;
import org.audioimport.scanning.FoundFile;
import org.audioimport.scanning.LibraryWalker;
import org.audioimport.scanning.PathText;
import org.audioimport.scanning.Sha256ContentHash;
import org.audioimport.scanning.SkippedFolder;
import org.audioimport.scanning.WalkEntry;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.FileStatus;
import org.audioimport.store.KnownFile;
import org.audioimport.store.KnownFiles;

/**
 * What a scan will do, decided file by file as the walk finds them against what the catalogue knew before
 * it: the files to examine, the unchanged ones (a stat said so; only counted), and the catalogued files
 * under the scanned roots that the walk did not find. A gone file may turn out to have moved: a new path
 * with its content claims it (once, from any worker); the rest are missing. An unchanged file with results
 * an older algorithm made has only those result groups recomputed. A root the walk could not enter (not
 * there, unreadable, or an empty library folder: a disk not mounted) has nothing under it gone; its files
 * are kept as they were, and the root is reported.
 */
final class ScanPlan {
    private final int filesSeen;
    private final int unchanged;
    private final List<String> resurfaced;
    private final List<FileTask.Examine> toExamine;
    private final List<FileTask.Refresh> stale;
    private final GoneByContent goneByContent = new GoneByContent();
    /** The gone files whose rows hold the SHA-256 older catalogues wrote, and their sizes. */
    private final GoneByContent goneBySha256 = new GoneByContent();

    private final Set<Long> sha256Sizes = ConcurrentHashMap.newKeySet();
    /** The catalogued files under the walked roots that the walk did not find, by path. */
    private final Map<String, KnownFile> gone = new ConcurrentHashMap<>();

    private final List<FileOutcome.Failed> unavailableRoots = new ArrayList<>();
    private final List<Path> skippedFolders = new ArrayList<>();

    private ScanPlan(Decisions decisions) {
        this.filesSeen = decisions.filesSeen;
        this.unchanged = decisions.unchanged;
        this.resurfaced = decisions.resurfaced;
        this.toExamine = decisions.toExamine;
        this.stale = decisions.stale;
    }

    /**
     * Walks the roots and decides each file as the walk lists it, taking it from {@code known}: only the
     * files that need work are kept, so the walk's list is never whole. What {@code known} has left under the
     * roots afterwards is gone.
     */
    static ScanPlan walk(LibraryWalker walker, List<Path> roots, KnownFiles known)
            throws IOException, CatalogueException {
        Decisions decisions = new Decisions(known);
        List<SkippedFolder> skipped = walker.walk(roots, decisions::decide);
        ScanPlan plan = new ScanPlan(decisions);
        List<Path> absoluteRoots =
                roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        Map<String, KnownFile> goneImported = new HashMap<>();
        Map<SkippedFolder, Integer> keptUnder = new LinkedHashMap<>();
        Map<Path, SkippedFolder> skippedAt = new HashMap<>();
        skipped.forEach(root -> {
            keptUnder.put(root, 0);
            skippedAt.put(root.folder(), root);
            plan.skippedFolders.add(root.folder());
        });
        for (KnownFile file : known.notTaken()) {
            Path path = PathText.toPath(file.path());
            // The deepest root or skipped folder holding the file decides: a walked root inside an unreadable
            // one still has its gone files, and a skipped folder inside a walked root keeps its own.
            Optional<Path> deepest = Stream.concat(absoluteRoots.stream(), skippedAt.keySet().stream())
                    .filter(path::startsWith)
                    .max(Comparator.comparingInt(Path::getNameCount));
            SkippedFolder unavailable = deepest.map(skippedAt::get).orElse(null);
            if (unavailable != null) {
                keptUnder.merge(unavailable, file.missing() ? 0 : 1, Integer::sum);
            } else if (deepest.isPresent()) {
                plan.gone.put(file.path(), file);
                if (file.status() == FileStatus.IMPORTED) {
                    goneImported.put(file.path(), file);
                }
            }
        }
        keptUnder.forEach((root, kept) -> {
            if (!root.empty() || kept > 0) {
                plan.unavailableRoots.add(new FileOutcome.Failed(root.folder(), unavailableReason(root, kept)));
            }
        });
        known.contentHashes(List.copyOf(goneImported.keySet())).forEach((path, hash) -> {
            KnownFile file = goneImported.get(path);
            if (ContentHash.isCurrent(hash)) {
                plan.goneByContent.add(hash, file);
            } else {
                plan.goneBySha256.add(hash, file);
                plan.sha256Sizes.add(file.sizeBytes());
            }
        });
        return plan;
    }

    /**
     * Why a root or a folder below one was not scanned, and that its files were kept: one not found or
     * unreadable is always told, an empty library folder only when the catalogue holds files under it.
     */
    static String unavailableReason(SkippedFolder root, int kept) {
        String files = kept == 1 ? "1 file" : kept + " files";
        if (root.empty()) {
            return root.reason() + ", but the catalogue holds " + files + " under it: "
                    + (kept == 1 ? "it is kept as it was" : "they are kept as they were")
                    + ", not marked missing (is its disk mounted? if they were deleted, import with --accept-empty)";
        }
        String keptText = kept == 1
                ? "; the 1 file the catalogue holds under it is kept as it was"
                : "; the " + files + " the catalogue holds under it are kept as they were";
        return root.reason()
                + (kept > 0 ? keptText : "")
                + (root.reason().endsWith(SkippedFolder.NOT_FOUND) ? " (is its disk mounted?)" : "");
    }

    /** The roots not scanned, each with the reason and what was kept: the run reports them as failures. */
    List<FileOutcome.Failed> unavailableRoots() {
        return unavailableRoots;
    }

    /** The folders the walk could not enter: nothing under them is gone, nor purged. */
    List<Path> skippedFolders() {
        return skippedFolders;
    }

    /** How many files the walk listed. */
    int filesSeen() {
        return filesSeen;
    }

    /** How many of them a stat settled: unchanged, with nothing to recompute. */
    int unchanged() {
        return unchanged;
    }

    /** The files the catalogue held as missing that are back where they were, unchanged or only stale. */
    List<String> resurfaced() {
        return resurfaced;
    }

    /** The entries the walk found that a stat cannot settle: new, changed or unreachable. */
    List<FileTask.Examine> toExamine() {
        return toExamine;
    }

    /** The workers' tasks: every file to examine, then every stale one. */
    List<FileTask> tasks() {
        List<FileTask> tasks = new ArrayList<>(toExamine.size() + stale.size());
        tasks.addAll(toExamine);
        tasks.addAll(stale);
        return tasks;
    }

    /**
     * The gone file this new file's content matches, now claimed by it; null when none matches. A gone
     * file whose row holds an older catalogue's SHA-256 is matched by the SHA-256 of the new file, read
     * only when their sizes are the same; a new file that cannot be read again for it claims nothing, and
     * its decode says why.
     */
    KnownFile claimGone(String contentHash, FoundFile file) {
        KnownFile gone = goneByContent.claim(contentHash, file.sizeBytes(), file.path());
        if (gone == null && sha256Sizes.contains(file.sizeBytes())) {
            try {
                gone = goneBySha256.claim(Sha256ContentHash.of(file.path()), file.sizeBytes(), file.path());
            } catch (IOException e) {
                gone = null;
            }
        }
        if (gone != null) {
            this.gone.remove(gone.path());
        }
        return gone;
    }

    /** The gone files no new file claimed: these are missing. */
    List<String> unclaimedGonePaths() {
        return gone.keySet().stream().sorted().toList();
    }

    /**
     * The gone files no new file claimed that, at {@code nowMs}, have been missing for {@code age} or more:
     * what the purge deletes, and what a dry run says it would. A file found missing by this scan counts
     * as missing since {@code nowMs}, so an age of 0 purges it at once. None without an age. Nothing under
     * a folder the walk could not enter is gone, so none of it is here.
     */
    List<String> purgeable(Duration age, long nowMs) {
        if (age == null) {
            return List.of();
        }
        long cutoff = nowMs - age.toMillis();
        return gone.values().stream()
                .filter(file -> (file.missing() ? file.missingSinceMs() : nowMs) <= cutoff)
                .map(KnownFile::path)
                .sorted()
                .toList();
    }

    /** The walk's files as they come: what each needs, kept only when it needs work. */
    private static final class Decisions {
        private final KnownFiles known;
        private final List<String> resurfaced = new ArrayList<>();
        private final List<FileTask.Examine> toExamine = new ArrayList<>();
        private final List<FileTask.Refresh> stale = new ArrayList<>();
        private int filesSeen;
        private int unchanged;

        Decisions(KnownFiles known) {
            this.known = known;
        }

        void decide(WalkEntry entry) {
            filesSeen++;
            KnownFile before = known.take(PathText.of(entry.path()));
            if (entry instanceof WalkEntry.Candidate candidate
                    && before != null
                    && before.sameAs(
                            candidate.file().sizeBytes(), candidate.file().mtimeMs())
                    && !worthRetrying(before)) {
                Set<ResultGroup> staleGroups =
                        before.status() == FileStatus.IMPORTED ? ResultGroup.staleIn(before) : Set.of();
                if (staleGroups.isEmpty()) {
                    unchanged(before);
                } else {
                    stale.add(new FileTask.Refresh(candidate.file(), staleGroups));
                    // A refresh writes only the stale groups' rows: the file's coming back is marked apart.
                    noteIfResurfaced(before);
                }
            } else if (entry instanceof WalkEntry.Unreachable unreachable
                    && before != null
                    && before.sameAs(0, 0)
                    && unreachable.reason().equals(before.failureReason())) {
                // A broken link still broken the same way: its failure row already says so.
                unchanged(before);
            } else {
                toExamine.add(new FileTask.Examine(entry, before));
            }
        }

        /** A file an importer that read less failed on: this one may import it, unchanged as it is. */
        private static boolean worthRetrying(KnownFile before) {
            return before.status() == FileStatus.FAILED && ReadSupport.readsMoreThan(before.failedReadSupport());
        }

        private void unchanged(KnownFile before) {
            unchanged++;
            noteIfResurfaced(before);
        }

        private void noteIfResurfaced(KnownFile before) {
            if (before.missing()) {
                resurfaced.add(before.path());
            }
        }
    }
}
