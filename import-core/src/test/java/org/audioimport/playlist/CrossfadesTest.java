package org.audioimport.playlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.audioimport.decode.Ticks;
import org.audioimport.store.PlaylistRow;
import org.junit.jupiter.api.Test;

/** The suggested overlap of two tracks from their analysis rows. */
class CrossfadesTest {
    @Test
    void noFadeOnEitherSideMeansACutAtTheLeadOutAndLeadIn() {
        assertEquals(0, Crossfades.suggest(row(1, 200, null, null), row(0.5, 180, null, null)));
    }

    @Test
    void theLongerOfTheFadeOutAndTheNextFadeInIsTheOverlap() {
        assertEquals(6, Crossfades.suggest(row(1, 200, null, 194.0), row(0.5, 180, 3.0, null)), 1e-9);
        assertEquals(2.5, Crossfades.suggest(row(1, 200, null, null), row(0.5, 180, 3.0, null)), 1e-9);
    }

    @Test
    void aLongFadeIsCappedAtTwelveSecondsAndAtHalfOfAShortTrack() {
        assertEquals(Crossfades.LONGEST_S, Crossfades.suggest(row(0, 300, null, 270.0), row(0, 200, null, null)), 1e-9);
        assertEquals(4, Crossfades.suggest(row(0, 300, null, 270.0), row(1, 9, null, null)), 1e-9);
    }

    private static PlaylistRow row(double leadIn, double leadOut, Double fadeInEnd, Double fadeOutStart) {
        return new PlaylistRow(
                1,
                null,
                null,
                null,
                ticks(leadOut + 1),
                false,
                null,
                new float[] {1},
                ticks(leadIn),
                ticks(leadOut),
                fadeInEnd == null ? null : ticks(fadeInEnd),
                fadeOutStart == null ? null : ticks(fadeOutStart));
    }

    private static Long ticks(double seconds) {
        return Math.round(seconds * Ticks.PER_SECOND);
    }
}
