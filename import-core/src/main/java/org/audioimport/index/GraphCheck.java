package org.audioimport.index;

import java.util.List;

/** What {@code verify()} found wrong with the graph; sound when it found nothing. */
public record GraphCheck(List<String> problems) {
    public GraphCheck {
        problems = List.copyOf(problems);
    }

    public boolean isSound() {
        return problems.isEmpty();
    }
}
