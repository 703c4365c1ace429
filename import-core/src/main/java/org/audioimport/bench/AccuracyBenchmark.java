package org.audioimport.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.audioimport.bench.ReferenceTools.Reference;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.pipeline.ComputeTurns;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportPipeline;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.scanning.LibraryWalker;
import org.audioimport.scanning.PathText;
import org.audioimport.scanning.WalkEntry;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.FileDetails;
import org.audioimport.store.WriteException;
import org.audioimport.store.WriteMode;

/**
 * {@code audio-import bench accuracy}: imports a dataset into a fresh catalogue, runs the reference
 * tools on every file in the same command (fpcalc; ffmpeg's ebur128 with true peak and astats; a
 * near-ideal reconstruction's peak), and counts per metric the files within tolerance: fingerprints
 * identical, integrated loudness within 0.1 LU, true peak within 0.3 dB of ebur128's and within 0.05 dB
 * of the reconstruction's, sample peak within 0.01 dB, loudness range within 0.05 LU, and album gain within
 * 0.01 dB, both from ebur128's blocks ({@link ReferenceLoudness}), and the passages with their lead-in and
 * lead-out within 0.1 ms of those of ffmpeg's decode ({@link ReferencePassages}).
 */
public final class AccuracyBenchmark {
    static final double INTEGRATED_TOLERANCE_LU = 0.1;
    static final double TRUE_PEAK_TOLERANCE_DB = 0.3;
    static final double SAMPLE_PEAK_TOLERANCE_DB = 0.01;
    static final double IDEAL_TRUE_PEAK_TOLERANCE_DB = 0.05;
    static final double LOUDNESS_RANGE_TOLERANCE_LU = 0.05;
    static final double ALBUM_GAIN_TOLERANCE_DB = 0.01;
    static final double PASSAGE_TOLERANCE_MS = 0.1;
    /** ReplayGain 2.0's reference level: a gain brings the loudness here. */
    private static final double REPLAYGAIN_REFERENCE_LUFS = -18;

    private final Chromaprint chromaprint;
    private final ImportSettings settings;
    private final Duration busyGiveUp;
    private final ReferenceTools tools = new ReferenceTools();
    private final ReferencePassages referencePassages;

    public AccuracyBenchmark(Chromaprint chromaprint, ImportSettings settings, Duration busyGiveUp) {
        this.chromaprint = chromaprint;
        this.settings = settings;
        this.busyGiveUp = busyGiveUp;
        this.referencePassages = new ReferencePassages(
                settings.phases().segment(), settings.phases().analyze());
    }

