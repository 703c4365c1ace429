package org.audioimport.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.audioimport.analyze.AnalyzeSettings;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.ComputeTurns;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportPipeline;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.pipeline.PhaseSettings;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.segment.SegmentSettings;
import org.audioimport.store.BusyRetry;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.WriteMode;

/**
 * A real catalogue of a folder, made by the import as {@code audio-import import} makes it (default phases,
 * real Chromaprint), for tests of what reads the catalogue afterwards. The writer empties its write-ahead
 * log when it closes, so the catalogue file alone can be copied.
 */
public final class SampleCatalogue {
    private static final PhaseSettings PHASES =
            new PhaseSettings(Chromaprint.DEFAULT_LENGTH_SECONDS, SegmentSettings.DEFAULTS, AnalyzeSettings.DEFAULTS);

    private SampleCatalogue() {}

    /** Imports {@code library} into {@code catalogueFile} (made if missing) and returns what the import did. */
    public static ImportSummary importInto(Path library, Path catalogueFile) throws Exception {
        Catalogue catalogue = Catalogue.open(catalogueFile);
        ImportSettings settings = new ImportSettings(4, null, WalkSettings.DEFAULT, PHASES);
        ComputeTurns computing = new ComputeTurns(settings.cpuWorkers());
        try (CatalogueWriter writer = CatalogueWriter.open(
                catalogue, BusyRetry.DEFAULT_GIVE_UP_AFTER, WriteMode.TRANSACTION_PER_FILE, computing.writerGate())) {
            return new ImportPipeline(
                            new CatalogueReader(catalogue),
                            writer,
                            computing,
                            Chromaprint.load(),
                            settings,
                            Clock.systemUTC())
                    .run(List.of(library), ImportListener.NONE);
        }
    }
}
