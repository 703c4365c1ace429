package org.audioimport.pipeline;

/**
 * What an import added to the similarity index after its files were committed.
 *
 * @param vectors flavor vectors inserted
 * @param seconds wall time of loading, checking, inserting and saving the index
 */
public record IndexUpdate(int vectors, double seconds) {
    static final IndexUpdate NONE = new IndexUpdate(0, 0);
}
