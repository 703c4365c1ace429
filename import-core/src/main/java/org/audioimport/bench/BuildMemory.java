package org.audioimport.bench;

/**
 * The Java heap one index build cost (see {@code HeapMeter}).
 *
 * @param allocatedBytes every byte the build allocated, garbage included, on every thread
 * @param peakHeapBytes the most the heap held during the build above what it held before (an upper bound)
 * @param retainedBytes what the build left reachable after a full collection: the index
 */
public record BuildMemory(long allocatedBytes, long peakHeapBytes, long retainedBytes) {}
