package org.audioimport.playlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.index.BatchProgress;
import org.audioimport.pipeline.ComputeTurns;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportPipeline;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.PhaseSettings;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.BusyRetry;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.store.PlaylistReader;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The playlist API the daemon serves, on a real catalogue of the sample. */
class PlaylistBuilderTest {
    @TempDir
    static Path dir;

    private static Path library;
    private static CatalogueReader reader;
    private static PlaylistBuilder builder;

    @BeforeAll
    static void importSample() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        Catalogue catalogue = Catalogue.open(dir.resolve("library.db"));
        reader = new CatalogueReader(catalogue);
        ImportSettings settings = new ImportSettings(2, null, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS);
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, BusyRetry.DEFAULT_GIVE_UP_AFTER)) {
            assertEquals(
                    0,
                    new ImportPipeline(
                                    reader,
                                    writer,
                                    new ComputeTurns(settings.cpuWorkers()),
                                    Chromaprint.load(),
                                    settings,
                                    Clock.systemUTC())
                            .run(List.of(library), ImportListener.NONE)
                            .failed());
        }
        SimilarityIndex index = SimilarityIndex.open(reader, SimilarityIndex.fileFor(catalogue.file()));
        index.catchUp(BatchProgress.none());
        builder = new PlaylistBuilder(reader, new PlaylistReader(catalogue), index);
    }

    @Test
    void aPlaylistFromAFileIdIsThePlaylistFromItsPath() throws Exception {
        String seed =
                library.resolve("Other Artist/Split Single/2 - Chrome Side.mp3").toString();
        long fileId = reader.flavorOf(seed).orElseThrow().track().fileId();
        PlaylistOptions options = new PlaylistOptions(6, 0.5, null);

        Playlist byId = builder.build(fileId, options);

        assertEquals(builder.build(List.of(seed), options), byId);
        assertEquals(6, byId.tracks().size());
        assertEquals(fileId, byId.tracks().get(0).fileId());
        assertTrue(byId.tracks().get(0).seed() && byId.tracks().stream().skip(1).noneMatch(PlaylistTrack::seed));
    }

    @Test
    void anUnknownFileIdIsRefusedByNumber() {
        PlaylistException refused =
                assertThrows(PlaylistException.class, () -> builder.build(987_654L, new PlaylistOptions(5, 0.5, null)));
        assertTrue(refused.getMessage().startsWith("file 987654: "), refused.getMessage());
    }

    @Test
    void twoSeedsOfOneRecordingArePlayedOnceAndEverySeedComesFirst() throws Exception {
        String original = library.resolve("The Fixtures/Synthetic Seasons/01 - First Frost.flac")
                .toString();
        String copy = library.resolve("copies/01 - First Frost.mp3").toString();
        String other = library.resolve("untagged/track 17.flac").toString();

        Playlist playlist = builder.build(List.of(copy, original, other), new PlaylistOptions(4, 0.5, null));

        List<String> paths = playlist.tracks().stream().map(PlaylistTrack::path).toList();
        assertEquals(List.of(copy, other), paths.subList(0, 2), "the seed as given, its copy left out");
        assertEquals(4, paths.size());
        assertTrue(playlist.tracks().get(1).seed() && !playlist.tracks().get(2).seed());
    }
}
