package org.audioimport.similar;

import java.util.List;

/**
 * The flavor vector beside textbook baselines on the same tracks and queries: album precision at k of
 * each, what chance gives, and the flavor's lead over the best baseline with its bootstrap interval.
 *
 * @param queries  tracks asked (the {@link AlbumPrecision} protocol)
 * @param k        neighbours looked at per query
 * @param random   precision of k tracks picked at random
 * @param methods  the flavor first, then the baselines
 * @param best     name of the baseline with the highest precision
 * @param lead     the flavor's precision minus that baseline's, query by query
 */
public record FlavorComparison(
        int queries, int k, double random, List<Method> methods, String best, PairedBootstrap.Lead lead) {

    public FlavorComparison {
        methods = List.copyOf(methods);
    }

    /**
     * One method.
     *
     * @param name          what it is
     * @param dimension     numbers it keeps per track
     * @param precision     mean album precision at k
     * @param copies        tracks with a copy
     * @param copiesNearest of those, the ones whose nearest track is a copy
     */
    public record Method(String name, int dimension, double precision, int copies, int copiesNearest) {}
}
