/**
 * The flavor index: an in-memory HNSW graph over the tracks' flavor vectors that answers "tracks that
 * sound like this one", and saves itself to, and loads itself from, one checksummed file. It never
 * touches the catalogue database: callers hand it row ids and vectors, and keep the caught-up mark it
 * stores for them.
 */
package org.audioimport.index;
