/**
 * Benchmarks run by {@code audio-import bench}: measured on real files, reported as medians, never
 * asserted in unit tests. It only reads audio files; it never writes to a user's catalogue.
 */
package org.audioimport.bench;
