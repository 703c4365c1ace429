package org.audioimport.index;

import java.nio.charset.StandardCharsets;

/**
 * The layout of an index file, version 1. All numbers are big-endian.
 *
 * <pre>
 * header, 64 bytes:
 *   0  magic "AIFLAVIX"         8 bytes
 *   8  format version          int
 *  12  metric                  int: 1 cosine, 2 L2
 *  16  dimension, m, efConstruction, efSearch, capacity, count   6 ints
 *  40  entry node, top level   2 ints: -1, -1 when empty
 *  48  caught-up mark          long: the caller's, kept as given
 *  56  body length in bytes    long
 * body, one record per node in node order:
 *   id long, level int, vector (dimension floats, normalised under cosine),
 *   then for each layer from 0 to level: neighbour count int, neighbour nodes ints
 * trailer:
 *   CRC32C of header and body  int
 * </pre>
 */
final class IndexFileFormat {
    static final byte[] MAGIC = "AIFLAVIX".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int HEADER_BYTES = 64;
    static final int TRAILER_BYTES = 4;
    static final int CAUGHT_UP_MARK_OFFSET = 48;
    static final int BODY_LENGTH_OFFSET = 56;

    private IndexFileFormat() {}

    static int metricCode(Metric metric) {
        return switch (metric) {
            case COSINE -> 1;
            case L2 -> 2;
        };
    }

    /** Returns the metric a file's code stands for, or null for a code no version wrote. */
    static Metric metricOf(int code) {
        return switch (code) {
            case 1 -> Metric.COSINE;
            case 2 -> Metric.L2;
            default -> null;
        };
    }
}
