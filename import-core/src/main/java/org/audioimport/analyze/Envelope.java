package org.audioimport.analyze;

/**
 * Where the music of a passage (or of a whole file) gets under way and where it ends, in ticks
 * from the start of the file.
 *
 * @param leadInTicks  start of the first 10 ms window whose sample peak reaches {@link
 *                     AnalyzeSettings#leadInDb()} below the passage's peak (never before the
 *                     passage starts)
 * @param leadOutTicks end of the last 10 ms window whose sample peak reaches {@link
 *                     AnalyzeSettings#leadOutDb()} below the passage's peak (never after the
 *                     passage ends)
 * @param fadeIn       the fade-in, or null when the music does not ramp up (see {@link
 *                     AnalyzeSink} for the rule)
 * @param fadeOut      the fade-out, or null when it does not ramp down
 */
public record Envelope(long leadInTicks, long leadOutTicks, Fade fadeIn, Fade fadeOut) {}
