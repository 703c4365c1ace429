package org.audioimport.cli;

import java.time.Duration;
import java.util.Optional;
import me.tongfei.progressbar.ProgressState;
import org.audioimport.identify.IdentifyListener;
import org.audioimport.identify.IdentifyResult;

/**
 * The identification progress bar on stderr, only on a terminal. Its ETA starts from the rate limits
 * (one new recording costs a MusicBrainz request, at 1 a second unless raised), so a large queue says
 * "hours" from the first moment; once files are done, it follows the pace measured so far.
 */
final class IdentifyProgress implements IdentifyListener, AutoCloseable {
    private final FileCountBar bar;
    private final double secondsPerFile;

    IdentifyProgress(boolean wanted, double secondsPerFile) {
        this.bar = new FileCountBar(wanted);
        this.secondsPerFile = secondsPerFile;
    }

    @Override
    public void started(int due) {
        bar.start(
                "Identifying", due, builder -> builder.setEtaFunction(this::eta).setUpdateIntervalMillis(500));
    }

    @Override
    public void identified(IdentifyResult result) {
        bar.step();
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
        bar.close();
    }
}
