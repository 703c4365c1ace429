package org.audioimport.similar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.audioimport.store.FlavorTrack;
import org.junit.jupiter.api.Test;

class AlbumPrecisionTest {

    /** Tracks on a line: position i at x = X[i]; albums 1 (0-2) and 2 (3-5); track 6 is a copy of 0. */
    private static final double[] X = {0, 1, 2, 10, 11, 12, 0.1};

    private static final List<FlavorTrack> TRACKS = List.of(
            new FlavorTrack(1, "a1", 1, 1L),
            new FlavorTrack(2, "a2", 2, 1L),
            new FlavorTrack(3, "a3", 3, 1L),
            new FlavorTrack(4, "b1", 4, 2L),
            new FlavorTrack(5, "b2", 5, 2L),
            new FlavorTrack(6, "b3", 6, 2L),
            new FlavorTrack(7, "a1 copy", 1, 1L));
    private static final AlbumPrecision.Distance LINE = (a, b) -> Math.abs(X[a] - X[b]);

    @Test
    void leavesEachTracksCopiesOutOfItsAnswers() {
        AlbumPrecision protocol = new AlbumPrecision(TRACKS, 2);
        double[] precision = protocol.measure(LINE);
        assertEquals(7, protocol.queries());
        // Track 0's two nearest apart from its copy are 1 and 2, both of its album.
        assertEquals(1.0, precision[0], 1e-12);
        // Track 3 (album 2): 4 and 5.
        assertEquals(1.0, precision[3], 1e-12);
    }

    @Test
    void theRandomRateCountsTheAlbumWithoutTheQueryAndItsCopies() {
        AlbumPrecision protocol = new AlbumPrecision(TRACKS, 2);
        // a1 and its copy: 2 others of 5; a2, a3: 3 of 6; b*: 2 of 6.
        double expected = (2.0 / 5 * 2 + 3.0 / 6 * 2 + 2.0 / 6 * 3) / 7;
        assertEquals(expected, protocol.random(), 1e-12);
    }

    @Test
    void countsTheCopiesThatAreTheirOriginalsNearest() {
        assertArrayEquals(new int[] {2, 2}, new AlbumPrecision(TRACKS, 2).copiesNearest(LINE));
    }
}
