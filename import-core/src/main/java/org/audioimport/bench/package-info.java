/**
 * Benchmarks run by {@code audio-import bench}, never asserted in unit tests: decode speed measured on
 * real files, and the HNSW index measured on generated vectors beside Lucene's. It only reads audio
 * files; it never writes to a user's catalogue. Lucene is touched by ReferenceHnsw alone, and only
 * once it is known to be on the class path.
 */
package org.audioimport.bench;
