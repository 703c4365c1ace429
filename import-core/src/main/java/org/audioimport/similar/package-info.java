/**
 * "Tracks that sound like this one": the HNSW index of the files' flavor vectors, kept in a file beside
 * the catalogue. SQLite stays the source of truth: the index records how far into the flavor rows it
 * has caught up, catches up by batch insert after files are committed, and is rebuilt from SQLite when
 * its file is missing, corrupt or disagrees with the catalogue.
 */
package org.audioimport.similar;
