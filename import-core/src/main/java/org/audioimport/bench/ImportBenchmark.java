package org.audioimport.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.ComputeTurns;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportPipeline;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.playlist.PlaylistBuilder;
import org.audioimport.playlist.PlaylistQuality;
import org.audioimport.scanning.LibraryWalker;
import org.audioimport.scanning.WalkEntry;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.similar.FlavorComparison;
import org.audioimport.similar.FlavorQuality;
import org.audioimport.similar.SimilarityException;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.PlaylistReader;
import org.audioimport.store.WriteException;
import org.audioimport.store.WriteMode;

/**
 * {@code audio-import bench}: imports a dataset into a fresh catalogue and measures it against the
 * decode-only floor on the same number of threads; optionally again with a transaction per statement,
 * as a naive importer writes. The passes run one after the other in this JVM, after one read of every
 * file (so that none of them pays for the disk) and an untimed import of a few files (so that none of
 * them pays for compiling the code the others then find compiled).
 */
public final class ImportBenchmark {
    /** The catalogue each pass imports into, inside the work folder. */
    static final String PER_FILE_CATALOGUE = "per-file.db";

    static final String PER_STATEMENT_CATALOGUE = "per-statement.db";
    /** Neighbours looked at per track for the flavor's album precision. */
    static final int FLAVOR_NEIGHBOURS = 5;
    /** Tracks per playlist, the seed included, for the playlists' quality. */
    static final int PLAYLIST_LENGTH = 10;

    private final Chromaprint chromaprint;
    private final ImportSettings settings;
    private final Duration busyGiveUp;

    public ImportBenchmark(Chromaprint chromaprint, ImportSettings settings, Duration busyGiveUp) {
        this.chromaprint = chromaprint;
        this.settings = settings;
        this.busyGiveUp = busyGiveUp;
    }

    /**
     * Runs the benchmark over {@code dataset}, making its catalogues in {@code workFolder}, which must be
     * empty; the caller removes it afterwards.
     */
    public BenchReport run(Path dataset, Path workFolder, boolean withBaseline)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        requireEmpty(workFolder);
        List<Path> files = new LibraryWalker(settings.walk())
                .walk(List.of(dataset)).stream()
                        .filter(entry -> entry instanceof WalkEntry.Candidate)
                        .map(WalkEntry::path)
                        .toList();
        readOnce(files);
        warmUp(files, workFolder.resolve("warm-up"));

        PassMeter floorMeter = PassMeter.start();
        DecodeFloor.Result floor = DecodeFloor.run(files, settings.workers());
        PassCost floorCost = floorMeter.stop();

        ImportRun perFile =
                importInto(dataset, workFolder.resolve(PER_FILE_CATALOGUE), WriteMode.TRANSACTION_PER_FILE, settings);
        ImportRun baseline = withBaseline
                ? importInto(
                        dataset,
                        workFolder.resolve(PER_STATEMENT_CATALOGUE),
                        WriteMode.TRANSACTION_PER_STATEMENT,
                        settings)
                : null;
        return new BenchReport(
                dataset,
                settings.workers(),
                perFile.summary().filesSeen(),
                floor.audioSeconds(),
                floorCost,
                perFile,
                baseline,
                flavorQuality(workFolder.resolve(PER_FILE_CATALOGUE)),
                playlistQuality(workFolder.resolve(PER_FILE_CATALOGUE)),
                flavorComparison(workFolder.resolve(PER_FILE_CATALOGUE)));
    }

    /**
     * Imports one file of each extension (of the median size, so not one of the few bad files), through
     * links in {@code folder}, into a throwaway catalogue: the decoders, the phases and the writer's
     * code are compiled before anything is timed.
     */
    private void warmUp(List<Path> files, Path folder)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        Map<String, List<Path>> byExtension = new TreeMap<>();
        for (Path file : files) {
            byExtension.computeIfAbsent(extension(file), k -> new ArrayList<>()).add(file);
        }
        Path links = Files.createDirectories(folder.resolve("files"));
        for (List<Path> group : byExtension.values()) {
            group.sort(Comparator.comparingLong(ImportBenchmark::size));
            Path typical = group.get(group.size() / 2);
            Files.createSymbolicLink(links.resolve(typical.getFileName()), typical.toAbsolutePath());
        }
        ImportSettings followLinks =
                new ImportSettings(settings.workers(), null, WalkSettings.DEFAULT, settings.phases());
        importInto(links, folder.resolve("warm-up.db"), WriteMode.TRANSACTION_PER_FILE, followLinks);
    }

    private ImportRun importInto(Path dataset, Path catalogueFile, WriteMode mode, ImportSettings runSettings)
            throws CatalogueException, WriteException, IOException, InterruptedException {
        Catalogue catalogue = Catalogue.open(catalogueFile);
        PassMeter meter = PassMeter.start();
        ImportSummary summary;
        ComputeTurns computing = new ComputeTurns(runSettings.cpuWorkers());
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, busyGiveUp, mode, computing.writerGate())) {
            ImportPipeline pipeline = new ImportPipeline(
                    new CatalogueReader(catalogue), writer, computing, chromaprint, runSettings, Clock.systemUTC());
            summary = pipeline.run(List.of(dataset), ImportListener.NONE);
        }
        return new ImportRun(summary, meter.stop());
    }

    /** Asks the imported catalogue's similarity index about every track: untimed, after the passes. */
    private static FlavorQuality flavorQuality(Path catalogueFile) throws CatalogueException, IOException {
        CatalogueReader reader = new CatalogueReader(Catalogue.openExisting(catalogueFile));
        try {
            return FlavorQuality.measure(
                    SimilarityIndex.open(reader, SimilarityIndex.fileFor(catalogueFile)), reader, FLAVOR_NEIGHBOURS);
        } catch (SimilarityException e) {
            throw new IllegalStateException(
                    "a track of the catalogue just imported cannot be searched: " + e.getMessage(), e);
        }
    }

    /** The flavor beside its textbook baselines, from a pass of their own over the files: untimed, last. */
    private FlavorComparison flavorComparison(Path catalogueFile)
            throws CatalogueException, IOException, InterruptedException {
        CatalogueReader reader = new CatalogueReader(Catalogue.openExisting(catalogueFile));
        return FlavorBaselines.compare(reader, FLAVOR_NEIGHBOURS, settings.workers());
    }

    /** Walks a playlist from every track of the imported catalogue, and a random one: untimed, after the passes. */
    private static PlaylistQuality playlistQuality(Path catalogueFile) throws CatalogueException, IOException {
        Catalogue catalogue = Catalogue.openExisting(catalogueFile);
        CatalogueReader reader = new CatalogueReader(catalogue);
        try {
            SimilarityIndex index = SimilarityIndex.open(reader, SimilarityIndex.fileFor(catalogueFile));
            return PlaylistQuality.measure(
                    new PlaylistBuilder(reader, new PlaylistReader(catalogue), index), PLAYLIST_LENGTH);
        } catch (SimilarityException e) {
            throw new IllegalStateException(
                    "the index of the catalogue just imported cannot be searched: " + e.getMessage(), e);
        }
    }

    /** Reads every file once, so that the page cache holds them before any pass is timed. */
    static void readOnce(List<Path> files) {
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                while (in.read(buffer) >= 0) {
                    // Only the reading matters.
                }
            } catch (IOException unreadable) {
                // The import finds it unreadable too, and reports it as failed.
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            return Long.MAX_VALUE;
        }
    }

    private static void requireEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(folder + " must be an empty folder");
            }
        }
    }
}
