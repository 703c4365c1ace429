package org.audioimport.cli;

import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.pipeline.ImportListener;

/**
 * The progress bar on stderr: files done of total, files per second and an ETA. The progressbar library
 * draws it (rate, ETA and terminal width handled there); it is shown only on a terminal, never in a pipe
 * or with --json.
 */
final class ProgressDisplay implements ImportListener, AutoCloseable {
    private final boolean enabled;
    private ProgressBar bar;

    private ProgressDisplay(boolean enabled) {
        this.enabled = enabled;
    }

    static ProgressDisplay create(boolean wanted) {
        return new ProgressDisplay(wanted && Terminal.stderrIsTerminal());
    }

    @Override
    public void started(int total, int toExamine) {
        if (enabled) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Importing")
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUnit(" files", 1)
                    .showSpeed()
                    .setUpdateIntervalMillis((int) Duration.ofMillis(200).toMillis())
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }
    }

    @Override
    public void fileDone(FileOutcome outcome) {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
