package org.audioimport.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.KnownFiles;

/** What a scan reads of the catalogue before it walks: the folders scanned before, and the files known. */
public final class ScanHistory {
    /** Null for a catalogue that does not exist yet. */
    private final CatalogueReader reader;

    private ScanHistory(CatalogueReader reader) {
        this.reader = reader;
    }

    public static ScanHistory of(CatalogueReader reader) {
        return new ScanHistory(reader);
    }

    /** The history of a catalogue that does not exist yet: nothing scanned, nothing known. */
    public static ScanHistory none() {
        return new ScanHistory(null);
    }

    List<Path> scannedRoots() throws CatalogueException {
        return reader == null ? List.of() : reader.scannedRoots();
    }

    boolean holdsFilesUnder(Path folder) throws CatalogueException {
        return reader != null && reader.holdsFilesUnder(folder);
    }

    KnownFiles knownFiles(List<Path> roots) throws CatalogueException {
        return reader == null ? KnownFiles.none() : reader.knownFiles(roots);
    }
}
