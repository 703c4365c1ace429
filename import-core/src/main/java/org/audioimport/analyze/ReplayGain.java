package org.audioimport.analyze;

import java.util.List;

/**
 * ReplayGain 2.0 gains: the gain that brings audio to the reference loudness of -18 LUFS.
 *
 * <p>The album gain is not an average of track gains: ReplayGain 2.0 measures the album as one
 * programme, gating all of its tracks' 400 ms blocks together. Each file's analysis keeps its
 * blocks ({@link GatingBlocks}) for that.
 */
public final class ReplayGain {

    /** The ReplayGain 2.0 reference loudness, in LUFS. */
    public static final double REFERENCE_LUFS = -18.0;

    private ReplayGain() {}

    /** The gain, in dB, that brings audio of {@code integratedLufs} to the reference. */
    public static double gainDb(double integratedLufs) {
        return REFERENCE_LUFS - integratedLufs;
    }

    /**
     * The album gain of the tracks whose blocks are given, in dB; null when none of their blocks
     * passes the gates (an album of silence).
     */
    public static Double albumGainDb(List<GatingBlocks> tracks) {
        Double lufs = GatingBlocks.albumLufs(tracks);
        return lufs == null ? null : gainDb(lufs);
    }
}
