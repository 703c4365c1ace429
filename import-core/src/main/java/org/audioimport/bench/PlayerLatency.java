package org.audioimport.bench;

/**
 * What the music player's reader saw during one import: the queries answered and their latency from
 * asking to the last row read, and the queries that found the catalogue busy (SQLite's busy timeout
 * of 5 s had run out, or the lock could not be waited for).
 */
public record PlayerLatency(long queries, double p50Ms, double p99Ms, double maxMs, long busy) {

    /** The line the reader process prints when it stops, read back by {@link #parse}. */
    String line() {
        return queries + " " + p50Ms + " " + p99Ms + " " + maxMs + " " + busy;
    }

    static PlayerLatency parse(String line) {
        String[] fields = line.strip().split(" ", -1);
        if (fields.length != 5) {
            throw new IllegalArgumentException("not a reader's report: " + line);
        }
        return new PlayerLatency(
                Long.parseLong(fields[0]),
                Double.parseDouble(fields[1]),
                Double.parseDouble(fields[2]),
                Double.parseDouble(fields[3]),
                Long.parseLong(fields[4]));
    }
}
