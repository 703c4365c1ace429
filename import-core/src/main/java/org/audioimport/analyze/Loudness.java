package org.audioimport.analyze;

/**
 * Loudness and peaks of a stretch of audio (a file or a passage). A value is null when it is not
 * defined: no 400 ms block above the gates (silence, or under 400 ms of audio) for the integrated
 * loudness, no 3 s window above the gates for the range, only zero samples for the peaks.
 *
 * @param integratedLufs integrated loudness per ITU-R BS.1770-4 / EBU R128, in LUFS
 * @param rangeLu        loudness range per EBU Tech 3342, in LU
 * @param samplePeakDbfs largest sample magnitude, in dBFS
 * @param truePeakDbtp   largest magnitude of the oversampled signal (BS.1770-4 Annex 2), in dBTP
 */
public record Loudness(Double integratedLufs, Double rangeLu, Double samplePeakDbfs, Double truePeakDbtp) {

    /** ReplayGain 2.0 gain for this audio, in dB; null without an integrated loudness. */
    public Double replayGainDb() {
        return integratedLufs == null ? null : ReplayGain.gainDb(integratedLufs);
    }
}
