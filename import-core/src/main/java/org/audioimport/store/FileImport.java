package org.audioimport.store;

import java.util.List;
import java.util.Objects;
import org.audioimport.decode.DecodeWarning;
import org.audioimport.scanning.FoundFile;
import org.audioimport.tags.Tags;

/** Every row one file needs, computed before any write; the writer stores it in one transaction. */
public sealed interface FileImport {
    FoundFile file();

    /**
     * A file read and analysed: every phase's result comes from the same decode. {@code warnings} are
     * problems the decoder met and went past (a damaged frame, a truncated end); the rest of the file is in.
     */
    record Imported(
            FoundFile file,
            String contentHash,
            AudioProperties audio,
            Tags tags,
            PhaseResults phases,
            List<DecodeWarning> warnings)
            implements FileImport {
        public Imported {
            Objects.requireNonNull(phases, "phases");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * An unchanged file some of whose phases ran again because their algorithm changed: only those groups'
     * rows are replaced, the file's others stay. Its audio properties, which the decode gave again, are
     * written as an import writes them, so that the record is what a clean import of the file makes.
     *
     * @param audio what the decode found, its duration also for the same-recording test of a new fingerprint
     */
    record Refreshed(FoundFile file, AudioProperties audio, PhaseResults phases) implements FileImport {
        public Refreshed {
            Objects.requireNonNull(audio, "audio");
            Objects.requireNonNull(phases, "phases");
        }
    }

    /**
     * A new path whose content is that of a catalogued file gone from its old path: the row, and so the
     * file's identity and analysis, follow it. Nothing was decoded. {@code contentHash} is the content's
     * hash as this version computes it, which the row takes (an older catalogue's row held SHA-256).
     */
    record Moved(KnownFile from, FoundFile file, String contentHash) implements FileImport {}

    /**
     * A file that could not be imported, with a reason a user understands, by an importer of {@code
     * readSupport} (the pipeline's version of what it can read: a later one that reads more tries again).
     */
    record Failed(FoundFile file, String reason, int readSupport) implements FileImport {}
}
