package org.audioimport.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The warnings of one file's decode, capped at {@link #MAX_WARNINGS}; more are counted in one last warning. */
final class DecodeWarnings {

    /** Warnings kept per file. */
    private static final int MAX_WARNINGS = 20;
    /**
     * Audio shorter than the file's declared length by more than this is reported as truncated.
     * Generous enough for the encoder delay and padding that declared lengths often include.
     */
    private static final double TRUNCATION_TOLERANCE_SECONDS = 0.5;

    private final int rate;
    private final List<DecodeWarning> list = new ArrayList<>();
    private int dropped;
    private long lastFrame;

    DecodeWarnings(int rate) {
        this.rate = rate;
    }

    void add(long frame, String message) {
        lastFrame = frame;
        if (list.size() < MAX_WARNINGS) {
            list.add(new DecodeWarning(frame, (double) frame / rate, message));
        } else {
            dropped++;
        }
    }

    /**
     * A "truncated" warning when the file declared more than was decoded, naming what declared it
     * ("its MP4 sample tables"); nothing when it declared nothing (-1).
     */
    void checkLength(long declaredFrames, String declaredBy, long frames) {
        if (declaredFrames > 0 && (declaredFrames - frames) / (double) rate > TRUNCATION_TOLERANCE_SECONDS) {
            add(
                    frames,
                    String.format(
                            Locale.ROOT,
                            "truncated: the audio ends at %.2f s but the file declares %.2f s (%s)",
                            frames / (double) rate,
                            declaredFrames / (double) rate,
                            declaredBy));
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    String first() {
        return list.get(0).message();
    }

    List<DecodeWarning> list() {
        if (dropped == 0) {
            return list;
        }
        List<DecodeWarning> all = new ArrayList<>(list);
        all.add(new DecodeWarning(
                lastFrame, (double) lastFrame / rate, dropped + " more problems, up to this position, not listed"));
        return all;
    }
}
