package org.audioimport.flavor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.audioimport.segment.NoAudio;
import org.audioimport.segment.Passage;
import org.audioimport.segment.SegmentOutcome;
import org.audioimport.segment.Segmented;

/**
 * The flavor of a file and of each of its passages, all from the one profile the decode filled.
 *
 * @param whole    the file's vector, or why it has none
 * @param passages one outcome per passage of the segment phase, in its order; unmodifiable
 * @param version  the {@link FlavorVector#VERSION} that described them, whether or not a vector came out
 */
public record FileFlavor(FlavorOutcome whole, List<FlavorOutcome> passages, int version) {

    public FileFlavor {
        Objects.requireNonNull(whole, "whole");
        passages = List.copyOf(passages);
    }

    /** The flavor as the current algorithm describes it. */
    public FileFlavor(FlavorOutcome whole, List<FlavorOutcome> passages) {
        this(whole, passages, FlavorVector.VERSION);
    }

    /** The file's flavor, and its passages' as the segment phase cut them. */
    public static FileFlavor of(FlavorProfile profile, SegmentOutcome segments) {
        return switch (segments) {
            // The segment phase heard nothing audible: describing the noise floor would make every
            // silent file "sound like" every other.
            case NoAudio silent -> new FileFlavor(new NoFlavor(NoFlavor.Reason.SILENCE, profile.seconds()), List.of());
            case Segmented cut -> {
                List<FlavorOutcome> passages = new ArrayList<>();
                for (Passage passage : cut.passages()) {
                    passages.add(profile.range(passage.startFrame(), passage.endFrame()));
                }
                yield new FileFlavor(profile.file(), passages);
            }
        };
    }
}
