package org.audioimport.playlist;

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
        float[] a = vector();
        float[] b = other.vector();
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return Math.max(0, 1 - dot / Math.sqrt(normA * normB));
    }
}
