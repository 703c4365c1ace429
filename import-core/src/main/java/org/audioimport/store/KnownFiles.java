package org.audioimport.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.audioimport.scanning.PathText;

/**
 * What the catalogue knew of each path when a scan began, handed out path by path as the walk finds the
 * files: taking a path forgets it, so that once the walk is done what is left is what it did not find (gone
 * from disk, or under folders the scan did not look at). A scan thus needs no set of the paths it saw beside
 * this, and its memory shrinks as the walk goes. Not thread-safe: one walk takes from it.
 */
public final class KnownFiles {
    private final Map<String, KnownFile> byPath;
    private final HashReader hashes;

    /** Reads the content hashes of imported files by path. */
    interface HashReader {
        Map<String, String> of(List<String> paths) throws CatalogueException;
    }

    KnownFiles(Map<String, KnownFile> byPath, HashReader hashes) {
        this.byPath = byPath;
        this.hashes = hashes;
    }

    /** What a catalogue that does not exist yet knows: nothing. */
    public static KnownFiles none() {
        return new KnownFiles(new HashMap<>(), paths -> Map.of());
    }

    /** The file the catalogue knew at {@code path}, now taken; null when it knew none or it was taken before. */
    public KnownFile take(String path) {
        return byPath.remove(path);
    }

    /**
     * Whether a file not yet taken lies under {@code folder}: a look through every path left, which a scan
     * asks only of the few folders it meets through links.
     */
    public boolean holdsUnder(Path folder) {
        String prefix = PathText.of(folder) + folder.getFileSystem().getSeparator();
        return byPath.keySet().stream().anyMatch(path -> path.startsWith(prefix));
    }

    /** The files not taken, in no particular order. */
    public Collection<KnownFile> notTaken() {
        return byPath.values();
    }

    /**
     * The content hashes of the imported files among {@code paths} that have one, by path, read from the
     * catalogue now: a scan asks for those of the files its walk did not find, to recognise them if they moved.
     */
    public Map<String, String> contentHashes(List<String> paths) throws CatalogueException {
        return paths.isEmpty() ? Map.of() : hashes.of(paths);
    }
}
