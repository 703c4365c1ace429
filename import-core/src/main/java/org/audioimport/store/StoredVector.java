package org.audioimport.store;

/** A flavor vector as stored, under its flavor row id. */
public record StoredVector(long id, float[] values) {}
