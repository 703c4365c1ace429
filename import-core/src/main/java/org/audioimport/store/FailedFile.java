package org.audioimport.store;

/** A file recorded as failed, with the reason. */
public record FailedFile(String path, String reason) {}