    /** Imports {@code dataset} into a catalogue made in {@code workFolder} and compares every file. */
    public AccuracyReport run(Path dataset, Path workFolder)
            throws IOException, CatalogueException, WriteException, InterruptedException {
        Path catalogueFile = workFolder.resolve("accuracy.db");
        Catalogue catalogue = Catalogue.open(catalogueFile);
        ComputeTurns computing = new ComputeTurns(settings.cpuWorkers());
        try (CatalogueWriter writer =
                CatalogueWriter.open(catalogue, busyGiveUp, WriteMode.TRANSACTION_PER_FILE, computing.writerGate())) {
            new ImportPipeline(
                            new CatalogueReader(catalogue), writer, computing, chromaprint, settings, Clock.systemUTC())
                    .run(List.of(dataset), ImportListener.NONE);
        }
        CatalogueReader reader = new CatalogueReader(Catalogue.openExisting(catalogueFile));
        Tally fingerprint = new Tally("fingerprint_identical", "fingerprint", "bits", 0);
        Tally integrated = new Tally("integrated_within_0_1_lu", "integrated loudness", "LU", INTEGRATED_TOLERANCE_LU);
        Tally truePeak = new Tally("true_peak_within_0_3_db", "true peak", "dB", TRUE_PEAK_TOLERANCE_DB);
        Tally samplePeak = new Tally("sample_peak_within_0_01_db", "sample peak", "dB", SAMPLE_PEAK_TOLERANCE_DB);
        Tally idealTruePeak =
                new Tally("true_peak_ideal_within_0_05_db", "true peak vs ideal", "dB", IDEAL_TRUE_PEAK_TOLERANCE_DB);
        Tally loudnessRange =
                new Tally("loudness_range_within_0_05_lu", "loudness range", "LU", LOUDNESS_RANGE_TOLERANCE_LU);
        Tally passages = new Tally("passages_within_0_1_ms", "passages", "ms", PASSAGE_TOLERANCE_MS);
        Map<Long, List<AlbumMember>> albums = new LinkedHashMap<>();
        int files = 0;
        try (Connection stored = DriverManager.getConnection("jdbc:sqlite:" + catalogueFile)) {
            for (Path file : audioFiles(dataset)) {
                FileDetails details = reader.file(
                                PathText.of(file.toAbsolutePath().normalize()))
                        .orElse(null);
                if (details == null || details.levels() == null) {
                    continue;
                }
                Reference reference = tools.measure(file);
                if (reference.integratedLufs() == null && reference.samplePeakDbfs() == null) {
                    continue;
                }
                files++;
                FileDetails.Levels levels = details.levels();
                integrated.add(file, reference.integratedLufs(), levels.integratedLufs());
                truePeak.add(file, reference.truePeakDbtp(), levels.truePeakDbtp());
                samplePeak.add(file, reference.samplePeakDbfs(), levels.samplePeakDbfs());
                idealTruePeak.add(file, reference.reconstructedPeakDbtp(), levels.truePeakDbtp());
                loudnessRange.add(file, reference.loudnessRangeLu(), levels.rangeLu());
                List<ReferencePassages.Passage> expected = referencePassages.measure(file, reference.shape());
                if (expected != null) {
                    passages.addShare(file, 1000 * passageDeviation(expected, details.passages()));
                }
                StoredRow row = storedRow(stored, details.path());
                Long album = row.albumId();
                if (album != null) {
                    albums.computeIfAbsent(album, id -> new ArrayList<>())
                            .add(new AlbumMember(file, levels.albumGainDb(), reference.blockLoudnessLufs()));
                }
                int[] ours = row.fingerprint();
                if (reference.fingerprint() != null && ours != null) {
                    fingerprint.addShare(file, bitErrorShare(reference.fingerprint(), ours));
                }
            }
        } catch (SQLException e) {
            throw new CatalogueException(catalogueFile, "cannot read what the import stored: " + e.getMessage(), e);
        }
        return new AccuracyReport(
                files,
                List.of(
                        fingerprint.metric(),
                        integrated.metric(),
                        truePeak.metric(),
                        samplePeak.metric(),
                        idealTruePeak.metric(),
                        loudnessRange.metric(),
                        albumGains(albums.values()).metric(),
                        passages.metric()));
    }

    /**
     * The largest distance in seconds between a boundary of the catalogue's passages (start, end, lead-in,
     * lead-out) and the same boundary of the reference's; infinite when they do not have as many passages.
     */
    static double passageDeviation(List<ReferencePassages.Passage> expected, List<FileDetails.PassageDetails> ours) {
        if (expected.size() != ours.size()) {
            return Double.POSITIVE_INFINITY;
        }
        double worst = 0;
        for (int i = 0; i < expected.size(); i++) {
            ReferencePassages.Passage reference = expected.get(i);
            FileDetails.PassageDetails passage = ours.get(i);
            worst = Math.max(worst, Math.abs(reference.start() - passage.startSeconds()));
            worst = Math.max(worst, Math.abs(reference.end() - passage.endSeconds()));
            worst = Math.max(worst, distance(reference.leadIn(), passage.leadInSeconds()));
            worst = Math.max(worst, distance(reference.leadOut(), passage.leadOutSeconds()));
        }
        return worst;
    }

    private static double distance(double reference, Double ours) {
        return ours == null ? Double.POSITIVE_INFINITY : Math.abs(reference - ours);
    }

