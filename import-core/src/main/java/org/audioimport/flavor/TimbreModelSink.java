package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.FRAME;
import static org.audioimport.flavor.FrameAnalyzer.HOP;
import static org.audioimport.flavor.FrameAnalyzer.RATE;

import java.util.Arrays;
import java.util.Optional;
import org.audioimport.decode.PcmBlock;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.StreamInfo;

/**
 * Fits a {@link TimbreModel} to the audio a decoder streams into it: the same mono 22,050 Hz frames of
 * 2048 every 1024 samples as {@link FlavorSink}, {@value MelCepstrum#COEFFICIENTS} textbook MFCCs per
 * non-silent frame, their mean and covariance over the first {@link FlavorSink#DEFAULT_MAX_SECONDS} s.
 * For {@code bench}'s baselines, which must hear exactly what the flavor hears. Start again for the
 * next file; not thread-safe.
 */
public final class TimbreModelSink implements PcmSink {

    private static final int D = MelCepstrum.COEFFICIENTS;
    private static final long MAX_SAMPLES = (long) FlavorSink.DEFAULT_MAX_SECONDS * RATE;

    private final Resampler resampler = new Resampler(RATE);
    private final MelCepstrum cepstrum = new MelCepstrum();
    private final float[] resampled = new float[HOP];
    private final float[] frame = new float[FRAME];
    private final double[] coefficients = new double[D];
    private final double[] sum = new double[D];
    private final double[] products = new double[D * D];
    private int channels;
    private int fill;
    private long taken;
    private long frames;

    @Override
    public void start(StreamInfo info) {
        channels = info.channels();
        resampler.start(info.sampleRate());
        fill = 0;
        taken = 0;
        frames = 0;
        Arrays.fill(sum, 0);
        Arrays.fill(products, 0);
    }

    @Override
    public void accept(PcmBlock block) {
        int done = 0;
        // The outputs the resampler can give, held back or not, decide: past the limit, no more audio is read.
        while (done < block.frames() && resampler.ready() < MAX_SAMPLES) {
            done += resampler.write(block.samples(), done, block.frames() - done, channels);
            int n;
            while ((n = resampler.read(resampled, resampled.length)) > 0) {
                take(n);
            }
        }
    }

    private void take(int n) {
        int at = 0;
        while (at < n && taken < MAX_SAMPLES) {
            int count = (int) Math.min(Math.min(FRAME - fill, n - at), MAX_SAMPLES - taken);
            System.arraycopy(resampled, at, frame, fill, count);
            fill += count;
            at += count;
            taken += count;
            if (fill == FRAME) {
                if (cepstrum.analyse(frame, coefficients)) {
                    frames++;
                    for (int i = 0; i < D; i++) {
                        sum[i] += coefficients[i];
                        for (int j = 0; j <= i; j++) {
                            products[i * D + j] += coefficients[i] * coefficients[j];
                        }
                    }
                }
                System.arraycopy(frame, HOP, frame, 0, FRAME - HOP);
                fill = FRAME - HOP;
            }
        }
    }

    /**
     * The model of the file just decoded; empty when it had fewer non-silent frames than twice the
     * coefficients (too few for a full covariance) or a degenerate one (digital silence in a band).
     */
    public Optional<TimbreModel> finish() {
        int n;
        while ((n = resampler.drain(resampled, resampled.length)) > 0) {
            take(n);
        }
        if (frames < 2L * D) {
            return Optional.empty();
        }
        double[] mean = new double[D];
        for (int i = 0; i < D; i++) {
            mean[i] = sum[i] / frames;
        }
        double[][] covariance = new double[D][D];
        for (int i = 0; i < D; i++) {
            for (int j = 0; j <= i; j++) {
                double c = products[i * D + j] / frames - mean[i] * mean[j];
                covariance[i][j] = c;
                covariance[j][i] = c;
            }
        }
        try {
            return Optional.of(new TimbreModel(mean, covariance));
        } catch (IllegalArgumentException degenerate) {
            return Optional.empty();
        }
    }
}
