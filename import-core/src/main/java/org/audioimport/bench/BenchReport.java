package org.audioimport.bench;

import java.nio.file.Path;
import java.util.OptionalDouble;
import org.audioimport.playlist.PlaylistQuality;
import org.audioimport.similar.FlavorComparison;
import org.audioimport.similar.FlavorQuality;

/**
 * The import benchmark's result: the dataset, the decode-only floor on the same cores, the import, and
 * with a baseline the same import with a transaction per statement ({@code baseline} null without one).
 * {@code audioSeconds} is what the floor decoded: the length of every file that has audio. {@code flavor}
 * is how well the imported catalogue's flavor vectors group each album and find each copy; {@code playlist}
 * how well playlists walked from each of its tracks keep to the seed's album, against random walks;
 * {@code flavorComparison} the flavor beside textbook baselines, on the same tracks and queries.
 */
public record BenchReport(
        Path dataset,
        int workers,
        int files,
        double audioSeconds,
        PassCost decodeFloor,
        ImportRun perFile,
        ImportRun baseline,
        FlavorQuality flavor,
        PlaylistQuality playlist,
        FlavorComparison flavorComparison) {

    /** The import's wall time over the floor's: 1.0 would be an import that costs only its decode. */
    public double wallVsDecodeFloor() {
        return perFile.cost().wallSeconds() / decodeFloor.wallSeconds();
    }

    /** The baseline's wall time over the import's; empty without a baseline. */
    public OptionalDouble speedupVsBaseline() {
        return baseline == null
                ? OptionalDouble.empty()
                : OptionalDouble.of(
                        baseline.cost().wallSeconds() / perFile.cost().wallSeconds());
    }
}
