package org.audioimport.bench;

/** One built index as the benchmark queries it, whoever made it. */
@FunctionalInterface
interface NearestSearch {

    /** The positions of the vectors the index returns as the {@code k} nearest, searching {@code ef} wide. */
    int[] nearest(float[] query, int k, int ef);
}
