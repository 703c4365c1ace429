package org.audioimport.flavor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The flavor vector's layout: which descriptor sits at which index, and how each is standardised
 * and weighted. {@link FlavorVector} documents the same table for users; change both together,
 * and bump {@link FlavorVector#VERSION} with any change here.
 *
 * <p>Each raw descriptor {@code x} becomes {@code clamp((x - offset) / scale, -3, 3) x weight}.
 * Offsets and scales are constants, not learned from the library being imported, so a vector
 * never changes unless its file or this version does. The offset is about the median of what
 * music gives and the scale about half the spread from its 10th to its 90th percentile, so most
 * values land in [-1, 1]. They were read off 19 real tracks (the orchestral, ambient and
 * electronic soundtracks of Debian's singularity-music and asc-music packages; FlavorCalibration
 * in the tests prints the table) and rounded; where those 19 are plainly narrower than music at
 * large, the scale was widened by hand: loudness (-18 dBFS, 8 dB, for today's louder masters),
 * the upper MFCC means (4).
 *
 * <p>The weight makes each group count the same in a distance whatever its number of descriptors:
 * {@code 1 / sqrt(descriptors in the group)}. Timbre has two groups (cepstrum, spectrum), the
 * block-level patterns two (spectral, fluctuation), loudness two (dynamics, percentiles), rhythm and
 * harmony one each.
 */
final class FlavorLayout {

    enum Group {
        CEPSTRUM,
        SPECTRUM,
        RHYTHM,
        HARMONY,
        DYNAMICS,
        SPECTRAL_PATTERN,
        FLUCTUATION_PATTERN,
        LOUDNESS_PERCENTILES
    }

    /** One descriptor: its name, group, and standardisation. */
    record Descriptor(String name, Group group, double offset, double scale) {}

    static final double CLAMP = 3;

    static final int MFCC_MEAN = 0;
    static final int MFCC_STD = 13;
    static final int CENTROID_MEAN = 26;
    static final int CENTROID_STD = 27;
    static final int ROLLOFF_MEAN = 28;
    static final int ROLLOFF_STD = 29;
    static final int FLATNESS_MEAN = 30;
    static final int FLATNESS_STD = 31;
    static final int CONTRAST_MEAN = 32;
    static final int ZCR_MEAN = 36;
    static final int ZCR_STD = 37;
    static final int TEMPO_COS = 38;
    static final int TEMPO_SIN = 39;
    static final int PULSE_CLARITY = 40;
    static final int ONSET_RATE = 41;
    static final int ONSET_STRENGTH = 42;
    static final int CHROMA_DFT = 43;
    static final int KEY_STRENGTH = 49;
    static final int MODE = 50;
    static final int LOUDNESS_MEAN = 51;
    static final int LOUDNESS_SPREAD = 52;
    static final int LOUDNESS_RANGE = 53;
    static final int RELATIVE_LEVEL = 54;
    static final int FLUCTUATION = RELATIVE_LEVEL + FrameAnalyzer.BAND_GROUPS;
    static final int LOUDNESS_PERCENTILES =
            FLUCTUATION + BlockPatterns.MODULATION_BANDS * BlockPatterns.FLUCTUATION_GROUPS;

    private static final List<Descriptor> FRAME_DESCRIPTORS = List.of(
            // Cepstrum: MFCC 1..13 of 40 log mel bands (dB, unit-area filters), mean then deviation.
            new Descriptor("mfcc1.mean", Group.CEPSTRUM, 53, 10),
            new Descriptor("mfcc2.mean", Group.CEPSTRUM, 20, 12),
            new Descriptor("mfcc3.mean", Group.CEPSTRUM, 8, 7),
            new Descriptor("mfcc4.mean", Group.CEPSTRUM, 4, 4),
            new Descriptor("mfcc5.mean", Group.CEPSTRUM, 3, 4),
            new Descriptor("mfcc6.mean", Group.CEPSTRUM, 2, 4),
            new Descriptor("mfcc7.mean", Group.CEPSTRUM, 2, 4),
            new Descriptor("mfcc8.mean", Group.CEPSTRUM, 1, 4),
            new Descriptor("mfcc9.mean", Group.CEPSTRUM, 0, 4),
            new Descriptor("mfcc10.mean", Group.CEPSTRUM, 0, 4),
            new Descriptor("mfcc11.mean", Group.CEPSTRUM, 1, 4),
            new Descriptor("mfcc12.mean", Group.CEPSTRUM, 1, 4),
            new Descriptor("mfcc13.mean", Group.CEPSTRUM, 1, 4),
            new Descriptor("mfcc1.std", Group.CEPSTRUM, 9, 4),
            new Descriptor("mfcc2.std", Group.CEPSTRUM, 9, 4),
            new Descriptor("mfcc3.std", Group.CEPSTRUM, 8, 3),
            new Descriptor("mfcc4.std", Group.CEPSTRUM, 5.5, 2.5),
            new Descriptor("mfcc5.std", Group.CEPSTRUM, 5.5, 2.5),
            new Descriptor("mfcc6.std", Group.CEPSTRUM, 5.5, 2.5),
            new Descriptor("mfcc7.std", Group.CEPSTRUM, 5.5, 2.5),
            new Descriptor("mfcc8.std", Group.CEPSTRUM, 5.5, 2.5),
            new Descriptor("mfcc9.std", Group.CEPSTRUM, 5.5, 2.5),
            new Descriptor("mfcc10.std", Group.CEPSTRUM, 5.5, 2.5),
            new Descriptor("mfcc11.std", Group.CEPSTRUM, 5.5, 2.5),
            new Descriptor("mfcc12.std", Group.CEPSTRUM, 5.5, 2.5),
            new Descriptor("mfcc13.std", Group.CEPSTRUM, 5.5, 2.5),
            // Spectrum shape, 20 Hz to 8 kHz.
            new Descriptor("centroid.mean Hz", Group.SPECTRUM, 1300, 600),
            new Descriptor("centroid.std Hz", Group.SPECTRUM, 500, 250),
            new Descriptor("rolloff85.mean Hz", Group.SPECTRUM, 2600, 1500),
            new Descriptor("rolloff85.std Hz", Group.SPECTRUM, 1300, 700),
            new Descriptor("flatness.mean dB", Group.SPECTRUM, -27, 8),
            new Descriptor("flatness.std dB", Group.SPECTRUM, 6, 2.5),
            new Descriptor("contrast 20-250 Hz dB", Group.SPECTRUM, 27, 6),
            new Descriptor("contrast 250-1000 Hz dB", Group.SPECTRUM, 31, 7),
            new Descriptor("contrast 1-4 kHz dB", Group.SPECTRUM, 27, 6),
            new Descriptor("contrast 4-8 kHz dB", Group.SPECTRUM, 18, 6),
            new Descriptor("zcr.mean /s", Group.SPECTRUM, 950, 500),
            new Descriptor("zcr.std /s", Group.SPECTRUM, 600, 350),
            // Rhythm, from the onset envelope (spectral flux of the log mel bands).
            // Tempo as a point on a circle, one turn per octave: 70 and 140 BPM, which the
            // autocorrelation confuses whenever a piece has both pulses, are the same point.
            new Descriptor("tempo cos(2pi log2(bpm/120))", Group.RHYTHM, 0, 1),
            new Descriptor("tempo sin(2pi log2(bpm/120))", Group.RHYTHM, 0, 1),
            new Descriptor("pulse clarity", Group.RHYTHM, 0.4, 0.2),
            new Descriptor("onset rate /s", Group.RHYTHM, 2.8, 1.5),
            new Descriptor("onset strength dB", Group.RHYTHM, 1.3, 0.8),
            // Harmony, the same in every key.
            new Descriptor("chroma |dft1|", Group.HARMONY, 0.15, 0.1),
            new Descriptor("chroma |dft2|", Group.HARMONY, 0.17, 0.1),
            new Descriptor("chroma |dft3|", Group.HARMONY, 0.17, 0.12),
            new Descriptor("chroma |dft4|", Group.HARMONY, 0.14, 0.08),
            new Descriptor("chroma |dft5|", Group.HARMONY, 0.33, 0.15),
            new Descriptor("chroma |dft6|", Group.HARMONY, 0.17, 0.1),
            new Descriptor("key strength", Group.HARMONY, 0.72, 0.15),
            new Descriptor("mode major-minor", Group.HARMONY, 0, 0.15),
            // Dynamics.
            new Descriptor("loudness.mean dBFS", Group.DYNAMICS, -18, 8),
            new Descriptor("loudness.std frames dB", Group.DYNAMICS, 6, 2.5),
            new Descriptor("loudness.std seconds dB", Group.DYNAMICS, 4.5, 2.5));

    /**
     * Offset and scale of each band group's mean level against the frame's mean, dB, lowest group
     * first: the median and half the 10-90 % spread on the tuning set (docs/benchmarks.md), rounded.
     */
    private static final double[][] RELATIVE_LEVEL_OFFSET_SCALE = {
        {18, 6},
        {12, 4.5},
        {7.3, 3.5},
        {3.1, 3},
        {0.5, 2.8},
        {-1.4, 2.7},
        {-3.3, 2.6},
        {-5.1, 2.2},
        {-6.3, 2.1},
        {-7.5, 2.2},
        {-8.4, 2.3},
        {-9, 2.7}
    };
    /**
     * Offset of the fluctuation pattern per modulation band, slowest first (its scale is 0.5 for
     * all): the same statistics, which barely move across band groups.
     */
    private static final double[] FLUCTUATION_OFFSET = {3.6, 3.3, 3.1, 2.9, 2.7, 2.25};

    private static final double FLUCTUATION_SCALE = 0.5;

    /**
     * Offset and scale of the loudness percentiles (10th, 50th, 90th), dBFS: the median and half the
     * 10-90 % spread on the evaluation set (docs/benchmarks.md, flavor v4), rounded.
     */
    private static final double[][] LOUDNESS_PERCENTILE_OFFSET_SCALE = {{-26, 9}, {-19, 6.5}, {-14.5, 5.5}};

    private static List<Descriptor> blockDescriptors() {
        List<Descriptor> block = new ArrayList<>();
        for (int g = 0; g < FrameAnalyzer.BAND_GROUPS; g++) {
            block.add(new Descriptor(
                    "group" + (g + 1) + " level vs frame dB",
                    Group.SPECTRAL_PATTERN,
                    RELATIVE_LEVEL_OFFSET_SCALE[g][0],
                    RELATIVE_LEVEL_OFFSET_SCALE[g][1]));
        }
        for (int m = 0; m < BlockPatterns.MODULATION_BANDS; m++) {
            for (int pair = 0; pair < BlockPatterns.FLUCTUATION_GROUPS; pair++) {
                block.add(new Descriptor(
                        "fluctuation mod" + (m + 1) + " groups" + (2 * pair + 1) + "-" + (2 * pair + 2),
                        Group.FLUCTUATION_PATTERN,
                        FLUCTUATION_OFFSET[m],
                        FLUCTUATION_SCALE));
            }
        }
        for (int p = 0; p < LoudnessPercentiles.FRACTIONS.length; p++) {
            block.add(new Descriptor(
                    "loudness p" + Math.round(100 * LoudnessPercentiles.FRACTIONS[p]) + " dBFS",
                    Group.LOUDNESS_PERCENTILES,
                    LOUDNESS_PERCENTILE_OFFSET_SCALE[p][0],
                    LOUDNESS_PERCENTILE_OFFSET_SCALE[p][1]));
        }
        return block;
    }

    static final List<Descriptor> DESCRIPTORS = Stream.of(FRAME_DESCRIPTORS, blockDescriptors())
            .flatMap(List::stream)
            .toList();

    static final int DIMENSION = DESCRIPTORS.size();

    private static final double[] WEIGHT = weights();

    private FlavorLayout() {}

    /** Standardises and weights raw descriptors into the vector's values. */
    static float[] standardise(double[] raw) {
        if (raw.length != DIMENSION) {
            throw new IllegalArgumentException("expected " + DIMENSION + " descriptors, got " + raw.length);
        }
        float[] values = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            Descriptor d = DESCRIPTORS.get(i);
            double z = (raw[i] - d.offset()) / d.scale();
            values[i] = (float) (Math.max(-CLAMP, Math.min(CLAMP, z)) * WEIGHT[i]);
        }
        return values;
    }

    /** The weight of descriptor {@code i}: 1 / sqrt(size of its group). */
    static double weight(int i) {
        return WEIGHT[i];
    }

    private static double[] weights() {
        Map<Group, Integer> sizes = new EnumMap<>(Group.class);
        for (Descriptor d : DESCRIPTORS) {
            sizes.merge(d.group(), 1, Integer::sum);
        }
        double[] weights = new double[DESCRIPTORS.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / Math.sqrt(sizes.get(DESCRIPTORS.get(i).group()));
        }
        return weights;
    }
}
