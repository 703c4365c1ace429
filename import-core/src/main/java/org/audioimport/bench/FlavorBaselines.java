package org.audioimport.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.decode.DecodeException;
import org.audioimport.decode.SinkException;
import org.audioimport.flavor.FlavorVector;
import org.audioimport.flavor.TimbreModel;
import org.audioimport.flavor.TimbreModelSink;
import org.audioimport.scanning.PathText;
import org.audioimport.similar.AlbumPrecision;
import org.audioimport.similar.FlavorComparison;
import org.audioimport.similar.PairedBootstrap;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.FlavorTrack;
import org.audioimport.store.StoredFlavor;

/**
 * Measures the imported flavor vectors against two textbook baselines on the same tracks and queries:
 * (1) the mean and standard deviation of 20 MFCCs, each z-scored over the tracks, by Euclidean
 * distance; (2) one Gaussian of the 20 MFCCs per track (full covariance), by symmetrised
 * Kullback-Leibler divergence. The baselines come from a pass of their own over the same files, after
 * the timed passes, through the same decoder and the same resampled frames as the flavor; the flavor
 * vectors are the catalogue's, compared by the cosine distance the index uses, searched exhaustively.
 */
final class FlavorBaselines {

    static final String FLAVOR = "flavor v" + FlavorVector.VERSION;
    static final String MFCC_MEAN_STD = "mfcc20 mean+std, z-scored, euclidean";
    static final String MFCC_GAUSSIAN = "mfcc20 gaussian, symmetrised kl";

    private FlavorBaselines() {}

    /** Compares on every live track of {@code reader}'s catalogue that has a flavor vector and a timbre model. */
    static FlavorComparison compare(CatalogueReader reader, int k, int threads)
            throws CatalogueException, InterruptedException {
        List<FlavorTrack> live =
                new ArrayList<>(reader.flavorTracks(SimilarityIndex.VERSIONS).values());
        live.sort(Comparator.comparing(FlavorTrack::path));
        List<float[]> vectors = new ArrayList<>();
        for (FlavorTrack track : live) {
            StoredFlavor stored = reader.flavorOf(track.path()).orElseThrow();
            vectors.add(stored.vector());
        }
        TimbreModel[] models = fit(live, threads);
        List<FlavorTrack> tracks = new ArrayList<>();
        List<float[]> flavor = new ArrayList<>();
        List<TimbreModel> timbre = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            if (models[i] != null && vectors.get(i) != null) {
                tracks.add(live.get(i));
                flavor.add(vectors.get(i));
                timbre.add(models[i]);
            }
        }
        return compare(tracks, flavor, timbre, k);
    }

    /** The comparison of the flavor vectors and timbre models of {@code tracks}, in the same order. */
    static FlavorComparison compare(List<FlavorTrack> tracks, List<float[]> flavor, List<TimbreModel> timbre, int k) {
        AlbumPrecision protocol = new AlbumPrecision(tracks, k);
        AlbumPrecision.Distance cosine = (a, b) -> FlavorVector.cosineDistance(flavor.get(a), flavor.get(b));
        double[][] meanStd = zScored(timbre);
        AlbumPrecision.Distance euclidean = (a, b) -> squaredDistance(meanStd[a], meanStd[b]);
        AlbumPrecision.Distance kl = (a, b) -> timbre.get(a).symmetricKl(timbre.get(b));
        double[] flavorPrecision = protocol.measure(cosine);
        double[] meanStdPrecision = protocol.measure(euclidean);
        double[] gaussianPrecision = protocol.measure(kl);
        int d = timbre.isEmpty() ? 0 : timbre.get(0).dimension();
        List<FlavorComparison.Method> methods = List.of(
                method(FLAVOR, FlavorVector.DIMENSION, flavorPrecision, protocol, cosine),
                method(MFCC_MEAN_STD, 2 * d, meanStdPrecision, protocol, euclidean),
                method(MFCC_GAUSSIAN, d + d * (d + 1) / 2, gaussianPrecision, protocol, kl));
        boolean meanStdBest = mean(meanStdPrecision) >= mean(gaussianPrecision);
        double[] best = meanStdBest ? meanStdPrecision : gaussianPrecision;
        PairedBootstrap.Lead lead = protocol.queries() == 0
                ? new PairedBootstrap.Lead(0, 0, 0)
                : PairedBootstrap.lead(flavorPrecision, best);
        return new FlavorComparison(
                protocol.queries(), k, protocol.random(), methods, meanStdBest ? MFCC_MEAN_STD : MFCC_GAUSSIAN, lead);
    }

    private static FlavorComparison.Method method(
            String name, int dimension, double[] precision, AlbumPrecision protocol, AlbumPrecision.Distance distance) {
        int[] copies = protocol.copiesNearest(distance);
        return new FlavorComparison.Method(name, dimension, mean(precision), copies[0], copies[1]);
    }

    /** Fits a timbre model to each track's file, {@code threads} files at a time; null where none fits. */
    private static TimbreModel[] fit(List<FlavorTrack> tracks, int threads) throws InterruptedException {
        TimbreModel[] models = new TimbreModel[tracks.size()];
        AtomicInteger next = new AtomicInteger();
        List<Thread> pool = new ArrayList<>();
        for (int t = 0; t < Math.max(1, threads); t++) {
            pool.add(Thread.ofPlatform().name("flavor-baseline-" + (t + 1)).start(() -> {
                AudioDecoder decoder = AudioDecoder.ffmpeg();
                TimbreModelSink sink = new TimbreModelSink();
                for (int i = next.getAndIncrement(); i < tracks.size(); i = next.getAndIncrement()) {
                    try {
                        decoder.decode(PathText.toPath(tracks.get(i).path()), sink);
                        models[i] = sink.finish().orElse(null);
                    } catch (DecodeException | SinkException unreadable) {
                        // Imported a moment ago, so only a file changed since could fail: leave it out.
                    }
                }
            }));
        }
        for (Thread thread : pool) {
            thread.join();
        }
        return models;
    }

    /** Each model's MFCC means and deviations, each of the 2d columns z-scored over the models. */
    static double[][] zScored(List<TimbreModel> models) {
        int n = models.size();
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] mean = models.get(i).mean();
            double[] deviation = models.get(i).deviation();
            double[] row = new double[mean.length + deviation.length];
            System.arraycopy(mean, 0, row, 0, mean.length);
            System.arraycopy(deviation, 0, row, mean.length, deviation.length);
            rows[i] = row;
        }
        if (n == 0) {
            return rows;
        }
        for (int c = 0; c < rows[0].length; c++) {
            double sum = 0;
            double squares = 0;
            for (double[] row : rows) {
                sum += row[c];
                squares += row[c] * row[c];
            }
            double mean = sum / n;
            double deviation = Math.sqrt(Math.max(0, squares / n - mean * mean));
            for (double[] row : rows) {
                row[c] = deviation > 0 ? (row[c] - mean) / deviation : 0;
            }
        }
        return rows;
    }

    private static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return sum;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }
}
