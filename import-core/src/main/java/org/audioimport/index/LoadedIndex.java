package org.audioimport.index;

/** An index read from a file, with the caught-up mark that was saved with it. */
public record LoadedIndex(VectorIndex index, long caughtUpMark) {}
