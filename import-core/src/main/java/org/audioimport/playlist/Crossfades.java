package org.audioimport.playlist;

import org.audioimport.decode.Ticks;
import org.audioimport.store.PlaylistRow;

/**
 * The suggested overlap of two consecutive tracks: as long as the longer of the outgoing track's fade-out
 * and the incoming track's fade-in, so that a fade is heard whole under the other track; none when
 * neither fades (both are cut at their lead-out and lead-in, the silences skipped). Never more than
 * {@value #LONGEST_S} s, nor more than half of either track's music.
 */
final class Crossfades {
    static final double LONGEST_S = 12;

    private Crossfades() {}

    static double suggest(PlaylistRow outgoing, PlaylistRow incoming) {
        double fadeOut =
                outgoing.fadeOutStartTicks() == null ? 0 : end(outgoing) - seconds(outgoing.fadeOutStartTicks());
        double fadeIn = incoming.fadeInEndTicks() == null ? 0 : seconds(incoming.fadeInEndTicks()) - start(incoming);
        double overlap = Math.min(Math.max(fadeOut, fadeIn), LONGEST_S);
        overlap = Math.min(overlap, Math.min(music(outgoing), music(incoming)) / 2);
        return Math.max(0, Math.round(overlap * 1000) / 1000.0);
    }

    static Double seconds(Long ticks) {
        return ticks == null ? null : ticks / (double) Ticks.PER_SECOND;
    }

    private static double start(PlaylistRow row) {
        return row.leadInTicks() == null ? 0 : seconds(row.leadInTicks());
    }

    private static double end(PlaylistRow row) {
        if (row.leadOutTicks() != null) {
            return seconds(row.leadOutTicks());
        }
        return row.durationTicks() == null ? 0 : seconds(row.durationTicks());
    }

    private static double music(PlaylistRow row) {
        return Math.max(0, end(row) - start(row));
    }
}
