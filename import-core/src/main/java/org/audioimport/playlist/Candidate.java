package org.audioimport.playlist;

import org.audioimport.flavor.FlavorVector;
import org.audioimport.store.FlavorTrack;
import org.audioimport.store.PlaylistRow;

/** A live track a playlist may hold: where it is among the recordings and albums, and what a playlist reads of it. */
record Candidate(FlavorTrack track, PlaylistRow row) {
    String path() {
        return track.path();
    }

    long recordingId() {
        return track.recordingId();
    }

    Long albumId() {
        return track.albumId();
    }

    Long artistId() {
        return row.artistId();
    }

    float[] vector() {
        return row.vector();
    }

    /** One minus the cosine of the angle between the two flavor vectors, as the similarity index measures. */
    double distanceTo(Candidate other) {
        return Math.max(0, FlavorVector.cosineDistance(vector(), other.vector()));
    }
}
