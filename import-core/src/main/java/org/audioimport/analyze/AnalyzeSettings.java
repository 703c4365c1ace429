package org.audioimport.analyze;

/**
 * Levels and durations that decide lead-in, lead-out and fades. Loudness measurements follow
 * their standards and have no settings.
 *
 * @param leadInDb       the lead-in is where the sample peak of a 10 ms window first reaches this
 *                       level relative to the passage's sample peak, in dB (negative)
 * @param leadOutDb      the lead-out is where it last reaches this level, in dB (negative)
 * @param fadeMinSeconds the shortest ramp that counts as a fade, in seconds
 * @param fadeMinDepthDb the smallest rise (or fall) of the momentary loudness across a ramp that
 *                       counts as a fade, in dB
 */
public record AnalyzeSettings(double leadInDb, double leadOutDb, double fadeMinSeconds, double fadeMinDepthDb) {

    /** The default lead-in and lead-out level, as a constant for the command line's defaults. */
    public static final double DEFAULT_LEAD_DB = -30.0;

    /**
     * The defaults, and why: -30 dB below the passage's peak is where music is clearly under way
     * (a passage itself starts at -50 dB, where anything at all is heard); a fade shorter than 1 s
     * is an attack or the decay of a last note, and one that moves the level by less than 10 dB
     * is a dynamic change, not a fade to or from silence.
     */
    public static final AnalyzeSettings DEFAULTS = new AnalyzeSettings(DEFAULT_LEAD_DB, DEFAULT_LEAD_DB, 1.0, 10.0);

    public AnalyzeSettings {
        if (!(leadInDb < 0) || !(leadOutDb < 0) || !(leadInDb > -120) || !(leadOutDb > -120)) {
            throw new IllegalArgumentException(
                    "lead-in and lead-out levels must be between -120 and 0 dB: " + leadInDb + ", " + leadOutDb);
        }
        if (!(fadeMinSeconds > 0) || !(fadeMinDepthDb > 0)) {
            throw new IllegalArgumentException(
                    "fade length and depth must be positive: " + fadeMinSeconds + ", " + fadeMinDepthDb);
        }
    }
}
