package org.audioimport.store;

import org.jooq.Field;

/**
 * The one path from a file's phase results to its child rows: each group present replaces that group's
 * rows, each group absent leaves them as they are. A new phase adds its rows mapper here.
 */
final class PhaseRows {
    private PhaseRows() {}

    static void write(FileStatements out, Field<Long> fileId, PhaseResults phases) {
        phases.fingerprint().ifPresent(fingerprint -> FingerprintRows.write(out, fileId, fingerprint));
        phases.passages().ifPresent(passages -> {
            AnalysisRows.write(out, fileId, passages.segments(), passages.analysis());
            FlavorRows.write(out, fileId, passages.flavor());
        });
    }

    /** Removes every phase's rows of the file, as when it failed on a later scan. */
    static void clear(FileStatements out, Field<Long> fileId) {
        FingerprintRows.clear(out, fileId);
        FlavorRows.clear(out, fileId);
        AnalysisRows.clear(out, fileId);
    }
}
