package org.audioimport.index;

/** How the index measures the distance between two vectors; smaller is more alike. */
public enum Metric {
    /**
     * One minus the cosine of the angle, in [0, 2]. Vectors are normalised on the way in, so a vector of
     * zero norm is rejected.
     */
    COSINE,
    /** The squared Euclidean distance. */
    L2
}
