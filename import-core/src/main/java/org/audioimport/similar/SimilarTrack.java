package org.audioimport.similar;

/**
 * One answer to "what sounds like this file".
 *
 * @param path      the file
 * @param distance  cosine distance between the two flavor vectors, from 0 (the same) to 2
 * @param duplicate true when the file holds the same recording as the query (another copy of it)
 */
public record SimilarTrack(String path, double distance, boolean duplicate) {}
