package org.audioimport.store;

import java.util.List;
import org.audioimport.flavor.FileFlavor;
import org.audioimport.analyze.Analysis;
import org.audioimport.decode.DecodeWarning;
import org.audioimport.fingerprint.FingerprintOutcome;
import org.audioimport.scanning.FoundFile;
import org.audioimport.segment.SegmentOutcome;
import org.audioimport.tags.Tags;

/** Every row one file needs, computed before any write; the writer stores it in one transaction. */
public sealed interface FileImport {
    FoundFile file();

    /**
     * A file read and analysed: its passages ({@code segments}), their loudness ({@code analysis}) and
     * their {@code flavor} come from the same decode as its fingerprint. {@code warnings} are problems the decoder met and
     * went past (a damaged frame, a truncated end); the rest of the file is in.
     */
    record Imported(FoundFile file, String contentHash, AudioProperties audio, Tags tags,
            FingerprintOutcome fingerprint, SegmentOutcome segments, Analysis analysis, FileFlavor flavor,
            List<DecodeWarning> warnings)
            implements FileImport {
        public Imported {
            warnings = List.copyOf(warnings);
        }
    }

    /** A file that could not be imported, with a reason a user understands. */
    record Failed(FoundFile file, String reason) implements FileImport {
    }
}
