package org.audioimport.decode;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of decoding a file that yielded audio.
 *
 * @param info          what the file holds
 * @param frames        frames delivered to the sink (encoder delay and padding already removed
 *                      where the file says how much there is)
 * @param durationTicks {@code frames} in ticks of 1/28,224,000 s, see {@link Ticks}
 * @param warnings      problems that did not stop the decoding, in file order; empty for a clean
 *                      file. Unmodifiable.
 */
public record DecodeResult(StreamInfo info, long frames, long durationTicks, List<DecodeWarning> warnings) {

    public DecodeResult {
        Objects.requireNonNull(info, "info");
        warnings = List.copyOf(warnings);
    }

    /** Duration in seconds, for display. */
    public double durationSeconds() {
        return (double) frames / info.sampleRate();
    }

    /** Whether the file decoded without any problem. */
    public boolean clean() {
        return warnings.isEmpty();
    }
}
