/**
 * Benchmarks run by {@code audio-import bench}: the import of a dataset against its decode-only floor
 * (with a per-statement baseline), and decode throughput per format. Measured on real files, never
 * asserted in unit tests. It only reads audio files and writes only to catalogues it makes itself in
 * a folder it is given, never to a user's. The floor has its own threads; the import's stay in the pipeline.
 */
package org.audioimport.bench;
