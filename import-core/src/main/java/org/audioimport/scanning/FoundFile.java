package org.audioimport.scanning;

import java.nio.file.Path;

/** A file found by the walk, with what a stat tells: enough to decide whether it changed. */
public record FoundFile(Path path, long sizeBytes, long mtimeMs) {}
