package org.audioimport.store;

import java.util.List;
import org.audioimport.analyze.GatingBlocks;

/**
 * An album marked as needing its gain, with its present tracks and the gating blocks each track's analysis
 * kept: what the album's ReplayGain is computed from.
 *
 * @param albumId the album
 * @param marks   how many times it was marked when it was read; the gain clears the mark only if unchanged
 * @param fileIds the tracks' files (none when no present track has an analysis)
 * @param blocks  their gating blocks, in the same order
 */
public record AlbumTracks(long albumId, int marks, List<Long> fileIds, List<GatingBlocks> blocks) {
    public AlbumTracks {
        fileIds = List.copyOf(fileIds);
        blocks = List.copyOf(blocks);
    }

    /** The gain to record on these tracks: {@code gainDb} in dB, or null when the album is silent. */
    public AlbumGain withGain(Double gainDb) {
        return new AlbumGain(albumId, marks, fileIds, gainDb);
    }
}
