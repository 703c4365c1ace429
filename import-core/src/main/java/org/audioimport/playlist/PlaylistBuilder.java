package org.audioimport.playlist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.audioimport.index.Neighbour;
import org.audioimport.similar.SimilarityException;
import org.audioimport.similar.SimilarityIndex;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.PlaylistReader;

/**
 * Builds playlists by walking the similarity index from the seeds. Each next track is the one that best
 * keeps close both to the track before it and to the seeds (half of each: the list drifts smoothly and
 * does not wander off) among those the {@link PlaylistRules} allow. With a random seed, it is picked at
 * random among the {@value #VARIETY} best instead. The walk ends early when no track is left that the
 * rules allow. Not thread-safe, as the index is not.
 */
public final class PlaylistBuilder {
    /** Neighbours asked of the graph per question; widened when the rules refuse them all. */
    static final int SEARCH_WIDTH = 32;
    /** With a random seed, the number of best-scored tracks the next one is drawn from. */
    static final int VARIETY = 3;

    private final CatalogueReader reader;
    private final PlaylistReader rows;
    private final SimilarityIndex index;

    public PlaylistBuilder(CatalogueReader reader, PlaylistReader rows, SimilarityIndex index) {
        this.reader = reader;
        this.rows = rows;
        this.index = index;
    }

    /**
     * A playlist starting with the files at {@code seedPaths} (absolute, normalised, as catalogued), in
     * that order; a seed that is another copy of an earlier seed's recording is played once.
     *
     * @throws PlaylistException if a seed is not a catalogued, present track with a flavor vector
     */
    public Playlist build(List<String> seedPaths, PlaylistOptions options)
            throws PlaylistException, CatalogueException, SimilarityException {
        TrackPool pool = pool();
        List<Candidate> seeds = new ArrayList<>();
        for (String path : seedPaths) {
            seeds.add(seed(path, pool));
        }
        return Playlists.of(walk(pool, seeds, options));
    }

    /** A playlist starting with the catalogued file whose row id is {@code fileId}. */
    public Playlist build(long fileId, PlaylistOptions options)
            throws PlaylistException, CatalogueException, SimilarityException {
        TrackPool pool = pool();
        Candidate seed = pool.byFileId(fileId);
        if (seed == null) {
            throw new PlaylistException("file " + fileId + ": not a present, imported track with a flavor vector");
        }
        return Playlists.of(walk(pool, List.of(seed), options));
    }

    /** The catalogue's live tracks, read afresh: each playlist sees the catalogue as it is now. */
    TrackPool pool() throws CatalogueException {
        return TrackPool.read(reader, rows);
    }

    private Candidate seed(String path, TrackPool pool) throws PlaylistException, CatalogueException {
        try {
            index.searchable(path);
        } catch (SimilarityException e) {
            throw new PlaylistException(e.getMessage());
        }
        Candidate seed = pool.byPath(path);
        if (seed == null) {
            throw new PlaylistException(path + ": it is missing from disk since the last scan");
        }
        return seed;
    }

    /** The similarity walk: the seeds, then the best-scored track the rules allow, again and again. */
    Walk walk(TrackPool pool, List<Candidate> seedTracks, PlaylistOptions options) throws SimilarityException {
        SplittableRandom random = options.randomSeed() == null ? null : new SplittableRandom(options.randomSeed());
        PlaylistRules rules = new PlaylistRules(options);
        List<Candidate> seeds = start(seedTracks, rules);
        List<Candidate> played = new ArrayList<>(seeds);
        while (played.size() < options.length()) {
            List<Candidate> ranked = ranked(pool, seeds, played.get(played.size() - 1), rules);
            if (ranked.isEmpty()) {
                break;
            }
            Candidate next =
                    random == null ? ranked.get(0) : ranked.get(random.nextInt(Math.min(VARIETY, ranked.size())));
            rules.add(next);
            played.add(next);
        }
        return new Walk(seeds, played);
    }

    /** The same rules, each next track drawn at random from all they allow: what the walk is measured against. */
    static Walk randomWalk(TrackPool pool, Candidate seed, PlaylistOptions options, SplittableRandom random) {
        PlaylistRules rules = new PlaylistRules(options);
        List<Candidate> seeds = start(List.of(seed), rules);
        List<Candidate> played = new ArrayList<>(seeds);
        while (played.size() < options.length()) {
            List<Candidate> allowed =
                    pool.bestCopies().stream().filter(rules::allows).toList();
            if (allowed.isEmpty()) {
                break;
            }
            Candidate next = allowed.get(random.nextInt(allowed.size()));
            rules.add(next);
            played.add(next);
        }
        return new Walk(seeds, played);
    }

    private static List<Candidate> start(List<Candidate> seeds, PlaylistRules rules) {
        List<Candidate> played = new ArrayList<>();
        for (Candidate seed : seeds) {
            if (!rules.holds(seed)) {
                rules.add(seed);
                played.add(seed);
            }
        }
        return played;
    }

    /**
     * The tracks the rules allow near the current track and near the seeds, best score first. The graph
     * is asked ever wider while the rules refuse all it finds; when even the widest finds nothing, every
     * track is compared, so a small catalogue is walked to its end.
     */
    private List<Candidate> ranked(TrackPool pool, List<Candidate> seeds, Candidate current, PlaylistRules rules)
            throws SimilarityException {
        List<Candidate> questions = new ArrayList<>(seeds);
        questions.add(current);
        List<Candidate> found = new ArrayList<>();
        int total = pool.bestCopies().size();
        for (int width = SEARCH_WIDTH; found.isEmpty(); width *= 4) {
            for (Candidate question : questions) {
                for (Neighbour neighbour : index.near(question.vector(), width, id -> allowed(pool, rules, id))) {
                    found.add(pool.bestCopy(neighbour.id()));
                }
            }
            if (width >= total) {
                break;
            }
        }
        if (found.isEmpty()) {
            found = pool.bestCopies().stream().filter(rules::allows).toList();
        }
        Comparator<Scored> best = Comparator.comparingDouble(Scored::score)
                .thenComparing(s -> s.candidate().path());
        return found.stream()
                .distinct()
                .map(c -> new Scored(c, (c.distanceTo(current) + Playlists.distanceToSeeds(c, seeds)) / 2))
                .sorted(best)
                .map(Scored::candidate)
                .toList();
    }

    private static boolean allowed(TrackPool pool, PlaylistRules rules, long flavorId) {
        Candidate candidate = pool.bestCopy(flavorId);
        return candidate != null && rules.allows(candidate);
    }

    private record Scored(Candidate candidate, double score) {}
}
