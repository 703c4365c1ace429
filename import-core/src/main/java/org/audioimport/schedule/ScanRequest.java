package org.audioimport.schedule;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a scan should cover and why it was asked for: {@code roots} empty means every configured root.
 * Requests that wait while a scan runs merge into one, so a burst of them costs one more scan.
 */
public record ScanRequest(List<Path> roots, String trigger) {
    public ScanRequest {
        roots = List.copyOf(roots);
    }

    /** Every configured root. */
    public static ScanRequest everything(String trigger) {
        return new ScanRequest(List.of(), trigger);
    }

    public boolean coversEverything() {
        return roots.isEmpty();
    }

    /** One request covering both: everything if either does, else the union of their roots. */
    public ScanRequest merge(ScanRequest other) {
        if (coversEverything() || other.coversEverything()) {
            return everything(trigger.equals(other.trigger) ? trigger : trigger + "+" + other.trigger);
        }
        Set<Path> union = new LinkedHashSet<>(roots);
        union.addAll(other.roots);
        return new ScanRequest(
                List.copyOf(union), trigger.equals(other.trigger) ? trigger : trigger + "+" + other.trigger);
    }
}
