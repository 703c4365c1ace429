package org.audioimport.store;

import java.util.List;

/**
 * The ReplayGain album gain to record on every track of one album, made by {@link AlbumTracks#withGain}.
 *
 * @param albumId the album
 * @param marks   the album's mark count when its tracks were read
 * @param fileIds the album's tracks
 * @param gainDb  the gain in dB, or null when the album is silent
 */
public record AlbumGain(long albumId, int marks, List<Long> fileIds, Double gainDb) {
    public AlbumGain {
        fileIds = List.copyOf(fileIds);
    }
}