    /** A file of an album: its album gain in the catalogue, and ebur128's blocks of it. */
    private record AlbumMember(Path file, Double albumGainDb, double[] blockLoudnessLufs) {}

    /** Each file's album gain against the gain of its album's blocks pooled. */
    private static Tally albumGains(Collection<List<AlbumMember>> albums) {
        Tally gains = new Tally("album_gain_within_0_01_db", "album gain", "dB", ALBUM_GAIN_TOLERANCE_DB);
        for (List<AlbumMember> members : albums) {
            Double pooled = ReferenceLoudness.integratedLufs(
                    members.stream().map(AlbumMember::blockLoudnessLufs).toList());
            Double reference = pooled == null ? null : REPLAYGAIN_REFERENCE_LUFS - pooled;
            members.forEach(member -> gains.add(member.file(), reference, member.albumGainDb()));
        }
        return gains;
    }

    private List<Path> audioFiles(Path dataset) throws IOException {
        return new LibraryWalker(settings.walk())
                .walk(List.of(dataset)).stream()
                        .filter(entry -> entry instanceof WalkEntry.Candidate)
                        .map(WalkEntry::path)
                        .sorted()
                        .toList();
    }

    /** The share of differing bits; a different number of items counts each missing item as 32 bits. */
    static double bitErrorShare(int[] expected, int[] actual) {
        int n = Math.min(expected.length, actual.length);
        long differing = 32L * Math.abs(expected.length - actual.length);
        for (int i = 0; i < n; i++) {
            differing += Integer.bitCount(expected[i] ^ actual[i]);
        }
        return (double) differing / (32.0 * Math.max(expected.length, actual.length));
    }

    /** What the benchmark reads of one file straight from the fresh catalogue: its album and raw fingerprint. */
    private record StoredRow(Long albumId, int[] fingerprint) {}

    /** The album the import filed {@code path} under (null when its tags name none) and its raw fingerprint. */
    private static StoredRow storedRow(Connection stored, String path) throws SQLException {
        try (PreparedStatement query = stored.prepareStatement(
                "SELECT track.album_id, fingerprint.raw FROM file LEFT JOIN track ON track.file_id = file.id"
                        + " LEFT JOIN fingerprint ON fingerprint.file_id = file.id WHERE file.path = ?")) {
            query.setString(1, path);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return new StoredRow(null, null);
                }
                long album = row.getLong(1);
                Long albumId = row.wasNull() ? null : album;
                byte[] bytes = row.getBytes(2);
                if (bytes == null) {
                    return new StoredRow(albumId, null);
                }
                int[] raw = new int[bytes.length / Integer.BYTES];
                ByteBuffer.wrap(bytes)
                        .order(ByteOrder.LITTLE_ENDIAN)
                        .asIntBuffer()
                        .get(raw);
                return new StoredRow(albumId, raw);
            }
        }
    }

    /** One metric's running count and worst file. */
    private static final class Tally {
        private final String key;
        private final String name;
        private final String unit;
        private final double tolerance;
        private int compared;
        private int within;
        private String worstPath;
        private double worst = -1;

        Tally(String key, String name, String unit, double tolerance) {
            this.key = key;
            this.name = name;
            this.unit = unit;
            this.tolerance = tolerance;
        }

        void add(Path file, Double reference, Double ours) {
            if (reference == null && ours == null) {
                return;
            }
            addShare(file, reference == null || ours == null ? Double.POSITIVE_INFINITY : Math.abs(ours - reference));
        }

        void addShare(Path file, double deviation) {
            compared++;
            if (deviation <= tolerance + 1e-9) {
                within++;
            }
            if (deviation > worst) {
                worst = deviation;
                worstPath = file.toString();
            }
        }

        AccuracyReport.Metric metric() {
            return new AccuracyReport.Metric(
                    key, name, unit, tolerance, compared, within, worstPath, Math.max(worst, 0));
        }
    }
}
