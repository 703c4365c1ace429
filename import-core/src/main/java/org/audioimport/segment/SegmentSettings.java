package org.audioimport.segment;

/**
 * How silences are recognised.
 *
 * <p>A sample is <em>sound</em> when its magnitude reaches the threshold, which is {@code
 * thresholdDb} below the file's sample peak but never below {@code floorDbfs}. A silence is a run
 * of samples that are not sound lasting at least {@code minSilenceSeconds}; passages are the
 * audio between silences. A file whose peak stays below {@code audibleDbfs} has no audio at all.
 *
 * @param thresholdDb       the threshold relative to the file's sample peak, in dB (negative)
 * @param minSilenceSeconds the shortest silence that separates two passages, in seconds
 * @param floorDbfs         the lowest absolute threshold, in dBFS, so that dither and noise in a
 *                          very quiet file are not taken for music
 * @param audibleDbfs       a file whose sample peak is below this, in dBFS, has no audio
 */
public record SegmentSettings(double thresholdDb, double minSilenceSeconds, double floorDbfs, double audibleDbfs) {

    /** The default {@code thresholdDb}, as a constant for the command line's defaults. */
    public static final double DEFAULT_THRESHOLD_DB = -50.0;
    /** The default {@code minSilenceSeconds}, as a constant for the command line's defaults. */
    public static final double DEFAULT_MIN_SILENCE_SECONDS = 3.0;

    /**
     * The defaults, and why:
     * <ul>
     * <li>-50 dB below peak: the quietest real music (a soft intro, a breakdown, the tail of a fade)
     * stays within about 40-45 dB of a file's peak, while digital silence, dither (-90 dBFS) and
     * the noise floor of good analogue transfers (-60 to -70 dB) fall below it;</li>
     * <li>3 s: pauses inside one song last up to 1-2 s and must not split it; a hidden track sits
     * after 10 s or more of silence. 3 s keeps a margin of one second on the short side;</li>
     * <li>-70 dBFS floor: only matters for files peaking below -20 dBFS, where -50 dB below peak
     * would reach down into 16-bit dither;</li>
     * <li>-60 dBFS audible: the same limit under which the fingerprint phase calls a file
     * silent.</li>
     * </ul>
     */
    public static final SegmentSettings DEFAULTS =
            new SegmentSettings(DEFAULT_THRESHOLD_DB, DEFAULT_MIN_SILENCE_SECONDS, -70.0, -60.0);

    public SegmentSettings {
        if (!(thresholdDb < 0) || !(thresholdDb > -120)) {
            throw new IllegalArgumentException("threshold must be between -120 and 0 dB: " + thresholdDb);
        }
        if (!(minSilenceSeconds >= 0.05) || !(minSilenceSeconds <= 3600)) {
            throw new IllegalArgumentException(
                    "minimum silence must be between 0.05 s and an hour: " + minSilenceSeconds);
        }
        if (!(floorDbfs < 0) || !(audibleDbfs < 0)) {
            throw new IllegalArgumentException(
                    "floor and audible level must be below 0 dBFS: " + floorDbfs + ", " + audibleDbfs);
        }
    }
}
