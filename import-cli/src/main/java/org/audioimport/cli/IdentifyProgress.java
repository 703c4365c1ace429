package org.audioimport.cli;

import java.time.Duration;
import java.util.Optional;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;
import org.audioimport.identify.IdentifyListener;
import org.audioimport.identify.IdentifyResult;

/**
 * The identification progress bar on stderr, only on a terminal. Its ETA starts from the rate limits
 * (one new recording costs a MusicBrainz request, at 1 a second unless raised), so a large queue says
 * "hours" from the first moment; once files are done, it follows the pace measured so far.
 */
final class IdentifyProgress implements IdentifyListener, AutoCloseable {
    private final boolean enabled;
    private final double secondsPerFile;
    private ProgressBar bar;

    IdentifyProgress(boolean wanted, double secondsPerFile) {
        this.enabled = wanted && Terminal.stderrIsTerminal();
        this.secondsPerFile = secondsPerFile;
    }

    @Override
    public void started(int due) {
        if (enabled) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Identifying")
                    .setInitialMax(due)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setUnit(" files", 1)
                    .setEtaFunction(this::eta)
                    .setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }
    }

    @Override
    public void identified(IdentifyResult result) {
        if (bar != null) {
            bar.step();
        }
    }

    private Optional<Duration> eta(ProgressState state) {
        return Optional.of(eta(
                state.getCurrent() - state.getStart(),
                Math.max(0, state.getMax() - state.getCurrent()),
                state.getElapsedAfterStart()));
    }

    /** Files left times the seconds per file: measured once there is a measure, else the rate limits'. */
    Duration eta(long done, long left, Duration elapsed) {
        double perFile = done == 0 ? secondsPerFile : elapsed.toMillis() / 1000.0 / done;
        return Duration.ofMillis(Math.round(left * perFile * 1000));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
