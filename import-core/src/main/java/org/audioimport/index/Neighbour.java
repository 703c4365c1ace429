package org.audioimport.index;

/** One search hit: a catalogue row id and its distance to the query under the index's {@link Metric}. */
public record Neighbour(long id, float distance) {}
