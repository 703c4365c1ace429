package org.audioimport.store;

import java.util.List;
import org.audioimport.analyze.GatingBlocks;

/**
 * The present tracks of one album, with the gating blocks each track's analysis kept: what the album's
 * ReplayGain is computed from.
 *
 * @param fileIds the tracks' files
 * @param blocks  their gating blocks, in the same order
 */
public record AlbumTracks(List<Long> fileIds, List<GatingBlocks> blocks) {
    public AlbumTracks {
        fileIds = List.copyOf(fileIds);
        blocks = List.copyOf(blocks);
    }
}
