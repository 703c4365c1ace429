package org.audioimport.pipeline;

import org.audioimport.scanning.FoundFile;
import org.audioimport.store.FileImport;

/**
 * What the importer can read, as a version recorded with every failed file. A scan tries an unchanged
 * failed file once again when it was recorded by an importer that read less, so that an upgrade that reads
 * more formats or decodes more damaged files takes in what an older one refused; a file failed at the
 * current version stays failed until it changes, and costs a scan nothing.
 */
final class ReadSupport {
    /**
     * 2: WMA, TTA and raw AC-3 recognised by content, and any file named like audio that FFmpeg's probe
     * finds audio in (DSD, Musepack, Matroska, CAF...), where 1 failed WMA as not audio and did not list the
     * others. Files failed before the version was recorded count as 1.
     */
    static final int VERSION = 2;

    private ReadSupport() {}

    /** The failure of {@code file}, recorded with this version. */
    static FileImport.Failed failed(FoundFile file, String reason) {
        return new FileImport.Failed(file, reason, VERSION);
    }

    /** Whether a file failed by an importer of {@code recorded} support (null: before it was recorded) may now import. */
    static boolean readsMoreThan(Integer recorded) {
        return recorded == null || recorded < VERSION;
    }
}
