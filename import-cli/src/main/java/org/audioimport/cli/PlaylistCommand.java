package org.audioimport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.audioimport.index.BatchProgress;
import org.audioimport.playlist.M3uPlaylist;
import org.audioimport.playlist.Playlist;
import org.audioimport.playlist.PlaylistBuilder;
import org.audioimport.playlist.PlaylistException;
import org.audioimport.playlist.PlaylistOptions;
import org.audioimport.similar.SimilarityException;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.PlaylistReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code audio-import playlist SEED...}: a playlist that flows from the seeds, as M3U8 or JSON. */
@Command(
        name = "playlist",
        mixinStandardHelpOptions = true,
        description = {
            "Build a playlist from seed tracks by walking the similarity index: each next track sounds like "
                    + "the one before and like the seeds. No recording twice (the best-quality copy is played), no album "
                    + "twice in a row, no artist beyond its share. The same catalogue and options give the same playlist.",
            "Prints the playlist as M3U8, or writes it to --m3u FILE; --json prints each track with its distances and "
                    + "crossfade points."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Built (possibly shorter than asked, when the catalogue holds too few tracks).",
            "1:A seed is not in the catalogue, failed to import or has no flavor vector; or the M3U file cannot be "
                    + "written.",
            "2:Usage error.",
            "3:The catalogue or its similarity index cannot be read or written."
        })
final class PlaylistCommand implements Callable<Integer> {
    @Mixin
    private CatalogueContext context;

    @Parameters(paramLabel = "SEED", arity = "1..*", description = "The audio files to start from, as imported.")
    private List<Path> seeds;

    @Option(
            names = "-n",
            paramLabel = "N",
            defaultValue = "" + PlaylistOptions.DEFAULT_LENGTH,
            description = "The most tracks in the playlist, seeds included (default: ${DEFAULT-VALUE}).")
    private int length;

    @Option(
            names = "--max-artist-share",
            paramLabel = "FRACTION",
            defaultValue = "" + PlaylistOptions.DEFAULT_MAX_ARTIST_SHARE,
            description = "The largest share of the playlist one artist may fill, above 0 and at most 1 "
                    + "(default: ${DEFAULT-VALUE}).")
    private double maxArtistShare;

    @Option(
            names = "--seed-random",
            paramLabel = "N",
            description = "Vary the playlist: pick each next track at random among the best few, from this seed.")
    private Long randomSeed;

    @Option(names = "--m3u", paramLabel = "FILE", description = "Write the playlist to FILE as M3U8.")
    private Path m3uFile;

    @Option(
            names = "--relative-to",
            paramLabel = "DIR",
            description = "Write the M3U8 paths relative to DIR (where the playlist file will be), not absolute.")
    private Path relativeTo;

    @Override
    public Integer call() throws CatalogueException {
        PlaylistOptions options = options();
        Catalogue catalogue = Catalogue.openExisting(context.catalogueFile());
        CatalogueReader reader = new CatalogueReader(catalogue);
        Path indexFile = SimilarityIndex.fileFor(context.catalogueFile());
        Playlist playlist;
        try {
            SimilarityIndex index = SimilarityIndex.open(reader, indexFile);
            index.catchUp(BatchProgress.none());
            List<String> seedPaths = new ArrayList<>();
            for (Path seed : seeds) {
                seedPaths.add(FileArgument.key(seed, reader));
            }
            playlist = new PlaylistBuilder(reader, new PlaylistReader(catalogue), index).build(seedPaths, options);
        } catch (PlaylistException e) {
            context.complain(e.getMessage());
            return ExitCodes.SOME_FAILED;
        } catch (SimilarityException | IOException e) {
            context.complain("the similarity index " + indexFile + ": " + e.getMessage());
            return ExitCodes.CATALOGUE_UNUSABLE;
        }
        String m3u = M3uPlaylist.of(playlist, relativeTo);
        if (m3uFile != null) {
            try {
                Files.writeString(m3uFile, m3u, StandardCharsets.UTF_8);
            } catch (IOException e) {
                context.complain(m3uFile + ": cannot write the playlist: " + e.getMessage());
                return ExitCodes.SOME_FAILED;
            }
        }
        context.answer(() -> PlaylistJson.of(playlist), out -> {
            if (m3uFile == null) {
                out.print(m3u);
            } else {
                out.println("Wrote " + playlist.tracks().size() + " tracks to " + m3uFile);
            }
        });
        return ExitCodes.OK;
    }

    private PlaylistOptions options() {
        if (length < 1) {
            throw new ParameterException(context.spec().commandLine(), "-n must be at least 1");
        }
        if (!(maxArtistShare > 0 && maxArtistShare <= 1)) {
            throw new ParameterException(
                    context.spec().commandLine(), "--max-artist-share must be above 0 and at most 1");
        }
        return new PlaylistOptions(length, maxArtistShare, randomSeed);
    }
}
