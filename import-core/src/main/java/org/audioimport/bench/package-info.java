/**
 * Benchmarks run by {@code audio-import bench}, never asserted in unit tests: the import of a dataset
 * against its decode-only floor (with a per-statement baseline), decode throughput per format, and the
 * HNSW index on generated vectors beside Lucene's. It only reads audio files and writes only to
 * catalogues it makes itself in a folder it is given, never to a user's. The floor has its own threads;
 * the import's stay in the pipeline. Lucene is touched by ReferenceHnsw alone, and only once it is
 * known to be on the class path.
 */
package org.audioimport.bench;
