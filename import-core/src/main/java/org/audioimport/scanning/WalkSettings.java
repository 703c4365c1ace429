package org.audioimport.scanning;

import java.util.List;

/**
 * What a walk follows and skips: symbolic links followed or not, and ignore patterns from the
 * configuration (gitignore syntax, relative to each root) on top of the .audioimportignore files found.
 */
public record WalkSettings(boolean followSymlinks, List<String> ignorePatterns) {
    public static final WalkSettings DEFAULT = new WalkSettings(true, List.of());

    public WalkSettings {
        ignorePatterns = List.copyOf(ignorePatterns);
    }
}
