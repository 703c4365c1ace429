package org.audioimport.cli;

import java.util.function.UnaryOperator;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A bar of files done out of a total on stderr, drawn by the progressbar library; only on a terminal, and
 * only when wanted. The import's and the identification's bars differ only in their name, pace and ETA.
 */
final class FileCountBar implements AutoCloseable {
    private final boolean enabled;
    private ProgressBar bar;

    FileCountBar(boolean wanted) {
        this.enabled = wanted && Terminal.stderrIsTerminal();
    }

    /** Shows the bar, named {@code task}, for {@code total} files; {@code pace} sets its refresh and ETA. */
    void start(String task, int total, UnaryOperator<ProgressBarBuilder> pace) {
        if (enabled) {
            bar = pace.apply(new ProgressBarBuilder()
                            .setTaskName(task)
                            .setInitialMax(total)
                            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                            .setUnit(" files", 1)
                            .setConsumer(new ConsoleProgressBarConsumer(System.err)))
                    .build();
        }
    }

    void step() {
        stepBy(1);
    }

    void stepBy(int files) {
        if (bar != null) {
            bar.stepBy(files);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
