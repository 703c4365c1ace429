package org.audioimport.store;

import java.util.List;

/**
 * The ReplayGain album gain to record on every track of one album.
 *
 * @param fileIds the album's tracks
 * @param gainDb  the gain in dB, or null when the album is silent
 */
public record AlbumGain(List<Long> fileIds, Double gainDb) {
    public AlbumGain {
        fileIds = List.copyOf(fileIds);
    }
}
