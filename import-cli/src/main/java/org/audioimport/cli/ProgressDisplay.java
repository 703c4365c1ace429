package org.audioimport.cli;

import org.audioimport.pipeline.FileOutcome;
import org.audioimport.pipeline.ImportListener;

/**
 * The progress bar on stderr: files done of total, files per second and an ETA. The progressbar library
 * draws it (rate, ETA and terminal width handled there); it is shown only on a terminal, never in a pipe
 * or with --json.
 */
final class ProgressDisplay implements ImportListener, AutoCloseable {
    private final FileCountBar bar;

    private ProgressDisplay(boolean wanted) {
        this.bar = new FileCountBar(wanted);
    }

    static ProgressDisplay create(boolean wanted) {
        return new ProgressDisplay(wanted);
    }

    @Override
    public void started(int total, int toExamine) {
        bar.start("Importing", total, builder -> builder.showSpeed().setUpdateIntervalMillis(200));
    }

    @Override
    public void unchanged(int count) {
        bar.stepBy(count);
    }

    @Override
    public void fileDone(FileOutcome outcome) {
        bar.step();
    }

    @Override
    public void close() {
        bar.close();
    }
}
