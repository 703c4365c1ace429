package org.audioimport.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.audioimport.scanning.PathText;
import org.audioimport.store.KnownFile;

/**
 * The gone files of a scan by content and size, each to be claimed once by a new file with the same
 * content (a move), from any worker. Byte-identical files gone together are claimed one each; a claimant
 * takes the one whose path ends most like its own (the same file name first), then the first by path, so
 * that copies moved together keep their own rows, and the dry run and the import pair them alike.
 */
final class GoneByContent {
    private final Map<String, List<KnownFile>> byContent = new ConcurrentHashMap<>();

    void add(String contentHash, KnownFile file) {
        byContent
                .computeIfAbsent(key(contentHash, file.sizeBytes()), k -> new ArrayList<>())
                .add(file);
    }

    /** The gone file with this content that {@code claimant} takes, now claimed; null when none is left. */
    KnownFile claim(String contentHash, long sizeBytes, Path claimant) {
        List<KnownFile> files = byContent.get(key(contentHash, sizeBytes));
        if (files == null) {
            return null;
        }
        List<String> claimantNames = names(PathText.of(claimant));
        synchronized (files) {
            KnownFile best = files.stream()
                    .min(Comparator.comparingInt((KnownFile file) -> -sharedTail(names(file.path()), claimantNames))
                            .thenComparing(KnownFile::path))
                    .orElse(null);
            files.remove(best);
            return best;
        }
    }

    private static List<String> names(String path) {
        return List.of(path.split("/", -1));
    }

    /** How many names the two paths end with alike. */
    private static int sharedTail(List<String> a, List<String> b) {
        int shared = 0;
        while (shared < a.size()
                && shared < b.size()
                && a.get(a.size() - 1 - shared).equals(b.get(b.size() - 1 - shared))) {
            shared++;
        }
        return shared;
    }

    private static String key(String contentHash, long sizeBytes) {
        return contentHash + ":" + sizeBytes;
    }
}
