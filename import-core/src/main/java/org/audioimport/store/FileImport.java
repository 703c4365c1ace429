package org.audioimport.store;

import org.audioimport.scanning.FoundFile;
import org.audioimport.tags.Tags;

/** Every row one file needs, computed before any write; the writer stores it in one transaction. */
public sealed interface FileImport {
    FoundFile file();

    /** A file read and analysed completely. */
    record Imported(FoundFile file, String contentHash, AudioProperties audio, Tags tags) implements FileImport {
    }

    /** A file that could not be imported, with a reason a user understands. */
    record Failed(FoundFile file, String reason) implements FileImport {
    }
}
